import { usage, UsageError } from './usage'

// Each command is loaded when it runs: Payload and the importer take seconds to load, and help or a usage error needs neither.

/** `prepbank <command> …`: exit 0 success, 1 errors in the input, 2 usage. */
const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv
  try {
    if (command === 'import') {
      const { runImportCommand } = await import('./import')
      return await runImportCommand(rest)
    }
    if (command === 'export') {
      const { runExportCommand } = await import('./export')
      return await runExportCommand(rest)
    }
    if (command === 'release') {
      const { runReleaseCommand } = await import('./release')
      return await runReleaseCommand(rest)
    }
    if (command === 'duplicates') {
      const { runDuplicatesCommand } = await import('./duplicates')
      return await runDuplicatesCommand(rest)
    }
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(usage)
      return command ? 0 : 2
    }
    throw new UsageError(`unknown command "${command}"`)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`prepbank: ${error.message}\n\n${usage}`)
      return 2
    }
    throw error
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    // A message, not a stack trace; PREPBANK_LOG_LEVEL=debug shows the stack for a bug report.
    const debug = ['debug', 'trace'].includes(process.env.PREPBANK_LOG_LEVEL ?? '')
    process.stderr.write(`prepbank: ${error instanceof Error ? (debug ? error.stack : error.message) : String(error)}\n`)
    process.exit(1)
  },
)
