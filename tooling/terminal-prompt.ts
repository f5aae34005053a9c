/**
 * Questions in a terminal for one-shot commands (`npm run create-admin`): a visible answer, or a
 * hidden one for passwords (the terminal in raw mode, nothing echoed).
 */
import { createInterface } from 'node:readline/promises'

export class PromptCancelled extends Error {
  override name = 'PromptCancelled'
}

export async function ask(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return (await lines.question(question)).trim()
  } finally {
    lines.close()
  }
}

export function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process
  stdout.write(question)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  let answer = ''
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      stdout.write('\n')
      outcome()
    }
    const onData = (chunk: string) => {
      // A paste arrives as one chunk of several characters.
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') return finish(() => resolve(answer))
        if (character === '\u0003') return finish(() => reject(new PromptCancelled('cancelled')))
        if (character === '\u007f' || character === '\b') answer = [...answer].slice(0, -1).join('')
        else answer += character
      }
    }
    stdin.on('data', onData)
  })
}
