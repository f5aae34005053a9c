import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const directory = mkdtempSync(path.join(tmpdir(), 'claims-cli-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

function fileWith(name: string, text: string): string {
  const file = path.join(directory, name)
  writeFileSync(file, text)
  return file
}

function run(...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/claims-check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const calmJapanese = '幹細胞とエクソソームは別のものです。\n必ず治るとは言えません。\n副作用がないとは限りません。\n'

describe('claims:check --text-file', () => {
  it('lists each finding as JSON with its 1-based line, and exits 1 when there is an error', () => {
    const file = fileWith(
      'claims.txt',
      '幹細胞の解説です。\nこの治療で必ず治ります。\n\n今だけ、副作用はありません。\n',
    )
    const result = run('--text-file', file, '--locale', 'ja', '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(
      report.findings.map(({ line, severity, ruleId }: Record<string, string>) => ({
        line,
        severity,
        // Rule ids start with their category: guaranteed-outcome.certain.
        category: ruleId!.split('.')[0],
      })),
    ).toEqual([
      { line: 2, severity: 'error', category: 'guaranteed-outcome' },
      { line: 4, severity: 'warning', category: 'urgency' },
      { line: 4, severity: 'error', category: 'absolute-safety' },
    ])
    for (const finding of report.findings) {
      expect(finding.suggestion).toEqual(expect.any(String))
      expect(finding.suggestion).not.toBe('')
      expect(finding.why).not.toBe('')
      expect(finding.sentence).toContain(finding.match)
    }
    expect(report.findings.map((finding: { match: string }) => finding.match)).toContain('今だけ')
    expect(report).toMatchObject({ errors: 2, warnings: 1 })
  })

  it('prints a readable report that marks the phrase in its sentence', () => {
    const file = fileWith('claims.md', 'Intro.\nOur therapy cures arthritis.\n')
    const result = run('--text-file', file, '--locale', 'en')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`${file}:2  error  guaranteed-outcome.`)
    expect(result.stdout).toContain('Our therapy [[cures]] arthritis.')
    expect(result.stdout).toContain(`${file}: 1 error, 0 warnings`)
  })

  it('exits 0 for calm text and says no claims were found', () => {
    const file = fileWith('calm.txt', calmJapanese)
    const result = run('--text-file', file, '--locale', 'ja')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`${file}: no claims found`)
  })

  it('exits 0 when the findings are only warnings', () => {
    const file = fileWith('warnings.txt', 'Is it really risk-free?\nBook now for a consultation.\n')
    const result = run('--text-file', file, '--locale', 'en', '--json')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ errors: 0, warnings: 2 })
  })

  it('exits 2 with one line on stderr when the file does not exist', () => {
    const missing = path.join(directory, 'missing.txt')
    const result = run('--text-file', missing, '--locale', 'ja')
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`claims:check: file not found: ${missing}\n`)
  })

  it('exits 2 with one line on stderr for a locale other than ja or en', () => {
    const result = run('--text-file', fileWith('fr.txt', calmJapanese), '--locale', 'fr')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('claims:check: --locale must be ja or en (got "fr")\n')
  })

  it.each([
    [['--text-file', 'x.txt', '--locale', 'ja', '--verbose'], 'claims:check: unknown option --verbose\n'],
    [['--text-file', 'x.txt'], 'claims:check: --locale is required (ja or en)\n'],
    [['--text-file', 'x.txt', '--locale'], 'claims:check: --locale needs a value\n'],
    [
      ['--text-file', 'x.txt', '--locale', 'ja', '--drafts'],
      'claims:check: --drafts is for checking the CMS, not --text-file\n',
    ],
    [['--locale', 'fr'], 'claims:check: --locale must be ja or en (got "fr")\n'],
    ...(['--json', '--drafts'] as const).map((option) => [
      ['--store', option],
      `claims:check: --store takes no other option (got ${option})\n`,
    ]),
    [['--store', '--text-file', 'x.txt'], 'claims:check: --store takes no other option (got --text-file)\n'],
  ])('exits 2 with one line on stderr for the arguments %j', (args, message) => {
    const result = run(...args)
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(message)
  })
})
