/**
 * The structural matcher's vocabularies: for each slot of a promise, the dictionary forms (lemmas)
 * that fill it. A slot is a *kind* of word (an outcome, a certainty, a scope…), so a word belongs
 * here when it is one of that kind in general, never because one sentence needed it. Inflection is
 * the analysers' job (治ります/治った/治らない → 治る; healed/heals → heal), so each word is listed once.
 */

export type Slot =
  /** The treatment or the provider: this therapy, stem cells, our clinic, 当院, 幹細胞. */
  | 'treatment'
  /** An outcome predicate: cure, heal, restore, disappear; 治る, 改善, 再生, 消える, 若返る. */
  | 'outcome'
  /** The outcome is certain: always, guaranteed, will; 必ず, 確実, 絶対, 間違いない. */
  | 'certainty'
  /** The one who tells their own story: I, my; 私, 父, 母. */
  | 'narrator'
  /** A predicate in the past tense, narrating what happened (found by the analysers, not listed). */
  | 'narrated'
  /** Doing it again: repeat, retreatment; 再治療, 何度でも. */
  | 'repeat'
  /** The future, which promises in English: will, is going to. */
  | 'future'
  /** The outcome reaches everything or everyone: any disease, everyone; あらゆる, どんな, 誰でも. */
  | 'scope'
  /** The outcome lasts for ever: permanently, for life, never again; 一生, 永遠, 二度と. */
  | 'permanence'
  /** The outcome comes at once: one session, overnight, the next day; 一回で, 即効, 翌日. */
  | 'speed'
  /** A harm: side effect, risk, danger; 副作用, リスク, 危険. */
  | 'harm'
  /** A harm is declared absent: no, zero, free of, at all; ない, ゼロ, 一切, 不要. */
  | 'absence'
  /** Safety itself: safe, harmless; 安全, 安心, 無害. */
  | 'safe'
  /** An absolute degree: completely, 100 %, perfectly; 完全, 100%, まったく. */
  | 'absolute'
  /** A figure about results: 98 %, nine out of ten, success rate; 満足度, 有効率, 10人中9人. */
  | 'statistic'
  /** Someone who speaks about their own result: I, my, says Linda; 私, 患者様の声, 体験者. */
  | 'witness'
  /** Before and after set side by side: before/after, pre- and post-; ビフォーアフター, 治療前…治療後. */
  | 'before-after'
  /** A comparison: better than, outperform, unlike; より, 比べ, 以上, 段違い. */
  | 'comparison'
  /** What is compared with: surgery, other clinics, conventional treatments; 手術, 他院, 他社. */
  | 'rival'
  /** A superlative: best, No. 1, leading, ultimate; 最高, 第1位, 究極, トップ. */
  | 'superlative'
  /** Money returned: refund, money back; 返金, 全額お返し, お代はいただきません. */
  | 'refund'
  /** Without charge: free, at no cost; 無料, 追加料金なし. */
  | 'free'
  /** The condition of a guarantee: if not, until satisfied; なければ, まで, 場合は. */
  | 'condition'
  /** A price inducement: discount, half price, limited time; 割引, 半額, 期間限定, キャンペーン. */
  | 'price'
  /** A rate or score word: success rate, satisfaction; 有効率, 満足度. */
  | 'rate'
  /** A change or difference that is felt or seen: weaker than an outcome, it counts with a speed or a certainty. */
  | 'change'
  /** A soft efficacy verb: helps, supports, promotes; 助ける, 役立つ, 促す. A claim of effect, worded gently. */
  | 'aid'
  /** A comparison with something named: than; より. */
  | 'than'
  /** A hedge on efficacy: may, is expected to, is thought to; 期待, 可能性, とされる, 見込む. */
  | 'hedge'
  /** A caution, a limit or a doubt around the claim: be careful, results vary; 注意, 個人差, 一部. */
  | 'caution'
  /** People counted or cited: patients, cases; 患者, 方, 症例. */
  | 'people'
  /** An outcome verb asserted as a fact, in English: "Stem cells repair nerve damage." */
  | 'assertion'
  /** Most of the people counted: the vast majority, nearly all; 大半, ほとんど. With an outcome, a figure without a number. */
  | 'majority'
  /** A picture shown as evidence: photo, gallery; 写真, 画像. Before and after need one, or an outcome, to compare. */
  | 'picture'

/** Japanese lemmas (kuromoji's basic_form under IPADIC) per slot. */
/** Comma-separated, so the vocabularies read as prose in a diff. */
function list(words: string): readonly string[] {
  return words.split(',').map((word) => word.trim())
}

