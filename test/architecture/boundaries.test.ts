import { ESLint } from 'eslint'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Lints one made-up module as if it lived at `file`, with the project's own config. */
const restrictedImports = async ({ file, source }: { file: string; source: string }) => {
  const eslint = new ESLint({ cwd: root })
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) })
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message)
}

describe('pipeline boundaries (eslint no-restricted-imports)', () => {
  const upward = [
    { file: 'importers/layouts/markdown/probe.ts', source: "import { x } from '../../../src/content/derivedFields'\nexport const y = x\n" },
    { file: 'importers/probe.ts', source: "import { x } from '../exporters/markdown'\nexport const y = x\n" },
    { file: 'exporters/probe.ts', source: "import { x } from '../importers/parse'\nexport const y = x\n" },
    { file: 'format/probe.ts', source: "import { x } from '../exporters/json'\nexport const y = x\n" },
    { file: 'src/import/probe.ts', source: "import { x } from '../review/review'\nexport const y = x\n" },
    { file: 'src/import/probe.ts', source: "import { x } from '../../collections/Questions'\nexport const y = x\n" },
    { file: 'src/review/probe.ts', source: "import { x } from '../export/bankSource'\nexport const y = x\n" },
    { file: 'src/export/probe.ts', source: "import { x } from '../release/publishRelease'\nexport const y = x\n" },
    { file: 'src/content/probe.ts', source: "import { x } from '../review/wording'\nexport const y = x\n" },
  ]
  it.each(upward)('refuses $source in $file', async (probe) => {
    expect(await restrictedImports(probe)).toHaveLength(1)
  })

  const downward = [
    { file: 'importers/probe.ts', source: "import { x } from '../format/model'\nexport const y = x\n" },
    { file: 'src/import/probe.ts', source: "import { x } from '../../importers/parse'\nexport const y = x\n" },
    { file: 'src/export/probe.ts', source: "import { x } from '../review/exportable'\nexport const y = x\n" },
    { file: 'src/release/probe.ts', source: "import { x } from '../export/bankSource'\nexport const y = x\n" },
    { file: 'collections/probe.ts', source: "import { x } from '../src/review/review'\nexport const y = x\n" },
  ]
  it.each(downward)('allows $source in $file', async (probe) => {
    expect(await restrictedImports(probe)).toEqual([])
  })
})
