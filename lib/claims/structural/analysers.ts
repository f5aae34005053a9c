/**
 * The structural matcher's language analysers, loaded once per process: kuromoji with its bundled
 * IPADIC dictionary for Japanese (dictionary forms, parts of speech, auxiliaries such as ない), and
 * wink-nlp with its English lite model (lemmas, parts of speech). Loading reads ~18 MB of
 * dictionary and takes about a second, so it is asynchronous and shared: every caller awaits the
 * same promise, and analysis after that is synchronous.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

import kuromoji, { type Tokenizer } from 'kuromoji'
import englishModel from 'wink-eng-lite-web-model'
import winkNLP, { type ItsFunction } from 'wink-nlp'

/** One word of a sentence, whatever the language: where it is, what it is, its dictionary form. */
export interface Token {
  surface: string
  /** Dictionary form: 治ります → 治る, healed → heal; lower case in English. */
  lemma: string
  /** Part of speech: IPADIC's (名詞, 動詞, 助動詞…) in Japanese, Universal Dependencies' in English. */
  pos: string
  /** IPADIC's first detail (自立, 非自立, 接尾, 係助詞…); '' in English. */
  detail: string
  /** IPADIC's conjugation class of the word (五段・ラ行, 一段, サ変・スル…); '' in English and for words that do not inflect. */
  conjugation: string
  /** Offsets in the analysed sentence. */
  start: number
  end: number
}

export interface Analysers {
  japanese: (sentence: string) => Token[]
  english: (sentence: string) => Token[]
  /** How long loading took and how much the heap grew meanwhile: printed by claims:eval. */
  load: { milliseconds: number; heapBytes: number }
}

// Irregular pasts the lite model leaves as they are (it lemmatises grew, not regrew).
const IRREGULAR_PASTS: Record<string, string> = {
  regrew: 'regrow',
  regrown: 'regrow',
  rebuilt: 'rebuild',
  overcame: 'overcome',
  undid: 'undo',
  shrank: 'shrink',
  grew: 'grow',
}

let loading: Promise<Analysers> | undefined
let loaded: Analysers | undefined
/** How many times the analysers were actually built in this process: one, once loaded (tests check it). */
export let analyserBuilds = 0

/** The analysers, loading them on the first call; later calls share the first load. */
export function loadAnalysers(): Promise<Analysers> {
  loading ??= build().then((analysers) => (loaded = analysers))
  return loading
}

/** The analysers if they are loaded, for synchronous callers that awaited loadAnalysers() before. */
export function loadedAnalysers(): Analysers {
  if (!loaded) throw new Error('the claims analysers are not loaded yet: await loadAnalysers() first')
  return loaded
}

async function build(): Promise<Analysers> {
  analyserBuilds++
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const tokenizer = await japaneseTokenizer()
  const nlp = winkNLP(englishModel)
  const its = nlp.its
  const english = (sentence: string): Token[] => {
    const tokens = nlp.readDoc(sentence).tokens()
    const surfaces = tokens.out() as string[]
    // wink's typings declare its.lemma with a narrower signature than out() accepts; it returns strings.
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[]
    const pos = tokens.out(its.pos) as string[]
    const tokenised: Token[] = []
    let at = 0
    surfaces.forEach((surface, index) => {
      const start = Math.max(at, sentence.indexOf(surface, at))
      at = start + surface.length
      tokenised.push({
        surface,
        lemma: IRREGULAR_PASTS[surface.toLowerCase()] ?? (lemmas[index] ?? surface).toLowerCase(),
        pos: pos[index] ?? 'X',
        detail: '',
        conjugation: '',
        start,
        end: at,
      })
    })
    return tokenised
  }
  const japanese = (sentence: string): Token[] =>
    tokenizer.tokenize(sentence).map((token) => {
      const start = token.word_position - 1
      return {
        surface: token.surface_form,
        lemma: token.basic_form === '*' ? token.surface_form : token.basic_form,
        pos: token.pos,
        detail: token.pos_detail_1,
        conjugation: token.conjugated_type === '*' ? '' : token.conjugated_type,
        start,
        end: start + token.surface_form.length,
      }
    })
  return {
    japanese,
    english,
    load: { milliseconds: performance.now() - started, heapBytes: process.memoryUsage().heapUsed - heapBefore },
  }
}

/**
 * The dictionary ships inside the package; resolve it from there, not from the working directory.
 * Inside the server `next build` bundles, require.resolve answers the bundler's module id (a
 * number), not a path: there the dictionary is found under the server's directory, where
 * `next start` and the standalone server both run, and where the build's file tracing copies it
 * (it follows the resolve below, which is why it stays written as it is).
 */
function kuromojiDictionary(): string {
  const resolved: unknown = createRequire(import.meta.url).resolve('kuromoji/package.json')
  const packageDirectory =
    typeof resolved === 'string' ? path.dirname(resolved) : path.join(process.cwd(), 'node_modules', 'kuromoji')
  return path.join(packageDirectory, 'dict')
}

function japaneseTokenizer(): Promise<Tokenizer> {
  const dicPath = kuromojiDictionary()
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  )
}
