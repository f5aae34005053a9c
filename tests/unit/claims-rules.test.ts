import { describe, expect, it } from 'vitest'

import { checkText, type ClaimRule, type Finding } from '@/lib/claims/check'
import { claimRules } from '@/lib/claims/rules'

const summary = (findings: Finding[]) => findings.map(({ ruleId, severity, match }) => ({ ruleId, severity, match }))

/** One sample per rule, caught by that rule alone; a rule without a sample fails the suite. */
const samples: Record<string, { locale: 'ja' | 'en'; text: string }> = {
  'guarantee.ja.kanarazu-naoru': { locale: 'ja', text: 'この治療で必ず治ります。' },
  'guarantee.ja.kakujitsu': { locale: 'ja', text: '確実に効く再生医療です。' },
  'guarantee.ja.zettai-naoru': { locale: 'ja', text: '絶対に良くなります。' },
  'guarantee.ja.kanchi': { locale: 'ja', text: 'ひざの痛みが完治します。' },
  'guarantee.ja.konchi': { locale: 'ja', text: 'アトピーを根治する治療です。' },
  'guarantee.ja.kouka-hoshou': { locale: 'ja', text: '効果を保証します。' },
  'guarantee.ja.hyaku-percent': { locale: 'ja', text: '効果は100%です。' },
  'guarantee.ja.daredemo': { locale: 'ja', text: '誰でも効果を実感できます。' },
  'guarantee.ja.eien': { locale: 'ja', text: '効果が一生続きます。' },
  'absolute-safety.ja.fukusayou-nashi': { locale: 'ja', text: '副作用はありません。' },
  'absolute-safety.ja.shinpai-nashi': { locale: 'ja', text: '副作用の心配はありません。' },
  'absolute-safety.ja.hyaku-percent-anzen': { locale: 'ja', text: '100%安全な治療です。' },
  'absolute-safety.ja.risk-nashi': { locale: 'ja', text: 'リスクなしで受けられます。' },
  'absolute-safety.ja.itami-nashi': { locale: 'ja', text: '痛みは一切ありません。' },
  'superiority.ja.nihon-ichi': { locale: 'ja', text: '日本一の再生医療クリニックです。' },
  'superiority.ja.no1': { locale: 'ja', text: '満足度No.1の幹細胞治療。' },
  'superiority.ja.saikou': { locale: 'ja', text: '最高の治療をご提供します。' },
  'superiority.ja.yuiitsu': { locale: 'ja', text: '国内で唯一の治療法です。' },
  'superiority.ja.takou-hikaku': { locale: 'ja', text: '他院より優れた技術です。' },
  'testimonial.ja.taikendan-naotta': { locale: 'ja', text: '患者様の体験談:半年で膝が治りました。' },
  'testimonial.ja.itami-kieta': { locale: 'ja', text: '腰痛が嘘のように消えました。' },
  'testimonial.ja.before-after': { locale: 'ja', text: 'ビフォーアフター写真をご覧ください。' },
  'invented-authority.ja.shoumei': { locale: 'ja', text: '臨床的に証明された治療法です。' },
  'invented-authority.ja.osumitsuki': { locale: 'ja', text: '厚労省のお墨付きの治療です。' },
  'urgency.ja.imadake': { locale: 'ja', text: '今だけの特別なご案内です。' },
  'urgency.ja.gentei-mei': { locale: 'ja', text: '限定5名様のご案内です。' },
  'urgency.ja.isoide': { locale: 'ja', text: '今すぐご予約ください。' },
  'urgency.ja.waribiki': { locale: 'ja', text: '初回は半額です。' },
  'guarantee.en.guaranteed-results': { locale: 'en', text: 'We offer guaranteed results.' },
  'guarantee.en.cures': { locale: 'en', text: 'Our stem cell therapy cures arthritis.' },
  'guarantee.en.will-heal': { locale: 'en', text: 'This injection will heal your knee.' },
  'guarantee.en.always-works': { locale: 'en', text: 'It always works.' },
  'guarantee.en.permanent-results': { locale: 'en', text: 'Enjoy permanent results.' },
  'guarantee.en.complete-cure': { locale: 'en', text: 'Patients achieve a complete cure.' },
  'absolute-safety.en.no-side-effects': { locale: 'en', text: 'There are no side effects.' },
  'absolute-safety.en.100-percent-safe': { locale: 'en', text: 'The procedure is 100% safe.' },
  'absolute-safety.en.risk-free': { locale: 'en', text: 'A risk-free procedure.' },
  'absolute-safety.en.completely-safe': { locale: 'en', text: 'It is completely safe.' },
  'absolute-safety.en.painless': { locale: 'en', text: 'The injection is completely painless.' },
  'superiority.en.best-clinic': { locale: 'en', text: 'We are the best clinic in Osaka.' },
  'superiority.en.best-treatment': { locale: 'en', text: 'It is the best treatment available.' },
  'superiority.en.number-one': { locale: 'en', text: 'Ranked number one in Japan.' },
  'superiority.en.the-only': { locale: 'en', text: 'This is the only treatment that works.' },
  'superiority.en.better-than-others': { locale: 'en', text: 'Better than other clinics.' },
  'testimonial.en.before-after': { locale: 'en', text: 'See our before and after photos.' },
  'testimonial.en.pain-disappeared': { locale: 'en', text: 'My back pain disappeared after one session.' },
  'testimonial.en.i-was-cured': { locale: 'en', text: 'I was completely cured.' },
  'invented-authority.en.proven': { locale: 'en', text: 'A clinically proven therapy.' },
  'invented-authority.en.endorsed': { locale: 'en', text: 'A doctor-recommended treatment.' },
  'urgency.en.act-now': { locale: 'en', text: 'Act now to secure your place.' },
  'urgency.en.limited-time': { locale: 'en', text: 'A limited-time offer.' },
  'urgency.en.spots-left': { locale: 'en', text: 'Only 3 spots left this month.' },
}

