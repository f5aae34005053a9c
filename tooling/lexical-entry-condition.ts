/**
 * Lexical's Node entry points (`lexical/dist/Lexical.node.mjs` and one per `@lexical/*` package)
 * choose their development or production build with a top-level `await import()`. When Node 20
 * loads many of them at once, as the Payload config does through the rich-text editor, it now and
 * then ends the process before those imports settle: exit 13, or exit 0 from a CLI that then did
 * nothing (`node -e "import('@payloadcms/richtext-lexical')"` alone does it about one run in two
 * here; payloadcms/payload#9382 saw the same). The `development` and `production` export
 * conditions name the two builds directly, so Node never runs that await.
 *
 * Every process that loads the Payload config outside Next's bundler (migrations, the seed,
 * claims:check, the Payload CLI, `next dev`, the tests' scripts) is started with the condition.
 * Next's production build bundles Lexical and does not need it.
 */

type Environment = Record<string, string | undefined>

/** The same build Lexical's Node entry would pick: production only under NODE_ENV=production. */
export function lexicalEntryCondition(env: Environment = process.env): string {
  return `--conditions=${env.NODE_ENV === 'production' ? 'production' : 'development'}`
}

/** `env` for a child process that loads the Payload config: the condition added to NODE_OPTIONS. */
export function withLexicalEntryCondition<Env extends Environment>(env: Env): Env & { NODE_OPTIONS: string } {
  const condition = lexicalEntryCondition(env)
  const options = env.NODE_OPTIONS?.trim() ?? ''
  const present = options.split(/\s+/).includes(condition)
  return { ...env, NODE_OPTIONS: present ? options : `${options} ${condition}`.trim() }
}
