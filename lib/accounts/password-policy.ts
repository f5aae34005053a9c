/**
 * The password rule for every account, however it is set (the admin's forms, REST, GraphQL, the
 * Local API, `npm run create-admin`, the seed): at least 12 characters, not guessable according
 * to zxcvbn (common passwords, dictionary words, names, keyboard walks, dates, repeats), and
 * free of the account's own e-mail address and name.
 *
 * zxcvbn's score runs from 0 to 4 (4: at least 10^10 guesses). The threshold is 4: at twelve
 * characters and more, random passwords and passphrases of three or four words score 4, while
 * what scores 3 there is the pattern an attacker tries first, a name or a common password with
 * digits and a sign ("Jordan12345!") or a keyboard row, which zxcvbn puts at exactly 10^8.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as commonPackage from '@zxcvbn-ts/language-common'
import * as englishPackage from '@zxcvbn-ts/language-en'

export const minimumPasswordLength = 12
export const minimumPasswordScore = 4
/** Shorter parts of an e-mail address or a name are too common to refuse in a password. */
const shortestPersonalDetail = 4

export type PasswordProblem = 'passwordTooShort' | 'passwordContainsPersonalDetails' | 'passwordTooGuessable'

export interface PersonalDetails {
  email?: string | null
  name?: string | null
}

let estimator: ZxcvbnFactory | undefined

/** Built on first use: the dictionaries are several megabytes of words. */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonPackage.dictionary, ...englishPackage.dictionary },
    graphs: commonPackage.adjacencyGraphs,
    translations: englishPackage.translations,
  })
  return estimator
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** The address, its local part and domain labels, the name and its words. */
function personalWords({ email, name }: PersonalDetails): string[] {
  const words: string[] = []
  if (email) {
    const address = normalise(email.trim())
    const [local = '', domain = ''] = address.split('@')
    words.push(address, local, ...local.split(/[._+-]+/), ...domain.split('.'))
  }
  if (name) {
    const whole = normalise(name.trim())
    words.push(whole, ...whole.split(/\s+/))
  }
  return [...new Set(words.filter(Boolean))]
}

/** Why a password is refused, or undefined when it may be used. */
export function passwordProblem(password: string, personal: PersonalDetails = {}): PasswordProblem | undefined {
  // Characters as a person counts them: a kanji or an emoji is one.
  if ([...password].length < minimumPasswordLength) return 'passwordTooShort'
  const words = personalWords(personal)
  const normalised = normalise(password)
  if (words.some((word) => [...word].length >= shortestPersonalDetail && normalised.includes(word))) {
    return 'passwordContainsPersonalDetails'
  }
  const { score } = passwordEstimator().check(password, words)
  return score < minimumPasswordScore ? 'passwordTooGuessable' : undefined
}
