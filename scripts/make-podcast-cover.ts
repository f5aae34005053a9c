/**
 * `npx tsx scripts/make-podcast-cover.ts`: draws public/podcast-cover.png, the podcast feed's
 * square cover (Apple asks for 1400–3000 px, RGB, PNG or JPEG). A cell with sound waves in the
 * site's accent colour; no lettering, so it looks the same in every language and needs no font.
 * The PNG is committed: run this again only to change the design.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

const SIZE = 1400
const accent = '#1d5c63'
const paper = '#fdfcf9'
const light = '#7cc4cc'

/** The cell's centre; the sound waves are arcs around it, on its right. */
const cell = { x: 540, y: 700 }

const point = (radius: number, angle: number) =>
  `${(cell.x + radius * Math.cos(angle)).toFixed(1)} ${(cell.y + radius * Math.sin(angle)).toFixed(1)}`

const wave = (radius: number, width: number) =>
  `<path d="M ${point(radius, -0.6)} A ${radius} ${radius} 0 0 1 ${point(radius, 0.6)}" fill="none" stroke="${light}" stroke-width="${width}" stroke-linecap="round"/>`

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <rect width="${SIZE}" height="${SIZE}" fill="${accent}"/>
  <circle cx="${cell.x}" cy="${cell.y}" r="320" fill="${paper}"/>
  <circle cx="${cell.x + 40}" cy="${cell.y - 40}" r="120" fill="${light}"/>
  <circle cx="${cell.x - 90}" cy="${cell.y + 120}" r="38" fill="${accent}" opacity="0.35"/>
  <circle cx="${cell.x + 140}" cy="${cell.y + 150}" r="26" fill="${accent}" opacity="0.35"/>
  ${wave(410, 36)}${wave(500, 32)}${wave(590, 28)}
</svg>`

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(projectRoot, 'public', 'podcast-cover.png')

await sharp(Buffer.from(svg)).flatten({ background: accent }).removeAlpha().png({ compressionLevel: 9 }).toFile(target)
console.log(`Wrote ${path.relative(projectRoot, target)} (${SIZE}×${SIZE})`)
