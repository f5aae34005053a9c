import type { PayloadRequest } from 'payload'

/**
 * A Local API call that is given both `req` (to share the transaction) and a `locale` writes that
 * locale onto `req`, so everything after it in the same request (validation, the response) would
 * run in the wrong locale. Hooks that need another locale go through this.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
