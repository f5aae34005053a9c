/**
 * Telling an outage (503, wait and retry) from a bug (500): the errors node-postgres, Drizzle and
 * Node give when PostgreSQL is stopped, restarting, unreachable or full, and what is not one.
 */
import { describe, expect, it } from 'vitest'

import {
  DATABASE_UNAVAILABLE_DIGEST,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
} from '@/lib/database/unavailable'
import { getMessages } from '@/lib/i18n/messages'
import { outageLocale, readerUnavailablePage } from '@/lib/server/unavailable-page'
import { outageStatus } from '@/lib/server/unavailable-status'

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code })
}

describe('an error that means the database cannot be reached', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a name that does not resolve (the db container is gone)', withCode('getaddrinfo ENOTFOUND db', 'ENOTFOUND')],
    [
      'a server stopped under an open connection',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a full server', withCode('sorry, too many clients already', '53300')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['a connection that dropped', new Error('Connection terminated unexpectedly')],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect')],
    ['our own', new DatabaseUnavailableError('connect ECONNREFUSED')],
  ])('%s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('is found inside what wraps it: Drizzle’s failed query, an AggregateError of two addresses', () => {
    const refused = withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')
    expect(isDatabaseUnavailable(new Error('Failed query: select …', { cause: refused }))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([refused, refused], 'connect failed'))).toBe(true)
  })

  it.each([
    ['a syntax error', withCode('syntax error at or near "selec"', '42601')],
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'slug')")],
    ['not an error at all', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('but not %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('carries a digest the error page recognises in the browser', () => {
    expect(new DatabaseUnavailableError('x').digest).toBe(DATABASE_UNAVAILABLE_DIGEST)
  })
})

describe('the status of a response', () => {
  it('is 503 with Retry-After for a failure while the database is down', () => {
    expect(outageStatus(500, true)).toEqual({ statusCode: 503, retryAfter: '30' })
  })

  it('stays as it was otherwise: a failure with the database up, a page served from the cache, a 404', () => {
    expect(outageStatus(500, false)).toEqual({ statusCode: 500 })
    expect(outageStatus(200, true)).toEqual({ statusCode: 200 })
    expect(outageStatus(404, true)).toEqual({ statusCode: 404 })
  })
})

describe('the reader page of an outage', () => {
  it('is in the language of the path, or of Accept-Language where the path names none', () => {
    expect(outageLocale('/en/episodes/x?y=1', 'ja')).toBe('en')
    expect(outageLocale('/ja', 'en-GB')).toBe('ja')
    expect(outageLocale('/episodes/x', 'en-GB,en;q=0.8')).toBe('en')
    expect(outageLocale('/episodes/x', null)).toBe('ja')
  })

  it.each(['ja', 'en'] as const)(
    'in %s, has <html lang>, the built-in disclaimer and the message, escaped',
    (locale) => {
      const messages = getMessages(locale)
      const html = readerUnavailablePage(locale)
      const escaped = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
      expect(html).toContain(`<html lang="${locale}">`)
      expect(html).toContain(escaped(messages.disclaimer.builtIn))
      // In the landmark the reader pages have, labelled alike.
      expect(html).toContain(`<aside aria-label="${escaped(messages.disclaimer.label)}"`)
      expect(html).toContain(escaped(messages.error.unavailableTitle))
      expect(html).toContain(escaped(messages.error.unavailableBody))
      expect(html).not.toMatch(/<script/)
    },
  )
})
