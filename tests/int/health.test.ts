import { afterEach, describe, expect, it, vi } from 'vitest'

const fileDatabaseUrl = process.env.DATABASE_URL!

async function healthWith(databaseUrl: string): Promise<Response> {
  vi.resetModules()
  process.env.DATABASE_URL = databaseUrl
  const { GET } = await import('@/app/api/health/route')
  return GET()
}

afterEach(() => {
  process.env.DATABASE_URL = fileDatabaseUrl
})

describe('GET /api/health', () => {
  it('answers 200 with the database up when PostgreSQL answers', async () => {
    const response = await healthWith(fileDatabaseUrl)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 503 with the database down when nothing listens', async () => {
    const response = await healthWith('postgres://postgres@127.0.0.1:1/column')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' })
  })
})
