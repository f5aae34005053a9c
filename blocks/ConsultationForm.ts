import type { Block } from 'payload'

/** The consultation form (components/consultation/ConsultationForm.tsx), with an introduction above it. */
export const ConsultationFormBlock: Block = {
  slug: 'consultationForm',
  interfaceName: 'ConsultationFormBlock',
  labels: {
    singular: { ja: '相談フォーム', en: 'Consultation form' },
    plural: { ja: '相談フォーム', en: 'Consultation forms' },
  },
  fields: [{ name: 'intro', type: 'textarea', label: { ja: '前置き', en: 'Introduction' } }],
}
