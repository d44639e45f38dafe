/**
 * One turn of the event loop (timers, sockets) before the next slice of an
 * import's synchronous work. SQLite statements run synchronously on the event
 * loop (libsql), the plan's checks are plain CPU, and awaits between them only
 * let microtasks through: without a turn of the loop between slices, every
 * request in this process would wait for the whole import (issue #16,
 * finding 3).
 */
export const letOtherRequestsRun = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve))
