import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { rest, testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('Payload on this run’s PostgreSQL database', () => {
  it('uses a fresh database of this test file’s own', async () => {
    const [{ current_database }] = (
      await payload.db.pool.query<{ current_database: string }>('select current_database()')
    ).rows
    expect(process.env.DATABASE_URL).toMatch(new RegExp(`/${current_database}$`))
    expect(current_database).toMatch(/^column_test_\d+_[0-9a-f]{6}_[0-9a-f]{6}$/)
  })

  it('is localized in Japanese (default) and English, with fallback', () => {
    const { localization, i18n } = payload.config
    expect(localization && localization.localeCodes).toEqual(['ja', 'en'])
    expect(localization && localization.defaultLocale).toBe('ja')
    expect(localization && localization.fallback).toBe(true)
    expect(Object.keys(i18n.supportedLanguages).sort()).toEqual(['en', 'ja'])
  })

  it('creates and reads a user through the Local API', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'local-api@example.com', password: 'correct horse battery', name: '編集 太郎', role: 'editor' },
    })
    const found = await payload.findByID({ collection: 'users', id: created.id })
    expect(found.name).toBe('編集 太郎')
  })
})

describe('the REST API', () => {
  it('logs a user in and answers /users/me with their token', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'rest@example.com', password: 'correct horse battery', role: 'admin' },
    })
    const login = await rest('POST', '/users/login', {
      body: { email: 'rest@example.com', password: 'correct horse battery' },
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }

    const me = await rest('GET', '/users/me', { token })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('rest@example.com')
  })

  it('refuses a wrong password with 401 and no token', async () => {
    const login = await rest('POST', '/users/login', {
      body: { email: 'rest@example.com', password: 'wrong' },
    })
    expect(login.status).toBe(401)
    expect(await login.json()).not.toHaveProperty('token')
  })

  it('answers invalid input with 400 and a message for the field, saving nothing', async () => {
    const login = await rest('POST', '/users/login', {
      body: { email: 'rest@example.com', password: 'correct horse battery' },
    })
    const { token } = (await login.json()) as { token: string }
    const response = await rest('POST', '/users', {
      token,
      body: { email: 'not-an-email', password: 'correct horse battery' },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
    expect(body.errors[0]?.data?.errors?.map((error) => error.path)).toContain('email')
    const saved = await payload.count({ collection: 'users', where: { email: { equals: 'not-an-email' } } })
    expect(saved.totalDocs).toBe(0)
  })

  it('does not show the user list to anonymous readers', async () => {
    const response = await rest('GET', '/users')
    expect(response.status).toBe(403)
  })
})
