import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepbank-cli-'))
const example = path.join(root, 'examples/ai-data-ops-specialist.txt')

/** Runs `prepbank …` as a user would, against its own SQLite file. */
const prepbank = (...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/prepbank.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATABASE_URI: `file:${path.join(dir, 'cli.db')}`,
      PAYLOAD_SECRET: 'prepbank-cli-test-secret-0123456',
      PREPBANK_DATA_DIR: dir,
    },
    // Each call boots Payload in a fresh process: on a busy 2-core machine that can take minutes.
    timeout: 600_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// A test here spawns the CLI up to four times; the bound is for a hung process, not for speed.
describe('prepbank CLI', { timeout: 1_800_000 }, () => {
  it('exits 2 with usage for bad arguments', () => {
    expect(prepbank().code).toBe(2)
    const unknown = prepbank('import', '--nope', example)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Usage:/)
    expect(prepbank('import', path.join(dir, 'missing.txt')).code).toBe(2)
    expect(prepbank('import', '--layout', 'docx', example).code).toBe(2)
  })

  it('previews with --dry-run --json and writes nothing', () => {
    const preview = prepbank('import', '--dry-run', '--json', example)
    expect(preview.code, preview.stderr).toBe(0)
    // No database yet: the preview reads nothing and leaves no file (nor its mode marker) behind.
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('cli.db'))).toEqual([])
    const report = JSON.parse(preview.stdout)
    expect(report.outcome).toBe('dry-run')
    expect(report.counts.created).toBe(50)
    const again = JSON.parse(prepbank('import', '--dry-run', '--json', example).stdout)
    expect(again.counts.created).toBe(50)
    expect(again.role).toEqual(report.role)
  })

  it('imports, then says the same document is unchanged', () => {
    const first = prepbank('import', example)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/imported 50 questions into "AI Data Ops Specialist" \(50 created/)
    const second = prepbank('import', example)
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/unchanged/)
  })

  it('exits 1 on errors, naming file:line:column, and writes nothing', () => {
    const bad = path.join(dir, 'bad.txt')
    fs.writeFileSync(bad, Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28, 0x0a]))
    const result = prepbank('import', bad)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/bad\.txt:2:2: error: .*\[invalid-utf8\]/)
    expect(result.stdout).toMatch(/failed: nothing written/)
  })

  it('exports a role to stdout or to a file', () => {
    const csv = prepbank('export', '--role', 'ai-data-ops-specialist', '--format', 'csv')
    expect(csv.code, csv.stderr).toBe(0)
    // Nothing is approved yet: the header row alone.
    expect(csv.stdout).toBe('id,role,level,level_rank,position,prompt,hints,tags\n')
    const out = path.join(dir, 'bank.json')
    expect(prepbank('export', '--role', 'ai-data-ops-specialist', '--format', 'json', '--out', out).code).toBe(0)
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).role.slug).toBe('ai-data-ops-specialist')
    expect(prepbank('export', '--role', 'nobody', '--format', 'json').code).toBe(1)
    expect(prepbank('export', '--role', 'ai-data-ops-specialist', '--format', 'xml').code).toBe(2)
  })
})