describe('the claim rules as data', () => {
  it('give every rule a unique id that names its family and locale', () => {
    const ids = claimRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of claimRules) expect(rule.id.startsWith(`${rule.family}.${rule.locale}.`)).toBe(true)
  })

  it('give every rule a non-empty why and suggestion', () => {
    for (const rule of claimRules) {
      expect(rule.why.trim(), rule.id).not.toBe('')
      expect(rule.suggestion.trim(), rule.id).not.toBe('')
    }
  })

  it('make guarantees, absolute safety and superiority errors, and the other families warnings', () => {
    const errorFamilies = new Set<ClaimRule['family']>(['guarantee', 'absolute-safety', 'superiority'])
    for (const rule of claimRules) {
      expect(rule.severity, rule.id).toBe(errorFamilies.has(rule.family) ? 'error' : 'warning')
    }
  })

  it('ignore case in every English pattern', () => {
    for (const rule of claimRules.filter((r) => r.locale === 'en')) expect(rule.pattern.flags, rule.id).toContain('i')
  })

  it('list a sample for every rule and no sample for a rule that does not exist', () => {
    expect(Object.keys(samples).sort()).toEqual(claimRules.map((rule) => rule.id).sort())
  })

  it.each(claimRules.map((rule) => [rule.id, rule] as const))(
    'catch the sample of %s with that rule alone',
    (id, rule) => {
      const sample = samples[id]!
      expect(sample.locale).toBe(rule.locale)
      const findings = checkText(sample.text, sample.locale, [rule])
      expect(findings.map((finding) => finding.ruleId)).toContain(id)
    },
  )
})

