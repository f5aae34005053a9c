import Link from 'next/link'

import type { SiteNavigation } from '@/lib/content/navigation'

type Props = {
  footer: SiteNavigation['footer']
  labels: { footer: string; links: string; feeds: string }
}

/**
 * The footer of every reader page: who runs the site, the organisation's pages published in this
 * locale, and the feeds. Feeds are plain anchors: they are XML, not pages for the client router.
 */
export function SiteFooter({ footer, labels }: Props) {
  return (
    <footer className="site-footer" aria-label={labels.footer}>
      {footer.organisationName || footer.address ? (
        <address className="site-organisation">
          {footer.organisationName ? <strong>{footer.organisationName}</strong> : null}
          {footer.address ? <span className="site-address">{footer.address}</span> : null}
        </address>
      ) : null}
      {footer.pages.length > 0 ? (
        <nav aria-label={labels.links} className="footer-nav">
          <ul>
            {footer.pages.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.text}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <nav aria-label={labels.feeds} className="footer-feeds">
        <ul>
          {footer.feeds.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.text}</a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  )
}
