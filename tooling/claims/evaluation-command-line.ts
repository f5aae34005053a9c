/**
 * claims:eval's command line (scripts/claims-eval.ts is its entry point):
 *
 *   tsx scripts/claims-eval.ts [--json] [--corpus DIR]
 *
 * It measures the guard's matcher (lib/claims/check.ts, the one the admin, the publish check and
 * claims:check run). The report adds the figures on the development and held-out parts of the
 * corpus (corpus-split.ts), the analysers' load time and memory, and checking speed.
 *
 * Exit codes: 0 when every language meets the bar (evaluate.ts), 1 when one does not, 2 when the
 * evaluation could not run (usage, or a malformed corpus: one line per problem on stderr).
 */
import { parseArgs } from 'node:util'

import { CorpusFormatError, corpusDirectory, loadCorpus } from './corpus'
import { evaluateCorpus, evaluationToJson } from './evaluate'
import { formatEvaluation } from './evaluation-report'
import { measureGuard } from './guard-measures'

class UsageError extends Error {}

function parseOptions(argv: string[]): { json: boolean; corpus?: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, corpus: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    })
    return { json: values.json ?? false, corpus: values.corpus }
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
    const measures = await measureGuard(records)
    const evaluation = evaluateCorpus(records, measures.classify)
    if (options.json) {
      output.out(evaluationToJson(evaluation, measures.json))
    } else {
      output.out(formatEvaluation(evaluation, directory, measures.report))
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
