import Link from 'next/link'

import { env } from '@/lib/env'
import { breadcrumbList, type Crumb } from '@/lib/seo/structured-data/breadcrumbs'

import { JsonLd } from './JsonLd'

/**
 * Column top > series > episode. The last crumb is the current page. Its BreadcrumbList is
 * rendered here, from the same crumbs, so the structured data cannot drift from what is shown.
 */
export function Breadcrumb({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <>
      <nav aria-label={label} className="breadcrumb">
        <ol>
          {crumbs.map((crumb, index) => (
            <li key={index}>
              {crumb.href && index < crumbs.length - 1 ? (
                <Link href={crumb.href}>{crumb.name}</Link>
              ) : (
                <span aria-current="page">{crumb.name}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbList(env.SITE_URL, crumbs)} />
    </>
  )
}
