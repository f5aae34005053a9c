/**
 * The claims guard's rule set, as data. The column explains differences calmly and never turns
 * a characteristic into a promise; these rules catch the phrases that do. Adding a rule is a
 * matter of adding an entry here (and a sample in tests/unit/claims-rules.test.ts).
 *
 * Patterns run against NFKC-normalised text (full-width → half-width, ｶﾀｶﾅ → カタカナ). Japanese
 * text is matched with its spaces removed, so Japanese patterns never need \s. English patterns
 * use the i flag and \b. Negation, questions, quotes and citations are handled by the matcher
 * (lib/claims/check.ts), so patterns describe the claim itself, not its context.
 */
export type Severity = 'error' | 'warning'

export interface ClaimRule {
  id: string
  family: 'guarantee' | 'absolute-safety' | 'superiority' | 'testimonial' | 'invented-authority' | 'urgency'
  locale: 'ja' | 'en'
  severity: Severity
  pattern: RegExp
  why: string
  suggestion: string
}

// Verb endings shared by the Japanese guarantee rules; longest first so the match reads naturally.
const JA_VERB_TAIL = '(?:ります|きます|します|する|ます|る|く|す)?'

export const claimRules: ClaimRule[] = [
  // ── Guarantees of effect ────────────────────────────────────────────────────────────────
  {
    id: 'guarantee.ja.kanarazu-naoru',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: new RegExp(`必ず(?:治|効|良くな|よくな|改善|回復|若返)${JA_VERB_TAIL}`),
    why: '効果には個人差があり、「必ず」と言える治療はありません。医療法の広告規制(医療広告ガイドライン)では効果を保証する表現は虚偽・誇大広告にあたり、薬機法も効能効果の誇大な表現を禁じています。',
    suggestion: '「改善が報告されている例もありますが、効果には個人差があり、保証されるものではありません」',
  },
  {
    id: 'guarantee.ja.kakujitsu',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: new RegExp(`確実(?:に(?:治|効|改善|回復|若返|再生|良くな|よくな)${JA_VERB_TAIL}|な(?:効果|改善|治癒))`),
    why: '「確実」は結果を約束する言葉です。医療広告ガイドラインでは効果を保証する表現は認められず、薬機法も効能効果の誇大な表現を禁じています。',
    suggestion: '「効果が期待される一方で、得られない場合もあります」',
  },
  {
    id: 'guarantee.ja.zettai-naoru',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: new RegExp(`絶対(?:に)?(?:治|効|良くな|よくな|改善)${JA_VERB_TAIL}`),
    why: '「絶対」は結果を約束する言葉で、医療法の広告規制では虚偽広告にあたります。',
    suggestion: '「効果の現れ方には個人差があります」',
  },
  {
    id: 'guarantee.ja.kanchi',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: /完治|全快/,
    why: '「完治」は治療の結果を約束する言葉です。再生医療の多くは研究段階にあり、医療法の広告規制では完治を保証する表現は虚偽・誇大広告にあたります。',
    suggestion: '「症状の改善を目指す治療で、結果は人によって異なります」',
  },
  {
    id: 'guarantee.ja.konchi',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: /根治/,
    why: '「根治」は原因まで取り除けると約束する言葉です。医療法の広告規制・薬機法の誇大広告の禁止に抵触するおそれがあります。',
    suggestion: '「根本的な治療法は研究の途中にあります」',
  },
  {
    id: 'guarantee.ja.kouka-hoshou',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: /(?:効果|効き目|治療結果|結果|改善|治癒)(?:を|が|は|も)?(?:保証|約束)|(?:効果|返金)保証|全額返金/,
    why: '効果の保証や返金保証は、結果が約束されているという誤解を招きます。医療広告ガイドラインでは効果を保証する表現は認められていません。',
    suggestion: '「期待できる効果と、効果が得られない可能性の両方を説明します」',
  },
  {
    id: 'guarantee.ja.hyaku-percent',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern:
      /(?:100%|百パーセント)(?:の)?(?:効果|効く|効き|治る|治り|改善|成功)|(?:効果|成功率|改善率|有効率)(?:は|が)?100%/,
    why: '100%の効果や成功率は医学的にあり得ない約束です。医療法の広告規制では虚偽広告にあたります。',
    suggestion: '「報告されている改善の割合と、その調査の条件を出典とともに示します」',
  },
  {
    id: 'guarantee.ja.daredemo',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern: /(?:誰でも|だれでも|どなたでも|どなたにも|全員)(?:が|に)?(?:効果|効く|効き|治|改善|若返)/,
    why: '誰にでも効くという表現は個人差を否定し、効果を約束します。医療広告ガイドラインの誇大広告にあたります。',
    suggestion: '「効果には個人差があり、適さない方もいます」',
  },
  {
    id: 'guarantee.ja.eien',
    family: 'guarantee',
    locale: 'ja',
    severity: 'error',
    pattern:
      /(?:効果|結果)(?:が|は)?(?:永久|永遠|一生)(?:に|的に)?(?:続|持続)|(?:永久|永遠)(?:的)?な?(?:効果|若返り)|一生(?:続く|持続する)効果/,
    why: '効果の持続期間は分かっていないことが多く、永続を約束することはできません。誇大広告にあたるおそれがあります。',
    suggestion: '「効果の持続期間は個人差があり、長期的なデータはまだ限られています」',
  },
  {
    id: 'guarantee.en.guaranteed-results',
    family: 'guarantee',
    locale: 'en',
    severity: 'error',
    pattern:
      /\bguarantee[sd]?\s+(?:\w+\s+)?(?:results?|effects?|outcomes?|recovery|success|improvement|relief|healing)\b|\b(?:results?|recovery|success|improvement|outcomes?)\s+(?:are\s+|is\s+)?guaranteed\b|\bguaranteed\s+to\s+(?:work|heal|cure|help)\b|\bmoney[-\s]back\s+guarantee\b/i,
    why: 'No treatment can guarantee an outcome; responses vary between people. Japanese advertising rules under the Medical Care Act treat guaranteed effects as false advertising, and the PMD Act (薬機法) bans exaggerated efficacy claims.',
    suggestion: 'Some patients have reported improvement, but results vary and cannot be guaranteed.',
  },
  {
    id: 'guarantee.en.cures',
    family: 'guarantee',
    locale: 'en',
    severity: 'error',
    pattern: /\bcures\b|\bcan\s+cure\b|\bis\s+(?:a|the)\s+cure\b|\bcure[-\s]all\b|\bmiracle\s+cure\b/i,
    why: 'Saying a therapy cures something promises an outcome that most regenerative treatments have not shown. This is an efficacy claim restricted by the PMD Act (薬機法) and the Medical Care Act advertising rules.',
    suggestion: 'Describe what has been studied, e.g. "is being studied as a way to relieve symptoms of …".',
  },
  {
    id: 'guarantee.en.will-heal',
    family: 'guarantee',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:will|shall)\s+(?:definitely\s+|certainly\s+|surely\s+|fully\s+|completely\s+)?(?:heal|cure|restore|regenerate|reverse|fix|eliminate)\b/i,
    why: '"Will heal" turns a hope into a promise. Outcomes vary, and promising them is prohibited in Japanese medical advertising.',
    suggestion: 'It may help some people; how much, and for whom, is still being studied.',
  },
  {
    id: 'guarantee.en.always-works',
    family: 'guarantee',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:always|invariably)\s+(?:works?|effective|succeeds?|helps?)\b|\bworks\s+(?:every\s+time|for\s+everyone|for\s+everybody)\b|\b100\s?%\s+(?:effective|success(?:\s+rate)?|results?)\b|\beffective\s+for\s+everyone\b/i,
    why: 'No treatment works for everyone. Claims of universal or 100% effectiveness are false advertising under the Medical Care Act rules.',
    suggestion: 'Effects differ from person to person, and some people see no benefit.',
  },
  {
    id: 'guarantee.en.permanent-results',
    family: 'guarantee',
    locale: 'en',
    severity: 'error',
    pattern:
      /\bpermanent(?:ly)?\s+(?:results?|cure[sd]?|fix(?:ed)?|relief|recovery|effects?|solution)\b|\blast(?:s|ing)?\s+(?:forever|a\s+lifetime)\b|\blifelong\s+results?\b/i,
    why: 'How long effects last is usually unknown; long-term data are limited. Promising permanence is an exaggerated claim.',
    suggestion: 'How long any effect lasts varies, and long-term data are still limited.',
  },
  {
    id: 'guarantee.en.complete-cure',
    family: 'guarantee',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:complete|total|full|radical)\s+(?:cure|recovery|healing)\b|\b(?:completely|fully|totally)\s+(?:cured|healed)\b/i,
    why: 'A "complete cure" promises the end of a condition, which regenerative treatments have rarely shown. It is a guaranteed-effect claim under the Medical Care Act advertising rules.',
    suggestion: 'The aim is to improve symptoms; results differ between people.',
  },

  // ── Absolute safety ─────────────────────────────────────────────────────────────────────
  {
    id: 'absolute-safety.ja.fukusayou-nashi',
    family: 'absolute-safety',
    locale: 'ja',
    severity: 'error',
    pattern:
      /副作用(?:は|が|の|も)?(?:一切|全く|まったく|全然)?(?:ありません|ございません|ない|無い|なし|無し|ゼロ|0(?![.\d]))/,
    why: 'どの治療にも副作用の可能性があります。再生医療等安全性確保法は危険や不利益を含めた説明と同意を求めており、医療広告ガイドラインでも副作用がないと断定する表現は虚偽広告にあたります。',
    suggestion: '「主な副作用・リスクとして〜が報告されています。詳しくは医師にご確認ください」',
  },
  {
    id: 'absolute-safety.ja.shinpai-nashi',
    family: 'absolute-safety',
    locale: 'ja',
    severity: 'error',
    pattern: /副作用の心配(?:は|も)?(?:ありません|ございません|ない|無用|不要|なし)/,
    why: '副作用の心配がないと伝えることは、リスクの説明を省くことになります。再生医療等安全性確保法の説明と同意の考え方に反し、医療法の広告規制にも抵触するおそれがあります。',
    suggestion: '「起こりうる副作用と、その頻度について説明します」',
  },
  {
    id: 'absolute-safety.ja.hyaku-percent-anzen',
    family: 'absolute-safety',
    locale: 'ja',
    severity: 'error',
    pattern:
      /(?:100%|百パーセント|絶対(?:に)?|完全に|完璧に)(?:の)?安全|安全性(?:は|が)?100%|絶対(?:に)?安心|安全性(?:は|を|が)?(?:保証|約束)/,
    why: '100%安全な医療はありません。安全を断定・保証する表現は医療広告ガイドラインで虚偽広告にあたり、薬機法の誇大広告の禁止にも抵触するおそれがあります。',
    suggestion: '「安全性に配慮して行われますが、リスクがまったくないわけではありません」',
  },
  {
    id: 'absolute-safety.ja.risk-nashi',
    family: 'absolute-safety',
    locale: 'ja',
    severity: 'error',
    pattern:
      /リスク(?:は|が|の|も)?(?:一切|全く|まったく)?(?:ありません|ございません|ない|無い|なし|無し|ゼロ|0(?![.\d]))|ノーリスク|危険性(?:は|が)?(?:一切|全く)?(?:ありません|ない)/,
    why: 'リスクのない治療はありません。再生医療等安全性確保法は予想される危険の説明を求めており、リスクを否定する表現は医療法の広告規制でも認められていません。',
    suggestion: '「考えられるリスクと、その頻度を説明します」',
  },
  {
    id: 'absolute-safety.ja.itami-nashi',
    family: 'absolute-safety',
    locale: 'ja',
    severity: 'error',
    pattern:
      /痛み(?:は|が|も)?(?:一切|全く|まったく|全然)(?:ありません|ございません|ない|感じません|感じない)|痛みゼロ|(?:全く|まったく|一切)痛くない|無痛(?:で|の)?(?:治療|施術)/,
    why: '痛みの感じ方には個人差があり、採取や注射には痛みを伴うことがあります。痛みがないと断定する表現は誇大広告にあたるおそれがあります。',
    suggestion: '「痛みの感じ方には個人差があります。痛みを和らげる方法について説明します」',
  },
  {
    id: 'absolute-safety.en.no-side-effects',
    family: 'absolute-safety',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:no|zero|without(?:\s+any)?|free\s+(?:of|from))\s+(?:side[-\s]?effects?|adverse\s+(?:effects?|reactions?|events?)|complications?)\b|\bside[-\s]?effect[-\s]free\b/i,
    why: 'Every treatment can have side effects. Japan\'s Act on the Safety of Regenerative Medicine requires patients to be told about expected risks, and the Medical Care Act advertising rules treat "no side effects" as false advertising.',
    suggestion: 'Reported side effects include …; ask your doctor how they apply to you.',
  },
  {
    id: 'absolute-safety.en.100-percent-safe',
    family: 'absolute-safety',
    locale: 'en',
    severity: 'error',
    pattern: /\b100\s?%\s*safe(?:ty)?\b|\b100\s+(?:percent|per\s+cent)\s+safe\b/i,
    why: 'No medical treatment is 100% safe. Asserting it is false advertising under the Medical Care Act rules and hides the risks patients must be told about.',
    suggestion: 'It is done with attention to safety, but no treatment is free of risk.',
  },
  {
    id: 'absolute-safety.en.risk-free',
    family: 'absolute-safety',
    locale: 'en',
    severity: 'error',
    pattern: /\brisk[-\s]?free\b|\b(?:no|zero|without(?:\s+any)?)\s+risks?\b/i,
    why: "Every treatment carries some risk. Japan's Act on the Safety of Regenerative Medicine requires those risks to be explained, so calling a treatment risk-free misleads readers.",
    suggestion: 'Possible risks include …; their frequency is …',
  },
  {
    id: 'absolute-safety.en.completely-safe',
    family: 'absolute-safety',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:completely|totally|perfectly|absolutely|entirely)\s+(?:safe|harmless)\b|\bsafety\s+(?:is\s+)?guaranteed\b|\bguaranteed\s+(?:safe|safety)\b/i,
    why: 'Absolute safety cannot be promised for any treatment; it is an exaggerated claim under the Medical Care Act advertising rules and the PMD Act (薬機法).',
    suggestion: 'Safety measures are in place, but side effects and complications can occur.',
  },
  {
    id: 'absolute-safety.en.painless',
    family: 'absolute-safety',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:completely|totally|absolutely|entirely)\s+painless\b|\bno\s+pain\s+at\s+all\b|\bpain[-\s]free\s+(?:treatment|procedure|injections?)\b/i,
    why: 'Pain is experienced differently, and harvesting or injections can hurt. Promising no pain is an exaggerated claim.',
    suggestion: 'How much discomfort people feel varies; ask how pain is managed.',
  },

  // ── Superiority and rankings ────────────────────────────────────────────────────────────
  {
    id: 'superiority.ja.nihon-ichi',
    family: 'superiority',
    locale: 'ja',
    severity: 'error',
    pattern:
      /(?:日本|世界|業界|地域|県内|都内)一(?![般周部覧])|(?:日本|世界|業界|国内)(?:最高|トップ)(?:クラス|レベル)?/,
    why: '「日本一」などの比較優良広告は、医療法の広告規制(医療広告ガイドライン)で禁止されています。客観的に比べられない優劣を示すと、読者の判断を誤らせます。',
    suggestion: '「当院では〜という方法を採用しています」と、事実だけを書きます。',
  },
  {
    id: 'superiority.ja.no1',
    family: 'superiority',
    locale: 'ja',
    severity: 'error',
    pattern:
      /No\.?1(?!\d)|ナンバー(?:ワン|1)|(?:人気|ランキング|満足度|口コミ|症例数|実績)(?:で|が)?(?:No\.?1|第?1位)/i,
    why: '「No.1」「ナンバーワン」は比較優良広告にあたり、医療法の広告規制で禁止されています。',
    suggestion: '順位ではなく、実施している内容や件数を、調査条件とともに事実として示します。',
  },
  {
    id: 'superiority.ja.saikou',
    family: 'superiority',
    locale: 'ja',
    severity: 'error',
    pattern:
      /最高(?:の|峰の|水準の)?(?:治療|医療|技術|クリニック|病院|効果|結果|品質|ドクター|医師|施術)|最も(?:効果的|優れた|安全|効く)|最良の(?:治療|医療|選択)|最上(?:級)?の(?:治療|医療)/,
    why: '「最高の治療」などの最上級表現は比較優良広告にあたり、医療法の広告規制で禁止されています。',
    suggestion: '「〜という特徴があります。ほかの選択肢との違いは医師にご相談ください」',
  },
  {
    id: 'superiority.ja.yuiitsu',
    family: 'superiority',
    locale: 'ja',
    severity: 'error',
    pattern: /唯一の|(?:日本|世界|国内)(?:で)?唯一|(?:ここ|当院)(?:で)?しか(?:受けられ|でき)/,
    why: '「唯一」は他の選択肢を否定し、比較優良広告にあたるおそれがあります(医療法の広告規制)。',
    suggestion: '「選択肢のひとつとして〜があります」',
  },
  {
    id: 'superiority.ja.takou-hikaku',
    family: 'superiority',
    locale: 'ja',
    severity: 'error',
    pattern:
      /他(?:院|の(?:クリニック|病院|医療機関))(?:より|と比べて|に比べ(?:て)?|と比較して)(?:も)?(?:優れ|効果的|安全|高い効果|効く)|他院(?:では|で)(?:受けられない|できない)/,
    why: '他院との比較で優位を示す表現は、医療法の広告規制で禁止されている比較優良広告にあたります。',
    suggestion: '比較はせず、この方法の特徴と限界を事実として書きます。',
  },
  {
    id: 'superiority.en.best-clinic',
    family: 'superiority',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:the\s+)?(?:best|finest|top[-\s]rated|top[-\s]ranked)\s+(?:clinic|hospital|doctor|physician|surgeon|specialist|medical\s+(?:center|centre))s?\b/i,
    why: '"The best clinic" is a comparative superiority claim, which Japan\'s Medical Care Act advertising rules prohibit.',
    suggestion: 'State facts instead: what the clinic offers and how many procedures it has performed.',
  },
  {
    id: 'superiority.en.best-treatment',
    family: 'superiority',
    locale: 'en',
    severity: 'error',
    pattern:
      /\bthe\s+(?:best|most\s+effective|safest|most\s+advanced|finest)\s+(?:treatment|therapy|cure|option|procedure)s?\s+(?:available|in\s+(?:the\s+world|japan)|there\s+is|on\s+the\s+market|for\s+(?:everyone|all))\b|\bbest[-\s]in[-\s]class\b|\bsecond\s+to\s+none\b|\bunrivall?ed\b|\bunmatched\b|\bworld[-\s]class\b/i,
    why: 'Superlatives such as "the best treatment available" compare without an objective basis and are prohibited comparative advertising in Japan.',
    suggestion: 'It is one option among several; which suits you depends on your condition.',
  },
  {
    id: 'superiority.en.number-one',
    family: 'superiority',
    locale: 'en',
    severity: 'error',
    pattern:
      /\b(?:number\s+(?:one|1)|no\.\s?1)\b(?!\s+(?:question|reason|thing|concern|cause|rule|priority))|\b(?:ranked|rated)\s+(?:#\s?1|first|number\s+one|no\.\s?1)\b|(?<![\w#])#\s?1\b/i,
    why: '"Number one" rankings are comparative superiority claims, prohibited by Japan\'s Medical Care Act advertising rules.',
    suggestion: 'Give verifiable facts (what is offered, how often) instead of a ranking.',
  },
  {
    id: 'superiority.en.the-only',
    family: 'superiority',
    locale: 'en',
    severity: 'error',
    pattern:
      /\bthe\s+only\s+(?:treatment|therapy|clinic|hospital|cure|solution|provider|doctor)\b|\b(?:japan|the\s+world|the\s+country)['’]s\s+only\b|\bonly\s+(?:we|our\s+clinic)\s+(?:can|offer)\b/i,
    why: 'Calling something "the only treatment" dismisses other options and is a superiority claim restricted in Japanese medical advertising.',
    suggestion: 'It is one of several options; discuss the alternatives with a doctor.',
  },
  {
    id: 'superiority.en.better-than-others',
    family: 'superiority',
    locale: 'en',
    severity: 'error',
    pattern:
      /\bbetter\s+than\s+(?:any\s+)?other\s+(?:clinics?|hospitals?|treatments?|therapies|doctors?)\b|\bunlike\s+other\s+clinics\b/i,
    why: "Comparisons with other clinics or treatments are prohibited comparative advertising under Japan's Medical Care Act rules.",
    suggestion: 'Describe this approach on its own terms, including its limits.',
  },

  // ── Testimonials and before/after ───────────────────────────────────────────────────────
  {
    id: 'testimonial.ja.taikendan-naotta',
    family: 'testimonial',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /(?:体験談|患者様の声|患者さんの声|お客様の声|喜びの声)[^。!?\n]{0,40}?(?:治った|治りました|良くなった|よくなった|良くなりました|消えた|消えました|なくなった|なくなりました|改善した|改善しました|歩けるようになった|歩けるようになりました)/,
    why: '患者の主観に基づく治療効果の体験談は、医療法の広告規制(医療広告ガイドライン)で広告への掲載が禁止されています。一人の経験は効果の根拠になりません。',
    suggestion: '個人の体験ではなく、研究で報告された結果を出典とともに紹介します。',
  },
  {
    id: 'testimonial.ja.itami-kieta',
    family: 'testimonial',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /(?:痛み|症状|膝の痛み|ひざの痛み|腰の痛み|腰痛|シミ|シワ|しわ)(?:が|は)?(?:すっかり|嘘のように|うそのように|完全に|きれいに|一瞬で)(?:消え|なくな|治|良くな|よくな)(?:りました|ました|った|た)?/,
    why: '「痛みが嘘のように消えた」のような体験の語りは、効果の保証と受け取られます。医療広告ガイドラインは体験談による効果の訴求を認めていません。',
    suggestion: '「症状の変化には個人差があります」と書き、個人の体験は効果の根拠として扱いません。',
  },
  {
    id: 'testimonial.ja.before-after',
    family: 'testimonial',
    locale: 'ja',
    severity: 'warning',
    pattern:
      /ビフォー[・/&]?アフター|before(?:and|&|\/)?after|(?:治療|施術)(?:の)?前後(?:の)?(?:写真|画像|比較)|(?:治療|施術)前と(?:治療|施術)?後の(?:写真|画像)/i,
    why: '治療前後の写真(ビフォーアフター)は、治療内容・費用・主なリスクや副作用の説明がなければ医療法の広告規制で掲載できません。',
    suggestion: '写真を使う場合は、治療内容・費用・リスクと副作用を併記し、結果には個人差があると明記します。',
  },
  {
    id: 'testimonial.en.before-after',
    family: 'testimonial',
    locale: 'en',
    severity: 'warning',
    pattern: /\bbefore[-\s]*(?:and|&|\/)[-\s]*after\b/i,
    why: "Before-and-after images imply that every patient gets the same result. Japan's Medical Care Act advertising rules allow them only alongside the treatment, its cost and its main risks.",
    suggestion: 'If images are shown, describe the treatment, cost, risks and side effects, and say results vary.',
  },
  {
    id: 'testimonial.en.pain-disappeared',
    family: 'testimonial',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\b(?:my|his|her|their|our)\s+(?:[\w'’-]+\s+){0,2}?(?:pain|symptoms?|arthritis|knees?|back|wrinkles?|condition|illness|disease)\s+(?:(?:has|had|have|was|were|is|just|completely|totally|finally|simply)\s+){0,2}(?:disappeared|vanished|went\s+away|gone|healed|cured|cleared\s+up)\b/i,
    why: 'A personal story of symptoms disappearing reads as a promise to the reader. Testimonials about treatment effects are not allowed in Japanese medical advertising, and one experience is not evidence.',
    suggestion: 'Summarise what studies reported, with the source, instead of individual stories.',
  },
  {
    id: 'testimonial.en.i-was-cured',
    family: 'testimonial',
    locale: 'en',
    severity: 'warning',
    pattern:
      /\bI\s+(?:was|got|have\s+been|am|feel)\s+(?:completely\s+|totally\s+|fully\s+)?(?:cured|healed|like\s+new|(?:\d+|ten|twenty)\s+years\s+younger)\b|\b(?:patient|customer|client)\s+testimonials?\b|\bsuccess\s+stories\b/i,
    why: 'First-person recovery stories and testimonials suggest the same result for everyone. Japanese medical advertising rules prohibit testimonials about treatment effects.',
    suggestion: 'Report study results with their source and note that individual responses vary.',
  },

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
