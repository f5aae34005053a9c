import Link from 'next/link'

type Props = { heading: string; body?: string | null; link: { href: string; label: string } | null }

/**
 * An invitation to another page of ours. Without a published page to link (lib/content/page-blocks.ts)
 * it draws nothing: a call to action without somewhere to go would only be a dead end.
 */
export function CallToActionBlock({ heading, body, link }: Props) {
  if (!link) return null
  return (
    <section className="consult page-call-to-action">
      <h2>{heading}</h2>
      {body ? <p>{body}</p> : null}
      <Link className="consult-button" href={link.href}>
        {link.label}
      </Link>
    </section>
  )
}
