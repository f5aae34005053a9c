import Link from 'next/link'

import type { GlossaryEntry } from '@/lib/content/glossary'
import type { Locale } from '@/lib/i18n/locales'
import { glossaryTermPath } from '@/lib/i18n/paths'

type Props = { heading?: string | null; terms: GlossaryEntry[]; locale: Locale; defaultHeading: string }

/** Chosen glossary terms, each linked to its page with its short definition; nothing when none is published. */
export function GlossarySelectionBlock({ heading, terms, locale, defaultHeading }: Props) {
  if (terms.length === 0) return null
  return (
    <section className="page-glossary">
      <h2>{heading || defaultHeading}</h2>
      <dl>
        {terms.map((term) => (
          <div key={term.id}>
            <dt>
              <Link href={glossaryTermPath(locale, term.slug)}>{term.term}</Link>
            </dt>
            {term.shortDefinition ? <dd>{term.shortDefinition}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  )
}
