import type { ReadyBlock } from '@/lib/content/page-blocks'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import { CallToActionBlock } from './CallToActionBlock'
import { ConsultationFormBlock } from './ConsultationFormBlock'
import { EpisodeListBlock } from './EpisodeListBlock'
import { FaqBlock } from './FaqBlock'
import { GlossarySelectionBlock } from './GlossarySelectionBlock'
import { RichTextBlock } from './RichTextBlock'

/** `path`: the page's own path, where the consultation form returns after a post without JavaScript. */
type Props = { blocks: ReadyBlock[]; locale: Locale; consultationSent?: boolean; path?: string }

/** A page's blocks in the editors' order, each drawn by its own component (blocks/ has their fields). */
export function PageBlocks({ blocks, locale, consultationSent = false, path }: Props) {
  const messages = getMessages(locale)
  return (
    <>
      {blocks.map((block) => {
        switch (block.blockType) {
          case 'richText':
            return <RichTextBlock key={block.id} content={block.content} locale={locale} />
          case 'episodeList':
            return (
              <EpisodeListBlock
                key={block.id}
                heading={block.heading}
                episodes={block.episodes}
                locale={locale}
                defaultHeading={messages.series.episodes}
              />
            )
          case 'glossarySelection':
            return (
              <GlossarySelectionBlock
                key={block.id}
                heading={block.heading}
                terms={block.terms}
                locale={locale}
                defaultHeading={messages.nav.glossary}
              />
            )
          case 'callToAction':
            return <CallToActionBlock key={block.id} heading={block.heading} body={block.body} link={block.link} />
          case 'faq':
            return (
              <FaqBlock key={block.id} heading={block.heading} items={block.items} defaultHeading={messages.page.faq} />
            )
          case 'consultationForm':
            return (
              <ConsultationFormBlock
                key={block.id}
                intro={block.intro}
                topics={block.topics}
                privacyPolicyPath={block.privacyPolicyPath}
                locale={locale}
                consultationSent={consultationSent}
                path={path}
              />
            )
        }
      })}
    </>
  )
}
