/**
 * Demo content for the organisation's own pages (collections/Pages), the header and the footer.
 * Our own writing, in the voice of the column: calm, no promises, clear about what the
 * organisation is not (a medical institution). Placeholders the organisation must complete are
 * marked 〔…〕 / […]; the privacy policy is a template and says so at its top.
 */
import type { LocalizedText, SeedBlock } from './content'

export type SeedPageKind = 'about' | 'consultation' | 'privacy' | 'disclaimer' | 'topic'

/** The blocks of blocks/ (slugs and fields as in the blocks' configs), with localized text. */
export type SeedPageBlock =
  | { blockType: 'richText'; content: { ja: SeedBlock[]; en: SeedBlock[] } }
  | { blockType: 'episodeList'; heading: LocalizedText; source: 'series'; limit: number }
  | { blockType: 'faq'; heading: LocalizedText; items: { question: LocalizedText; answer: LocalizedText }[] }
  | { blockType: 'callToAction'; heading: LocalizedText; body: LocalizedText; label: LocalizedText }
  | { blockType: 'consultationForm'; intro: LocalizedText }

export interface SeedPage {
  slug: string
  kind: SeedPageKind
  title: LocalizedText
  summary: LocalizedText
  layout: SeedPageBlock[]
}

export const retentionDays = 180

const about: SeedPage = {
  slug: 'about',
  kind: 'about',
  title: { ja: '運営者情報', en: 'About us' },
  summary: {
    ja: 'このコラムを運営している団体と、その役割についてご紹介します。',
    en: 'Who runs this column, what we do, and what we do not do.',
  },
  layout: [
    {
      blockType: 'richText',
      content: {
        ja: [
          { type: 'heading', text: '運営者' },
          {
            type: 'list',
            items: [
              '名称:再生医療情報コラム 運営事務局(デモ用の名称です。運営団体の正式名称に置き換えてください)',
              '所在地:〒000-0000 〔所在地を記入してください〕',
              'お問い合わせ:このサイトの「ご相談」のページから',
            ],
          },
          { type: 'heading', text: '私たちがしていること' },
          {
            type: 'paragraph',
            text: '再生医療にはいくつもの種類があり、名前が似ていても、体に入れるものや確認すべき点は異なります。私たちは、その違いを落ち着いて理解するための記事、用語集、ポッドキャストを作っています。',
          },
          {
            type: 'paragraph',
            text: 'また、医療機関に相談する前に、気になっていることや確認したい質問を整理するお手伝いを、ご相談の窓口で行っています。',
          },
          { type: 'heading', text: '私たちがしていないこと' },
          {
            type: 'list',
            items: [
              '私たちは医療機関ではありません。診察、診断、治療、薬の処方は行いません。',
              'ある治療を受けるべきかどうかを判断したり、特定の治療をすすめたりすることはありません。',
              '治療の結果について、何かをお約束することはありません。ご自身の状態については、医師・医療機関にご確認ください。',
            ],
          },
        ],
        en: [
          { type: 'heading', text: 'Who we are' },
          {
            type: 'list',
            items: [
              "Name: Regenerative Medicine Column office (a demo name; replace it with the organisation's legal name)",
              'Address: [to be completed]',
              'Contact: through the Consultation page of this site',
            ],
          },
          { type: 'heading', text: 'What we do' },
          {
            type: 'paragraph',
            text: 'Regenerative medicine covers several different approaches. Even when the names sound alike, what is introduced into the body and what needs checking can differ. We write articles, a glossary and a podcast to help readers understand those differences calmly.',
          },
          {
            type: 'paragraph',
            text: 'Through our consultation service, we also help readers sort out their concerns and the questions they want to ask before they speak to a medical institution.',
          },
          { type: 'heading', text: 'What we do not do' },
          {
            type: 'list',
            items: [
              'We are not a medical institution. We do not examine, diagnose, treat or prescribe.',
              'We do not decide whether you should receive a treatment, and we do not recommend any particular treatment.',
              'We make no promise about the outcome of any treatment. Please ask a physician or medical institution about your own condition.',
            ],
          },
        ],
      },
    },
  ],
}