describe('each family of claims', () => {
  const examples: [ClaimRule['family'], 'ja' | 'en', string][] = [
    ['guarantee', 'ja', 'この治療で必ず治る。'],
    ['guarantee', 'en', 'Our therapy cures knee arthritis.'],
    ['absolute-safety', 'ja', '副作用がない安心の治療です。'],
    ['absolute-safety', 'en', 'This treatment has no side effects.'],
    ['superiority', 'ja', '日本一の幹細胞クリニック。'],
    ['superiority', 'en', 'We are the number one stem cell clinic.'],
    ['testimonial', 'ja', '体験談:3回の注射で膝の痛みがなくなりました。'],
    ['testimonial', 'en', 'My knee pain disappeared after two weeks.'],
    ['invented-authority', 'ja', '臨床的に証明された効果です。'],
    ['invented-authority', 'en', 'Our exosome serum is clinically proven.'],
    ['urgency', 'ja', '期間限定のキャンペーンです。'],
    ['urgency', 'en', 'Limited time offer for new patients.'],
  ]

  it.each(examples)('catches %s in %s: %s', (family, locale, text) => {
    const findings = checkText(text, locale)
    expect(findings.map((finding) => finding.family)).toContain(family)
  })

  it('reports guarantees as errors and testimonials as warnings', () => {
    expect(summary(checkText('必ず治ります。', 'ja'))).toEqual([
      { ruleId: 'guarantee.ja.kanarazu-naoru', severity: 'error', match: '必ず治ります' },
    ])
    expect(summary(checkText('See our before and after gallery.', 'en'))).toEqual([
      { ruleId: 'testimonial.en.before-after', severity: 'warning', match: 'before and after' },
    ])
  })

  it('only applies the rules of the requested locale', () => {
    expect(checkText('guaranteed results', 'ja')).toEqual([])
    expect(checkText('必ず治る', 'en')).toEqual([])
  })
})

describe('the calm explanatory voice', () => {
  const calmJapanese = [
    '幹細胞、エクソソーム、培養上清液は、同じ文脈で語られることが多いものの、それぞれ別のものです。',
    '幹細胞は、自分と同じ細胞をつくる力と、別の種類の細胞に変わる力をもつ細胞そのものを指します。',
    'エクソソームは細胞が分泌するごく小さな袋で、細胞そのものではありません。',
    '培養上清液は細胞を培養したあとの液体で、含まれる成分は製法によって異なります。',
    '細胞を用いる治療の多くは、再生医療等安全性確保法にもとづいて計画を届け出たうえで提供されています。',
    'ただし、どの方法についても必ず治るとは言えません。',
    '副作用がないとは限りませんし、安全だと断定はできません。',
    'リスクがまったくない治療は存在しません。',
    '研究の段階にあるものも多く、完治を約束するものではありません。',
    '臨床的に証明されているとまでは言えない段階のものもあります。',
    '特徴を約束に変えないことが大切です。',
    '気になる点は主治医に相談しながら、違いを落ち着いて理解していきましょう。',
  ].join('')

  const calmEnglish = [
    'Stem cells, exosomes and conditioned medium are often mentioned together, but they are different things.',
    'Stem cells are living cells that can renew themselves and develop into other cell types.',
    'Exosomes are tiny vesicles released by cells; they are not cells themselves.',
    'Conditioned medium is the liquid left after cells have been cultured, and its contents vary from one preparation to another.',
    'In Japan, clinics offering cell-based treatments submit plans under the Act on the Safety of Regenerative Medicine, but a submitted plan is not a promise of results.',
    'No treatment is risk-free, and we cannot say that any of them is 100% safe.',
    'A study that reports improvement in some patients does not guarantee results for everyone.',
    'Be wary of advertising that says a therapy cures a condition or has no side effects.',
    'It is important not to turn characteristics into promises.',
    'Take your time, ask questions, and understand the differences calmly.',
  ].join(' ')

  it('passes a Japanese column paragraph with no findings', () => {
    expect(summary(checkText(calmJapanese, 'ja'))).toEqual([])
  })

  it('passes an English column paragraph with no findings', () => {
    expect(summary(checkText(calmEnglish, 'en'))).toEqual([])
  })

  it.each([
    ['ja', '安全だと断定はできません。'],
    ['ja', '必ず治るとは言えません。'],
    ['ja', '副作用がないとは限りません。'],
    ['ja', '副作用がない、とは言い切れません。'],
    ['ja', '完治を約束するものではありません。'],
    ['ja', '効果を保証するものではありません。'],
    ['ja', '日本一という表現は医療広告では禁止されています。'],
    ['en', 'It is important not to promise safety.'],
    ['en', 'No treatment is risk-free.'],
    ['en', 'We cannot say it is 100% safe.'],
    ['en', 'The treatment does not guarantee results.'],
    ['en', 'There is no cure for this condition yet.'],
    ['en', "Don't trust anyone who says a therapy will heal everything."],
    ['en', 'Permanent results are not something any clinic can offer.'],
  ] as const)('does not report the negated or cautionary use (%s) %s', (locale, text) => {
    expect(summary(checkText(text, locale))).toEqual([])
  })

  it('still reports a claim when the negation belongs to an earlier clause', () => {
    expect(summary(checkText('It is not cheap, but results are guaranteed.', 'en'))).toEqual([
      { ruleId: 'guarantee.en.guaranteed-results', severity: 'error', match: 'results are guaranteed' },
    ])
    expect(summary(checkText('費用は安くありませんが、必ず治ります。', 'ja'))).toEqual([
      { ruleId: 'guarantee.ja.kanarazu-naoru', severity: 'error', match: '必ず治ります' },
    ])
  })
})

