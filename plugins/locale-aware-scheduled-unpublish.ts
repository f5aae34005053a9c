/**
 * Payload's built-in `schedulePublish` task publishes a single locale when one is given, but
 * unpublishes without passing the locale on, so with per-locale status a scheduled unpublish of
 * the English translation took the Japanese original offline instead. This wraps the task's
 * handler so that a scheduled unpublish acts on the locale it was scheduled for.
 */
import type { PayloadRequest, SanitizedConfig, TaskConfig } from 'payload'

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: string }
  user?: { relationTo: string; value: number | string } | null
}

async function schedulingUser(req: PayloadRequest, input: ScheduleInput) {
  if (!input.user || typeof input.user !== 'object') return null
  const user = await req.payload.findByID({
    collection: input.user.relationTo as 'users',
    id: input.user.value,
    depth: 0,
  })
  return { ...user, collection: input.user.relationTo as 'users' }
}

async function unpublishLocale(
  req: PayloadRequest,
  input: Required<Pick<ScheduleInput, 'locale' | 'doc'>> & ScheduleInput,
) {
  const user = await schedulingUser(req, input)
  await req.payload.update({
    collection: input.doc.relationTo as 'episodes',
    id: Number(input.doc.value),
    locale: input.locale as 'ja' | 'en',
    data: { _status: 'draft' },
    depth: 0,
    overrideAccess: user === null,
    user,
  })
}

export function withLocaleAwareScheduledUnpublish(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish') as TaskConfig | undefined
  if (!task || typeof task.handler !== 'function') return config
  const original = task.handler
  task.handler = async (args) => {
    const input = args.input as ScheduleInput
    if (input?.type === 'unpublish' && input.locale && input.doc) {
      await unpublishLocale(args.req, { ...input, locale: input.locale, doc: input.doc })
      return { output: {} }
    }
    return original(args)
  }
  return config
}
