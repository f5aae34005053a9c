/**
 * Ctrl-C and SIGTERM for a long-running tool (the benches, the screenshots): the first signal
 * aborts the returned signal, so the tool stops its servers and drops its databases itself; a
 * second is ignored. Ctrl-C arrives twice (from the terminal, and relayed by tsx), and the second
 * must not cut the cleanup short.
 */
export function interruptedBySignals(cleanup: string): AbortSignal {
  const interruption = new AbortController()
  for (const signalName of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signalName, () => {
      if (interruption.signal.aborted) return
      process.stderr.write(`${signalName}: ${cleanup}...\n`)
      interruption.abort(new Error(`interrupted by ${signalName}`))
    })
  }
  return interruption.signal
}
