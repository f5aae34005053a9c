/**
 * The column's mark: a bar in the site's accent colour beside three lines of text, the shape of
 * the reader site's notices and of a column of writing. Shapes only, no lettering, so that it
 * looks the same whatever fonts the machine has. Replace it here to change the admin's icon and
 * the mark in front of the logo; public/admin-icon.svg is the same drawing for the browser tab.
 */
export function ColumnMark({ x = 0, y = 0, size = 32 }: { x?: number; y?: number; size?: number }) {
  const unit = size / 32
  return (
    <g transform={`translate(${x} ${y}) scale(${unit})`}>
      <rect className="column-brand__accent" x="4" y="4" width="5" height="24" rx="1.5" />
      <rect className="column-brand__text" x="12" y="7" width="16" height="3.5" rx="1.75" />
      <rect className="column-brand__text" x="12" y="14.25" width="16" height="3.5" rx="1.75" />
      <rect className="column-brand__text" x="12" y="21.5" width="10" height="3.5" rx="1.75" />
    </g>
  )
}
