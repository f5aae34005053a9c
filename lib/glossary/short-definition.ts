/** A term's tooltip is short: it opens over the text a reader is reading. Counted as Payload counts (UTF-16 units). */
export const SHORT_DEFINITION_MAX_LENGTH = 160
