/**
 * The phrase rules: the two families of the claims guard that are fixed wordings rather than the
 * structure of a promise — invented authority (「臨床的に証明」, "doctor-recommended", reported only
 * without a citation) and urgency (「今だけ」, "only 3 spots left"). Both are warnings. Promises of
 * outcome, safety, superiority and the like are matched by structure (../structural/), which
 * replaced the phrase rules for those families in issue 17.
 *
 * Patterns run against NFKC-normalised text (full-width → half-width, ｶﾀｶﾅ → カタカナ). Japanese
 * text is matched with its spaces removed, so Japanese patterns never need \s. English patterns
 * use the i flag and \b. Negation, questions, quotes and citations are handled by the matcher
 * (./check.ts), so patterns describe the claim itself, not its context.
 */
import type { Severity } from '../finding'

export type { Severity } from '../finding'

export interface ClaimRule {
  id: string
  family: 'invented-authority' | 'urgency'
  locale: 'ja' | 'en'
  severity: Severity
  pattern: RegExp
  why: string
  suggestion: string
}

export const claimRules: ClaimRule[] = [
  // ── Invented authority (reported only without a citation in the same sentence) ──────────
  {
    id: 'invented-authority.ja.shoumei',
    family: 'invented-authority',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /(?:臨床|科学|医学)的(?:に|にも)(?:効果が)?(?:証明|実証|立証)|(?:研究|論文|臨床試験|治験)(?:で|により|によって)(?:効果が)?(?:証明|実証)(?:済み|された|されて)|エビデンス(?:で|により)?(?:証明|実証)済み/,
    why: '出典のない「臨床的に証明」は、根拠を確かめられない権威づけです。薬機法は効能効果の誇大な表現を禁じており、研究段階の治療では特に誤解を招きます。',
    suggestion: '研究の種類・規模・結果を出典(論文名や発表年)とともに示し、「〜という報告があります」と書きます。',
  },
  {
    id: 'invented-authority.ja.osumitsuki',
    family: 'invented-authority',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /(?:医師|専門医|ドクター|大学教授|学会)(?:も|が)(?:推奨|推薦|認め|太鼓判|絶賛|お墨付き)|(?:厚生労働省|厚労省|国)(?:が|の)?(?:お墨付き|認可|認めた治療|公認)/,
    why: '医師や国が保証したと受け取られる表現は、薬機法(医師等が保証したと誤解されるおそれのある広告の禁止)に抵触するおそれがあります。再生医療等安全性確保法の計画の届出は、効果を国が認めたことを意味しません。',
    suggestion: '「再生医療等安全性確保法にもとづき計画を届け出ています(届出は効果の承認ではありません)」',
  },
  {
    id: 'invented-authority.en.proven',
    family: 'invented-authority',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\b(?:clinically|scientifically|medically)\s+(?:proven|proved|shown)\b|\bproven\s+by\s+(?:science|research|studies|clinical\s+trials)\b|\bscience[-\s]backed\b/i,
    why: '"Clinically proven" without a source borrows authority the reader cannot check. The PMD Act (薬機法) bans exaggerated efficacy claims, and many regenerative treatments are still being studied.',
    suggestion:
      'Name the study (authors, year, size) and say what it found, e.g. "a 2021 trial of 60 patients reported …".',
  },
  {
    id: 'invented-authority.en.endorsed',
    family: 'invented-authority',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\b(?:doctor|physician|dermatologist)[-\s](?:recommended|approved|endorsed)\b|\b(?:recommended|endorsed|approved)\s+by\s+(?:doctors|physicians|experts|the\s+ministry|the\s+government)\b|\bgovernment[-\s](?:approved|certified|endorsed)\b/i,
    why: 'Implying endorsement by doctors or the government can be misleading: the PMD Act (薬機法) bans advertising that suggests a doctor vouches for a product, and submitting a plan under the Act on the Safety of Regenerative Medicine is not approval of its effects.',
    suggestion:
      'State the regulatory status precisely, e.g. "the plan has been submitted under the Act on the Safety of Regenerative Medicine".',
  },

  // ── Urgency and pressure ────────────────────────────────────────────────────────────────
  {
    id: 'urgency.ja.imadake',
    family: 'urgency',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /今だけ|今なら(?:半額|割引|\d+%|無料|お得|特別)|(?:本日|今月|今週)限(?:り|定)|期間限定|数量限定|人数限定|先着\d+名/,
    why: '期限や人数で決断を急がせる表現は、落ち着いて比較・検討する機会を奪います。医療広告ガイドラインでも「今だけ」など費用を強調した広告は品位を損ねるものとして認められていません。',
    suggestion: '「費用や内容は事前に説明します。十分に検討してからお決めください」',
  },
  {
    id: 'urgency.ja.gentei-mei',
    family: 'urgency',
    locale: 'ja',
    severity: 'warning',
    pattern: /限定\d+(?:名|人|組|枠)|\d+名(?:様)?限定|(?:残り|あと)(?:わずか|\d+(?:名|人|枠|席))/,
    why: '人数の限定は焦りを生み、十分な説明と同意(再生医療等安全性確保法)の前に決断を迫ります。',
    suggestion: '人数や期限ではなく、検討に必要な情報(内容・費用・リスク)を示します。',
  },
  {
    id: 'urgency.ja.isoide',
    family: 'urgency',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /お急ぎください|今すぐ(?:ご予約|予約|お申し込み|申し込|お申込|お電話|電話|ご連絡|お問い合わせ)|お早めに(?:ご予約|お申し込み)|予約が殺到|満席(?:間近|必至)/,
    why: '即決を促す表現は、リスクや他の選択肢を比べる時間を奪います。',
    suggestion: '「ご質問があれば、いつでもご相談ください」',
  },
  {
    id: 'urgency.ja.waribiki',
    family: 'urgency',
    locale: 'ja',
    severity: 'warning',
    pattern: /半額|\d+%(?:OFF|オフ)|大幅割引|特別価格|モニター(?:価格|募集)/i,
    why: '割引や特別価格を強調する表現は、医療広告ガイドラインで品位を損ねる広告とされ、治療内容より価格で判断させます。',
    suggestion: '費用は通常の料金として、含まれる内容とともに示します。',
  },
  {
    id: 'urgency.en.act-now',
    family: 'urgency',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\b(?:act|book|call|order|sign\s+up|apply|register|reserve)\s+(?:now|today)\b|\bdon['’]t\s+(?:wait|miss\s+out|delay)\b|\bhurry\b|\blast\s+chance\b/i,
    why: "Pressure to decide quickly leaves no time to weigh risks and alternatives, which informed consent under Japan's Act on the Safety of Regenerative Medicine depends on.",
    suggestion: 'Take the time you need; ask questions before deciding.',
  },
  {
    id: 'urgency.en.limited-time',
    family: 'urgency',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\blimited[-\s]time\b|\b(?:today|this\s+week|this\s+month)\s+only\b|\boffer\s+(?:ends|expires)\b|\bwhile\s+(?:spots|places|slots|supplies|stocks?)\s+last\b|\b(?:\d+\s?%|half)[-\s]off\b|\bspecial\s+(?:offer|price|discount)\b/i,
    why: "Time-limited offers and discounts push readers to decide on price and deadline rather than on the treatment; Japan's medical advertising guidelines disallow advertising that stresses discounts.",
    suggestion: 'Give the regular cost and what it includes, without deadlines.',
  },
  {
    id: 'urgency.en.spots-left',
    family: 'urgency',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\bonly\s+(?:\d+|a\s+few|one|two|three|four|five|ten)\s+(?:spots?|places?|slots?|seats?|openings?|appointments?)\s+(?:left|remaining|available)\b|\b(?:\d+|a\s+few)\s+(?:spots?|places?|slots?|seats?)\s+(?:left|remaining)\b|\blimited\s+to\s+(?:the\s+first\s+)?\d+\s+(?:patients|people|clients|customers)\b|\bfirst\s+\d+\s+(?:patients|people|clients|customers)\b/i,
    why: 'Scarcity ("only 3 spots left") creates pressure that crowds out careful, informed decisions.',
    suggestion: 'Describe availability plainly, e.g. "appointments are by reservation".',
  },
]
