import type { Condition, Field } from 'payload'

/**
 * A link to one of the organisation's pages, chosen from the Pages collection rather than typed:
 * a chosen page cannot be misspelt, and the reader site leaves the link out while the page is not
 * published in the reader's locale (lib/content/pages.ts).
 */
export function pageRelationField(
  name: string,
  label: { ja: string; en: string },
  admin?: { condition?: Condition; description?: { ja: string; en: string } },
): Field {
  return { name, type: 'relationship', relationTo: 'pages', label, admin }
}
