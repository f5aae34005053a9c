import type { TocEntry } from '@/lib/content/table-of-contents'

/** In-page links to the body's headings; h3 entries are indented under their h2. */
export function TableOfContents({ label, entries }: { label: string; entries: TocEntry[] }) {
  if (entries.length < 2) return null
  return (
    <nav aria-label={label} className="toc">
      <h2>{label}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? 'toc-sub' : undefined}>
            {/* A heading of this page: the browser scrolls to it, no navigation. */}
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
