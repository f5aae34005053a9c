/**
 * The text of a CMS document the claims guard reads: every localized text, textarea and rich
 * text field, in one locale, inside groups, arrays and a page's blocks too. Rich text is read
 * block by block (paragraph, heading, list item), with its text nodes joined, so a phrase split
 * by bold or a link is still one phrase.
 */
import type { Field } from 'payload'

import { checkText, type Finding } from './check'

export interface FieldText {
  /** Dotted field path, e.g. "title", "podcast.transcript", "body". */
  field: string
  text: string
}

export interface DocumentFinding extends Finding {
  field: string
}

type Node = { type?: string; text?: string; children?: Node[] }

const INLINE = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'glossaryTerm'])

/**
 * A node's children that are nodes. Rich text reaches the guard as any client sent it (drafts save
 * without validation, and the admin's findings endpoint takes the form's values): what is not a
 * node is not text.
 */
function childrenOf(node: Node): Node[] {
  const children: unknown = node.children
  return Array.isArray(children)
    ? children.filter((child): child is Node => typeof child === 'object' && child !== null)
    : []
}

function inlineText(node: Node): string {
  if (node.type === 'linebreak') return '\n'
  return typeof node.text === 'string' ? node.text : childrenOf(node).map(inlineText).join('')
}

/** One string per block: text nodes inside a block are joined, blocks are kept apart. */
export function richTextBlocks(value: unknown): string[] {
  const root = (value as { root?: Node } | null | undefined)?.root
  const blocks: string[] = []
  const visit = (node: Node) => {
    const children = childrenOf(node)
    if (children.length > 0 && children.every((child) => INLINE.has(child.type ?? ''))) {
      const text = children.map(inlineText).join('').trim()
      if (text) blocks.push(text)
      return
    }
    children.forEach(visit)
  }
  if (typeof root === 'object' && root !== null) visit(root)
  return blocks
}

/**
 * `inLocalized`: inside a localized array or group, whose own fields are not marked localized
 * but hold the locale's text all the same (a glossary term's aliases).
 */
export function localizedTexts(
  fields: Field[],
  doc: Record<string, unknown>,
  prefix = '',
  inLocalized = false,
): FieldText[] {
  return fields.flatMap((field): FieldText[] => {
    if (field.type === 'row' || field.type === 'collapsible')
      return localizedTexts(field.fields, doc, prefix, inLocalized)
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    const value = doc[field.name]
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    if (field.type === 'group' && value && typeof value === 'object') {
      return localizedTexts(field.fields, value as Record<string, unknown>, `${path}.`, localized)
    }
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) =>
        row && typeof row === 'object'
          ? localizedTexts(field.fields, row as Record<string, unknown>, `${path}.${index}.`, localized)
          : [],
      )
    }
    // A page's blocks: each row's fields are those of its block type (blocks/), localized when the
    // blocks field is, as a page's `layout` is.
    if (field.type === 'blocks' && Array.isArray(value)) {
      return value.flatMap((row, index) => {
        if (!row || typeof row !== 'object') return []
        const block = field.blocks.find((candidate) => candidate.slug === (row as { blockType?: unknown }).blockType)
        return block ? localizedTexts(block.fields, row as Record<string, unknown>, `${path}.${index}.`, localized) : []
      })
    }
    if (!localized) return []
    if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string' && value.trim()) {
      return [{ field: path, text: value }]
    }
    if (field.type === 'richText') return richTextBlocks(value).map((text) => ({ field: path, text }))
    return []
  })
}

/** How an admin's override names a finding it covers (plugins/claims-guard/hooks.ts). */
export const findingFingerprint = (finding: DocumentFinding) => `${finding.locale}|${finding.ruleId}|${finding.match}`

/** Findings in one locale of a document, each with the field it is in. */
export function checkDocument(fields: Field[], doc: Record<string, unknown>, locale: 'ja' | 'en'): DocumentFinding[] {
  return localizedTexts(fields, doc).flatMap(({ field, text }) =>
    checkText(text, locale).map((finding) => ({ ...finding, field })),
  )
}
