/** One list of a desk: its heading, then a link to each document with what the list says about it. */
import Link from 'next/link'

import { formatDate, formatDateTime } from '@/lib/dates'
import type { DeskList as DeskListData } from '@/lib/editors-desk/types'
import type { Locale } from '@/lib/i18n/locales'

import { noteText, type Translate } from './note-text'

export function DeskList({
  section,
  list,
  adminRoute,
  collectionLabel,
  t,
  language,
}: {
  /** The section the list is in: a list may appear in two (promises to review). */
  section: string
  list: DeskListData
  adminRoute: string
  /** A collection's singular name, shown where a list mixes collections. */
  collectionLabel: (slug: string) => string
  t: Translate
  language: Locale
}) {
  const headingId = `desk-${section}-${list.name}`
  const mixed = new Set(list.items.map((item) => item.collection)).size > 1
  const format = list.show === 'date' ? formatDate : formatDateTime
  return (
    <section className="column-desk__list" aria-labelledby={headingId} data-desk-list={list.name}>
      <h3 id={headingId}>{t(`column:deskList_${list.name}`)}</h3>
      {list.items.length === 0 ? (
        <p className="column-desk__empty">{t('column:deskEmpty')}</p>
      ) : (
        <ul>
          {list.items.map((item) => {
            const notes = item.notes.map((note) => noteText(note, t, language))
            return (
              <li key={`${item.collection}/${item.id}`}>
                {mixed ? <span className="column-desk__collection">{collectionLabel(item.collection)}: </span> : null}
                <Link href={`${adminRoute}/collections/${item.collection}/${encodeURIComponent(String(item.id))}`}>
                  {item.title}
                </Link>
                {item.at ? (
                  <>
                    {' '}
                    <time dateTime={item.at}>{format(item.at, language)}</time>
                  </>
                ) : null}
                {notes.length > 0 ? <span className="column-desk__notes"> ({notes.join(', ')})</span> : null}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
