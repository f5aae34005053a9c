/**
 * The Japanese font the share images are drawn with: Noto Sans JP (SIL Open Font License), as
 * TrueType files from @expo-google-fonts/noto-sans-jp. Satori, behind next/og, reads TrueType,
 * OpenType and WOFF but not WOFF2, and without a font that covers a character it would try to
 * download one from Google Fonts at render time; this one covers Japanese and Latin text.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

// Relative to the project root, and literal: the build's file tracing then copies exactly these
// two files (not the package's other seven weights) into the standalone output.
export const regularFontFile = 'node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'
export const boldFontFile = 'node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'

export const shareImageFontFamily = 'Noto Sans JP'

export type ShareImageFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }

let loading: Promise<ShareImageFont[]> | undefined

async function readFonts(): Promise<ShareImageFont[]> {
  const [regular, bold] = await Promise.all([
    readFile(path.join(process.cwd(), regularFontFile)),
    readFile(path.join(process.cwd(), boldFontFile)),
  ])
  return [
    { name: shareImageFontFamily, data: regular, weight: 400, style: 'normal' },
    { name: shareImageFontFamily, data: bold, weight: 700, style: 'normal' },
  ]
}

/**
 * Read once per server process and always handed out as the same array: Satori keeps its parsed
 * fonts keyed by that array, so the 5 MB files are parsed for the first image only.
 */
export function shareImageFonts(): Promise<ShareImageFont[]> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
