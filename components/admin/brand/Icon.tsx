/**
 * The admin's icon (admin.components.graphics.Icon: the top of the navigation, the home link):
 * the column's mark alone. Payload sizes it through the `graphic-icon` class, as its own icon.
 */
import { getMessages } from '@/lib/i18n/messages'

import { ColumnMark } from './ColumnMark'

export function Icon() {
  return (
    <svg
      className="graphic-icon column-brand column-brand--icon"
      data-testid="column-icon"
      role="img"
      aria-label={getMessages('ja').site.name}
      viewBox="0 0 32 32"
      width="100%"
      height="100%"
      xmlns="http://www.w3.org/2000/svg"
    >
      <ColumnMark />
    </svg>
  )
}
