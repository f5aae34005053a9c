import type { BreadcrumbList, WithContext } from 'schema-dts'

import { absoluteUrl } from './site'

/** The same crumbs the visible breadcrumb shows: `href` is a site path, absent on the current page. */
export type Crumb = { name: string; href?: string }

/** The visible breadcrumb as a BreadcrumbList; like the links, the last item (this page) has no URL. */
export function breadcrumbList(siteUrl: string, crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      ...(crumb.href && index < crumbs.length - 1 ? { item: absoluteUrl(siteUrl, crumb.href) } : {}),
    })),
  }
}
