import Link from 'next/link'
import { useId } from 'react'

type Link = { key: string | number; href: string; text: string; external?: boolean }

/** A titled list of links ("Related terms", "Therapy categories"...); nothing when it is empty. */
export function LinkListSection({ heading, links, className }: { heading: string; links: Link[]; className?: string }) {
  const headingId = useId()
  if (links.length === 0) return null
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            {link.external ? (
              // Another site (a glossary term's sources): next/link only navigates within this one.
              <a href={link.href} rel="noopener">
                {link.text}
              </a>
            ) : (
              <Link href={link.href}>{link.text}</Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