export const japaneseLemmas: Partial<Record<Slot, readonly string[]>> = {
  treatment: list(
    '治療, 療法, 医療, 施術, 点滴, 注射, 投与, 幹細胞, 細胞, エクソソーム, 培養, 上清, 当院, 当クリニック, クリニック, 再生医療, 成分',
  ),
  outcome: list(
    '治る, 治す, 完治, 根治, 全快, 治癒, 改善, 回復, 再生, 修復, 若返る, 若返り, 消える, 解消, 解決, 効く, 効果, 効き目, 軽減, 和らぐ, やわらぐ, 生える, 発毛, 戻る, 元通り, 元どおり, よみがえる, 蘇る, 生まれ変わる, 取れる, 抜ける, 消す, 解放, 実感, 楽, 正常, 良い, よい, 若い, 軽い, 薄い, 浅い, 歩ける, 発揮, 効能, 消失, 成長, 治まる, 緩和, 軽快, 克服, 快復, 復活, 引き締まる, 晴れる, 向上, 活性化, 復元, 元気, 若々しい, 見違える, 抑える, 防ぐ, 予防, 高まる, 高める, お別れ, 別れる, さよなら, なくなる, 快方, 一掃, 明るい, 美しい, きれい, 綺麗, なめらか, 滑らか, すっきり, 下がる, 成功',
  ),
  certainty: list(
    '完治, 根治, 全快, 必ず, 確実, 絶対, 間違い, 疑い, 約束, 保証, 証明, 誰も, 全員, 例外, 確か, 100, 百, きっと, 断然, 一目瞭然, 歴然, 明らか, はっきり, 確約, 決まって, もれなく, 断言, 必ずや, 魔法, 奇跡, 嘘, 劇的',
  ),
  scope: list(
    'あらゆる, ありとあらゆる, どんな, どのような, すべて, 全て, 万病, 万能, 全身, 何, 誰, どなた, 問う, ほぼ, 全部, どこ, いかなる, 万人, 全般, 幅広い, 幅広く',
  ),
  permanence: list(
    '一生, 永遠, 永久, 永続, 生涯, 二度と, ずっと, 一生もの, 無縁, 半永久, 終生, いつまでも, 一生涯, 恒久',
  ),
  speed: list(
    '即効, 即日, すぐ, ただちに, 直ちに, 翌日, 当日, 一晩, たった, わずか, 一回, 一度, 直後, 最短, 即, 翌月, 早い, その日, 初回, 一瞬, 即座, その場, 短期間, 1回, 1度, 一発, 瞬時, 速攻, 数日, 数分',
  ),
  change: list('変化, 違い, 結果, 成果, 変わる'),
  repeat: list('再治療, 再施術, やり直し, 何度, 2回目, 二回目'),
  narrator: list('私, 僕, 父, 母, 夫, 妻, 娘, 息子, 祖父, 祖母'),
  aid: list('サポート, 助ける, 後押し, 促す, 寄与, 働き, 作用, 役立つ, 一助, つながる'),
  than: list('より'),
  harm: list(
    '副作用, 副反応, リスク, 危険, 危険性, 負担, 拒絶, アレルギー, トラブル, 害, 心配, 合併症, ダウンタイム, 後遺症, 感染, 不安',
  ),
  absence: list('ない, なし, 無し, ゼロ, 0, 一切, 不要, 無縁, なく'),
  safe: list('安全, 無害, 安心, 無痛'),
  absolute: list('完全, 100, まったく, 全く, 絶対, 一切, どなた, 誰, どんな, 一件'),
  rate: list('満足, 満足度, 率, 点満点'),
  witness: list(
    '声, 体験者, 私, 父, 母, 夫, 妻, 患者様, モニター, 様, 男性, 女性, 感謝, おかげ, 話す, 届く, 僕, 娘, 息子, お客様, 喜び, 体験',
  ),
  'before-after': list('ビフォーアフター, ビフォー, アフター, Before, After, 前後, 術前, 術後, 比較写真'),
  comparison: list(
    'より, 比べる, 比べもの, 以上, 段違い, 違う, 倍, 近道, 勝る, 優れる, 上回る, 格段, はるか, 圧倒, 比較',
  ),
  rival: list(
    '手術, 他院, 他社, 他, ほか, ヒアルロン酸, ステロイド, 一般的, 従来, 外科, 人工関節, 薬, 投薬, リハビリ, 既存, 通常, 保存療法, 薬物, 薬物療法, 外科手術, 内服, 鎮痛剤, 痛み止め',
  ),
  superlative: list(
    'No.1, ナンバーワン, 第1位, 1位, 最高, 最先端, 究極, トップ, トップクラス, 唯一, 最良, 屈指, 世界一, 日本一, 最も, 最大, 最大級, 圧倒的, 最上, 最強, 随一, 最新鋭, 比類, 無二, 第一人者, 最多, 最上級, 最善, 一番, 日本初, 世界初, 国内初, 業界初',
  ),
  refund: list('返金, お返し, 返す, お代, 払い戻し, 返還, 返却'),
  free: list('無料, なし, サービス, ただ, 無償'),
  condition: list('場合, まで'),
  people: list('患者, 方, 人, 症例, 利用者, 件, 名'),
  price: list(
    '割引, 割り引く, オフ, 半額, 特別価格, 価格, キャンペーン, 限定, 期間限定, お試し, 無料, サービス, 月々, 分割, 今なら, 今月, 本日, クーポン, ポイント, 特典, プレゼント, セット, お得, ローン, 医療ローン, 分割払い, 定価, 通常価格, 還元, 紹介',
  ),
  majority: list('大多数, 大半, ほとんど, ほぼ全員, 9割以上'),
  picture: list('写真, 画像, 症例写真, 比較写真, ギャラリー'),
  hedge: list('期待, 可能性, 見込む, 考える, いわれる, 言われる, 示唆, とされる, 思う, 見込める, 見込み'),
  caution: list(
    '注意, 慎重, 気をつける, 気を付ける, うのみ, 鵜呑み, 確かめる, 尋ねる, 立ち止まる, 誤り, 感想, すぎる, 一部, 個人差, 異なる, 一例, 受け止める, 根拠, 急ぐ, うたう, 謳う, 判断, 集計, 信じる, 言い切る, 限る, 人によって, 大切, 重要, 見極める, 惑わす, 冷静, 疑う, 誇大, 不適切, 禁止',
  ),
}