describe('questions and quoted claims', () => {
  it.each([
    ['ja', '本当に必ず治るのでしょうか。', 'guarantee.ja.kanarazu-naoru'],
    ['ja', '副作用はありませんか？', 'absolute-safety.ja.fukusayou-nashi'],
    ['en', 'Is it really risk-free?', 'absolute-safety.en.risk-free'],
  ] as const)('downgrade a question (%s) %s to a warning', (locale, text, ruleId) => {
    expect(summary(checkText(text, locale)).map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([
      { ruleId, severity: 'warning' },
    ])
  })

  it.each([
    ['ja', '「必ず治る」という広告を見かけることがあります。', 'guarantee.ja.kanarazu-naoru'],
    ['ja', '『日本一の技術』と書かれたチラシです。', 'superiority.ja.nihon-ichi'],
    ['en', 'The flyer promised “guaranteed results” to everyone.', 'guarantee.en.guaranteed-results'],
    ['en', 'The banner said "100% safe" in large letters.', 'absolute-safety.en.100-percent-safe'],
  ] as const)('downgrade a quoted claim (%s) %s to a warning', (locale, text, ruleId) => {
    expect(summary(checkText(text, locale)).map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([
      { ruleId, severity: 'warning' },
    ])
  })

  it('keeps the claim after a closing quote an error', () => {
    expect(summary(checkText('「話題の治療」ですが、必ず治ります。', 'ja'))).toEqual([
      { ruleId: 'guarantee.ja.kanarazu-naoru', severity: 'error', match: '必ず治ります' },
    ])
  })
})

describe('invented authority', () => {
  it('reports "clinically proven" without a source as a warning', () => {
    expect(summary(checkText('This serum is clinically proven.', 'en'))).toEqual([
      { ruleId: 'invented-authority.en.proven', severity: 'warning', match: 'clinically proven' },
    ])
    expect(summary(checkText('臨床的に証明された方法です。', 'ja'))).toHaveLength(1)
  })

  it.each([
    ['en', 'The effect on knee pain was clinically proven in a small trial (2021).'],
    ['en', 'Clinically proven, source: https://example.org/trial'],
    ['en', 'Scientifically proven in a trial by Sato et al. with 40 patients.'],
    ['ja', '臨床的に証明されたと報告されています(出典:日本再生医療学会誌)。'],
  ] as const)('does not report it when the sentence cites a source (%s) %s', (locale, text) => {
    expect(summary(checkText(text, locale))).toEqual([])
  })
})

describe('normalisation and positions', () => {
  it('catches full-width and half-width forms', () => {
    expect(summary(checkText('１００％安全です。', 'ja'))).toEqual([
      { ruleId: 'absolute-safety.ja.hyaku-percent-anzen', severity: 'error', match: '１００％安全' },
    ])
    expect(summary(checkText('Ｎｏ．１の技術です。', 'ja'))).toEqual([
      { ruleId: 'superiority.ja.no1', severity: 'error', match: 'Ｎｏ．１' },
    ])
    expect(summary(checkText('ﾅﾝﾊﾞｰﾜﾝの実績。', 'ja'))).toEqual([
      { ruleId: 'superiority.ja.no1', severity: 'error', match: 'ﾅﾝﾊﾞｰﾜﾝ' },
    ])
    expect(summary(checkText('We are the Ｎｏ．１ clinic.', 'en'))).toEqual([
      { ruleId: 'superiority.en.number-one', severity: 'error', match: 'Ｎｏ．１' },
    ])
  })

  it('matches Japanese phrases across spaces', () => {
    expect(summary(checkText('必ず　治ります', 'ja'))).toEqual([
      { ruleId: 'guarantee.ja.kanarazu-naoru', severity: 'error', match: '必ず　治ります' },
    ])
  })

  it('points start and end at the phrase in the original text', () => {
    const ja = 'はじめに。当院は　日本一　です。ﾘｽｸなし、必ず 治ります！'
    const en = 'Intro. We are the Ｎｏ．１ clinic.\nGuaranteed results, 100 % safe.'
    const jaFindings = checkText(ja, 'ja')
    const enFindings = checkText(en, 'en')
    expect(jaFindings.map((f) => f.match)).toEqual(['日本一', 'ﾘｽｸなし', '必ず 治ります'])
    expect(enFindings.map((f) => f.match)).toEqual(['Ｎｏ．１', 'Guaranteed results', '100 % safe'])
    for (const finding of jaFindings) expect(ja.slice(finding.start, finding.end)).toBe(finding.match)
    for (const finding of enFindings) expect(en.slice(finding.start, finding.end)).toBe(finding.match)
  })

  it('reports the sentence that contains the phrase', () => {
    const findings = checkText('幹細胞の説明です。\n副作用はありません！ 次の話題です。', 'ja')
    expect(findings.map((f) => f.sentence)).toEqual(['副作用はありません！'])
    const english = checkText('Dr. Sato explains. The No. 1 clinic in town. Next topic.', 'en')
    expect(english.map((f) => f.sentence)).toEqual(['The No. 1 clinic in town.'])
  })

  it('reports each distinct match once, ordered by position', () => {
    const duplicate: ClaimRule = { ...claimRules.find((r) => r.id === 'guarantee.ja.kanchi')!, id: 'guarantee.ja.copy' }
    const findings = checkText('完治します。日本一です。', 'ja', [...claimRules, duplicate])
    expect(findings.map((f) => [f.ruleId, f.match])).toEqual([
      ['guarantee.ja.kanchi', '完治'],
      ['superiority.ja.nihon-ichi', '日本一'],
    ])
    const repeated = checkText('It cures pain. It cures fatigue.', 'en')
    expect(repeated.map((f) => f.start)).toEqual([3, 18])
  })
})

describe('long Japanese negations after the phrase', () => {
  it.each([
    '手続きを経ていることは、治療の効果や安全性が約束されていることを意味するものではありません。',
    '特定の治療をすすめるものではなく、治療の効果や安全性を約束するものでもありません。',
  ])('let %s pass', (sentence) => {
    expect(checkText(sentence, 'ja')).toEqual([])
  })
})
