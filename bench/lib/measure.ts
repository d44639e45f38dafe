import fs from 'node:fs'
import v8 from 'node:v8'
import vm from 'node:vm'

/**
 * Peak memory of one measured step, from the kernel: the process's RSS
 * high-water mark (VmHWM) is reset just before the step (writing 5 to
 * /proc/self/clear_refs) and read just after, so the figure is the highest
 * resident size while the step ran: Payload, the database driver and the
 * step's own work, not the boot or a previous step. Where the reset is not
 * allowed (not Linux), the whole process's peak is reported and said so.
 */

const megabyte = 1024 * 1024

const statusKb = (field: 'VmHWM' | 'VmRSS'): number | null => {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

let gcFunction: (() => void) | null = null

/** A full GC, so one step's garbage is not counted against the next. */
export const collectGarbage = (): void => {
  if (!gcFunction) {
    v8.setFlagsFromString('--expose-gc')
    gcFunction = vm.runInNewContext('gc') as () => void
  }
  gcFunction()
}

export type Measured<T> = {
  value: T
  ms: number
  /** Highest RSS while the step ran, whole process, MB. */
  peakRssMb: number
  /** RSS when the step started, MB: the peak minus this is what the step itself added. */
  startRssMb: number
  /** False when the high-water mark could not be reset: peakRssMb is then the process's peak since it started. */
  peakIsStepOnly: boolean
}

/** Times one step and records its peak RSS. */
export const measure = async <T>(step: () => Promise<T>): Promise<Measured<T>> => {
  collectGarbage()
  let peakIsStepOnly = true
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5')
  } catch {
    peakIsStepOnly = false
  }
  const startRssMb = (statusKb('VmRSS') ?? process.memoryUsage().rss / 1024) / 1024
  const started = performance.now()
  const value = await step()
  const ms = performance.now() - started
  const peakKb = statusKb('VmHWM') ?? process.resourceUsage().maxRSS
  return { value, ms, peakRssMb: round(peakKb / 1024), startRssMb: round(startRssMb), peakIsStepOnly }
}

export type MeasuredRuns<T> = Measured<T> & {
  /** CPU time of the median run, ms: on a machine shared with other work, wall time alone says little. */
  cpuMs: number
  /** Every run's wall time, in the order run. */
  runsMs: number[]
}

/**
 * The median run (by wall time) of `runs` measured runs of a warm step, with
 * the highest peak RSS of any run: one run on a shared machine is as much
 * the machine's figure as the step's.
 */
export const measureMedian = async <T>({ step, runs }: { step: () => Promise<T>; runs: number }): Promise<MeasuredRuns<T>> => {
  const measured: (Measured<T> & { cpuMs: number })[] = []
  for (let index = 0; index < runs; index += 1) {
    const cpu = process.cpuUsage()
    const run = await measure(step)
    const used = process.cpuUsage(cpu)
    measured.push({ ...run, cpuMs: (used.user + used.system) / 1000 })
  }
  const median = [...measured].sort((left, right) => left.ms - right.ms)[Math.floor(runs / 2)]
  return { ...median, peakRssMb: Math.max(...measured.map((run) => run.peakRssMb)), runsMs: measured.map((run) => run.ms) }
}

/** A measured step's figures as a result carries them (the value left out). */
export const stepFigures = ({ ms, peakRssMb, startRssMb, peakIsStepOnly }: Measured<unknown>) => ({ ms, peakRssMb, startRssMb, peakIsStepOnly })

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits))

export const mb = (bytes: number): number => round(bytes / megabyte, 2)

/** The line a case prints for the orchestrator (bench/run.ts), which reads every line that starts with the marker. */
export const resultMarker = 'BENCH_RESULT '

export const emitResult = (result: object): void => {
  process.stdout.write(`${resultMarker}${JSON.stringify(result)}\n`)
}