const privacy: SeedPage = {
  slug: 'privacy',
  kind: 'privacy',
  title: { ja: 'プライバシーポリシー(ひな形)', en: 'Privacy policy (template)' },
  summary: {
    ja: 'ご相談でお預かりする個人情報の扱いについて。運営団体が完成させるためのひな形です。',
    en: 'How personal information given with a consultation is handled. A template for the organisation to complete.',
  },
  layout: [
    {
      blockType: 'richText',
      content: {
        ja: [
          {
            type: 'quote',
            text: '【ひな形】この文書は、運営団体が完成させるためのひな形です。〔 〕の部分を記入し、内容を専門家と確認してから公開してください。',
          },
          { type: 'heading', text: 'お預かりする情報' },
          {
            type: 'paragraph',
            text: 'ご相談のフォームでは、お名前、メールアドレス、ご希望の言語、ご相談の分野、ご相談の内容をお預かりします。病名や検査結果など、健康に関する詳しい情報の入力は求めていません。',
          },
          { type: 'heading', text: '利用の目的' },
          {
            type: 'paragraph',
            text: 'お預かりした情報は、ご相談にお答えするためにのみ利用します。ご相談の内容に健康に関する情報が含まれていた場合も、同じ目的の範囲でのみ扱います。',
          },
          { type: 'heading', text: '保存の期間' },
          {
            type: 'paragraph',
            text: `ご相談の内容は、受け付けた日から${retentionDays}日が過ぎると自動的に削除します。〔サイトの設定 INQUIRY_RETENTION_DAYS を変えた場合は、この日数も合わせてください〕`,
          },
          { type: 'heading', text: '第三者への提供' },
          {
            type: 'paragraph',
            text: '法令に基づく場合を除き、ご本人の同意なく第三者に提供することはありません。〔委託先がある場合は、その範囲を記入してください〕',
          },
          { type: 'heading', text: '開示・訂正・削除のご請求' },
          {
            type: 'paragraph',
            text: 'ご自身の情報の開示、訂正、利用の停止、削除をご希望の場合は、〔窓口の名称と連絡先を記入してください〕までご連絡ください。',
          },
          { type: 'paragraph', text: '制定日:〔記入してください〕 運営者:〔運営団体の正式名称〕' },
        ],
        en: [
          {
            type: 'quote',
            text: 'TEMPLATE: this document is a template for the organisation to complete. Fill in the parts in [brackets] and review the whole with a qualified adviser before publishing it.',
          },
          { type: 'heading', text: 'What we collect' },
          {
            type: 'paragraph',
            text: 'The consultation form asks for your name, e-mail address, preferred language, the area you would like to ask about, and your message. We do not ask for detailed health information such as diagnoses or test results.',
          },
          { type: 'heading', text: 'Why we use it' },
          {
            type: 'paragraph',
            text: 'We use the information only to answer your consultation. If your message includes health-related information, it is handled for the same purpose only.',
          },
          { type: 'heading', text: 'How long we keep it' },
          {
            type: 'paragraph',
            text: `Consultations are deleted automatically ${retentionDays} days after we receive them. [If the site's INQUIRY_RETENTION_DAYS setting is changed, change this number to match.]`,
          },
          { type: 'heading', text: 'Sharing with others' },
          {
            type: 'paragraph',
            text: 'We do not give your information to third parties without your consent, except where the law requires it. [Describe any service providers who handle the data on our behalf.]',
          },
          { type: 'heading', text: 'Your requests' },
          {
            type: 'paragraph',
            text: 'To see, correct, stop the use of, or delete your information, please contact [name and contact details of the responsible office].',
          },
          { type: 'paragraph', text: 'Effective date: [to be completed]. Operator: [legal name of the organisation].' },
        ],
      },
    },
  ],
}

const consultation: SeedPage = {
  slug: 'consultation',
  kind: 'consultation',
  title: { ja: 'ご相談', en: 'Consultation' },
  summary: {
    ja: '医療機関に相談する前に、気になっていることや質問を一緒に整理します。',
    en: 'Sort out your concerns and questions with us before you speak to a medical institution.',
  },
  layout: [
    {
      blockType: 'richText',
      content: {
        ja: [
          {
            type: 'paragraph',
            text: '再生医療について調べていると、似た名前の治療や、立場の違う情報がたくさん出てきます。どこから考えればよいか迷ったときは、お気軽にご相談ください。',
          },
          {
            type: 'paragraph',
            text: '私たちは医療機関ではないため、治療の可否や方法を判断することはできません。お手伝いできるのは、情報の整理と、医療機関で確認したい質問づくりです。お返事はメールでお送りします。',
          },
        ],
        en: [
          {
            type: 'paragraph',
            text: 'Reading about regenerative medicine, you meet many treatments with similar names and information written from different standpoints. If you are unsure where to begin, please feel free to ask us.',
          },
          {
            type: 'paragraph',
            text: 'We are not a medical institution, so we cannot judge whether or how a treatment should be given. What we can help with is sorting the information and preparing the questions to ask a medical institution. We reply by e-mail.',
          },
        ],
      },
    },
    {
      blockType: 'consultationForm',
      intro: {
        ja: 'お名前、メールアドレス、ご相談の内容をお書きください。病名や検査結果など、健康に関する詳しい情報を書く必要はありません。',
        en: 'Please give your name, e-mail address and your question. You do not need to include detailed health information such as diagnoses or test results.',
      },
    },
  ],
}

