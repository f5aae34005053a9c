/**
 * claims:eval's command line (scripts/claims-eval.ts is its entry point):
 *
 *   tsx scripts/claims-eval.ts [--json] [--corpus DIR] [--matcher phrases|structural]
 *
 * --matcher chooses what is measured: `phrases`, the guard's current matcher (lib/claims/check.ts,
 * the default until the guard is switched), or `structural`, the slot-based matcher of issue 17
 * (lib/claims/structural/). The structural report adds the figures on the development and held-out
 * parts of the corpus (corpus-split.ts), the analysers' load time and memory, and checking speed.
 *
 * Exit codes: 0 when every language meets the bar (evaluate.ts), 1 when one does not, 2 when the
 * evaluation could not run (usage, or a malformed corpus: one line per problem on stderr).
 */
import { parseArgs } from 'node:util'

import { CorpusFormatError, corpusDirectory, loadCorpus } from './corpus'
import { evaluateCorpus, evaluationToJson, guardVerdict, type Classify } from './evaluate'
import { formatEvaluation } from './evaluation-report'
import { measureStructural, type StructuralMeasures } from './structural-measures'

class UsageError extends Error {}

export type MatcherName = 'phrases' | 'structural'
const matcherNames: readonly MatcherName[] = ['phrases', 'structural']

function parseOptions(argv: string[]): { json: boolean; corpus?: string; matcher: MatcherName } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, corpus: { type: 'string' }, matcher: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    })
    const matcher = values.matcher ?? 'phrases'
    if (!(matcherNames as readonly string[]).includes(matcher)) {
      throw new UsageError(`unknown matcher "${matcher}": use ${matcherNames.join(' or ')}`)
    }
    return { json: values.json ?? false, corpus: values.corpus, matcher: matcher as MatcherName }
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError((error as Error).message.split('\n')[0])
  }
}

export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

/** Runs the evaluation on the command line's arguments; the exit code is the verdict. */
export async function runClaimsEval(argv: string[], output: Output = processOutput): Promise<number> {
  try {
    const options = parseOptions(argv)
    const directory = options.corpus ?? corpusDirectory
    const records = loadCorpus(directory)
    let classify: Classify = guardVerdict
    let measures: StructuralMeasures | undefined
    if (options.matcher === 'structural') {
      measures = await measureStructural(records)
      classify = measures.classify
    }
    const evaluation = evaluateCorpus(records, classify)
    if (options.json) {
      output.out(evaluationToJson(evaluation, measures && { matcher: 'structural', ...measures.json }))
    } else {
      output.out(formatEvaluation(evaluation, directory, measures?.report))
    }
    return evaluation.failures.length === 0 ? 0 : 1
  } catch (error) {
    output.err(
      `${describeFailure(error)
        .map((line) => `claims:eval: ${line}`)
        .join('\n')}\n`,
    )
    return 2
  }
}

// Exit 1 is kept for a guard below the bar: whatever stops the evaluation exits 2.
function describeFailure(error: unknown): string[] {
  if (error instanceof CorpusFormatError) return error.problems
  if (error instanceof UsageError) return [error.message]
  const { code, path } = error as NodeJS.ErrnoException
  if (code === 'ENOENT') return [`corpus file not found: ${path}`]
  return [(error as Error).stack ?? String(error)]
}
