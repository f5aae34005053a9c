/**
 * The XML writer of both feeds (fast-xml-parser's builder): every text and attribute value is
 * escaped, and characters XML 1.0 cannot carry at all (most control characters) are dropped.
 * Elements are plain objects; attributes are keys starting with `@_`, `#text` is an element's
 * text beside attributes, an array repeats the element, and undefined leaves it out.
 */
import { XMLBuilder } from 'fast-xml-parser'

const invalidXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const xmlSafe = (_name: string, value: unknown) =>
  typeof value === 'string' ? value.replace(invalidXmlCharacters, '') : value

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  tagValueProcessor: xmlSafe,
  attributeValueProcessor: xmlSafe,
})

export type XmlElements = Record<string, unknown>

/** A UTF-8 XML document with `root` as its only element. */
export function xmlDocument(root: XmlElements): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root })
}
