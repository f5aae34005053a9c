/**
 * The structural matcher's rules, as data: each rule names the slots (vocabulary.ts) that must be
 * filled within one sentence for it to be a promise of its category, with the severity, why it is
 * a problem (Japan's Medical Advertising Guidelines, the Act on Pharmaceuticals and Medical Devices,
 * consumer-protection rules on health claims) and a suggested rewording, in both languages.
 * Examples are sentences each rule must find; tests/unit/claims-structural.test.ts checks them.
 */
import type { Slot } from './vocabulary'

import type { Severity } from '../finding'

export type { Severity } from '../finding'

export type StructuralCategory =
  | 'guaranteed-outcome'
  | 'cure-all'
  | 'permanence'
  | 'absolute-safety'
  | 'outcome-statistics'
  | 'testimonial'
  | 'before-after'
  | 'superiority'
  | 'superlative'
  | 'money-back'
  | 'speed'
  | 'price-inducement'
  | 'hedged-efficacy'

export interface Localised {
  ja: string
  en: string
}

export interface StructuralRule {
  id: string
  category: StructuralCategory
  severity: Severity
  /** Every one of these slots must be filled (outside quotation marks, unless quotedAllowed)… */
  all: Slot[]
  /** …and, when given, at least one of these. */
  any?: Slot[]
  /** The rule does not apply when one of these is present (a discount is not an outcome figure). */
  unless?: Slot[]
  /** The filled slots must lie within this many words of each other (「副作用は…ありません」). */
  within?: number
  /** A hedge (may, 期待される) turns the promise into hedged efficacy: a warning. */
  hedgeable: boolean
  /** A plain negation elsewhere in the clause undoes it (English: "is not a cure for every disease"). */
  negatable: boolean
  /** Testimonials quote what a patient said: the quotation is the claim, the speaker outside it. */
  quotedAllowed?: Slot[]
  why: Localised
  suggestion: Localised
  examples: { ja: string[]; en: string[] }
}

const GUIDELINES_JA = '医療広告ガイドライン(医療法)'
const GUIDELINES_EN = "Japan's Medical Advertising Guidelines (Medical Care Act)"

const guarantee: Pick<StructuralRule, 'why' | 'suggestion'> = {
  why: {
    ja: `効果には個人差があり、結果を約束できる治療はありません。${GUIDELINES_JA}では効果を保証する表現は虚偽・誇大広告にあたり、薬機法も効能効果の誇大な表現を禁じています。`,
    en: `Responses differ and no treatment can promise an outcome. ${GUIDELINES_EN} treat guaranteed effects as false or exaggerated advertising.`,
  },
  suggestion: {
    ja: '「改善が報告されている例もありますが、効果には個人差があり、保証されるものではありません」',
    en: '"Improvement has been reported in some cases; results vary and are not guaranteed."',
  },
}

