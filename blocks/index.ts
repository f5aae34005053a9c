/**
 * The blocks editors arrange on a page (collections/Pages), one file each; each is drawn by the
 * component of the same name in components/blocks/.
 */
import type { Block } from 'payload'

import { ConsultationFormBlock } from './ConsultationForm'
import { RichTextBlock } from './RichText'

export const pageBlocks: Block[] = [RichTextBlock, ConsultationFormBlock]