const disclaimer: SeedPage = {
  slug: 'disclaimer',
  kind: 'disclaimer',
  title: { ja: '免責事項', en: 'Disclaimer' },
  summary: {
    ja: 'このサイトの情報の性質と、ご利用にあたっての注意点です。',
    en: 'What the information on this site is, and what to keep in mind when using it.',
  },
  layout: [
    {
      blockType: 'richText',
      content: {
        ja: [
          { type: 'heading', text: '情報の性質' },
          {
            type: 'paragraph',
            text: '本サイトは、医療機関ではない団体が運営する情報コラムです。掲載内容は、再生医療に関する一般的な情報を整理するためのもので、特定の治療をすすめるものではありません。',
          },
          { type: 'heading', text: '医療上の判断について' },
          {
            type: 'paragraph',
            text: '診断や治療に関する判断は医師が行います。ご自身の状態や治療については、医師・医療機関に直接ご確認ください。本サイトの情報だけをもとに、治療を始めたり、やめたりしないでください。',
          },
          { type: 'heading', text: '情報の時点' },
          {
            type: 'paragraph',
            text: '掲載している情報は執筆時点のものです。制度や研究の状況は変わることがあります。各記事には最終確認日を記しています。',
          },
          { type: 'heading', text: '外部のサイト' },
          {
            type: 'paragraph',
            text: '本サイトからリンクしている外部のサイトの内容については、それぞれの運営者にご確認ください。',
          },
        ],
        en: [
          { type: 'heading', text: 'What this information is' },
          {
            type: 'paragraph',
            text: 'This site is an information column run by an organisation that is not a medical institution. Its content is general information meant to help organise what is known about regenerative medicine; it does not recommend any particular treatment.',
          },
          { type: 'heading', text: 'Medical decisions' },
          {
            type: 'paragraph',
            text: 'Diagnosis and treatment decisions are made by physicians. Please ask a physician or medical institution directly about your own condition and any treatment. Please do not start or stop a treatment on the strength of this site alone.',
          },
          { type: 'heading', text: 'When it was written' },
          {
            type: 'paragraph',
            text: 'Information reflects the time of writing. Regulations and research may change; each article shows when it was last reviewed.',
          },
          { type: 'heading', text: 'Other sites' },
          {
            type: 'paragraph',
            text: 'For the content of other sites we link to, please refer to the people who run them.',
          },
        ],
      },
    },
  ],
}