export const structuralRules: StructuralRule[] = [
  {
    id: 'guaranteed-outcome.certain',
    category: 'guaranteed-outcome',
    severity: 'error',
    all: ['outcome'],
    any: ['certainty', 'future'],
    hedgeable: true,
    negatable: true,
    ...guarantee,
    examples: { ja: ['この治療でひざの痛みは必ず治ります。'], en: ['This therapy will definitely heal your knee.'] },
  },
  {
    id: 'guaranteed-outcome.certain-change',
    category: 'guaranteed-outcome',
    severity: 'error',
    all: ['change', 'certainty'],
    hedgeable: true,
    negatable: true,
    ...guarantee,
    examples: { ja: ['当院は治療結果をお約束します。'], en: ['Our results guarantee covers every patient.'] },
  },
  {
    id: 'guaranteed-outcome.asserted',
    category: 'guaranteed-outcome',
    severity: 'error',
    all: ['assertion'],
    unless: ['price'],
    hedgeable: true,
    negatable: true,
    ...guarantee,
    examples: { ja: ['幹細胞で傷ついた神経が再生します。'], en: ['Stem cells repair nerve damage.'] },
  },
  {
    id: 'cure-all',
    category: 'cure-all',
    severity: 'error',
    all: ['outcome', 'scope'],
    // 「幅広い病気の完治が見込めます」: a hedge softens an outcome, not its reach to every disease.
    hedgeable: false,
    negatable: true,
    why: {
      ja: `一つの治療があらゆる病気や誰にでも効くことはありません。万能をうたう表現は${GUIDELINES_JA}の誇大広告にあたります。`,
      en: `No treatment works for every disease or every person. ${GUIDELINES_EN} treat cure-all claims as exaggerated advertising.`,
    },
    suggestion: {
      ja: '「対象となる症状や病気は限られており、適応は医師が判断します」',
      en: '"It is studied for specific conditions; whether it suits you is a physician\'s judgement."',
    },
    examples: { ja: ['あらゆる病気に効果があります。'], en: ['Stem cells can treat any disease.'] },
  },
  {
    id: 'permanence',
    category: 'permanence',
    severity: 'error',
    all: ['permanence'],
    hedgeable: true,
    negatable: true,
    why: {
      ja: '効果の持続期間は人によって異なり、一生続く・二度と再発しないと約束できる治療はありません。',
      en: 'How long an effect lasts differs from person to person; no treatment can promise it lasts for ever.',
    },
    suggestion: {
      ja: '「効果の持続期間には個人差があり、追加の治療が必要になることもあります」',
      en: '"How long the effect lasts varies, and further treatment may be needed."',
    },
    examples: { ja: ['効果は一生続きます。'], en: ['Your knee pain will never come back.'] },
  },
  {
    id: 'absolute-safety.no-harm',
    category: 'absolute-safety',
    severity: 'error',
    all: ['harm', 'absence'],
    within: 10,
    hedgeable: false,
    negatable: true,
    why: {
      ja: `副作用やリスクのない医療はありません。「副作用なし」「リスクゼロ」は${GUIDELINES_JA}で認められない表現です。`,
      en: `No medical treatment is free of side effects or risk. ${GUIDELINES_EN} do not allow "no side effects" or "zero risk".`,
    },
    suggestion: {
      ja: '「想定される副作用とその頻度、起きたときの対応を説明します」',
      en: '"Possible side effects, how often they occur and what is done about them are explained beforehand."',
    },
    examples: { ja: ['副作用は一切ありません。'], en: ['This therapy carries no risk at all.'] },
  },
  {
    id: 'absolute-safety.absolutely-safe',
    category: 'absolute-safety',
    severity: 'error',
    all: ['safe'],
    any: ['absolute', 'certainty'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: `完全に安全な医療はありません。安全性を保証する表現は${GUIDELINES_JA}で認められていません。`,
      en: `No treatment is completely safe. ${GUIDELINES_EN} do not allow safety to be guaranteed.`,
    },
    suggestion: {
      ja: '「安全性についてわかっていることと、まだわかっていないことを説明します」',
      en: '"What is known and not yet known about its safety is explained."',
    },
    examples: { ja: ['安全性は100%保証されています。'], en: ['Our treatment is perfectly safe for everyone.'] },
  },
  {
    id: 'outcome-statistics',
    category: 'outcome-statistics',
    severity: 'error',
    all: ['statistic'],
    any: ['outcome', 'people', 'witness', 'rate'],
    unless: ['price'],
    hedgeable: false,
    negatable: false,
    why: {
      ja: `治療効果の割合や満足度の数字は、条件の異なる人にも同じ結果が出ると誤解させます。${GUIDELINES_JA}では治療効果に関する数値の広告は原則として認められていません。`,
      en: `Success rates and satisfaction figures suggest others will get the same result. ${GUIDELINES_EN} do not allow figures about treatment outcomes in advertising.`,
    },
    suggestion: {
      ja: '「研究で報告された結果と、その対象者・条件を出典とともに示します」',
      en: '"Cite the study, who took part and under what conditions, rather than a success rate."',
    },
    examples: {
      ja: ['患者満足度は98%を超えています。'],
      en: ['98% of our patients are satisfied with their results.'],
    },
  },
  {
    id: 'outcome-statistics.majority',
    category: 'outcome-statistics',
    severity: 'error',
    all: ['majority', 'outcome'],
    hedgeable: true,
    negatable: true,
    why: {
      ja: `「ほとんどの方が改善」は数字のない有効率です。条件の異なる人にも同じ結果が出ると誤解させ、${GUIDELINES_JA}では治療効果に関する広告は認められていません。`,
      en: `"Most patients improve" is a success rate without the number; it suggests others will get the same result. ${GUIDELINES_EN} do not allow claims about treatment outcomes.`,
    },
    suggestion: {
      ja: '「研究で報告された結果と、その対象者・条件を出典とともに示します」',
      en: '"Cite the study, who took part and under what conditions, rather than how many improved."',
    },
    examples: {
      ja: ['ほとんどの患者様で関節の動きが改善しています。'],
      en: ['Nearly every client we treat regains full movement.'],
    },
  },
  {
    id: 'testimonial',
    category: 'testimonial',
    severity: 'error',
    all: ['witness', 'outcome'],
    quotedAllowed: ['outcome'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: `体験談は個人の感想で、治療の効果を示すものではありません。${GUIDELINES_JA}では治療の効果に関する体験談の広告は禁止されています。`,
      en: `A testimonial is one person's impression, not evidence of effect. ${GUIDELINES_EN} prohibit testimonials about treatment outcomes.`,
    },
    suggestion: {
      ja: '「効果の感じ方には個人差があります」と述べ、体験談ではなく研究の結果を示します',
      en: "Say that responses vary and point to studies, not to patients' stories.",
    },
    examples: {
      ja: ['体験者のA様は、2回の点滴でアトピーが治ったそうです。'],
      en: ['Thanks to the clinic, my psoriasis is gone.'],
    },
  },
  {
    id: 'testimonial.first-person',
    category: 'testimonial',
    severity: 'error',
    all: ['narrator', 'treatment', 'narrated'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: `患者本人や家族が治療の経過を語る文は体験談にあたり、${GUIDELINES_JA}では治療の効果に関する体験談の広告は禁止されています。`,
      en: `A first-person account of a treatment is a testimonial; ${GUIDELINES_EN} prohibit testimonials about treatment outcomes.`,
    },
    suggestion: {
      ja: '体験談ではなく、研究で報告された結果とその限界を示します',
      en: "Point to studies and their limits instead of a patient's account.",
    },
    examples: {
      ja: ['私は幹細胞治療の翌週から走れるようになりました。'],
      en: ['I walked without a cane two weeks after my stem cell treatment.'],
    },
  },
  {
    id: 'money-back.free-repeat',
    category: 'money-back',
    severity: 'error',
    all: ['free', 'repeat'],
    hedgeable: false,
    negatable: false,
    why: {
      ja: `結果が出なかったときの無料のやり直しは、効果が保証されているという誤解を招きます。${GUIDELINES_JA}では結果を保証する表現は認められていません。`,
      en: `Free repeat treatment when it does not work promises that it will. ${GUIDELINES_EN} do not allow outcomes to be guaranteed.`,
    },
    suggestion: {
      ja: '「効果が得られない可能性と、その場合の費用の扱いを事前に説明します」',
      en: '"Explain beforehand that it may not work, and how costs are handled if it does not."',
    },
    examples: {
      ja: ['効果が出るまで、追加料金なしで何度でも施術します。'],
      en: ["We'll repeat the procedure at no cost."],
    },
  },
  {
    id: 'before-after',
    category: 'before-after',
    severity: 'error',
    all: ['before-after'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: `治療前後の比較は、誰にでも同じ変化が起きると誤解させます。${GUIDELINES_JA}では、治療内容・費用・リスクなどの詳しい説明のない術前術後の写真は認められていません。`,
      en: `Before/after comparisons suggest everyone will change the same way. ${GUIDELINES_EN} do not allow them without full details of the treatment, its costs and its risks.`,
    },
    suggestion: {
      ja: '比較を示す場合は、治療内容・費用・リスク・副作用を併記し、一例であることを明記します',
      en: 'If a comparison is shown, state the treatment, cost, risks and side effects, and that it is one case.',
    },
    examples: {
      ja: ['ビフォーアフター:施術3か月でしわが消えました。'],
      en: ['Our before-and-after gallery shows the dramatic results.'],
    },
  },
  {
    id: 'superiority.compared',
    category: 'superiority',
    severity: 'error',
    all: ['comparison', 'rival'],
    // Hoped-for superiority is still a comparison with another treatment (docs/claims-corpus.md).
    hedgeable: false,
    negatable: true,
    why: {
      ja: `他の治療や他院より優れているという比較は、${GUIDELINES_JA}で禁じられた比較優良広告にあたります。`,
      en: `Claims of being better than other treatments or providers are prohibited comparative advertising under ${GUIDELINES_EN}.`,
    },
    suggestion: {
      ja: '「他の治療法との違い(対象、方法、リスク)を、優劣ではなく特徴として説明します」',
      en: '"Describe how it differs from other options (who it is for, how it works, its risks), not which is better."',
    },
    examples: {
      ja: ['他院の幹細胞治療よりも、当院の方が確実に効きます。'],
      en: ['Stem cells outperform cortisone injections.'],
    },
  },
  {
    id: 'superiority.where-others-fail',
    category: 'superiority',
    severity: 'error',
    all: ['rival', 'outcome'],
    // Hoped-for superiority is still a comparison with another treatment (docs/claims-corpus.md).
    hedgeable: false,
    negatable: true,
    why: {
      ja: `他の治療や他院で得られなかった結果を約束する表現は、${GUIDELINES_JA}で禁じられた比較優良広告にあたります。`,
      en: `Promising results where other treatments or clinics failed is prohibited comparative advertising under ${GUIDELINES_EN}.`,
    },
    suggestion: {
      ja: '「他の治療で効果がなかった場合の選択肢は、医師と相談して判断します」',
      en: '"If other treatments have not helped, discuss the options with a physician."',
    },
    examples: {
      ja: ['他院で効果がなかった方も、当院の治療なら改善します。'],
      en: ['Our clinic succeeds where other clinics have failed.'],
    },
  },
  {
    id: 'superlative',
    category: 'superlative',
    severity: 'error',
    all: ['superlative'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: `「最高」「No.1」「唯一」などの最上級表現は、客観的に確かめられないため${GUIDELINES_JA}で認められていません。`,
      en: `Superlatives such as "best", "No. 1" or "only" cannot be verified and are not allowed under ${GUIDELINES_EN}.`,
    },
    suggestion: {
      ja: '「提供している治療の内容と体制を、事実として説明します」',
      en: '"State what is offered and how, as facts, without ranking it."',
    },
    examples: { ja: ['業界No.1の品質です。'], en: ['The best stem cell clinic in Tokyo.'] },
  },
  {
    id: 'money-back.refund',
    category: 'money-back',
    severity: 'error',
    all: ['refund'],
    hedgeable: false,
    negatable: false,
    why: {
      ja: `返金や無料の再治療の約束は、効果が保証されているという誤解を招きます。${GUIDELINES_JA}では結果を保証する表現は認められていません。`,
      en: `Refunds or free repeat treatment promise that the treatment works. ${GUIDELINES_EN} do not allow outcomes to be guaranteed.`,
    },
    suggestion: {
      ja: '「効果が得られない可能性と、その場合の費用の扱いを事前に説明します」',
      en: '"Explain beforehand that it may not work, and how costs are handled if it does not."',
    },
    examples: {
      ja: ['効果がなければ全額返金いたします。'],
      en: ["If you don't see results, we'll refund your money."],
    },
  },
  {
    id: 'money-back.free-until',
    category: 'money-back',
    severity: 'error',
    all: ['free', 'condition'],
    hedgeable: false,
    negatable: false,
    why: {
      ja: `結果が出るまでの無料の再治療は、効果が保証されているという誤解を招きます。${GUIDELINES_JA}では結果を保証する表現は認められていません。`,
      en: `Free treatment until results appear promises that it works. ${GUIDELINES_EN} do not allow outcomes to be guaranteed.`,
    },
    suggestion: {
      ja: '「効果が得られない可能性と、その場合の費用の扱いを事前に説明します」',
      en: '"Explain beforehand that it may not work, and how costs are handled if it does not."',
    },
    examples: {
      ja: ['結果が出なければ、2回目の治療は無料で行います。'],
      en: ['Free retreatment until you are satisfied.'],
    },
  },
  {
    id: 'speed',
    category: 'speed',
    severity: 'error',
    all: ['speed'],
    any: ['outcome', 'change'],
    unless: ['price'],
    hedgeable: true,
    negatable: true,
    why: {
      ja: '効果が現れるまでの時間には個人差があり、「一回で」「すぐに」と約束できる治療はありません。',
      en: 'How soon an effect appears varies; no treatment can promise results "in one session" or "overnight".',
    },
    suggestion: {
      ja: '「変化を感じるまでの期間には個人差があり、変化が見られない場合もあります」',
      en: '"How soon any change appears varies, and some people notice none."',
    },
    examples: { ja: ['たった一回の点滴で、ひざの痛みが消えます。'], en: ['Instant relief from joint pain.'] },
  },
  {
    id: 'price-inducement',
    category: 'price-inducement',
    severity: 'warning',
    all: [],
    any: ['price', 'free'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: `期間限定の割引や無料の特典は、受診を急がせるおそれがあり、${GUIDELINES_JA}では費用を強調した広告は不適切とされています。`,
      en: `Time-limited discounts and free extras push people to decide in a hurry; ${GUIDELINES_EN} consider price-led advertising inappropriate.`,
    },
    suggestion: {
      ja: '「費用の総額と内訳を示し、検討の時間をとれることを伝えます」',
      en: '"State the total cost and what it includes, and that there is time to decide."',
    },
    examples: {
      ja: ['今なら初回の点滴が30%オフになります。'],
      en: ['Limited-time offer: exosome therapy at half price.'],
    },
  },
  {
    id: 'hedged-efficacy',
    category: 'hedged-efficacy',
    severity: 'warning',
    all: ['hedge'],
    any: ['outcome', 'change', 'treatment', 'people', 'aid'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: '「期待される」「可能性がある」という効果の表現も、読者には約束に近く受け取られます。根拠と個人差を添えてください。',
      en: '"May help" and "is expected to" still read close to a promise; give the evidence and say that responses vary.',
    },
    suggestion: {
      ja: '「〜が報告されていますが、研究は限られており、効果には個人差があります」',
      en: '"… has been reported, but studies are limited and responses vary."',
    },
    examples: { ja: ['ひざの痛みの改善が期待されています。'], en: ['Exosomes are expected to support skin renewal.'] },
  },
  {
    id: 'hedged-efficacy.gentle-verb',
    category: 'hedged-efficacy',
    severity: 'warning',
    all: ['aid'],
    any: ['outcome', 'change', 'treatment', 'people'],
    hedgeable: false,
    negatable: true,
    why: {
      ja: '「助ける」「役立つ」「促す」も効果をうたう表現です。根拠と個人差を添えてください。',
      en: '"Helps", "supports" and "promotes" still claim an effect; give the evidence and say that responses vary.',
    },
    suggestion: {
      ja: '「〜が報告されていますが、研究は限られており、効果には個人差があります」',
      en: '"… has been reported, but studies are limited and responses vary."',
    },
    examples: { ja: ['髪の成長を促す成分です。'], en: ['Our infusion supports skin renewal.'] },
  },
  {
    id: 'superiority.better-than',
    category: 'superiority',
    severity: 'error',
    all: ['than', 'outcome'],
    // 「より」 and an outcome need no named rival (置き換わることよりも…が注目されています): hedged, it is a warning.
    hedgeable: true,
    negatable: true,
    why: {
      ja: `他の治療より効果が高い・長く続くという比較は、${GUIDELINES_JA}で禁じられた比較優良広告にあたります。`,
      en: `Saying a treatment works better or longer than another is prohibited comparative advertising under ${GUIDELINES_EN}.`,
    },
    suggestion: {
      ja: '「他の治療法との違い(対象、方法、リスク)を、優劣ではなく特徴として説明します」',
      en: '"Describe how it differs from other options (who it is for, how it works, its risks), not which is better."',
    },
    examples: { ja: ['注射よりも効果が長持ちします。'], en: ['More effective than knee surgery.'] },
  },
]
