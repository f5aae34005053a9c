/**
 * The blocks editors arrange on a page (collections/Pages), one file each; each is drawn by the
 * component of the same name in components/blocks/.
 */
import type { Block } from 'payload'

import { CallToActionBlock } from './CallToAction'
import { ConsultationFormBlock } from './ConsultationForm'
import { EpisodeListBlock } from './EpisodeList'
import { FaqBlock } from './Faq'
import { RichTextBlock } from './RichText'

export const pageBlocks: Block[] = [RichTextBlock, EpisodeListBlock, CallToActionBlock, FaqBlock, ConsultationFormBlock]
