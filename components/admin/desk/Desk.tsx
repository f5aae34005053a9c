/**
 * Above Payload's dashboard (admin.components.beforeDashboard): the signed-in person's desk, the
 * lists of their role (lib/editors-desk/desk.ts), read as them. Payload's collection cards stay
 * below it. Headings and lists for screen readers; every item a link to its document.
 */
import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, ServerProps } from 'payload'

import { readDesk } from '@/lib/editors-desk/desk'
import type { Locale } from '@/lib/i18n/locales'

import { DeskList } from './DeskList'
import type { Translate } from './note-text'

const layout = {
  lists: { display: 'grid', gap: '1rem 2rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' },
} as const

export async function Desk({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const language: Locale = i18n.language === 'en' ? 'en' : 'ja'
  const t = i18n.t as Translate
  const sections = await readDesk({ payload, user, now: new Date(), language })
  if (sections.length === 0) return null
  const collectionLabel = (slug: string) => {
    const labels = payload.collections[slug as CollectionSlug]?.config.labels
    return labels ? getTranslation(labels.singular, i18n) : slug
  }
  return (
    <section className="column-desk" aria-label={t('column:deskHeading')} data-testid="column-desk">
      {sections.map((section) => (
        <section key={section.name} aria-labelledby={`desk-section-${section.name}`} data-desk-section={section.name}>
          <h2 id={`desk-section-${section.name}`}>{t(`column:deskSection_${section.name}`)}</h2>
          <div style={layout.lists}>
            {section.lists.map((list) => (
              <DeskList
                key={list.name}
                section={section.name}
                list={list}
                adminRoute={payload.config.routes.admin}
                collectionLabel={collectionLabel}
                t={t}
                language={language}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  )
}
