import type { Block } from 'payload'

// Minimal config for the seed of branch h/navigation; the page-route helper's version replaces it at merge.
export const ConsultationFormBlock: Block = {
  slug: 'consultationForm',
  interfaceName: 'ConsultationFormBlock',
  labels: {
    singular: { ja: '相談フォーム', en: 'Consultation form' },
    plural: { ja: '相談フォーム', en: 'Consultation forms' },
  },
  fields: [{ name: 'intro', type: 'textarea', label: { ja: '前置き', en: 'Introduction' } }],
}
