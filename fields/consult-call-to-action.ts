import type { Condition, Field } from 'payload'

import { validateLinkTarget } from './web-address'

/** The "consult us" box: heading, text, button label and where the button goes. */
export function consultCallToActionFields(condition?: Condition): Field[] {
  const admin = condition ? { condition } : undefined
  return [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' }, localized: true, admin },
    { name: 'body', type: 'textarea', label: { ja: '本文', en: 'Text' }, localized: true, admin },
    { name: 'label', type: 'text', label: { ja: 'ボタンの文言', en: 'Button label' }, localized: true, admin },
    {
      name: 'url',
      type: 'text',
      label: { ja: 'リンク先', en: 'Link' },
      validate: validateLinkTarget,
      admin: { ...admin, description: { ja: '/contact または https://...', en: '/contact or https://...' } },
    },
  ]
}
