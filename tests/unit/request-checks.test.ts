/**
 * The checks that turn bad input into 4xx before Payload, Next.js or PostgreSQL throw on it
 * (lib/http/): generated values on each side of every bound.
 */
import { describe, expect, it } from 'vitest'

import { answerBadInputAs400, isDataException, keepClientErrorMessages, sqlState } from '@/lib/http/api-error-answers'
import { earlyRefusal } from '@/lib/http/early-refusals'
import { refusedPageRequest } from '@/lib/http/page-request'
import {
  ANONYMOUS_LIMIT_CAP,
  anonymousLimit,
  depthProblem,
  isDocumentId,
  limitProblem,
  localeProblem,
  MAX_DEPTH,
  MAX_PAGE,
  pageProblem,
} from '@/lib/http/query-parameters'
import { jsonDepth, MAX_JSON_DEPTH, refusedBody } from '@/lib/http/request-body'

const notWholeNumbers = ['-1', 'abc', '1.5', '1e3', '1e309', ' 1', '0x10', '', '١'] as const

describe('query parameters', () => {
  it.each(notWholeNumbers.filter((value) => value !== ''))('page %j is refused, naming page', (value) => {
    expect(pageProblem(value)?.parameter).toBe('page')
  })

  it.each([0, MAX_PAGE + 1, -1, 1.5, Infinity, NaN])('page %s (a number, as GraphQL gives it) is refused', (value) => {
    expect(pageProblem(value)?.message).toMatch(/^page /)
  })

  it.each(['1', '2', String(MAX_PAGE), 1, MAX_PAGE, undefined])('page %j is taken', (value) => {
    expect(pageProblem(value)).toBeUndefined()
  })

  it('cuts an anonymous reader\'s page size to the cap, "every document" included, and keeps smaller ones', () => {
    expect(anonymousLimit(String(ANONYMOUS_LIMIT_CAP), false)).toBeUndefined()
    expect(anonymousLimit('10', false)).toBeUndefined()
    expect(anonymousLimit(undefined, false)).toBeUndefined()
    expect(anonymousLimit(String(ANONYMOUS_LIMIT_CAP + 1), false)).toBe(ANONYMOUS_LIMIT_CAP)
    expect(anonymousLimit(5000, false)).toBe(ANONYMOUS_LIMIT_CAP)
    expect(anonymousLimit('0', false)).toBe(ANONYMOUS_LIMIT_CAP)
    expect(anonymousLimit('10', true)).toBe(ANONYMOUS_LIMIT_CAP)
    for (const value of notWholeNumbers.filter((value) => value !== ''))
      expect(limitProblem(value)?.parameter).toBe('limit')
    expect(limitProblem('0')).toBeUndefined()
  })

  it('takes depth from 0 to MAX_DEPTH', () => {
    for (let depth = 0; depth <= MAX_DEPTH; depth++) expect(depthProblem(String(depth))).toBeUndefined()
    expect(depthProblem(String(MAX_DEPTH + 1))?.parameter).toBe('depth')
    expect(depthProblem('-1')?.parameter).toBe('depth')
  })

  it('takes the configured locales and all/*, and names locale or fallback-locale otherwise', () => {
    const codes = ['ja', 'en']
    for (const value of ['ja', 'en', 'all', '*']) expect(localeProblem('locale', value, codes)).toBeUndefined()
    for (const value of ['xx', 'JA', '', '<x-probe>', ['ja', 'en']])
      expect(localeProblem('locale', value, codes)?.parameter).toBe('locale')
    expect(localeProblem('fallback-locale', 'none', codes)).toBeUndefined()
    expect(localeProblem('fallback-locale', 'xx', codes)?.parameter).toBe('fallback-locale')
  })

  it('knows a document id: a positive 32-bit whole number', () => {
    for (const id of ['1', 1, '2147483647']) expect(isDocumentId(id)).toBe(true)
    for (const id of [
      '0',
      '-1',
      '1.5',
      '2147483648',
      '99999999999999999999',
      'not-an-id',
      '0x10',
      '',
      undefined,
      1.5,
    ]) {
      expect(isDocumentId(id)).toBe(false)
    }
  })
})

function jsonRequest(body: string, contentType = 'application/json'): Request {
  return new Request('http://column.test/api/episodes', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
  })
}

