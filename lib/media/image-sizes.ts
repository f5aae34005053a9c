/**
 * The widths Payload makes of every uploaded image (collections/Media/index.ts), and the same
 * widths as the ones next/image writes into a `srcset` (next.config.ts `images.deviceSizes`): the
 * images' loader (lib/content/hero-image.ts) maps each width to the size of that width, so every
 * candidate of a srcset is a file Payload made, described by its true width. The share size is a
 * crop to another shape, never a candidate.
 */
export const responsiveWidths = { thumbnail: 400, card: 800, hero: 1600 } as const

export type ResponsiveSizeName = keyof typeof responsiveWidths

export const responsiveSizeNames = Object.keys(responsiveWidths) as ResponsiveSizeName[]

/** The size social networks expect for a large card (1.91:1), cut from the upload's centre. */
export const shareCrop = { width: 1200, height: 630 } as const
