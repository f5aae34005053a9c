/**
 * When `npm run dev` loads the demo content by itself, over every combination of what decides it:
 * NODE_ENV (as the environment gives it), SKIP_DEMO_SEED, and the rows the database already holds.
 */
import { describe, expect, it } from 'vitest'

import { parseToolingEnv } from '@/lib/env-schema'
import { decideDemoSeed } from '@/tooling/seed/demo-seed'

const nodeEnvs = [undefined, '', 'development', 'production', 'test', 'staging'] as const
const skipValues = [undefined, '', 'true', 'false'] as const
const contentRowCounts = [0, 1, 2, 250] as const

function decisionFor(raw: { NODE_ENV?: string; SKIP_DEMO_SEED?: string }, contentRows: number) {
  const tooling = parseToolingEnv(raw)
  return decideDemoSeed({ nodeEnv: tooling.NODE_ENV, skipDemoSeed: tooling.SKIP_DEMO_SEED === 'true', contentRows })
}

const combinations = nodeEnvs.flatMap((NODE_ENV) =>
  skipValues.flatMap((SKIP_DEMO_SEED) =>
    contentRowCounts.map((contentRows) => ({ NODE_ENV, SKIP_DEMO_SEED, contentRows })),
  ),
)

describe('the dev runner’s decision to load the demo content', () => {
  it.each(combinations)(
    'NODE_ENV=$NODE_ENV SKIP_DEMO_SEED=$SKIP_DEMO_SEED with $contentRows content rows',
    ({ NODE_ENV, SKIP_DEMO_SEED, contentRows }) => {
      const raw = {
        ...(NODE_ENV === undefined ? {} : { NODE_ENV }),
        ...(SKIP_DEMO_SEED === undefined ? {} : { SKIP_DEMO_SEED }),
      }
      const development = NODE_ENV === undefined || NODE_ENV === '' || NODE_ENV === 'development'
      const empty = contentRows === 0
      const skipped = SKIP_DEMO_SEED === 'true'
      const decision = decisionFor(raw, contentRows)

      expect(decision.seed).toBe(development && empty && !skipped)
      // A database with content is left alone without a word; an empty one always gets its one line.
      expect(decision.line === undefined).toBe(!empty)
      if (decision.line !== undefined) expect(decision.line).not.toContain('\n')
      if (decision.seed) expect(decision.line).toContain('SKIP_DEMO_SEED=true')
      if (!decision.seed && empty) expect(decision.line).toContain('not loaded')
    },
  )

  it('is never yes in production, whatever else is set', () => {
    const production = combinations.filter((combination) => combination.NODE_ENV === 'production')
    expect(production.length).toBe(skipValues.length * contentRowCounts.length)
    for (const { SKIP_DEMO_SEED, contentRows } of production) {
      expect(decisionFor({ NODE_ENV: 'production', SKIP_DEMO_SEED }, contentRows).seed).toBe(false)
    }
  })

  it.each(['yes', '1', 'TRUE', 'no', 'skip'])('refuses SKIP_DEMO_SEED=%s, naming the variable', (value) => {
    expect(() => parseToolingEnv({ SKIP_DEMO_SEED: value })).toThrow(
      /^Configuration error: SKIP_DEMO_SEED must be true or false$/,
    )
  })
})
