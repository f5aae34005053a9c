/**
 * The consultation request's fields, checked as a plain form post and as JSON, with messages in
 * both languages: a generated corpus of bad values per field (empty, too long, wrong types,
 * control characters, bidirectional overrides, unpaired surrogates) gets that field's message and
 * no other; good values in every script, with emoji, right-to-left text, HTML and unnormalised
 * Unicode, pass and come out normalised.
 */
import { describe, expect, it } from 'vitest'

import {
  MESSAGE_MAX_CHARACTERS,
  NAME_MAX_CHARACTERS,
  decodeInquiryBody,
  inquiryFormFields,
  parseInquiry,
  type InquiryField,
} from '@/lib/consultation/inquiry-input'
import { locales, type Locale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'

const validFields: Record<string, string> = {
  name: '山田 花子',
  email: 'hanako@example.jp',
  language: 'ja',
  topic: '3',
  message: '脳卒中のあとのリハビリについて、相談できる先を知りたいです。',
  consent: 'on',
  [inquiryFormFields.honeypot]: '',
  [inquiryFormFields.formToken]: '1700000000000.signature',
}

type Encoding = 'form' | 'json'

/** The body as the browser (a form post) or the page's script (JSON) would send it. */
function encode(fields: Record<string, unknown>, encoding: Encoding): { text: string; contentType: string } {
  if (encoding === 'json') return { text: JSON.stringify(fields), contentType: 'application/json' }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  return { text: params.toString(), contentType: 'application/x-www-form-urlencoded' }
}

function submit(fields: Record<string, unknown>, encoding: Encoding, locale: Locale, categoryIds?: number[]) {
  const { text, contentType } = encode(fields, encoding)
  const decoded = decodeInquiryBody(text, contentType)
  expect(decoded).toBeDefined()
  return parseInquiry(decoded!, { locale, categoryIds })
}

const encodings: Encoding[] = ['form', 'json']

interface BadValue {
  field: InquiryField
  label: string
  value: unknown
  /** The key of the expected message in `consultation.errors`. */
  message: keyof ReturnType<typeof getMessages>['consultation']['errors']
  /** Only sendable as JSON (a form post carries text only). */
  jsonOnly?: boolean
}

const controlCharacters = [
  ...Array.from({ length: 32 }, (_, code) => code),
  0x7f,
  ...Array.from({ length: 32 }, (_, code) => 0x80 + code),
].map((code) => String.fromCharCode(code))
const bidiControls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']
const otherInvisible = ['\uFEFF', '\uFFFE', '\uFFFF', '\uFDD0', '\uD800', '\uDC00']
const wrongTypes: [string, unknown][] = [
  ['a number', 42],
  ['null', null],
  ['a boolean', true],
  ['an object', { value: 'x' }],
  ['a list', ['x', 'y']],
]

function badValues(): BadValue[] {
  const cases: BadValue[] = []
  for (const [field, required, tooLong, invalid, max] of [
    ['name', 'nameRequired', 'nameTooLong', 'nameInvalid', NAME_MAX_CHARACTERS],
    ['message', 'messageRequired', 'messageTooLong', 'messageInvalid', MESSAGE_MAX_CHARACTERS],
  ] as const) {
    cases.push({ field, label: 'missing', value: undefined, message: required })
    for (const blank of ['', ' ', '\u3000', '\n\t ', '\r\n']) {
      cases.push({ field, label: `blank ${JSON.stringify(blank)}`, value: blank, message: required })
    }
    cases.push({ field, label: `${max + 1} characters`, value: 'あ'.repeat(max + 1), message: tooLong })
    // Emoji are one character each, although two UTF-16 units.
    cases.push({ field, label: `${max + 1} emoji`, value: '😀'.repeat(max + 1), message: tooLong })
    const allowedLayout = field === 'message' ? ['\t', '\n', '\r'] : []
    for (const character of controlCharacters.filter((character) => !allowedLayout.includes(character))) {
      const code = character.charCodeAt(0).toString(16).padStart(4, '0')
      cases.push({ field, label: `control U+${code} inside`, value: `ab${character}cd`, message: invalid })
    }
    for (const character of [...bidiControls, ...otherInvisible]) {
      const code = character.charCodeAt(0).toString(16).padStart(4, '0')
      // Unpaired surrogates do not survive a form post's UTF-8 (they become U+FFFD): JSON only.
      const jsonOnly = /^d[89a-f]/.test(code)
      cases.push({ field, label: `U+${code} inside`, value: `ab${character}cd`, message: invalid, jsonOnly })
    }
    for (const [label, value] of wrongTypes) {
      cases.push({ field, label, value, message: required, jsonOnly: label !== 'a list' })
    }
  }
  for (const value of [
    '',
    ' ',
    'hanako',
    'hanako@',
    '@example.jp',
    'hanako@example',
    'hanako example@example.jp',
    'hanako@@example.jp',
    '<hanako@example.jp>',
    'hanako@example.jp\nBcc: victim@example.com',
    'hanako@example.jp\r\nBcc: victim@example.com',
    `${'a'.repeat(250)}@example.jp`,
    'javascript:alert(1)@example.jp',
  ]) {
    cases.push({
      field: 'email',
      label: JSON.stringify(value),
      value,
      message: value.trim() ? 'emailInvalid' : 'emailRequired',
    })
  }
  cases.push({ field: 'email', label: 'missing', value: undefined, message: 'emailRequired' })
  for (const [label, value] of wrongTypes) {
    cases.push({ field: 'email', label, value, message: 'emailRequired', jsonOnly: label !== 'a list' })
  }
  for (const value of [undefined, '', 'fr', 'JA', 'japanese', ' ja', '日本語', 1, null, ['ja', 'en']]) {
    cases.push({
      field: 'language',
      label: JSON.stringify(value) ?? 'missing',
      value,
      message: 'languageRequired',
      jsonOnly: typeof value !== 'string' && value !== undefined && !Array.isArray(value),
    })
  }
  for (const value of [
    undefined,
    '',
    '0',
    '-1',
    '1.5',
    '1e3',
    'x',
    'not sure',
    'NOT-SURE',
    '３',
    '99999999999',
    0,
    -3,
    2.5,
    null,
    ['3', '4'],
  ]) {
    cases.push({
      field: 'topic',
      label: JSON.stringify(value) ?? 'missing',
      value,
      message: 'topicRequired',
      jsonOnly: typeof value !== 'string' && value !== undefined && !Array.isArray(value),
    })
  }
  for (const value of [undefined, '', 'off', 'false', '0', 'no', false, null, 1, ['on', 'on']]) {
    cases.push({
      field: 'consent',
      label: JSON.stringify(value) ?? 'missing',
      value,
      message: 'consentRequired',
      jsonOnly: typeof value !== 'string' && value !== undefined && !Array.isArray(value),
    })
  }
  return cases
}

describe('a consultation request with one bad field', () => {
  const cases = badValues()

  it('has a corpus of some hundreds of cases', () => {
    expect(cases.length).toBeGreaterThan(200)
  })

  for (const locale of locales) {
    for (const encoding of encodings) {
      it(`gets that field's message, and only that one (${encoding}, ${locale})`, () => {
        const errors = getMessages(locale).consultation.errors
        for (const bad of cases) {
          if (bad.jsonOnly && encoding === 'form') continue
          const fields = { ...validFields, [bad.field]: bad.value }
          const result = submit(fields, encoding, locale)
          const context = `${bad.field}: ${bad.label}`
          expect(result.status, context).toBe('invalid')
          if (result.status !== 'invalid') continue
          const expected = fill(errors[bad.message], {
            max: bad.field === 'name' ? NAME_MAX_CHARACTERS : MESSAGE_MAX_CHARACTERS,
          })
          expect(result.errors, context).toEqual({ [bad.field]: expected })
        }
      })
    }
  }

  it('speaks the language of the page, not the language asked for', () => {
    const fields = { ...validFields, name: '', language: 'en' }
    for (const locale of locales) {
      const result = submit(fields, 'form', locale)
      expect(result).toMatchObject({ errors: { name: getMessages(locale).consultation.errors.nameRequired } })
    }
    expect(getMessages('ja').consultation.errors.nameRequired).not.toBe(
      getMessages('en').consultation.errors.nameRequired,
    )
  })

  it('gives every field its message at once, and the typed values back to fill the form in again', () => {
    const result = submit({ name: ' ', email: 'x', message: 'こんにちは' }, 'form', 'en')
    expect(result.status).toBe('invalid')
    if (result.status !== 'invalid') return
    expect(Object.keys(result.errors).sort()).toEqual(['consent', 'email', 'language', 'name', 'topic'])
    expect(result.values).toEqual({ name: ' ', email: 'x', message: 'こんにちは' })
  })
})

describe('a good consultation request', () => {
  const goodValues: [string, Partial<Record<InquiryField, string>>, Partial<Record<string, unknown>>][] = [
    ['Japanese, as typed', {}, { name: '山田 花子', topic: 3, consent: true }],
    ['a name of one character', { name: '林' }, { name: '林' }],
    ['a name at the limit', { name: 'あ'.repeat(NAME_MAX_CHARACTERS) }, { name: 'あ'.repeat(NAME_MAX_CHARACTERS) }],
    ['a message at the limit in emoji', { message: '🙂'.repeat(MESSAGE_MAX_CHARACTERS) }, {}],
    ['an emoji family (joined by ZWJ)', { name: 'Hana 👨‍👩‍👧' }, { name: 'Hana 👨‍👩‍👧' }],
    ['a right-to-left name', { name: 'سارة أحمد' }, { name: 'سارة أحمد' }],
    [
      'a Hebrew message with marks',
      { message: 'שלום, \u200Fאני רוצה לשאול' },
      { message: 'שלום, \u200Fאני רוצה לשאול' },
    ],
    ['decomposed kana (NFD)', { name: 'は\u3099\u3099' }, { name: 'ば\u3099' }],
    ['decomposed Latin (NFD)', { name: 'Rene\u0301e' }, { name: 'Renée' }],
    ['spaces around', { name: '  山田  ', message: '\n 質問です \n' }, { name: '山田', message: '質問です' }],
    ['Windows line breaks', { message: '一行目\r\n二行目\r三行目' }, { message: '一行目\n二行目\n三行目' }],
    [
      'HTML, kept as text',
      { message: '<script>alert(1)</script><b>太字</b>' },
      { message: '<script>alert(1)</script><b>太字</b>' },
    ],
    ['a formula, kept as text', { name: '=HYPERLINK("x")' }, { name: '=HYPERLINK("x")' }],
    ['a full-width address', { email: 'ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ' }, { email: 'hanako@example.jp' }],
    [
      'an address with spaces around',
      { email: ' hanako+column@example.co.jp ' },
      { email: 'hanako+column@example.co.jp' },
    ],
    ['not sure of the topic', { topic: 'not-sure' }, { topic: 'not-sure' }],
    ['English', { language: 'en' }, { language: 'en' }],
    ['consent as "true"', { consent: 'true' }, { consent: true }],
    ['consent as "yes"', { consent: 'yes' }, { consent: true }],
  ]

  for (const encoding of encodings) {
    it(`passes and comes out normalised (${encoding})`, () => {
      for (const [label, changes, expected] of goodValues) {
        const result = submit({ ...validFields, ...changes }, encoding, 'ja')
        expect(result.status, label).toBe('valid')
        if (result.status === 'valid') expect(result.inquiry, label).toMatchObject(expected)
      }
    })
  }

  it('takes a topic id sent as a number in JSON', () => {
    const result = parseInquiry({ ...validFields, topic: 7, consent: true }, { locale: 'en' })
    expect(result).toMatchObject({ status: 'valid', inquiry: { topic: 7 } })
  })

  it('carries the form token through, and drops fields it does not know', () => {
    const result = submit({ ...validFields, role: 'admin', status: 'answered' }, 'form', 'ja')
    expect(result).toMatchObject({ status: 'valid', formToken: validFields[inquiryFormFields.formToken] })
    if (result.status === 'valid')
      expect(Object.keys(result.inquiry).sort()).toEqual(['consent', 'email', 'language', 'message', 'name', 'topic'])
  })

  it('allows only the offered categories, and "not sure"', () => {
    for (const encoding of encodings) {
      expect(submit({ ...validFields, topic: '3' }, encoding, 'ja', [1, 3]).status).toBe('valid')
      expect(submit({ ...validFields, topic: 'not-sure' }, encoding, 'ja', [1, 3]).status).toBe('valid')
      expect(submit({ ...validFields, topic: '2' }, encoding, 'ja', [1, 3])).toMatchObject({
        errors: { topic: getMessages('ja').consultation.errors.topicRequired },
      })
    }
  })
})

describe('the honeypot', () => {
  for (const encoding of encodings) {
    it(`makes a submission spam when filled, with no field messages, even when other fields are bad (${encoding})`, () => {
      for (const value of ['x', ' ', 'https://spam.example', '0']) {
        expect(submit({ ...validFields, [inquiryFormFields.honeypot]: value }, encoding, 'ja')).toEqual({
          status: 'spam',
        })
        expect(submit({ [inquiryFormFields.honeypot]: value }, encoding, 'en')).toEqual({ status: 'spam' })
      }
    })
  }

  it('passes when absent or empty', () => {
    const { [inquiryFormFields.honeypot]: _, ...withoutHoneypot } = validFields
    expect(submit(withoutHoneypot, 'form', 'ja').status).toBe('valid')
    expect(submit({ ...validFields, [inquiryFormFields.honeypot]: '' }, 'json', 'ja').status).toBe('valid')
  })
})

describe('decoding the body', () => {
  it('reads JSON objects and form posts, with or without a charset', () => {
    expect(decodeInquiryBody('{"name":"a"}', 'application/json; charset=utf-8')).toEqual({ name: 'a' })
    expect(
      decodeInquiryBody('name=%E5%B1%B1%E7%94%B0+%E8%8A%B1%E5%AD%90', 'Application/X-WWW-Form-Urlencoded'),
    ).toEqual({
      name: '山田 花子',
    })
  })

  it('turns a form field sent twice into a list, which no field accepts', () => {
    const fields = decodeInquiryBody('name=a&name=b', 'application/x-www-form-urlencoded')
    expect(fields).toEqual({ name: ['a', 'b'] })
  })

  it('refuses other types, JSON that is not an object, and JSON that does not parse', () => {
    for (const [text, type] of [
      ['name=a', 'multipart/form-data; boundary=x'],
      ['name=a', 'text/plain'],
      ['name=a', null],
      ['[1,2]', 'application/json'],
      ['null', 'application/json'],
      ['"name"', 'application/json'],
      ['{"name":', 'application/json'],
      ['', 'application/json'],
    ] as const) {
      expect(decodeInquiryBody(text, type), `${type}: ${text}`).toBeUndefined()
    }
  })

  it('does not let __proto__ in a body reach an object prototype', () => {
    const fromForm = decodeInquiryBody('__proto__=x&name=a', 'application/x-www-form-urlencoded')!
    expect(Object.getPrototypeOf(fromForm)).toBeNull()
    const fromJson = decodeInquiryBody('{"__proto__":{"polluted":true},"name":"a"}', 'application/json')!
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
    expect(parseInquiry(fromJson, { locale: 'ja' }).status).toBe('invalid')
  })
})
