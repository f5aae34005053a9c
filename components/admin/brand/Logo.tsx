/**
 * The admin's logo (admin.components.graphics.Logo: the sign-in and first-user pages): the mark
 * and the column's name in Japanese and English, from messages/ (the names readers see).
 * `textLength` keeps each name inside the drawing whatever font the browser picks.
 * How to replace it: docs/operations.md#the-admins-logo-and-icon.
 */
import { getMessages } from '@/lib/i18n/messages'

import { ColumnMark } from './ColumnMark'

export function Logo() {
  const ja = getMessages('ja').site.name
  const en = getMessages('en').site.name
  return (
    <svg
      className="column-brand column-brand--logo"
      data-testid="column-logo"
      role="img"
      aria-label={`${ja} ${en}`}
      viewBox="0 0 360 64"
      width="360"
      height="64"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{`${ja} / ${en}`}</title>
      <ColumnMark x={0} y={6} size={52} />
      <text
        className="column-brand__name"
        x="64"
        y="34"
        fontSize="26"
        fontWeight="700"
        textLength="270"
        lengthAdjust="spacingAndGlyphs"
      >
        {ja}
      </text>
      <text className="column-brand__name" x="65" y="56" fontSize="13" textLength="268" lengthAdjust="spacingAndGlyphs">
        {en}
      </text>
    </svg>
  )
}
