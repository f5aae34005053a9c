/**
 * The bad-request corpus (tests/e2e/bad-requests/corpus.ts) against the production build: every
 * answer is the status a careful API gives for that request (400 naming the parameter, 404, 405,
 * 413, 415, ...), never a 5xx, never a stack trace or a server path, and never the injected
 * marker unescaped in HTML.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { badRequestCorpus, PROBE, type BadRequest } from './bad-requests/corpus'
import { inBatches, send, type Answer } from './bad-requests/send'

const baseUrl = inject('baseUrl')

const corpus = badRequestCorpus()
let answers: Answer[] = []

beforeAll(async () => {
  // A few at a time: the server shares two cores with the test runner and other work.
  answers = await inBatches(corpus, 4, (request) =>
    send(baseUrl, request).catch((error: Error) => ({
      status: 0,
      contentType: '',
      body: `no answer: ${error.message}`,
    })),
  )
  const byStatus = new Map<number, number>()
  for (const { status } of answers) byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
  const summary = [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')
  console.log(`bad-request corpus: ${corpus.length} requests sent (${summary})`)
}, 600_000)

/** Traces of the server's inside: stack frames, source files with line numbers, server paths. */
const internals: [string, RegExp][] = [
  ['a stack frame', /^\s*at [\w$.<>[\] ]+ \(|\n\s+at \S+:\d+:\d+/m],
  ['a source file with a line number', /\.(?:[cm]?[jt]sx?):\d+(?::\d+)?/],
  ['node_modules', /node_modules/],
  ['the server’s directory', new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
  ['webpack internals', /webpack-internal|__webpack_require__/],
]

function describeRequest(request: BadRequest, answer: Answer): string {
  const path = request.path.length > 120 ? `${request.path.slice(0, 120)}…` : request.path
  return `${request.method} ${path} [${request.name}] → ${answer.status} ${answer.body.slice(0, 300)}`
}

type GraphqlErrors = { errors?: { message?: string; extensions?: { statusCode?: number } }[] }

/** The status a GraphQL resolver refused with: 200 on the wire (GraphQL over HTTP), the status in the error. */
function resolverStatuses(answer: Answer): number[] {
  const parsed = JSON.parse(answer.body) as GraphqlErrors
  return (parsed.errors ?? []).map((error) => error.extensions?.statusCode ?? 0)
}

describe(`the bad-request corpus (${corpus.length} requests)`, () => {
  it('has at least 200 generated requests', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
  })

  it('gets no server error for any request', () => {
    const failures = corpus.flatMap((request, i) =>
      answers[i]!.status >= 500 || answers[i]!.status === 0 ? [describeRequest(request, answers[i]!)] : [],
    )
    expect(failures).toEqual([])
  })

  it('gets the status a careful API gives for each request', () => {
    const failures = corpus.flatMap((request, i) => {
      const answer = answers[i]!
      if (request.graphqlResolverError) {
        const statuses = answer.status === 200 ? resolverStatuses(answer) : [answer.status]
        return statuses.length > 0 && statuses.every((status) => request.expect.includes(status))
          ? []
          : [`expected ${request.expect.join('/')} in errors: ${describeRequest(request, answer)}`]
      }
      return request.expect.includes(answer.status)
        ? []
        : [`expected ${request.expect.join('/')}: ${describeRequest(request, answer)}`]
    })
    expect(failures).toEqual([])
  })

  it("cuts an anonymous reader's page size to the cap and says so", () => {
    const capped = corpus.flatMap((request, i) => (request.bodyIncludes ? [[request, answers[i]!] as const] : []))
    expect(capped.length).toBeGreaterThan(20)
    const failures = capped.flatMap(([request, answer]) =>
      answer.body.includes(request.bodyIncludes!)
        ? []
        : [`no ${request.bodyIncludes}: ${describeRequest(request, answer)}`],
    )
    expect(failures).toEqual([])
  })

  it('names the wrong parameter in each 400 about a parameter', () => {
    const failures = corpus.flatMap((request, i) => {
      const answer = answers[i]!
      if (!request.names || !request.expect.includes(400)) return []
      const names = [request.names].flat()
      return names.some((name) => answer.body.includes(name))
        ? []
        : [`none of ${names.join(', ')} named: ${describeRequest(request, answer)}`]
    })
    expect(failures).toEqual([])
  })

  it('shows no stack trace or internal path in any answer', () => {
    const failures = corpus.flatMap((request, i) => {
      const answer = answers[i]!
      return internals
        .filter(([, pattern]) => pattern.test(answer.body))
        .map(([what]) => `${what}: ${describeRequest(request, answer)}`)
    })
    expect(failures).toEqual([])
  })

  it('never sends the injected marker back unescaped in HTML or plain text', () => {
    const probed = corpus.filter(
      (request) => request.path.includes(encodeURIComponent(PROBE)) || String(request.body ?? '').includes(PROBE),
    )
    expect(probed.length).toBeGreaterThan(20)
    const failures = corpus.flatMap((request, i) => {
      const answer = answers[i]!
      const rendered = !/json/.test(answer.contentType)
      return rendered && answer.body.includes(PROBE) ? [describeRequest(request, answer)] : []
    })
    expect(failures).toEqual([])
  })
})
