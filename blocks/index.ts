/**
 * The blocks editors arrange on a page (collections/Pages), one file each; each is drawn by the
 * component of the same name in components/blocks/. The page's `layout` is localized, so the
 * fields inside a block are not: each locale has its own blocks.
 */
import type { Block } from 'payload'

import { CallToActionBlock } from './CallToAction'
import { ConsultationFormBlock } from './ConsultationForm'
import { EpisodeListBlock } from './EpisodeList'
import { FaqBlock } from './Faq'
import { GlossarySelectionBlock } from './GlossarySelection'
import { RichTextBlock } from './RichText'

export const pageBlocks: Block[] = [
  RichTextBlock,
  EpisodeListBlock,
  GlossarySelectionBlock,
  CallToActionBlock,
  FaqBlock,
  ConsultationFormBlock,
]

/** Every block type a page can hold, by its slug. */
export const pageBlockTypes = pageBlocks.map((block) => block.slug)