describe('request bodies', () => {
  const rules = { accepts: ['json' as const, 'multipart' as const], maxBytes: 1000 }

  it('measures JSON nesting outside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3)
    expect(jsonDepth('{"a":"[[[[[[{{{{"}')).toBe(1)
    expect(jsonDepth('{"a":"\\"[[["}')).toBe(1)
    expect(jsonDepth(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toBe(MAX_JSON_DEPTH + 1)
  })

  it('answers 400, 413 and 415 for what the route cannot take, and passes good JSON on', async () => {
    expect(await refusedBody(jsonRequest('{"title":"x"}'), rules)).toBeUndefined()
    expect((await refusedBody(jsonRequest('{"title":'), rules))?.status).toBe(400)
    expect(
      (await refusedBody(jsonRequest(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`), rules))
        ?.status,
    ).toBe(400)
    expect((await refusedBody(jsonRequest(JSON.stringify({ title: 'x'.repeat(1000) })), rules))?.status).toBe(413)
    expect((await refusedBody(jsonRequest('title=x', 'text/plain'), rules))?.status).toBe(415)
    expect((await refusedBody(jsonRequest('x', 'multipart/form-data'), rules))?.status).toBe(400)
    expect(await refusedBody(jsonRequest('x', 'multipart/form-data; boundary=b'), rules)).toBeUndefined()
    expect(
      await refusedBody(new Request('http://column.test/api/users/logout', { method: 'POST' }), rules),
    ).toBeUndefined()
    expect(
      (
        await refusedBody(new Request('http://column.test/api/graphql', { method: 'POST' }), {
          ...rules,
          required: true,
        })
      )?.status,
    ).toBe(400)
  })
})

describe('page requests', () => {
  const page = (path: string, method = 'GET') =>
    refusedPageRequest(new Request(`http://column.test${path}`, { method }), { readOnly: true })

  it.each([
    '/ja/episodes/%ff%fe',
    '/ja/episodes/%zz',
    '/ja/episodes/%e3%81',
    '/ja/episodes/%00',
    '/ja/%1b',
    '/ja/search?q=a%00b',
  ])('%s is a 400', (path) => {
    expect(page(path)?.status).toBe(400)
  })

  it.each(['/ja/episodes/stem-cell', `/ja/episodes/${encodeURIComponent('幹細胞🧬\u202E')}`, '/ja/search?q=%ff'])(
    '%s passes',
    (path) => {
      expect(page(path)).toBeUndefined()
    },
  )

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s on a reader page is a 405 that allows GET and HEAD', (method) => {
    const answer = page('/ja', method)
    expect(answer?.status).toBe(405)
    expect(answer?.headers.get('allow')).toBe('GET, HEAD')
  })
})

describe('database input errors', () => {
  it('recognises a data exception by its SQLSTATE, however wrapped', () => {
    const postgres = { code: '22P02', message: 'invalid input syntax for type integer' }
    expect(isDataException(postgres)).toBe(true)
    expect(isDataException({ message: 'Failed query', cause: postgres })).toBe(true)
    expect(isDataException({ originalError: { cause: { code: '22007' } } })).toBe(true)
    expect(sqlState({ cause: { code: '57P01' } })).toBe('57P01')
    expect(isDataException({ cause: { code: '57P01' } })).toBe(false)
    expect(isDataException({ code: 'ECONNREFUSED' })).toBe(false)
    expect(isDataException(new Error('plain'))).toBe(false)
  })
})

describe('Payload error answers', () => {
  const hookArgs = (error: object, result = { errors: [{ message: 'An unknown error occurred.' }] }) =>
    ({ error, result, req: {}, context: {} }) as unknown as Parameters<typeof answerBadInputAs400>[0]

  it('answers a data exception and a malformed multipart body with 400, and nothing else', () => {
    expect(answerBadInputAs400(hookArgs({ message: 'Failed query', cause: { code: '22021' } }))).toMatchObject({
      status: 400,
    })
    expect(answerBadInputAs400(hookArgs(new Error('Unexpected end of form')))).toMatchObject({ status: 400 })
    expect(answerBadInputAs400(hookArgs(new Error('connection terminated')))).toBeUndefined()
    expect(answerBadInputAs400(hookArgs({ message: 'x', cause: { code: '53300' } }))).toBeUndefined()
  })

  it('keeps the message of a 4xx whose class name the bundle lost, never of a 500', () => {
    const notFound = Object.assign(new Error('Not Found'), { status: 404 })
    expect(keepClientErrorMessages(hookArgs(notFound))).toMatchObject({
      response: { errors: [{ message: 'Not Found' }] },
    })
    const internal = Object.assign(new Error('password authentication failed'), { status: 500 })
    expect(keepClientErrorMessages(hookArgs(internal))).toBeUndefined()
  })
})

describe('early refusals', () => {
  it('refuses TRACE and undecodable paths before Next.js, and lets everything else through', () => {
    expect(earlyRefusal('TRACE', '/ja')?.[0]).toBe(405)
    for (const path of ['/api/episodes/%ff%fe', '/sitemap.xml/%ff', '/api/media/file/a%00.png', '/api/x/%zz?q=1']) {
      expect(earlyRefusal('GET', path)?.[0]).toBe(400)
    }
    for (const path of [
      '/ja',
      '/api/episodes?where[slug][equals]=%00',
      `/ja/episodes/${encodeURIComponent('幹細胞🧬')}`,
    ]) {
      expect(earlyRefusal('GET', path)).toBeUndefined()
    }
    expect(earlyRefusal('DELETE', '/api/episodes/1')).toBeUndefined()
    expect(earlyRefusal('POST', '/sitemap.xml')?.[0]).toBe(405)
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const part of [1, 2, 37]) expect(earlyRefusal(method, `/sitemap-${part}.xml`)?.[0]).toBe(405)
    }
    expect(earlyRefusal('GET', '/sitemap-1.xml')).toBeUndefined()
    expect(earlyRefusal('DELETE', '/robots.txt')?.[0]).toBe(405)
    expect(earlyRefusal('GET', '/sitemap.xml')).toBeUndefined()
  })
})
