/**
 * Slugs are shared by both locales, so they are ASCII: lowercase words joined by hyphens,
 * usually made from the English title.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value)
}
