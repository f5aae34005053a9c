import type { AfterErrorHook } from 'payload'

/**
 * Keeps a ValidationError's field errors (`data.errors`, which the admin's forms put on their
 * fields) in the REST answer. Payload's error handler adds them only to an `instanceof` its own
 * ValidationError class. In the production build the error is thrown by a copy of that class
 * from another bundle (the Payload instance serving requests is, as far as we can tell, the one
 * lib/prepare-server.ts starts from the instrumentation bundle), and every field error, Payload's
 * own included, came back as the bare "The following field is invalid" message, the field not
 * marked. Recognised here by its shape.
 */
export const keepFieldErrorsInAnswers: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as { data?: { errors?: { path?: unknown }[] }; status?: number }
  const fieldErrors = Array.isArray(data?.errors) && data.errors.every((entry) => typeof entry?.path === 'string')
  if (!result || status !== 400 || !fieldErrors || result.errors.some((entry) => entry.data)) return
  return { response: { ...result, errors: [{ name: 'ValidationError', data, message: error.message }] } }
}
