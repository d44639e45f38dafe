/** A one-line progress bar on a terminal; silent when stderr is not a TTY (CI, pipes). */
export const progressBar = ({ label, stream = process.stderr }: { label: string; stream?: NodeJS.WriteStream }) => {
  const width = 30
  let lastDrawn = -1
  return {
    update: ({ done, total }: { done: number; total: number }) => {
      if (!stream.isTTY || total < 50) return
      const percent = Math.floor((done / total) * 100)
      if (percent === lastDrawn) return
      lastDrawn = percent
      const filled = Math.round((done / total) * width)
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`)
      if (done === total) stream.write('\n')
    },
  }
}
