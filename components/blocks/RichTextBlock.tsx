import { RichTextBody } from '@/components/RichTextBody'
import type { Locale } from '@/lib/i18n/locales'

/** Running text, drawn like an episode's body. */
export function RichTextBlock({ content, locale }: { content: unknown; locale: Locale }) {
  return <RichTextBody value={content} className="page-text" locale={locale} />
}
