/**
 * Which characters a TrueType font has glyphs for, read from its `cmap` table (the format 12
 * subtable, or format 4 for fonts without one), so a test can say a text is fully covered.
 */
type Ranges = { start: number; end: number; glyphOf: (code: number) => number }[]

function tableOffset(font: Buffer, tag: string): number {
  const tableCount = font.readUInt16BE(4)
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + index * 16
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8)
  }
  throw new Error(`font has no ${tag} table`)
}

function format12Ranges(font: Buffer, subtable: number): Ranges {
  const groups = font.readUInt32BE(subtable + 12)
  return Array.from({ length: groups }, (_, index) => {
    const group = subtable + 16 + index * 12
    const start = font.readUInt32BE(group)
    const firstGlyph = font.readUInt32BE(group + 8)
    return { start, end: font.readUInt32BE(group + 4), glyphOf: (code: number) => firstGlyph + code - start }
  })
}

function format4Ranges(font: Buffer, subtable: number): Ranges {
  const segments = font.readUInt16BE(subtable + 6) / 2
  const ends = subtable + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  return Array.from({ length: segments }, (_, index) => {
    const start = font.readUInt16BE(starts + index * 2)
    const delta = font.readInt16BE(deltas + index * 2)
    const rangeOffsetAt = rangeOffsets + index * 2
    const rangeOffset = font.readUInt16BE(rangeOffsetAt)
    const glyphOf = (code: number) => {
      if (rangeOffset === 0) return (code + delta) & 0xffff
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2)
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return { start, end: font.readUInt16BE(ends + index * 2), glyphOf }
  })
}

function unicodeRanges(font: Buffer): Ranges {
  const cmap = tableOffset(font, 'cmap')
  const subtables = Array.from({ length: font.readUInt16BE(cmap + 2) }, (_, index) => {
    const record = cmap + 4 + index * 8
    const offset = cmap + font.readUInt32BE(record + 4)
    return { platform: font.readUInt16BE(record), format: font.readUInt16BE(offset), offset }
  })
  const full = subtables.find(({ platform, format }) => platform === 3 && format === 12)
  if (full) return format12Ranges(font, full.offset)
  const basic = subtables.find(({ platform, format }) => platform === 3 && format === 4)
  if (basic) return format4Ranges(font, basic.offset)
  throw new Error('font has no Unicode cmap subtable')
}

/** The characters of `text` the font has no glyph for (white space aside), in order, once each. */
export function charactersMissingFrom(font: Buffer, text: string): string[] {
  const ranges = unicodeRanges(font)
  const hasGlyph = (code: number) =>
    ranges.some((range) => code >= range.start && code <= range.end && range.glyphOf(code) !== 0)
  const characters = new Set([...text].filter((character) => !/\s/.test(character)))
  return [...characters].filter((character) => !hasGlyph(character.codePointAt(0)!))
}
