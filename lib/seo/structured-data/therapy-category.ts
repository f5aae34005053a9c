import type { MedicalTherapy, MedicalWebPage, WithContext } from 'schema-dts'

import { pagePath } from '@/lib/i18n/paths'
import type { TherapyCategory } from '@/payload-types'

import { organisation } from './organisation'
import { localePageUrl, type SiteContext } from './site'

/** Readers are people weighing a treatment for themselves or their family, not clinicians. */
export const readerAudience = { '@type': 'Patient' } as const

/** A therapy category as the subject of a page: named and linked, described in our own words. */
export function medicalTherapy(site: SiteContext, category: TherapyCategory): MedicalTherapy {
  return {
    '@type': 'MedicalTherapy',
    name: category.name,
    url: localePageUrl(site, pagePath.category(category.slug)),
    description: category.description ?? undefined,
  }
}

/** The category page: a medical information page about that therapy. */
export function therapyCategoryPage(site: SiteContext, category: TherapyCategory): WithContext<MedicalWebPage> {
  const url = localePageUrl(site, pagePath.category(category.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: category.name,
    description: category.description ?? undefined,
    inLanguage: site.locale,
    dateModified: category.updatedAt,
    publisher: organisation(site),
    medicalAudience: readerAudience,
    about: medicalTherapy(site, category),
  }
}
