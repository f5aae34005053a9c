import { randomBytes } from 'node:crypto'
import * as commonPackage from '@zxcvbn-ts/language-common'
import { describe, expect, it } from 'vitest'

import { minimumPasswordLength, passwordProblem } from '@/lib/accounts/password-policy'

/** A repeatable sequence of numbers in [0, 1), so a failure can be run again as it was. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const commonPasswords = commonPackage.dictionary['passwords-common']
const dicewareWords = commonPackage.dictionary['diceware-common']
const random = seededRandom(20261201)
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!

/** Random characters, each as hard to guess as the next: only the length can be wrong. */
function randomCharacters(length: number): string {
  return randomBytes(length).toString('base64url').slice(0, length)
}

describe('the password policy', () => {
  it(`refuses every length under ${minimumPasswordLength} characters, however random`, () => {
    for (let length = 1; length < minimumPasswordLength; length++) {
      expect(passwordProblem(randomCharacters(length)), `length ${length}`).toBe('passwordTooShort')
    }
  })

  it('counts characters as a person does: twelve kanji are twelve characters', () => {
    expect(passwordProblem('春夏秋冬山川草木鳥獣虫魚')).not.toBe('passwordTooShort')
    expect(passwordProblem('春夏秋冬山川草木鳥獣虫')).toBe('passwordTooShort')
  })

  it('refuses the 100 most common passwords of the zxcvbn dictionary', () => {
    for (const password of commonPasswords.slice(0, 100)) {
      expect(passwordProblem(password), password).toBeDefined()
    }
  })

  it('refuses the 100 most common passwords that are long enough, for being guessable', () => {
    const longOnes = commonPasswords.filter((password) => [...password].length >= minimumPasswordLength).slice(0, 100)
    expect(longOnes).toHaveLength(100)
    for (const password of longOnes) expect(passwordProblem(password), password).toBe('passwordTooGuessable')
  })

  it('refuses common passwords stretched to the minimum length with digits, a capital and a sign', () => {
    for (const common of commonPasswords.slice(0, 50).filter((password) => /^[a-z]+$/.test(password))) {
      const stretched = `${common[0]!.toUpperCase()}${common.slice(1)}${'1234567890'.slice(0, Math.max(2, 11 - common.length))}!`
      expect(passwordProblem(stretched), stretched).toBe('passwordTooGuessable')
    }
  })

  it('refuses repeats, sequences and keyboard rows of any length', () => {
    for (let length = minimumPasswordLength; length <= 24; length += 4) {
      for (const password of [
        'a'.repeat(length),
        'abcdefghijklmnopqrstuvwxyz'.slice(0, length),
        '12345678901234567890123456'.slice(0, length),
        'qwertyuiopasdfghjklzxcvbnm'.slice(0, length),
      ]) {
        expect(passwordProblem(password), password).toBe('passwordTooGuessable')
      }
    }
  })

  it('refuses passwords containing the account’s e-mail address, its local part or its name', () => {
    for (let index = 0; index < 20; index++) {
      const local = `${pick(dicewareWords)}${pick(['.', '_', ''])}${pick(dicewareWords)}`
      const email = `${local}@${pick(dicewareWords)}.example.jp`
      const name = `${pick(dicewareWords)} ${pick(dicewareWords)}`
      const strongTail = randomCharacters(8)
      for (const password of [
        `${email}${strongTail}`,
        `${strongTail}${local}${strongTail}`,
        `${local.toUpperCase()}${strongTail}`,
      ]) {
        expect(passwordProblem(password, { email }), password).toBe('passwordContainsPersonalDetails')
      }
      const longestNameWord = name.split(' ').sort((a, b) => b.length - a.length)[0]!
      if (longestNameWord.length >= 4) {
        expect(passwordProblem(`${strongTail}${longestNameWord}${strongTail}`, { name })).toBe(
          'passwordContainsPersonalDetails',
        )
      }
    }
  })

  it('accepts random passwords of the minimum length and more', () => {
    for (let index = 0; index < 100; index++) {
      const password = randomCharacters(minimumPasswordLength + (index % 8))
      expect(passwordProblem(password, { email: 'editor@column.example.jp', name: 'Editor' }), password).toBeUndefined()
    }
  })

  it('accepts passphrases of four random words, in English or Japanese', () => {
    for (let index = 0; index < 100; index++) {
      const passphrase = Array.from({ length: 4 }, () => pick(dicewareWords)).join(' ')
      expect(passwordProblem(passphrase), passphrase).toBeUndefined()
    }
    expect(passwordProblem('さくらが咲く春の川べりを歩く')).toBeUndefined()
  })
})