const strokeRecovery: SeedPage = {
  slug: 'stroke-recovery-support',
  kind: 'topic',
  title: { ja: '脳卒中のあとの回復支援について', en: 'Recovery support after stroke' },
  summary: {
    ja: '脳卒中のあとの回復と再生医療について、情報を整理するときの手がかりをまとめました。',
    en: 'Pointers for sorting the information about recovery after stroke and regenerative medicine.',
  },
  layout: [
    {
      blockType: 'richText',
      content: {
        ja: [
          {
            type: 'paragraph',
            text: '脳卒中のあとの回復は、一人ひとり経過が異なります。回復の中心になるのは、主治医のもとでの治療とリハビリテーションです。',
          },
          {
            type: 'paragraph',
            text: '再生医療の分野では、脳卒中のあとの回復を対象にした研究が国内外で進められています。その一方で、研究の段階にあるものと、自由診療として提供されているものが混在しており、名前だけでは区別がつきにくいのが実情です。',
          },
          { type: 'heading', text: '情報を整理するときの手がかり' },
          {
            type: 'list',
            items: [
              'その治療で体に入れるものは何か(細胞、エクソソーム、培養上清など)',
              '臨床研究として行われているのか、自由診療として提供されているのか',
              '再生医療等安全性確保法にもとづく計画の届出があるか',
              '今のリハビリテーションや服薬を続けながら受けるものか、主治医はどう考えているか',
            ],
          },
        ],
        en: [
          {
            type: 'paragraph',
            text: 'Recovery after a stroke follows a different course for each person. At its centre are the treatment and rehabilitation given under the attending physician.',
          },
          {
            type: 'paragraph',
            text: 'In regenerative medicine, research on recovery after stroke is under way in Japan and abroad. At the same time, approaches still being studied sit side by side with treatments offered as self-pay care, and the names alone rarely tell them apart.',
          },
          { type: 'heading', text: 'Pointers for sorting the information' },
          {
            type: 'list',
            items: [
              'What is introduced into the body (cells, exosomes, conditioned medium, and so on)',
              'Whether it is given as clinical research or offered as self-pay care',
              'Whether a plan has been filed under the Act on the Safety of Regenerative Medicine',
              'Whether it is meant to go alongside current rehabilitation and medication, and what the attending physician thinks',
            ],
          },
        ],
      },
    },
    {
      blockType: 'episodeList',
      heading: { ja: '違いを理解するための記事', en: 'Articles on the differences' },
      source: 'series',
      limit: 6,
    },
    {
      blockType: 'faq',
      heading: { ja: 'よくあるご質問', en: 'Frequently asked questions' },
      items: [
        {
          question: {
            ja: '再生医療を受ければ、後遺症は残らなくなりますか?',
            en: 'Will regenerative medicine leave me without after-effects?',
          },
          answer: {
            ja: 'そのようなことは誰にもお約束できません。研究の段階にあるものも多く、結果は人によって異なります。ご自身の見通しについては、主治医にご確認ください。',
            en: 'Nobody can promise that. Much of this work is still being studied, and results differ from person to person. Please ask your attending physician about your own outlook.',
          },
        },
        {
          question: {
            ja: 'リハビリテーションはやめてもよいですか?',
            en: 'Can I stop rehabilitation?',
          },
          answer: {
            ja: '治療やリハビリテーションを変えるかどうかは、必ず主治医と相談して決めてください。再生医療について調べることと、今の治療を続けることは両立できます。',
            en: 'Please decide any change to treatment or rehabilitation together with your attending physician. Reading about regenerative medicine and continuing your current care can go side by side.',
          },
        },
        {
          question: {
            ja: 'どこに相談すればよいですか?',
            en: 'Whom should I ask?',
          },
          answer: {
            ja: 'まずは主治医にご相談ください。その前に質問を整理したいときは、私たちのご相談の窓口もご利用いただけます。',
            en: 'Your attending physician first. If you would like to sort out your questions before that, our consultation service is also there for you.',
          },
        },
      ],
    },
    {
      blockType: 'callToAction',
      heading: { ja: '情報の整理をお手伝いします', en: 'We can help you sort the information' },
      body: {
        ja: '医療機関に相談する前に、確認したい質問を一緒に整理しませんか。',
        en: 'Before you speak to a medical institution, we can help you prepare the questions you want to ask.',
      },
      label: { ja: 'ご相談のページへ', en: 'Go to the consultation page' },
    },
  ],
}

export const pages: SeedPage[] = [about, privacy, consultation, disclaimer, strokeRecovery]

/** Episodes whose subject the topic page gathers, and which link to it at their end. */
export const topicPageOfEpisode: Record<string, string> = {
  'what-kinds-of-regenerative-medicine-are-there': strokeRecovery.slug,
  'why-exosomes-are-often-called-safer-and-what-still-needs-checking': strokeRecovery.slug,
}

/** The header: the column's sections, then the consultation page. */
export const headerLinks: ({ destination: 'home' | 'glossary' | 'search' } | { destination: 'page'; page: string })[] =
  [
    { destination: 'home' },
    { destination: 'glossary' },
    { destination: 'search' },
    { destination: 'page', page: consultation.slug },
  ]

export const footer = {
  organisationName: { ja: '再生医療情報コラム 運営事務局(デモ)', en: 'Regenerative Medicine Column office (demo)' },
  address: { ja: '〒000-0000\n〔所在地を記入してください〕', en: '[Address to be completed]' },
  aboutPage: about.slug,
  privacyPage: privacy.slug,
  disclaimerPage: disclaimer.slug,
}

/** All reader-visible text of the pages, header and footer, for the claims check of the seed. */
export function pageTexts(locale: 'ja' | 'en'): string[] {
  return pages.flatMap((page) => [
    page.title[locale],
    page.summary[locale],
    ...page.layout.flatMap((block): string[] => {
      switch (block.blockType) {
        case 'richText':
          return block.content[locale].flatMap((part) => ('items' in part ? part.items : [part.text]))
        case 'episodeList':
          return [block.heading[locale]]
        case 'faq':
          return [block.heading[locale], ...block.items.flatMap((item) => [item.question[locale], item.answer[locale]])]
        case 'callToAction':
          return [block.heading[locale], block.body[locale], block.label[locale]]
        case 'consultationForm':
          return [block.intro[locale]]
      }
    }),
  ])
}
