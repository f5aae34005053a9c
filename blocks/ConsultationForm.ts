import type { Block } from 'payload'

/**
 * The consultation form (docs/consultation.md): its fields, rules and texts are fixed in code, so
 * editors place it and may only add an introduction above it.
 */
export const ConsultationFormBlock: Block = {
  slug: 'consultationForm',
  interfaceName: 'ConsultationFormBlock',
  labels: {
    singular: { ja: 'ご相談フォーム', en: 'Consultation form' },
    plural: { ja: 'ご相談フォーム', en: 'Consultation forms' },
  },
  fields: [{ name: 'intro', type: 'textarea', label: { ja: '導入文', en: 'Introduction' } }],
}