/** English lemmas (wink-nlp's, lower case) per slot; multi-word entries are matched on lemmas in order. */
export const englishLemmas: Partial<Record<Slot, readonly string[]>> = {
  treatment: list(
    'treatment, therapy, infusion, injection, session, facial, cell, stem, exosome, protocol, clinic, procedure, medium, programme, program, medicine, course, we, our',
  ),
  outcome: list(
    'cure, heal, repair, regrow, restore, reverse, eliminate, improve, relieve, recover, fix, vanish, disappear, regenerate, rejuvenate, erase, remove, resolve, transform, renew, work, treat, recovery, relief, solution, improvement, healing, regrowth, turnaround, remedy, cure-all, end, young, younger, gone, pain-free, back, normal, again, soar, succeed, better, effective, satisfy, satisfied, banish, clear, reduce, ease, soothe, revive, rebuild, regain, revitalise, revitalize, strengthen, tighten, smooth, halt, overcome, conquer, defeat, undo, mend, shrink, fade, dissolve, boost, rid, transformation, rejuvenation, regeneration, restoration, reversal, success, benefit, prevent, suppress, as good as new, like new, say goodbye, goodbye, farewell, reclaim, rediscover, answer, thing of the past, work miracle, work wonder, set it right, put it right',
  ),
  certainty: list(
    'always, definitely, certainly, certain, guarantee, guaranteed, assure, assured, sure, surely, undoubtedly, unquestionably, proven, prove, promise, every time, full stop, without fail, absolutely, completely, totally, 100 %, clearly, dramatic, dramatically, striking, invariably, bound to, never fail, promised, miracle, miraculous, magic, like magic',
  ),
  future: list('will, going to'),
  scope: list(
    'any, all, every, everything, everyone, everybody, anyone, whatever, wherever, universal, cure-all, whoever, no matter, all kind, every kind, whichever, anything, regardless',
  ),
  permanence: list(
    'forever, permanent, permanently, for good, for life, lifelong, lifetime, rest of your life, once and for all, everlasting, indefinitely, for decades, for years to come, irreversible, irreversibly, lasting, long-lasting, enduring, never-ending',
  ),
  speed: list(
    'single, one session, one treatment, one injection, instant, instantly, overnight, next day, within day, within hour, within minute, within week, right away, immediately, moment, fast-acting, quick, quickly, in just, in only, in a fraction, immediate, rapid, rapidly, fast, same day, straight away, at once, from day one, first day',
  ),
  change: list('difference, change, result, growth, effect, outcome'),
  repeat: list('repeat, redo, retreatment, retreat, again, another session'),
  narrator: list('i, my, me'),
  aid: list('help, support, contribute, encourage, promote, aid, assist'),
  than: list('than'),
  harm: list(
    'side, side effect, side-effect, effect, risk, downside, drawback, danger, harm, adverse, complication, wrong, toxic, downtime, rejection, toxicity, reaction, infection, scarring, worry, scar',
  ),
  absence: list('no, zero, free, nothing, without, non-toxic, risk-free, none, whatsoever, at all'),
  safe: list('safe, harmless, non-toxic, risk-free, painless'),
  absolute: list(
    'completely, perfectly, totally, absolutely, entirely, 100 %, for everyone, everyone, all age, whatsoever, at all, fully, alike, any age, every age',
  ),
  rate: list('success rate, relapse rate, rate, satisfaction, satisfied, response rate, efficacy rate'),
  witness: list('i, my, me, say, write, tell, thank, story, customer, review, share, recount, hear from, testimonial'),
  'before-after': list(
    'before and after, before-and-after, before / after, pre-, post-treatment, side-by-side, before shot, after shot',
  ),
  comparison: list(
    'than, outperform, beat, unlike, superior, better, more, where, stronger, gentler, potent, time more, far more, surpass, exceed, outshine, outdo, compare',
  ),
  rival: list(
    'surgery, replacement, cortisone, physiotherapy, conventional, other, elsewhere, competing, hyaluronic, steroid, operation, drug, medication, pill, traditional, standard, competitor, anywhere else, painkiller, knee replacement, the knife, operating table',
  ),
  superlative: list(
    'best, most, no. 1, number one, top, leading, ultimate, premier, highest, highest-quality, safest, finest, greatest, unrivalled, unmatched, world-class, first and only, unbeatable, unparalleled, unrivaled, foremost, number-one, # 1',
  ),
  refund: list(
    'refund, money back, fee back, money-back, reimburse, no charge, pay only if, no result, reimbursement, pay nothing, never pay',
  ),
  free: list('free, no cost, complimentary, no charge, free of charge'),
  condition: list('if, until, unless, or'),
  people: list('patient, case, people, person, user, client'),
  price: list(
    'discount, discounted, off, save, half price, price, introductory, offer, deal, package, early-bird, limited-time, free, complimentary, slot left, special, bonus, gift, voucher, coupon, cashback, sale, promotion, campaign, instalment, installment, interest-free, payment plan, monthly, reward point, earn point, refer a friend, referral, credit, loyalty',
  ),
  majority: list('majority, vast majority, most of, nearly all, almost all, virtually all, nearly every, almost every'),
  picture: list('photo, photograph, picture, gallery, image, swipe, slider'),
  hedge: list(
    'may, might, could, potentially, possibly, expect, expected, believe, think, thought, said to, suggest, hope, potential, likely, perhaps, aim, designed to, intended to, appear, seem, indicate, promising, often, usually, sometimes, occasionally, generally, typically',
  ),
  caution: list(
    'careful, caution, wary, beware, ask, check, slow, misleading, allow, signal, evidence, rely, selected, differ, vary, some, impression, face value, depend, limited, boast, claim, rush, true, believe, skeptical, sceptical, doubt, red flag, verify, confirm, critically, exaggerated, unrealistic, cautious, suspicion, suspicious, whether, warning, few, advertise, describe, present, carefully, with care, anecdotal, anecdote',
  ),
}

