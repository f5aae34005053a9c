/**
 * Japanese text needs a Japanese font on the machine: the reader site names system fonts only
 * (Noto Sans JP among them), and without one Chromium draws boxes, which a screenshot would keep
 * and a measurement would lay out with the wrong metrics. Debian's fonts-noto-cjk provides it;
 * installed with apt when missing and we are allowed to.
 */
import { execFileSync } from 'node:child_process'

function hasJapaneseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
}

export function ensureJapaneseFonts(): void {
  if (hasJapaneseFont()) return
  if (process.getuid?.() !== 0) {
    throw new Error('No Japanese font found (fc-list :lang=ja): run "sudo apt-get install -y fonts-noto-cjk" first.')
  }
  process.stderr.write('Installing fonts-noto-cjk with apt-get (Japanese text in Chromium)...\n')
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], {
    stdio: ['ignore', process.stderr, 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
