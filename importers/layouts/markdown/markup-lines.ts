/**
 * What the readers of other markup (reStructuredText, AsciiDoc) share: each
 * turns its document into the Markdown of its rendered page line for line,
 * marking the lines that became code, and then rewrites inline markup in the
 * runs of lines that are not code.
 */

export function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0
}

/** Inline markup in each run of non-code lines (markup may wrap onto the next line), by `inline`. */
export function rewriteInlineRuns({ lines, literal, inline }: { lines: string[]; literal: boolean[]; inline: (text: string) => string }): string[] {
  const result: string[] = []
  let start = 0
  while (start < lines.length) {
    let end = start
    while (end < lines.length && literal[end] === literal[start]) end++
    const run = lines.slice(start, end)
    if (literal[start]) result.push(...run)
    else {
      const rewritten = inline(run.join('\n')).split('\n')
      // A rewrite never adds lines; if it took some away, blank ones keep the count.
      result.push(...rewritten, ...new Array<string>(Math.max(0, run.length - rewritten.length)).fill(''))
    }
    start = end
  }
  return result
}