/**
 * Words that talk *about* a claim. Negated, they deny it as a whole: とは言えません, わけではない,
 * "nobody can say", "does not mean". The sentence then makes no promise.
 */
export const japaneseClaimVerbs = list(
  'なる, 言える, 言う, 言い切れる, 言い切る, 限る, 意味, 示す, 保証, 約束, 証明, 存在, 断言, 必要, 確か, わかる, 分かる, 判断, 当てはまる, 確かめる, 認める, 使える, 求める, わけ, 訳, もの, はず, 確認',
)
export const englishClaimVerbs = list(
  'say, promise, guarantee, claim, mean, show, prove, make, true, exist, apply, judge, suit, tell, need, reason, promise, cure, know',
)
/** Something coming back: negated, it promises permanence (二度と再発しない, "never comes back"). */
export const japaneseRecurrence = list('再発, 痛む, 悩む')
/** Something fading: negated, it promises permanence only of an effect (効果が消えない), not of a symptom. */
/** Things whose absence, said at the end, denies a claim as a whole: 〜と示した研究はありません, 〜できる治療はありません. */
export const japaneseEvidence = list('研究, 根拠, 証拠, データ, 報告, 治療, 方法, 医療, 施術, 薬, 手段')
export const japaneseFading = list('衰える, 戻る, 消える, 薄れる, 切れる, なくなる')
/** Indeterminate words that mean "any" only with も after them: どんな病気にも, 誰でも, どこが悪くても. */
export const japaneseIndeterminates = list('どんな, どのような, どこ, 何, 誰, どなた, いかなる')
/** Rival words that need a treatment or provider after them: 他の治療, ほかのクリニック. */
export const japaneseOpenRivals = list('他, ほか')
/** Symptoms: as the subject of an outcome verb ("wrinkles fade", "the pain disappears") they promise it. */
export const englishSymptoms = list(
  'pain, wrinkle, arthritis, fatigue, inflammation, swelling, scar, stiffness, ache, spot, line, symptom, hair loss, baldness',
)
/** What "no" may deny as a whole ("no treatment", "no study"); before other nouns it only names an absence (no pain). */
export const englishDeniable = list(
  'treatment, therapy, study, evidence, one, doctor, clinic, guarantee, promise, proof, procedure, research, data, reason, single, such',
)
export const englishOpenRivals = list('other, competing')
/** Outcome words that are outcomes as nouns too (a cure, relief); the others count only as verbs (work, repair, end). */
export const englishNominalOutcomes = list(
  'cure, recovery, relief, solution, improvement, healing, regrowth, turnaround, remedy, cure-all, transformation, rejuvenation, regeneration, restoration, reversal, success, benefit',
)
/** Providers and products a rival word may point at, beside the treatment words. */
export const englishProviders = list(
  'product, provider, option, doctor, method, approach, centre, center, facility, clinic, treatment, therapy, procedure, injection, infusion',
)
export const englishRecurrence = list('relapse, return, recur, come, back, again, ever, more')
/** Japanese auxiliaries of negation, as kuromoji reads them. */
export const japaneseNegators = list('ない, ぬ, ん')
export const englishNegators = list('not, no, never, nobody, nothing, none, cannot, neither, nor')
/** Negators that rule a thing out rather than deny a statement: no side effects, never again, nothing wrong. */
export const englishAbsence = list('no, never, nothing, none, zero')
/** English conjunctions that open a condition: a negation after them is the condition, not a denial. */
export const englishConditions = list('if, unless, until')

