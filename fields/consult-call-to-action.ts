import type { Condition, Field } from 'payload'

import { pageRelationField } from './page-link'

/**
 * The "consult us" box: heading, text, button label and the page the button opens. The page is
 * chosen, not typed (a typed '/contact' once led every episode to a 404); empty means the
 * consultation page, the published page of kind 'consultation' (lib/content/consult-call-to-action.ts).
 */
export function consultCallToActionFields(condition?: Condition): Field[] {
  const admin = condition ? { condition } : undefined
  return [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' }, localized: true, admin },
    { name: 'body', type: 'textarea', label: { ja: '本文', en: 'Text' }, localized: true, admin },
    { name: 'label', type: 'text', label: { ja: 'ボタンの文言', en: 'Button label' }, localized: true, admin },
    pageRelationField(
      'page',
      { ja: 'リンク先のページ', en: 'Page the button opens' },
      {
        ...admin,
        description: {
          ja: '空欄なら「ご相談」のページ(種類が「ご相談」の公開ページ)。',
          en: 'Empty: the consultation page (the published page of kind Consultation).',
        },
      },
    ),
  ]
}
