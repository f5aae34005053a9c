/**
 * Placeholder podcast audio for the demo content: there are no recordings yet, and the machine
 * that seeds has no internet and no encoder. A silent MP3 is easy to write by hand: MPEG-2
 * Layer III frames whose side information is all zeros carry no coded samples, and every
 * decoder plays them as silence. At 8 kbit/s and 16 kHz a frame is 36 bytes and lasts 36 ms,
 * so a file of the episode's stated length stays around 1 KB per second.
 */
import type { LocalizedText } from './content'

const SAMPLE_RATE = 16_000
const SAMPLES_PER_FRAME = 576 // MPEG-2 (LSF) Layer III
const BITRATE = 8_000
/** 72 × bitrate / sample rate for MPEG-2 Layer III: 36 bytes, no padding needed. */
const FRAME_BYTES = (72 * BITRATE) / SAMPLE_RATE

/**
 * Frame header: sync (11 bits), MPEG-2 (10), Layer III (01), no CRC (1); bitrate index 1
 * (8 kbit/s), sample-rate index 2 (16 kHz), no padding, not private; mono, no emphasis.
 */
const FRAME_HEADER = [0xff, 0xf3, 0x18, 0xc0]

export const placeholderAudioMimeType = 'audio/mpeg'

/** Honest labels for the uploaded file, shown wherever the media's alternative text is. */
export const placeholderAudioLabel: LocalizedText = {
  ja: '仮の音声(無音)。この回の録音はまだありません。',
  en: 'Placeholder audio (silence): this episode has not been recorded yet.',
}

export const placeholderAudioFilename = (episodeSlug: string) => `placeholder-${episodeSlug}.mp3`

/** How many whole frames cover `seconds`, so the file lasts at least that long. */
function frameCount(seconds: number): number {
  return Math.ceil((seconds * SAMPLE_RATE) / SAMPLES_PER_FRAME)
}

/** A constant-bitrate MP3 of silence, `seconds` long (rounded up to a whole 36 ms frame). */
export function silentMp3(seconds: number): Buffer {
  const frame = Buffer.alloc(FRAME_BYTES)
  Buffer.from(FRAME_HEADER).copy(frame)
  const frames = frameCount(seconds)
  const file = Buffer.alloc(frames * FRAME_BYTES)
  for (let index = 0; index < frames; index++) frame.copy(file, index * FRAME_BYTES)
  return file
}

/** The playing time of a file made by silentMp3, in seconds. */
export function silentMp3Duration(file: Buffer): number {
  return ((file.length / FRAME_BYTES) * SAMPLES_PER_FRAME) / SAMPLE_RATE
}