/**
 * Words that carry their own effect's speed (即効 is "immediate effect", fast-acting acts fast):
 * alone they are a speed promise, with no outcome word beside them.
 */
export const japaneseSpeedEffects = list('即効, 速効, 即効性')
export const englishSpeedEffects = list('fast-acting, quick-acting, rapid-acting, fast-working, quick-fix')
/** Ailments a scope may reach: "every condition", 幅広い病気; "from arthritis to dementia". */
export const englishAilments = list(
  'condition, illness, disease, ailment, disorder, problem, complaint, symptom, arthritis, dementia, diabetes, cancer, autism, migraine, eczema, psoriasis, pain, loss, injury, ageing, aging',
)
export const japaneseAilments = list(
  '病気, 疾患, 難病, 病, 生活習慣病, 症状, 不調, 悩み, がん, 癌, 認知症, 糖尿病, アトピー, 関節炎, 痛み, 腰痛, 頭痛',
)
/** Verbs through which a treatment reaches an ailment ("treats every condition", "a protocol for every ailment"). */
export const englishReaching = list('for, treat, address, tackle, target, cover, handle, fight, beat, help, work, suit')
/** One unit of treatment: counted once ("just one visit", "a single sitting"), it promises speed. */
export const englishTreatmentUnits = list(
  'visit, session, treatment, injection, shot, appointment, infusion, sitting, procedure, course, jab',
)
/** Things that fade: negated ("the effects never wear off", "results that don't diminish") they promise permanence. */
export const englishFading = list(
  'fade, break down, wear off, wear away, wear out, diminish, wane, decline, weaken, disappear, go away, fall out, lessen, decrease, deteriorate, vanish, stop working',
)
/** What may fade without a promise: a symptom that lingers ("bruising does not fade for days"). */
export const englishLingering = list(
  'bruising, bruise, redness, soreness, swelling, pain, ache, stiffness, discomfort, itching, symptom',
)
/** Verbs of harm: negated ("cannot be harmed", "won't hurt you") they declare a harm absent. */
export const englishHarmVerbs = list('harm, hurt, damage, injure, endanger, poison')
/** Words that say a count is of successes: "5,000 successful treatments", "10,000 satisfied patients". */
export const englishSuccessWords = list('successful, satisfied, happy, delighted, cured, pain-free, healed, thrilled')
