/**
 * `npm run claims:eval`: measures the claims guard on the labelled corpus (usage and exit codes:
 * tooling/claims/evaluation-command-line.ts; the corpus: docs/claims-corpus.md).
 */
import { runClaimsEval } from '../tooling/claims/evaluation-command-line'

process.exitCode = await runClaimsEval(process.argv.slice(2))
