/** A Content-Security-Policy as a browser reads it: each directive's name and its sources. */
export function policyDirectives(policy: string | null | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  )
}

/** The value of the `'nonce-…'` source of script-src, if it has one. */
export function scriptNonce(policy: string | null | undefined): string | undefined {
  const source = policyDirectives(policy)
    .get('script-src')
    ?.find((candidate) => candidate.startsWith("'nonce-"))
  return source?.slice("'nonce-".length, -1)
}
