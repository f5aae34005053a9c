/**
 * Demo seed content for the regenerative-medicine information column.
 *
 * All text here is our own demo writing. The page anatomy (intro, h2 sections, a simple
 * comparison list, a closing summary and a pointer to the next episode) is modelled on the
 * structure of the reference episode, but no sentences are copied from it.
 *
 * Voice: understand the differences calmly; do not turn characteristics into promises.
 * Japanese is the original; English is a careful translation.
 */
import type { PlainBlock } from '@/tooling/seed/rich-text'

export interface LocalizedText {
  ja: string
  en: string
}

/** Headings (h2), subheadings (h3), paragraphs, bullet lists and quotes. */
export type SeedBlock = PlainBlock

export interface SeedSeries {
  slug: string
  title: LocalizedText
  description: LocalizedText
  plannedEpisodeCount: number
  order: number
}

export type TherapyCategorySlug = 'stem-cell-therapy' | 'exosomes' | 'conditioned-medium'

export interface SeedTherapyCategory {
  slug: string
  name: LocalizedText
  /** One line: what is introduced into the body. */
  introduces: LocalizedText
  description: LocalizedText
  /** Points to check before treatment (3-5). */
  checkpoints: LocalizedText[]
  order: number
}

export interface SeedGlossaryTerm {
  /** Lowercase ASCII kebab-case. */
  slug: string
  term: LocalizedText
  /** Yomigana in hiragana or katakana only. */
  reading: string
  aliases: { ja: string[]; en: string[] }
  /** Plain text, at most 160 characters per locale. */
  shortDefinition: LocalizedText
  /** 2-3 paragraphs per locale. */
  explanation: { ja: string[]; en: string[] }
  /** Therapy category slugs. */
  categories: string[]
  /** Other glossary term slugs in this file. */
  related: string[]
  sources: { title: string; url: string }[]
}

export interface SeedEpisode {
  /** Kebab-case ASCII from the English title. */
  slug: string
  number: number
  title: LocalizedText
  /** 1-2 sentences. */
  lead: LocalizedText
  body: { ja: SeedBlock[]; en: SeedBlock[] }
  categories: string[]
  /** Short spoken version; paragraphs separated by a blank line. */
  transcript: LocalizedText
  podcastDurationSeconds: number
  /** At most 160 characters per locale. */
  seoDescription: LocalizedText
}

const ALL_CATEGORIES: TherapyCategorySlug[] = ['stem-cell-therapy', 'exosomes', 'conditioned-medium']

const MHLW_REGENERATIVE_MEDICINE = {
  title: '厚生労働省「再生医療について」',
  url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/saisei_iryou/index.html',
}

const EGOV_ACT_ON_SAFETY = {
  title: 'e-Gov法令検索「再生医療等の安全性の確保等に関する法律」',
  url: 'https://laws.e-gov.go.jp/law/425AC0000000085',
}

// ---------------------------------------------------------------------------
// Author, disclaimer, call to action
// ---------------------------------------------------------------------------

export const author: { name: LocalizedText; bio: LocalizedText } = {
  name: { ja: '浅見 遥', en: 'Haruka Asami' },
  bio: {
    ja: '本コラム編集部のメンバーで、医療・健康情報の編集と校正を担当しています。医師ではなく、医療機関にも所属していません。公開されている資料をもとに、医療機関へ相談する前の情報整理に役立つ記事づくりを心がけています。',
    en: 'A member of the column’s editorial team, responsible for editing and checking health information. Haruka is not a physician and does not work for a medical institution. Articles are based on publicly available materials and aim to help readers organise information before consulting a medical institution.',
  },
}

export const siteDisclaimer: { versionLabel: string; text: LocalizedText } = {
  versionLabel: 'v1',
  text: {
    ja: '本サイトは、医療機関ではない団体が運営する情報コラムです。掲載内容は再生医療に関する一般的な情報の整理を目的としたもので、特定の治療をすすめるものではなく、治療の効果や安全性を約束するものでもありません。診断や治療に関する判断は医師が行います。ご自身の状態や治療については、医師・医療機関に直接ご確認ください。掲載情報は執筆時点のものであり、制度や研究の状況は変わることがあります。',
    en: 'This site is an information column run by an organisation that is not a medical institution. Its content is general guidance intended to help organise information about regenerative medicine. It does not recommend any particular treatment, and it makes no promise about efficacy or safety. Diagnosis and treatment decisions are made by physicians. Please ask a physician or medical institution directly about your own condition and any treatment. Information reflects the time of writing, and regulations and research may change.',
  },
}

export const consultCallToAction: {
  heading: LocalizedText
  body: LocalizedText
  label: LocalizedText
} = {
  heading: {
    ja: '情報の整理に迷ったときは',
    en: 'If you are unsure how to sort the information',
  },
  body: {
    ja: '私たちは医療機関ではないため、治療の可否や方法を判断することはできません。そのうえで、医療機関に相談する前に、気になっていることや確認したい質問を一緒に整理するお手伝いをしています。',
    en: 'We are not a medical institution, so we cannot judge whether a treatment is suitable or how it should be given. What we can do is help you sort out your concerns and the questions you want to ask before you consult a medical institution.',
  },
  label: { ja: '相談窓口へ', en: 'Contact us' },
}

// ---------------------------------------------------------------------------
// Series
// ---------------------------------------------------------------------------

export const series: SeedSeries = {
  slug: 'understanding-regenerative-medicine-before-a-consultation',
  title: {
    ja: '相談の前に知っておきたい 再生医療のちがい',
    en: 'Understanding the Kinds of Regenerative Medicine Before a Consultation',
  },
  description: {
    ja: '「再生医療」という言葉の中にある違いを、医療機関ではない立場から落ち着いて整理する全10回のシリーズです。何を体内に入れるのか、相談の前に何を確認すればよいのかを、一つずつ考えていきます。',
    en: 'A ten-part series that calmly sorts out the differences hidden inside the words "regenerative medicine", written from the standpoint of an organisation that is not a medical institution. Step by step, we look at what is introduced into the body and what to check before a consultation.',
  },
  plannedEpisodeCount: 10,
  order: 1,
}

// ---------------------------------------------------------------------------
// Therapy categories
// ---------------------------------------------------------------------------

export const therapyCategories: SeedTherapyCategory[] = [
  {
    slug: 'stem-cell-therapy',
    name: { ja: '幹細胞治療', en: 'Stem cell therapy' },
    introduces: {
      ja: '細胞そのもの（幹細胞）を体内に投与します。',
      en: 'The cells themselves (stem cells) are introduced into the body.',
    },
    description: {
      ja: '幹細胞は、別の種類の細胞に変化する能力や、組織の修復を支える働きがあるとして研究されてきた細胞です。幹細胞治療では、本人または他者から採取した細胞を培養・加工し、点滴や局所注射などで体内に投与します。生きた細胞を扱うため、細胞の由来、培養の方法、施設の管理体制、投与経路など、確認しておきたい点が多い分野です。日本では、再生医療等安全性確保法のもとで提供の手続きが定められています。',
      en: 'Stem cells have been studied for their ability to change into other types of cells and for their possible role in supporting tissue repair. In stem cell therapy, cells collected from the patient or from another person are cultured and processed, then introduced into the body by intravenous drip, local injection or other routes. Because living cells are involved, there are many points worth checking, including where the cells come from, how they are cultured, how the facility is managed and which route of administration is used. In Japan, procedures for providing this kind of treatment are set out under the Act on the Safety of Regenerative Medicine.',
    },
    checkpoints: [
      {
        ja: '細胞の由来（本人の細胞か他者の細胞か、どの組織から採取するのか）について説明があるか',
        en: 'Is there an explanation of where the cells come from (your own or another person’s, and which tissue)?',
      },
      {
        ja: '細胞を培養・加工する施設と、その品質管理の体制について説明があるか',
        en: 'Is there an explanation of the facility that cultures and processes the cells, and of its quality management?',
      },
      {
        ja: '投与経路（点滴・局所注射など）と、その方法を選ぶ理由について説明があるか',
        en: 'Is the route of administration (intravenous drip, local injection, etc.) explained, along with the reason for choosing it?',
      },
      {
        ja: '再生医療等安全性確保法にもとづく計画の提出など、手続きの状況を確認できるか',
        en: 'Can you confirm the status of procedures such as submitting a plan under the Act on the Safety of Regenerative Medicine?',
      },
      {
        ja: '想定される副作用、費用、治療後の経過観察について、書面で説明を受けられるか',
        en: 'Can you receive a written explanation of possible side effects, costs and follow-up after treatment?',
      },
    ],
    order: 1,
  },
  {
    slug: 'exosomes',
    name: { ja: 'エクソソーム', en: 'Exosomes' },
    introduces: {
      ja: '細胞が送り出す「メッセージ」を運ぶ小さな粒子を投与します（細胞そのものは含みません）。',
      en: 'Tiny particles that carry the "messages" sent out by cells are introduced; the cells themselves are not.',
    },
    description: {
      ja: 'エクソソームは、細胞が外へ放出する非常に小さな袋状の粒子（細胞外小胞の一種）で、たんぱく質や核酸などの情報を運ぶと考えられています。細胞そのものではないため、幹細胞治療とは性質が異なります。一方で、どの細胞に由来するのか、どのように製造・精製されているのか、どのような品質管理が行われているのかによって、中身は大きく変わりうるとされています。研究が進められている段階の分野であり、特徴をそのまま効果や安全性の約束として受け取らないことが大切です。',
      en: 'Exosomes are very small sac-like particles released by cells (a type of extracellular vesicle) and are thought to carry information such as proteins and nucleic acids. Because they are not cells, their nature differs from that of stem cell therapy. At the same time, their contents are said to vary considerably depending on which cells they come from, how they are manufactured and purified, and how quality management is carried out. Research in this field is still in progress, so it is important not to read these characteristics as promises of efficacy or safety.',
    },
    checkpoints: [
      {
        ja: 'どの細胞（由来となる組織やドナー）から得たものか',
        en: 'Which cells (source tissue and donor) were they obtained from?',
      },
      {
        ja: '製造・精製の方法と、製造を行う施設はどこか',
        en: 'How are they manufactured and purified, and at which facility?',
      },
      {
        ja: '粒子の量や成分を、何をどのような基準で測定・管理しているか',
        en: 'What is measured about particle quantity and content, and against which standards is it managed?',
      },
      {
        ja: '投与経路・量・回数がどのように設計されているか',
        en: 'How have the route of administration, dose and number of sessions been designed?',
      },
      {
        ja: '想定される副作用と、体調に変化があったときの連絡・対応の体制',
        en: 'What side effects are anticipated, and what contact and support arrangements are in place if your condition changes?',
      },
    ],
    order: 2,
  },
  {
    slug: 'conditioned-medium',
    name: { ja: '培養上清', en: 'Conditioned medium' },
    introduces: {
      ja: '幹細胞などを培養した液体の成分を投与します。エクソソームなどの「メッセージ」を含みうる混合物です。',
      en: 'Components of the liquid in which stem cells or other cells were cultured are introduced: a mixture that may include exosomes and other "messages".',
    },
    description: {
      ja: '培養上清とは、幹細胞などを培養した液体から細胞を取り除いた上澄みのことです。成長因子やサイトカイン、エクソソームなど、さまざまな成分が含まれうるとされています。ただし、「培養上清」という名前だけでは、何がどれくらい含まれているのかはわかりません。培養の条件や処理の方法によって中身が変わるため、成分の確認や品質管理についての説明が重要になります。',
      en: 'Conditioned medium is the liquid left over after stem cells or other cells have been cultured and the cells removed. It may contain a variety of components, such as growth factors, cytokines and exosomes. However, the name "conditioned medium" alone does not tell you what is in it or in what amounts. Because the contents change with culture conditions and processing methods, explanations of how the components are confirmed and how quality management is carried out become important.',
    },
    checkpoints: [
      {
        ja: '由来となる細胞の種類と、培養の条件',
        en: 'What type of cells it comes from, and under what culture conditions',
      },
      {
        ja: '含まれる成分を、どこまで特定・測定しているか',
        en: 'How far the components it contains have been identified and measured',
      },
      {
        ja: '細胞や不要な物質を取り除く処理と、その確認方法',
        en: 'How cells and unwanted substances are removed, and how this is checked',
      },
      {
        ja: 'ロットごとの品質管理と、保管・輸送の方法',
        en: 'Batch-by-batch quality management, and how it is stored and transported',
      },
      {
        ja: '投与経路と、想定される副作用についての説明',
        en: 'An explanation of the route of administration and possible side effects',
      },
    ],
    order: 3,
  },
]

// ---------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------

export const glossaryTerms: SeedGlossaryTerm[] = [
  {
    slug: 'regenerative-medicine',
    term: { ja: '再生医療', en: 'Regenerative medicine' },
    reading: 'さいせいいりょう',
    aliases: { ja: [], en: ['regenerative therapy'] },
    shortDefinition: {
      ja: '病気やけがで損なわれた体の組織や機能の回復を目指し、細胞や細胞に由来する成分などを用いる医療の総称です。',
      en: 'An umbrella term for medicine that uses cells or cell-derived components with the aim of restoring tissues or functions damaged by illness or injury.',
    },
    explanation: {
      ja: [
        '再生医療という言葉は、ひとつの治療法を指すものではなく、幅広い考え方や手法をまとめた呼び方です。幹細胞などの細胞そのものを用いるもの、細胞が放出する成分を用いるもの、研究段階にあるものから公的な承認を受けた製品まで、性質の異なるものが含まれます。',
        '日本では、医療機関が提供する再生医療等について、再生医療等安全性確保法によって手続きが定められています。同じ「再生医療」という言葉でも、何を体内に入れるのか、どのような仕組みで説明されているのかを分けて確認することが大切です。',
      ],
      en: [
        'Regenerative medicine does not refer to a single treatment; it is a name that groups together a wide range of ideas and methods. It includes approaches that use cells such as stem cells, approaches that use components released by cells, and everything from research-stage work to officially approved products.',
        'In Japan, procedures for regenerative medicine provided by medical institutions are set out in the Act on the Safety of Regenerative Medicine. Even when the same words are used, it is important to check separately what is introduced into the body and how the mechanism is explained.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['stem-cell', 'exosome', 'conditioned-medium', 'act-on-the-safety-of-regenerative-medicine'],
    sources: [MHLW_REGENERATIVE_MEDICINE],
  },
  {
    slug: 'stem-cell',
    term: { ja: '幹細胞', en: 'Stem cell' },
    reading: 'かんさいぼう',
    aliases: { ja: [], en: ['stem cells'] },
    shortDefinition: {
      ja: '自分と同じ細胞を増やす能力と、別の種類の細胞に変化する能力をあわせ持つ細胞です。',
      en: 'A cell that can both make copies of itself and change into other types of cells.',
    },
    explanation: {
      ja: [
        '幹細胞は、体の組織を維持したり修復したりする仕組みに関わる細胞として研究されてきました。体の中にもともと存在する体性幹細胞（間葉系幹細胞など）と、人工的につくられるiPS細胞などがあり、性質や扱い方はそれぞれ異なります。',
        '再生医療の説明では「傷んだ部分を補う」というイメージで語られることがありますが、体内での実際のふるまいは複雑で、投与経路や体の状態によっても変わりうるとされています。イメージだけで判断せず、具体的な説明を確認することが大切です。',
      ],
      en: [
        'Stem cells have been studied because of their role in the mechanisms that maintain and repair the body’s tissues. There are somatic stem cells that already exist in the body (such as mesenchymal stem cells) and artificially created cells such as iPS cells, and their properties and handling differ.',
        'Explanations of regenerative medicine sometimes use the image of "filling in damaged parts", but how stem cells actually behave in the body is complex and may vary with the route of administration and the person’s condition. It is important not to decide on the basis of an image alone, and to look for a concrete explanation.',
      ],
    },
    categories: ['stem-cell-therapy'],
    related: ['mesenchymal-stem-cell', 'ips-cell', 'regenerative-medicine'],
    sources: [],
  },
  {
    slug: 'mesenchymal-stem-cell',
    term: { ja: '間葉系幹細胞', en: 'Mesenchymal stem cell' },
    reading: 'かんようけいかんさいぼう',
    aliases: { ja: ['MSC'], en: ['mesenchymal stem cells', 'MSC', 'MSCs'] },
    shortDefinition: {
      ja: '脂肪・骨髄・臍帯などに含まれる体性幹細胞の一種で、国内の再生医療で多く用いられている細胞です。',
      en: 'A type of somatic stem cell found in fat, bone marrow, umbilical cord and other tissues, and commonly used in regenerative medicine in Japan.',
    },
    explanation: {
      ja: [
        '間葉系幹細胞は、骨や軟骨、脂肪などの細胞に変化する能力を持つとされる細胞です。比較的採取しやすい脂肪組織から得られるものなどがあり、培養して数を増やしたうえで投与されることが一般的です。',
        '近年は、細胞そのものが置き換わることよりも、細胞が放出するサイトカインや成長因子、エクソソームなどを通じて周囲に働きかける可能性が注目されています。どの組織から採取したのか、本人の細胞か他者の細胞かによっても、確認すべき点は変わります。',
      ],
      en: [
        'Mesenchymal stem cells are thought to be able to change into cells such as bone, cartilage and fat. Some are obtained from adipose tissue, which is relatively easy to collect, and they are usually cultured to increase their number before being administered.',
        'In recent years, attention has shifted from the idea of cells replacing damaged ones towards the possibility that they influence their surroundings through cytokines, growth factors, exosomes and other substances they release. The points to check also change depending on which tissue the cells came from and whether they are the patient’s own or another person’s.',
      ],
    },
    categories: ['stem-cell-therapy', 'conditioned-medium'],
    related: ['stem-cell', 'cytokine', 'exosome', 'conditioned-medium'],
    sources: [],
  },
  {
    slug: 'ips-cell',
    term: { ja: 'iPS細胞', en: 'iPS cell' },
    reading: 'アイピーエスさいぼう',
    aliases: {
      ja: ['人工多能性幹細胞'],
      en: ['iPS cells', 'induced pluripotent stem cell', 'induced pluripotent stem cells'],
    },
    shortDefinition: {
      ja: '皮膚や血液などの細胞に特定の因子を導入してつくられる、さまざまな種類の細胞に変化できる幹細胞です。',
      en: 'A stem cell made by introducing specific factors into cells such as skin or blood cells, giving them the ability to become many types of cell.',
    },
    explanation: {
      ja: [
        'iPS細胞は、2006年にマウスで、2007年にヒトで作製が報告された細胞で、体のほぼすべての種類の細胞に変化しうる能力を持つとされています。日本で開発された技術として広く知られ、再生医療がニュースで取り上げられる際にもよく登場します。',
        'iPS細胞を用いた治療は、臨床研究や治験などを通じて慎重に進められている段階のものが多くあります。ニュースで見かけるiPS細胞の話題と、一般のクリニックで提供されている幹細胞治療とは、別のものである場合が多いことを知っておくと、情報を整理しやすくなります。',
      ],
      en: [
        'iPS cells were first reported in mice in 2006 and in humans in 2007, and are thought to be able to change into almost every type of cell in the body. The technology is widely known as having been developed in Japan, and it often appears when regenerative medicine is covered in the news.',
        'Many treatments using iPS cells are still being developed carefully through clinical research and clinical trials. It helps to know that the iPS cell stories seen in the news and the stem cell therapy offered at ordinary clinics are, in many cases, different things.',
      ],
    },
    categories: ['stem-cell-therapy'],
    related: ['stem-cell', 'regenerative-medicine'],
    sources: [{ title: '京都大学iPS細胞研究所（CiRA）', url: 'https://www.cira.kyoto-u.ac.jp/' }],
  },
  {
    slug: 'exosome',
    term: { ja: 'エクソソーム', en: 'Exosome' },
    reading: 'エクソソーム',
    aliases: { ja: [], en: ['exosomes'] },
    shortDefinition: {
      ja: '細胞が外へ放出する非常に小さな袋状の粒子で、たんぱく質や核酸などの情報を別の細胞へ運ぶと考えられています。',
      en: 'A very small sac-like particle released by cells, thought to carry information such as proteins and nucleic acids to other cells.',
    },
    explanation: {
      ja: [
        'エクソソームは細胞外小胞の一種で、大きさはおおよそ数十から百数十ナノメートルほどとされています。細胞そのものではなく、細胞が送り出す「メッセージ」を運ぶものとしてたとえられることがあります。',
        '細胞を含まないことから、幹細胞治療とは異なる特徴を持つと説明されることがあります。ただし、由来となる細胞、製造や精製の方法、品質管理、投与経路の設計によって中身や性質は変わりうるため、特徴をそのまま安全性の約束と受け取らず、個別に確認することが大切です。',
      ],
      en: [
        'Exosomes are a type of extracellular vesicle, roughly tens to around a hundred and fifty nanometres in size. They are sometimes described not as cells but as carriers of the "messages" that cells send out.',
        'Because they contain no cells, they are sometimes said to have characteristics different from those of stem cell therapy. However, their contents and properties may change with the source cells, the manufacturing and purification methods, quality management and the design of the route of administration. It is important not to take these characteristics as a promise of safety, and to check each case individually.',
      ],
    },
    categories: ['exosomes', 'conditioned-medium'],
    related: ['extracellular-vesicle', 'conditioned-medium', 'quality-management', 'route-of-administration'],
    sources: [],
  },
  {
    slug: 'extracellular-vesicle',
    term: { ja: '細胞外小胞', en: 'Extracellular vesicle' },
    reading: 'さいぼうがいしょうほう',
    aliases: { ja: ['EV'], en: ['extracellular vesicles', 'EVs'] },
    shortDefinition: {
      ja: '細胞から放出される、膜に包まれた小さな粒子の総称です。エクソソームはその一種とされています。',
      en: 'A general term for small membrane-enclosed particles released by cells. Exosomes are considered one type.',
    },
    explanation: {
      ja: [
        '細胞外小胞には、大きさやでき方の異なるいくつかの種類があるとされています。研究の場では、実際の試料の中でそれらを厳密に区別することが難しいため、「エクソソーム」ではなく「細胞外小胞」という広い呼び方が使われることもあります。',
        '治療や製品の説明で「エクソソーム」と書かれていても、どのような方法で粒子を分離し、何をどのように測定しているかは提供者によって異なります。名称だけでなく、測定や管理の方法を確認する視点が役立ちます。',
      ],
      en: [
        'Extracellular vesicles are thought to include several kinds that differ in size and in how they are formed. Because it is difficult to tell them apart strictly in real samples, researchers sometimes use the broader term "extracellular vesicles" rather than "exosomes".',
        'Even when a treatment or product is described as using exosomes, the way particles are separated and what is measured, and how, differ from provider to provider. It helps to look not only at the name but also at how measurement and management are carried out.',
      ],
    },
    categories: ['exosomes'],
    related: ['exosome', 'quality-management'],
    sources: [],
  },
  {
    slug: 'conditioned-medium',
    term: { ja: '培養上清', en: 'Conditioned medium' },
    reading: 'ばいようじょうせい',
    aliases: { ja: ['培養上清液'], en: ['culture supernatant'] },
    shortDefinition: {
      ja: '幹細胞などを培養した液体から細胞を取り除いた上澄みのことで、さまざまな成分を含みうる混合物です。',
      en: 'The liquid left after cells such as stem cells have been cultured and then removed: a mixture that may contain many different components.',
    },
    explanation: {
      ja: [
        '培養上清には、細胞が培養中に放出した成長因子やサイトカイン、エクソソームなどが含まれうるとされています。そのため、エクソソームを含みうる混合物としてイメージすると理解しやすい場合があります。',
        '一方で、培養の条件や処理の方法によって、含まれる成分の種類や量は変わります。「培養上清」という名前だけでは中身はわからないため、由来となる細胞、成分の測定、品質管理について説明があるかを確認することが大切です。',
      ],
      en: [
        'Conditioned medium may contain growth factors, cytokines, exosomes and other substances released by the cells during culture. For that reason, it can be easier to picture it as a mixture that may include exosomes.',
        'On the other hand, the types and amounts of components change with the culture conditions and processing methods. The name "conditioned medium" alone does not reveal the contents, so it is important to check whether there is an explanation of the source cells, how the components are measured and how quality management is carried out.',
      ],
    },
    categories: ['conditioned-medium'],
    related: ['exosome', 'growth-factor', 'cytokine', 'quality-management'],
    sources: [],
  },
  {
    slug: 'growth-factor',
    term: { ja: '成長因子', en: 'Growth factor' },
    reading: 'せいちょういんし',
    aliases: { ja: ['増殖因子'], en: ['growth factors'] },
    shortDefinition: {
      ja: '細胞の増殖や分化などに関わる信号を伝える、たんぱく質の総称です。',
      en: 'A general term for proteins that carry signals involved in cell growth, differentiation and related processes.',
    },
    explanation: {
      ja: [
        '成長因子は、体の中で細胞どうしがやり取りする信号のひとつです。組織の修復や維持に関わるとされるものも多く、培養上清の成分として説明に登場することがあります。',
        'ただし、成長因子の働きは種類や量、作用する場所によって異なり、多ければよいというものではありません。どの成分がどの程度含まれているのか、どのように測定されているのかを確認することが大切です。',
      ],
      en: [
        'Growth factors are one of the kinds of signals that cells exchange within the body. Many are thought to be involved in maintaining and repairing tissue, and they sometimes appear in explanations as components of conditioned medium.',
        'However, what growth factors do depends on their type, amount and where they act, and more is not necessarily better. It is important to check which components are included, in what amounts, and how they are measured.',
      ],
    },
    categories: ['conditioned-medium', 'exosomes'],
    related: ['cytokine', 'conditioned-medium'],
    sources: [],
  },
  {
    slug: 'cytokine',
    term: { ja: 'サイトカイン', en: 'Cytokine' },
    reading: 'サイトカイン',
    aliases: { ja: [], en: ['cytokines'] },
    shortDefinition: {
      ja: '細胞から分泌され、免疫や炎症などに関わる情報をほかの細胞へ伝えるたんぱく質の総称です。',
      en: 'A general term for proteins secreted by cells that pass on signals related to immunity, inflammation and other processes to other cells.',
    },
    explanation: {
      ja: [
        'サイトカインには多くの種類があり、炎症を強める方向に働くものもあれば、抑える方向に働くものもあるとされています。体の状態に応じて、複雑なバランスの中で働いています。',
        '再生医療の説明では、幹細胞が放出する成分や、培養上清に含まれる成分としてサイトカインが挙げられることがあります。特定の成分名を聞いたときは、その量や測定方法、体への影響がどこまでわかっているのかを医師に確認するとよいでしょう。',
      ],
      en: [
        'There are many kinds of cytokines: some are thought to promote inflammation and others to calm it. They work within a complex balance that shifts with the state of the body.',
        'In explanations of regenerative medicine, cytokines are sometimes mentioned as substances released by stem cells or contained in conditioned medium. When you hear the name of a specific component, it is worth asking the physician about the amount, how it is measured and how much is actually known about its effects on the body.',
      ],
    },
    categories: ['conditioned-medium', 'stem-cell-therapy'],
    related: ['inflammation', 'growth-factor'],
    sources: [],
  },
  {
    slug: 'inflammation',
    term: { ja: '炎症', en: 'Inflammation' },
    reading: 'えんしょう',
    aliases: { ja: [], en: [] },
    shortDefinition: {
      ja: 'けがや感染などに対して体が起こす防御反応で、赤み・腫れ・熱・痛みなどを伴うことがあります。',
      en: 'The body’s defensive response to injury, infection and similar triggers, which may involve redness, swelling, heat and pain.',
    },
    explanation: {
      ja: [
        '炎症は、体を守り、傷んだ組織を修復する過程の一部として起こる反応です。一方で、長く続く炎症は、さまざまな不調に関わると考えられています。',
        'エクソソームや幹細胞は、炎症に関わる信号との関係で研究されることがあります。ただし、研究で示されている内容が、個々の患者さんの状態にそのまま当てはまるとは限りません。自分の症状については、医師の診察にもとづいて判断することが大切です。',
      ],
      en: [
        'Inflammation is a reaction that occurs as part of the process of protecting the body and repairing damaged tissue. At the same time, inflammation that continues for a long time is thought to be involved in a range of health problems.',
        'Exosomes and stem cells are sometimes studied in connection with signals related to inflammation. However, what research shows does not necessarily apply directly to an individual patient’s condition. Decisions about your own symptoms should be based on a physician’s examination.',
      ],
    },
    categories: ['exosomes', 'stem-cell-therapy'],
    related: ['cytokine', 'side-effect'],
    sources: [],
  },
  {
    slug: 'route-of-administration',
    term: { ja: '投与経路', en: 'Route of administration' },
    reading: 'とうよけいろ',
    aliases: { ja: ['投与方法'], en: ['routes of administration', 'administration route'] },
    shortDefinition: {
      ja: '薬や細胞などを体内に入れる道すじのことです。点滴による静脈内への投与や、局所注射などがあります。',
      en: 'The path by which medicines, cells or other materials enter the body, such as intravenous drip or local injection.',
    },
    explanation: {
      ja: [
        '同じ材料を用いる場合でも、投与経路によって、体内のどこに届きやすいか、どのようなリスクを考える必要があるかが変わりうるとされています。',
        '治療の説明を受けるときは、どの投与経路を選ぶのか、なぜその方法なのか、量や回数はどのように決めているのかを確認すると、説明の具体性を比べやすくなります。',
      ],
      en: [
        'Even when the same material is used, the route of administration may change where in the body it tends to reach and which risks need to be considered.',
        'When receiving an explanation of a treatment, asking which route of administration will be used, why that method was chosen and how the dose and number of sessions are decided makes it easier to compare how concrete the explanations are.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['intravenous-drip', 'local-injection', 'side-effect'],
    sources: [],
  },
  {
    slug: 'intravenous-drip',
    term: { ja: '点滴', en: 'Intravenous drip' },
    reading: 'てんてき',
    aliases: { ja: ['点滴静注', '静脈内投与'], en: ['intravenous infusion', 'IV drip'] },
    shortDefinition: {
      ja: '液体を血管（主に静脈）へ時間をかけて少しずつ入れる投与方法です。',
      en: 'A method of slowly introducing a liquid into a blood vessel, usually a vein, over a period of time.',
    },
    explanation: {
      ja: [
        '点滴で投与されたものは、血液の流れに乗って全身をめぐります。再生医療では、幹細胞やエクソソームなどを点滴で投与する方法が説明されることがあります。',
        '全身をめぐるという性質は、目的とする部位にどの程度届くのかという点とは分けて考える必要があります。投与中や投与後の体調の変化にどう対応するのか、観察の体制もあわせて確認しておきたい点です。',
      ],
      en: [
        'Anything given by intravenous drip travels around the whole body in the bloodstream. In regenerative medicine, administering stem cells, exosomes or other materials by drip is sometimes described.',
        'The fact that it circulates through the whole body needs to be considered separately from how much actually reaches the intended area. It is also worth checking how changes in your condition during and after administration will be handled, and how you will be monitored.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['route-of-administration', 'local-injection'],
    sources: [],
  },
  {
    slug: 'local-injection',
    term: { ja: '局所注射', en: 'Local injection' },
    reading: 'きょくしょちゅうしゃ',
    aliases: { ja: ['局所投与'], en: ['local injections', 'local administration'] },
    shortDefinition: {
      ja: '関節や皮膚など、体の特定の部位に直接注射して投与する方法です。',
      en: 'A method of administration in which material is injected directly into a specific part of the body, such as a joint or the skin.',
    },
    explanation: {
      ja: [
        '局所注射は、目的とする部位やその近くに直接投与する方法です。膝などの関節や、皮膚に関する施術などで説明されることがあります。',
        '注射する部位によって、痛みや腫れ、感染などの注意点が異なります。どの部位に、どのくらいの量を、どのような手順で投与するのか、画像などで位置を確認するのかといった点を事前に聞いておくと、判断の材料になります。',
      ],
      en: [
        'Local injection delivers material directly into or near the intended area. It is sometimes described for joints such as the knee or for skin-related procedures.',
        'Points to be careful about, such as pain, swelling and infection, differ with the injection site. Asking in advance where the injection will be given, how much will be used, what the procedure is and whether imaging is used to confirm the position gives you material for your decision.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['route-of-administration', 'intravenous-drip', 'side-effect'],
    sources: [],
  },
  {
    slug: 'cell-processing-facility',
    term: { ja: '細胞培養加工施設', en: 'Cell processing facility' },
    reading: 'さいぼうばいようかこうしせつ',
    aliases: { ja: ['細胞加工施設', 'CPC'], en: ['cell processing facilities', 'cell processing centre', 'CPC'] },
    shortDefinition: {
      ja: '再生医療に用いる細胞を培養・加工するための施設です。日本では、法律にもとづく届出や許可が必要とされています。',
      en: 'A facility for culturing and processing cells used in regenerative medicine. In Japan, notification or a licence is required by law.',
    },
    explanation: {
      ja: [
        '細胞を培養・加工する工程では、清潔な環境の維持や工程の記録、品質の確認などが求められます。再生医療等安全性確保法では、医療機関内の施設は届出を行い、外部の事業者の施設は許可を受けることなどが定められています。',
        '治療を検討する際には、細胞をどこで培養・加工しているのか、その施設がどのような管理体制のもとで運営されているのかを確認することが、品質を考えるうえでの手がかりになります。',
      ],
      en: [
        'Culturing and processing cells requires a clean environment, records of each step and checks on quality. Under the Act on the Safety of Regenerative Medicine, facilities inside medical institutions must notify the authorities, while facilities run by outside businesses must obtain a licence.',
        'When considering treatment, checking where the cells are cultured and processed, and under what management system the facility operates, is a useful clue when thinking about quality.',
      ],
    },
    categories: ['stem-cell-therapy'],
    related: ['quality-management', 'act-on-the-safety-of-regenerative-medicine', 'stem-cell'],
    sources: [MHLW_REGENERATIVE_MEDICINE],
  },
  {
    slug: 'act-on-the-safety-of-regenerative-medicine',
    term: { ja: '再生医療等安全性確保法', en: 'Act on the Safety of Regenerative Medicine' },
    reading: 'さいせいいりょうとうあんぜんせいかくほほう',
    aliases: {
      ja: ['再生医療等の安全性の確保等に関する法律'],
      en: ['Regenerative Medicine Safety Act'],
    },
    shortDefinition: {
      ja: '医療機関が再生医療等を提供する際の手続きや、細胞の培養・加工に関するルールを定めた日本の法律です。2014年に施行されました。',
      en: 'A Japanese law, in force since 2014, that sets out procedures for medical institutions providing regenerative medicine and rules on processing cells.',
    },
    explanation: {
      ja: [
        'この法律では、再生医療等をリスクに応じて第一種・第二種・第三種に分類し、それぞれに応じた手続きを定めています。医療機関は、認定を受けた委員会の審査を経たうえで、再生医療等提供計画を厚生労働大臣に提出することが求められます。',
        '提出された計画の情報は公開されている場合があり、治療を検討する際の確認材料になります。ただし、手続きを経ていることは、治療の効果や安全性が約束されていることを意味するものではありません。また、細胞を含まないものの扱いなど、制度は見直しが議論されることもあるため、最新の情報は公的な情報源で確認してください。',
      ],
      en: [
        'The Act classifies regenerative medicine into Class I, Class II and Class III according to risk and sets out procedures for each. Medical institutions are required to submit a plan for providing regenerative medicine to the Minister of Health, Labour and Welfare after review by a certified committee.',
        'Information from submitted plans may be publicly available and can serve as material to check when considering treatment. However, having gone through these procedures does not mean that efficacy or safety is promised. The system is also sometimes under review, for example regarding materials that contain no cells, so please check official sources for the latest information.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['certified-special-committee', 'cell-processing-facility', 'regenerative-medicine'],
    sources: [MHLW_REGENERATIVE_MEDICINE, EGOV_ACT_ON_SAFETY],
  },
  {
    slug: 'certified-special-committee',
    term: { ja: '特定認定再生医療等委員会', en: 'Certified Special Committee for Regenerative Medicine' },
    reading: 'とくていにんていさいせいいりょうとういいんかい',
    aliases: { ja: [], en: ['certified special committee'] },
    shortDefinition: {
      ja: '第一種・第二種の再生医療等の提供計画を審査する、厚生労働大臣の認定を受けた委員会です。',
      en: 'A committee certified by the Minister of Health, Labour and Welfare to review plans for providing Class I and Class II regenerative medicine.',
    },
    explanation: {
      ja: [
        '再生医療等安全性確保法では、リスクが比較的高いとされる第一種と第二種の再生医療等について、医療機関は提供計画を特定認定再生医療等委員会に提出し、意見を聴くことが求められます。第三種については、認定再生医療等委員会が審査を行います。',
        '委員会の審査は、計画の内容が法律の基準に沿っているかを確認する手続きです。審査を経ていることは確認材料のひとつですが、個々の患者さんにとっての効果や安全性を約束するものではありません。',
      ],
      en: [
        'Under the Act on the Safety of Regenerative Medicine, for Class I and Class II regenerative medicine, which are considered relatively higher risk, medical institutions must submit their plans to a Certified Special Committee for Regenerative Medicine and obtain its opinion. Class III plans are reviewed by a Certified Committee for Regenerative Medicine.',
        'The committee’s review is a procedure to confirm that a plan meets the standards set by the law. Having been reviewed is one point worth checking, but it does not promise efficacy or safety for any individual patient.',
      ],
    },
    categories: ['stem-cell-therapy'],
    related: ['act-on-the-safety-of-regenerative-medicine', 'informed-consent'],
    sources: [MHLW_REGENERATIVE_MEDICINE],
  },
  {
    slug: 'informed-consent',
    term: { ja: 'インフォームド・コンセント', en: 'Informed consent' },
    reading: 'インフォームド・コンセント',
    aliases: { ja: ['説明と同意'], en: [] },
    shortDefinition: {
      ja: '治療の目的・方法・リスク・費用などについて十分な説明を受け、理解したうえで、本人が同意することです。',
      en: 'Agreeing to treatment after receiving and understanding a full explanation of its purpose, method, risks, costs and alternatives.',
    },
    explanation: {
      ja: [
        'インフォームド・コンセントは、単に同意書に署名することではなく、説明を受け、疑問を質問し、納得したうえで自分で決めるための過程です。ほかの選択肢や、治療を受けない場合についての説明も含まれます。',
        '再生医療は自由診療として提供されるものも多く、費用や期待できることの範囲、まだわかっていないことについて丁寧な説明があるかどうかが重要です。その場で決めず、説明資料を持ち帰って検討できるかも確認しておきたい点です。',
      ],
      en: [
        'Informed consent is not simply signing a consent form. It is a process of receiving an explanation, asking questions and making your own decision once you are satisfied. It also includes an explanation of other options and of what happens if you do not have the treatment.',
        'Much regenerative medicine is offered as self-pay medical care, so it matters whether costs, the range of what can reasonably be expected and what is still unknown are explained carefully. It is also worth checking whether you can take the explanatory materials home to consider rather than deciding on the spot.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['side-effect', 'self-pay-medical-care', 'quality-management'],
    sources: [],
  },
  {
    slug: 'quality-management',
    term: { ja: '品質管理', en: 'Quality management' },
    reading: 'ひんしつかんり',
    aliases: { ja: ['品質管理体制'], en: ['quality control'] },
    shortDefinition: {
      ja: '製品や材料が決められた基準を満たすように、製造の工程や検査を管理することです。',
      en: 'Managing manufacturing processes and testing so that a product or material consistently meets defined standards.',
    },
    explanation: {
      ja: [
        '再生医療で用いる細胞やエクソソーム、培養上清は、つくり方や扱い方によって中身が変わりうるものです。そのため、原料の管理、製造工程の記録、完成したものの検査、保管や輸送の条件などが重要になります。',
        '治療の説明を受けるときは、「品質管理をしています」という言葉だけでなく、何をどのような基準で確認しているのか、ロットごとの検査結果を示してもらえるのかといった具体的な内容を尋ねてみるとよいでしょう。',
      ],
      en: [
        'The cells, exosomes and conditioned medium used in regenerative medicine can vary depending on how they are made and handled. That is why control of raw materials, records of the manufacturing process, testing of the finished material, and storage and transport conditions all matter.',
        'When a treatment is explained to you, it is worth going beyond the words "we carry out quality management" and asking concrete questions: what is checked, against which standards, and whether test results for each batch can be shown.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['cell-processing-facility', 'exosome', 'conditioned-medium'],
    sources: [],
  },
  {
    slug: 'side-effect',
    term: { ja: '副作用', en: 'Side effect' },
    reading: 'ふくさよう',
    aliases: { ja: [], en: ['side effects', 'adverse effects'] },
    shortDefinition: {
      ja: '治療によって、目的とする作用とは別に起こる好ましくない反応のことです。',
      en: 'An unwanted reaction to a treatment that occurs in addition to its intended effect.',
    },
    explanation: {
      ja: [
        '副作用には、注射した部位の痛みや腫れ、発熱など比較的よく知られたものから、まれに起こる重い反応まで、さまざまなものがあります。起こりうる反応の種類や頻度は、用いる材料や投与経路、体の状態によって異なります。',
        '新しい分野の治療では、長期的な影響がまだ十分にわかっていないこともあります。どのような副作用が想定されているのか、起きたときにどこへ連絡し、どのように対応してもらえるのかを、事前に確認しておくことが大切です。',
      ],
      en: [
        'Side effects range from relatively familiar ones, such as pain or swelling at the injection site and fever, to rare but serious reactions. The types and frequency of possible reactions differ with the material used, the route of administration and the person’s condition.',
        'With treatments in newer fields, long-term effects may not yet be fully understood. It is important to check in advance which side effects are anticipated, whom to contact if one occurs and how it will be dealt with.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['informed-consent', 'route-of-administration'],
    sources: [],
  },
  {
    slug: 'self-pay-medical-care',
    term: { ja: '自由診療', en: 'Self-pay medical care' },
    reading: 'じゆうしんりょう',
    aliases: { ja: ['自費診療'], en: ['self-pay treatment'] },
    shortDefinition: {
      ja: '公的医療保険が適用されず、費用を全額自己負担で受ける診療のことです。',
      en: 'Medical care not covered by public health insurance, for which the patient pays the full cost.',
    },
    explanation: {
      ja: [
        '国内のクリニックで提供されている再生医療の多くは、自由診療として行われています。費用は医療機関ごとに設定されるため、似た名称の治療でも、金額や含まれる内容が異なることがあります。',
        '費用を比べる際は、総額だけでなく、検査や投与回数、経過観察が含まれているか、追加の費用が発生する場合があるかを確認しておくと、説明の内容を比べやすくなります。',
      ],
      en: [
        'Much of the regenerative medicine offered at clinics in Japan is provided as self-pay medical care. Because each medical institution sets its own fees, treatments with similar names can differ in price and in what is included.',
        'When comparing costs, it helps to check not only the total but also whether tests, the number of sessions and follow-up are included, and whether additional charges may arise.',
      ],
    },
    categories: [...ALL_CATEGORIES],
    related: ['informed-consent', 'regenerative-medicine'],
    sources: [],
  },
]

// ---------------------------------------------------------------------------
// Episodes
// ---------------------------------------------------------------------------

export const episodes: SeedEpisode[] = [
  // -------------------------------------------------------------------------
  {
    slug: 'regenerative-medicine-in-the-news-why-it-is-not-just-one-thing',
    number: 1,
    title: {
      ja: 'ニュースで見る「再生医療」――ひとつのものではない理由',
      en: 'Regenerative Medicine in the News: Why It Is Not Just One Thing',
    },
    lead: {
      ja: 'ニュースや広告で「再生医療」という言葉を見かける機会が増えました。第1回では、この言葉がひとつの治療を指すものではないことを、落ち着いて整理します。',
      en: 'The words "regenerative medicine" appear more and more often in the news and in advertising. In this first episode, we calmly sort out why they do not refer to a single treatment.',
    },
    body: {
      ja: [
        {
          type: 'paragraph',
          text: 'こんにちは。このシリーズは、医療機関ではない立場から、相談の前に再生医療の情報を整理するための全10回の連載です。第1回は、ニュースで目にする「再生医療」という言葉そのものについて考えます。',
        },
        { type: 'heading', text: '「再生医療」という言葉が身近になった' },
        {
          type: 'paragraph',
          text: 'iPS細胞の研究成果が報じられる一方で、街のクリニックの広告やSNSでも「再生医療」という言葉を見かけるようになりました。言葉が身近になれば、関心を持つ方が増えるのは自然なことです。',
        },
        {
          type: 'paragraph',
          text: 'ただ、同じ言葉が大学の臨床研究にも、クリニックの自由診療のメニューにも使われているため、読む側からは、何がどう違うのかが見えにくくなっています。',
        },
        { type: 'heading', text: 'ひとつの治療法ではなく、総称です' },
        {
          type: 'paragraph',
          text: '再生医療は、特定の治療法の名前ではありません。細胞や細胞に由来する成分などを使って、体の組織や機能の回復を目指す医療をまとめた呼び方です。その中には、性質の大きく異なるものが含まれています。',
        },
        {
          type: 'list',
          items: [
            '幹細胞など、細胞そのものを用いるもの',
            '細胞が放出するエクソソームなどの成分を用いるもの',
            '培養上清のように、さまざまな成分を含みうる混合物を用いるもの',
            '研究段階のものから公的な承認を受けた製品まで、位置づけの異なるもの',
          ],
        },
        { type: 'subheading', text: 'ニュースの話題と、クリニックの治療は同じとは限りません' },
        {
          type: 'paragraph',
          text: 'ニュースで大きく取り上げられるiPS細胞の研究と、一般のクリニックで提供されている幹細胞治療は、多くの場合、別のものです。見出しの印象だけで両者を結びつけてしまうと、実際の治療の内容とのあいだにずれが生まれやすくなります。',
        },
        { type: 'heading', text: '違いを知らないと、判断が難しくなります' },
        {
          type: 'paragraph',
          text: '違いがわからないままだと、すべてが同じものに見えてしまいます。その結果、期待だけがふくらんだり、反対に必要以上に不安になったりして、落ち着いた判断がしにくくなります。',
        },
        {
          type: 'paragraph',
          text: 'また、日本では再生医療等安全性確保法によって、医療機関が再生医療等を提供する際の手続きが定められていますが、何を用いるかによって制度上の扱いも異なります。だからこそ、まず「何を体内に入れるのか」を分けて考えることが出発点になります。',
        },
        { type: 'heading', text: 'まとめ' },
        {
          type: 'paragraph',
          text: '再生医療は、ひとつのものではなく、性質の異なる複数の方法をまとめた言葉です。ニュースの印象と実際の治療を分けて考え、何を用いるのかを確かめることが、落ち着いて理解するための第一歩です。気になる治療がある場合は、医師や医療機関に具体的な内容を確認してください。',
        },
        {
          type: 'paragraph',
          text: '次回は、再生医療にはどのような種類があるのかを、幹細胞・エクソソーム・培養上清の三つに分けて整理します。',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Hello. This ten-part series is written from the standpoint of an organisation that is not a medical institution, to help you organise information about regenerative medicine before a consultation. In this first episode, we think about the words "regenerative medicine" themselves, as they appear in the news.',
        },
        { type: 'heading', text: 'A phrase that has become familiar' },
        {
          type: 'paragraph',
          text: 'While research on iPS cells makes the news, the words "regenerative medicine" now also appear in local clinic advertising and on social media. As a term becomes familiar, it is natural that more people become interested.',
        },
        {
          type: 'paragraph',
          text: 'However, the same words are used both for university clinical research and for treatments offered as self-pay medical care at clinics, which makes it hard for readers to see what differs and how.',
        },
        { type: 'heading', text: 'An umbrella term, not a single treatment' },
        {
          type: 'paragraph',
          text: 'Regenerative medicine is not the name of a specific treatment. It is a collective name for medicine that aims to restore the body’s tissues or functions using cells or components derived from cells. It includes approaches that are very different in nature.',
        },
        {
          type: 'list',
          items: [
            'Approaches that use the cells themselves, such as stem cells',
            'Approaches that use components released by cells, such as exosomes',
            'Approaches that use a mixture that may contain many components, such as conditioned medium',
            'Approaches with different standing, from research-stage work to officially approved products',
          ],
        },
        { type: 'subheading', text: 'News stories and clinic treatments are not necessarily the same' },
        {
          type: 'paragraph',
          text: 'The iPS cell research that features prominently in the news and the stem cell therapy offered at ordinary clinics are, in many cases, different things. Linking the two on the strength of a headline can easily create a gap between expectations and what a treatment actually involves.',
        },
        { type: 'heading', text: 'Without knowing the differences, decisions become harder' },
        {
          type: 'paragraph',
          text: 'If the differences are unclear, everything starts to look the same. Expectations can swell, or anxiety can grow more than necessary, and it becomes harder to make a calm decision.',
        },
        {
          type: 'paragraph',
          text: 'In Japan, the Act on the Safety of Regenerative Medicine sets out procedures for medical institutions providing regenerative medicine, but how a treatment is handled within that system also depends on what is used. That is why the starting point is to ask, separately for each approach, what is being introduced into the body.',
        },
        { type: 'heading', text: 'Summary' },
        {
          type: 'paragraph',
          text: 'Regenerative medicine is not one thing; it is a phrase that gathers together several methods of different kinds. Separating the impression given by the news from actual treatments, and confirming what is used, is the first step towards understanding calmly. If there is a treatment you are interested in, please confirm the specifics with a physician or medical institution.',
        },
        {
          type: 'paragraph',
          text: 'Next time, we will look at what kinds of regenerative medicine there are, dividing them into three groups: stem cells, exosomes and conditioned medium.',
        },
      ],
    },
    categories: [...ALL_CATEGORIES],
    transcript: {
      ja: [
        'こんにちは。再生医療について、相談の前に情報を整理するためのシリーズ、第1回です。私たちは医療機関ではありませんので、今日のお話は一般的な情報の整理としてお聞きください。',
        '最近は、ニュースでiPS細胞の研究が紹介される一方で、クリニックの広告やSNSでも「再生医療」という言葉をよく見かけます。言葉が身近になるのはよいことですが、同じ言葉がとても幅広いものに使われている、という点には気をつけたいところです。',
        '再生医療は、ひとつの治療法の名前ではなく、総称です。細胞そのものを使うもの、細胞が出す成分を使うもの、いろいろな成分を含む混合物を使うものなど、中身はさまざまです。ニュースの研究と、街のクリニックの治療が同じとは限りません。',
        'まずは「体の中に何を入れるのか」という問いで分けて考えてみてください。それだけで、情報の見え方がずいぶん変わります。具体的な治療については、医師や医療機関に確認することが大切です。',
        '次回は、幹細胞、エクソソーム、培養上清という三つの種類について、違いを整理していきます。',
      ].join('\n\n'),
      en: [
        'Hello, and welcome to the first episode of our series on organising information about regenerative medicine before a consultation. We are not a medical institution, so please treat today’s talk as general information.',
        'These days, research on iPS cells appears in the news, while the words "regenerative medicine" also turn up in clinic advertising and on social media. It is good that the term has become familiar, but it is worth noticing that the same words are being used for a very wide range of things.',
        'Regenerative medicine is not the name of one treatment; it is an umbrella term. Some approaches use the cells themselves, some use components released by cells, and some use mixtures containing many components. The research in the news and the treatment at a local clinic are not necessarily the same thing.',
        'As a first step, try sorting things by one question: what is being introduced into the body? That alone changes how the information looks. For any specific treatment, it is important to confirm the details with a physician or medical institution.',
        'Next time, we will sort out the differences between three kinds: stem cells, exosomes and conditioned medium.',
      ].join('\n\n'),
    },
    podcastDurationSeconds: 372,
    seoDescription: {
      ja: '「再生医療」はひとつの治療法ではなく総称です。ニュースの研究とクリニックの治療の違い、何を体内に入れるのかで分けて考える視点を、医療機関ではない立場から整理します。',
      en: 'Regenerative medicine is an umbrella term, not one treatment. We explain why news stories and clinic treatments differ, and why to ask what enters the body.',
    },
  },
  // -------------------------------------------------------------------------
  {
    slug: 'what-kinds-of-regenerative-medicine-are-there',
    number: 2,
    title: {
      ja: '再生医療にはどんな種類があるのか',
      en: 'What Kinds of Regenerative Medicine Are There?',
    },
    lead: {
      ja: '幹細胞、エクソソーム、培養上清。同じ再生医療の中でも、体内に入れるものは異なります。第2回では、代表的な三つの種類を「何を入れるのか」という視点から整理します。',
      en: 'Stem cells, exosomes, conditioned medium: even within regenerative medicine, what is introduced into the body differs. In Episode 2, we sort out three representative kinds by asking what goes in.',
    },
    body: {
      ja: [
        {
          type: 'paragraph',
          text: '全10回シリーズの第2回です。前回は、再生医療がひとつのものではないことをお話ししました。今回は、その中身をもう少し具体的に見ていきます。',
        },
        { type: 'heading', text: '「何を体内に入れるのか」で分けて考える' },
        {
          type: 'paragraph',
          text: '種類を見分けるときに役立つのは、「体内に何を入れるのか」という問いです。名前が似ていても、入れるものが違えば、仕組みの説明も確認すべき点も変わります。ここでは代表的な三つを取り上げます。',
        },
        { type: 'heading', text: '1. 幹細胞治療：細胞そのものを用いる' },
        {
          type: 'paragraph',
          text: '幹細胞治療は、幹細胞そのものを体内に投与する方法です。国内のクリニックでは、脂肪などから採取した間葉系幹細胞を細胞培養加工施設で培養し、点滴や局所注射で投与する形が多く見られます。',
        },
        {
          type: 'paragraph',
          text: '生きた細胞は、体内でどこへ届き、どのように働き、どのくらいとどまるのかが、体の状態や投与経路によって変わりうるとされています。細胞の話だけでなく、培養の管理体制や事前の検査、説明の進め方まで含めて確認することが大切です。',
        },
        { type: 'heading', text: '2. エクソソーム：細胞が送り出すメッセージを用いる' },
        {
          type: 'paragraph',
          text: 'エクソソームは細胞ではなく、細胞が外へ放出する非常に小さな粒子です。たんぱく質や核酸などを運び、細胞どうしの情報のやり取りに関わると考えられています。',
        },
        {
          type: 'quote',
          text: '幹細胞を「手紙の書き手」、エクソソームを「書き手が送る手紙」と考えると、両者の違いをイメージしやすくなります。',
        },
        {
          type: 'paragraph',
          text: '近年の研究では、修復に関わる働きの一部は、細胞そのものよりも細胞が放出する成分によるのではないか、という考え方も検討されています。ただし研究段階の知見が多く、個々の治療にそのまま当てはまるとは限りません。',
        },
        { type: 'heading', text: '3. 培養上清：メッセージを含みうる混合物を用いる' },
        {
          type: 'paragraph',
          text: '培養上清は、幹細胞などを培養した液体から細胞を取り除いた上澄みです。成長因子やサイトカイン、エクソソームなど、さまざまな成分が含まれうるとされています。エクソソームと似た説明をされることもありますが、同じものではありません。名前だけでは中身がわからないため、何がどの程度含まれ、どのように品質管理されているかを確認する必要があります。',
        },
        { type: 'heading', text: '三つの違いを整理すると' },
        {
          type: 'list',
          items: [
            '幹細胞治療：細胞そのものを入れる',
            'エクソソーム：細胞が送り出すメッセージを入れる',
            '培養上清：メッセージを含みうる、さまざまな成分の混合物を入れる',
          ],
        },
        {
          type: 'paragraph',
          text: 'これは、どれか一つが一律に優れている、あるいは劣っているという話ではありません。目的や体の状態によって考え方は変わり、入れるものが違えば、想定される副作用や確認すべき点も異なります。',
        },
        { type: 'heading', text: 'まとめ' },
        {
          type: 'paragraph',
          text: '再生医療には、細胞そのもの、細胞が送り出すメッセージ、それらを含みうる混合物という、性質の異なる種類があります。名前の印象ではなく、何を入れるのか、どう管理されているのかを分けて考えることで、医師や医療機関に確認したいことが見えてきます。',
        },
        {
          type: 'paragraph',
          text: '次回は、エクソソームがなぜ「より安全」と説明されることが多いのか、そしてそれでも確認しておきたい点は何かを取り上げます。',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'This is Episode 2 of our ten-part series. Last time, we saw that regenerative medicine is not one single thing. This time, we look a little more concretely at what it contains.',
        },
        { type: 'heading', text: 'Sorting by what is introduced into the body' },
        {
          type: 'paragraph',
          text: 'A useful question for telling the kinds apart is: what is being introduced into the body? Even when names sound alike, if what goes in is different, the explanation of how it works and the points to check also change. Here we look at three representative kinds.',
        },
        { type: 'heading', text: '1. Stem cell therapy: using the cells themselves' },
        {
          type: 'paragraph',
          text: 'Stem cell therapy introduces stem cells themselves into the body. At clinics in Japan, a common form is to collect mesenchymal stem cells from fat or other tissue, culture them at a cell processing facility, and administer them by intravenous drip or local injection.',
        },
        {
          type: 'paragraph',
          text: 'Where living cells go in the body, how they act and how long they stay are thought to vary with the person’s condition and the route of administration. It is important to check not only the cells but also how culturing is managed, what tests are done beforehand and how the explanation is given.',
        },
        { type: 'heading', text: '2. Exosomes: using the messages cells send out' },
        {
          type: 'paragraph',
          text: 'Exosomes are not cells. They are extremely small particles released by cells, thought to carry proteins, nucleic acids and other material and to play a part in communication between cells.',
        },
        {
          type: 'quote',
          text: 'If you think of a stem cell as the writer of a letter and an exosome as the letter it sends, the difference between the two becomes easier to picture.',
        },
        {
          type: 'paragraph',
          text: 'Recent research has been exploring the idea that part of the work involved in repair may come less from the cells themselves and more from the components they release. However, much of this is still at the research stage and does not necessarily apply directly to any particular treatment.',
        },
        { type: 'heading', text: '3. Conditioned medium: using a mixture that may include the messages' },
        {
          type: 'paragraph',
          text: 'Conditioned medium is the liquid left after stem cells or other cells have been cultured and the cells removed. It may contain a variety of components, such as growth factors, cytokines and exosomes. It is sometimes explained in terms similar to exosomes, but the two are not the same. Because the name alone does not tell you what is inside, you need to check what is included, in what amounts, and how quality management is carried out.',
        },
        { type: 'heading', text: 'The three differences at a glance' },
        {
          type: 'list',
          items: [
            'Stem cell therapy: the cells themselves go in',
            'Exosomes: the messages that cells send out go in',
            'Conditioned medium: a mixture of many components, which may include those messages, goes in',
          ],
        },
        {
          type: 'paragraph',
          text: 'This is not about one kind being better or worse across the board. The thinking changes with the purpose and the state of the body, and when what goes in is different, the possible side effects and the points to check also differ.',
        },
        { type: 'heading', text: 'Summary' },
        {
          type: 'paragraph',
          text: 'Regenerative medicine includes kinds that differ in nature: the cells themselves, the messages cells send out, and mixtures that may contain those messages. By looking past the impression a name gives and considering separately what goes in and how it is managed, you can see more clearly what you want to confirm with a physician or medical institution.',
        },
        {
          type: 'paragraph',
          text: 'Next time, we will look at why exosomes are so often described as "safer", and what still needs checking all the same.',
        },
      ],
    },
    categories: [...ALL_CATEGORIES],
    transcript: {
      ja: [
        'こんにちは。シリーズ第2回です。今日は、再生医療にはどんな種類があるのかを、「体の中に何を入れるのか」という視点で整理してみます。',
        '一つめは幹細胞治療です。これは細胞そのものを入れる方法です。脂肪などから採った細胞を施設で培養して、点滴や注射で体に戻す、といった形がよく見られます。生きた細胞なので、どこに届いて、どう働くのかは、体の状態や投与の方法によって変わりうるとされています。',
        '二つめはエクソソームです。こちらは細胞ではなく、細胞が外に出す、とても小さな粒子です。幹細胞を手紙の書き手だとすると、エクソソームはその手紙、というイメージです。',
        '三つめは培養上清です。細胞を育てた液体の上澄みで、エクソソームや成長因子など、いろいろな成分が含まれうる混合物です。名前だけでは中身がわからないので、何が入っていて、どう管理されているのかを確認することが大切です。',
        'どれが一律によい、悪いという話ではありません。入れるものが違えば、確認すべき点も変わります。気になることは、ぜひ医師や医療機関に具体的に聞いてみてください。次回は、エクソソームと「安全」という言葉について考えます。',
      ].join('\n\n'),
      en: [
        'Hello, and welcome to Episode 2. Today we sort out what kinds of regenerative medicine there are, using one question: what is being introduced into the body?',
        'The first kind is stem cell therapy, which introduces the cells themselves. A common form is to take cells from fat or other tissue, culture them at a facility and return them to the body by drip or injection. Because these are living cells, where they go and how they act is thought to vary with the person’s condition and how they are given.',
        'The second kind is exosomes. These are not cells but very small particles that cells release. If a stem cell is the writer of a letter, an exosome is the letter itself.',
        'The third kind is conditioned medium: the liquid left over from growing cells, a mixture that may contain exosomes, growth factors and many other components. The name alone does not tell you what is inside, so it is important to check what it contains and how it is managed.',
        'None of these is simply good or bad across the board. When what goes in is different, the points to check change too. Please ask a physician or medical institution about anything specific. Next time, we will think about exosomes and the word "safe".',
      ].join('\n\n'),
    },
    podcastDurationSeconds: 486,
    seoDescription: {
      ja: '幹細胞・エクソソーム・培養上清の違いを「細胞そのもの」「メッセージ」「メッセージを含みうる混合物」という視点で整理し、それぞれで確認したい点を紹介します。',
      en: 'Stem cells, exosomes and conditioned medium compared: the cells themselves, the messages, and a mixture that may include them, with points to check for each.',
    },
  },
  // -------------------------------------------------------------------------
  {
    slug: 'why-exosomes-are-often-called-safer-and-what-still-needs-checking',
    number: 3,
    title: {
      ja: 'エクソソームはなぜ「より安全」と言われやすいのか――それでも確認したいこと',
      en: 'Why Exosomes Are Often Called "Safer", and What Still Needs Checking',
    },
    lead: {
      ja: 'エクソソームは「細胞を使わないから安全」と紹介されることがあります。第3回では、そう説明される背景と、それでも確認しておきたい点を整理します。',
      en: 'Exosomes are sometimes presented as "safe because no cells are used". In Episode 3, we look at the background to that description and at what still needs to be checked.',
    },
    body: {
      ja: [
        {
          type: 'paragraph',
          text: 'シリーズ第3回です。前回、エクソソームは細胞そのものではなく、細胞が送り出すメッセージを運ぶ粒子だとお伝えしました。今回は、エクソソームをめぐる「安全」という言葉について考えます。',
        },
        { type: 'heading', text: '「より安全」と説明される背景' },
        {
          type: 'paragraph',
          text: 'エクソソームが幹細胞治療と比べて「より安全」と説明されることがあるのは、主に次のような特徴が挙げられるためです。',
        },
        {
          type: 'list',
          items: [
            '生きた細胞ではないため、体内で細胞が増えたり別の細胞に変化したりすることは想定されていない',
            '凍結などで保管しやすく、品質をそろえやすいと説明されることがある',
            '本人から細胞を採取する工程が必要ない場合がある',
          ],
        },
        {
          type: 'paragraph',
          text: 'これらは、エクソソームの性質を理解するうえで知っておきたい点です。ただし、「性質が異なる」ことと「安全が約束されている」ことは、別の話です。',
        },
        { type: 'heading', text: '特徴を約束に置き換えない' },
        {
          type: 'paragraph',
          text: '特徴は、あくまで特徴です。「細胞を含まない」という性質を、そのまま効果や安全性の約束に置き換えないことが大切です。どのような反応が起こりうるかは、中身やつくり方、投与の方法によって変わるためです。',
        },
        {
          type: 'quote',
          text: '「細胞を使わない」は特徴の説明であって、安全の約束ではありません。',
        },
        { type: 'heading', text: 'それでも確認したい四つのポイント' },
        { type: 'subheading', text: '由来：どの細胞から得たものか' },
        {
          type: 'paragraph',
          text: 'エクソソームの中身は、もとになる細胞の種類や状態によって異なるとされています。どの組織に由来する細胞か、ドナーはどのように選ばれ、どのような検査を受けているのかを確認しましょう。',
        },
        { type: 'subheading', text: '製造：どこで、どのようにつくられたか' },
        {
          type: 'paragraph',
          text: '細胞の培養条件や、粒子を取り出す精製の方法によって、得られるものは変わります。製造を行う施設や、その管理の仕組みについて説明があるかどうかが、ひとつの目安になります。',
        },
        { type: 'subheading', text: '品質管理：何を測り、どう確かめているか' },
        {
          type: 'paragraph',
          text: '粒子の数や大きさ、含まれる成分、不要な物質が混ざっていないかなど、何をどのような基準で確認しているかが重要です。「品質管理を行っています」という言葉だけでなく、具体的な内容を尋ねてみてください。',
        },
        { type: 'subheading', text: '投与の設計：どこに、どれだけ、どのように' },
        {
          type: 'paragraph',
          text: '点滴か局所注射かといった投与経路、量や回数、間隔がどのように決められているかによって、考えるべきことは変わります。想定される副作用と、体調に変化があったときの対応体制もあわせて確認しておきましょう。また、細胞を含まないものは、細胞を用いる治療とは制度上の扱いが異なる場合があるため、手続きの状況も医療機関に確認しておくと判断の材料になります。',
        },
        { type: 'heading', text: 'まとめ' },
        {
          type: 'paragraph',
          text: 'エクソソームは、細胞そのものではないという特徴から「より安全」と説明されることがあります。しかし、特徴を約束に置き換えず、由来、製造、品質管理、投与の設計を一つずつ確認することが大切です。気になる点は、医師や医療機関に具体的に質問してください。',
        },
        {
          type: 'paragraph',
          text: '次回は、実際に相談するときに持っていきたい質問を整理します。',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'This is Episode 3 of the series. Last time, we explained that exosomes are not cells but particles that carry the messages cells send out. This time, we think about the word "safe" as it is used around exosomes.',
        },
        { type: 'heading', text: 'Why exosomes are described as "safer"' },
        {
          type: 'paragraph',
          text: 'When exosomes are described as "safer" than stem cell therapy, it is mainly because of characteristics such as the following.',
        },
        {
          type: 'list',
          items: [
            'They are not living cells, so cells multiplying or changing into other cells inside the body is not expected',
            'They are sometimes said to be easier to store, for example by freezing, and easier to keep consistent in quality',
            'In some cases, there is no need to collect cells from the patient',
          ],
        },
        {
          type: 'paragraph',
          text: 'These are worth knowing in order to understand what exosomes are. However, "having different characteristics" and "having safety promised" are two separate matters.',
        },
        { type: 'heading', text: 'Do not turn characteristics into promises' },
        {
          type: 'paragraph',
          text: 'A characteristic is only a characteristic. It is important not to turn the fact that exosomes contain no cells into a promise about efficacy or safety, because the reactions that may occur depend on the contents, how they are made and how they are administered.',
        },
        {
          type: 'quote',
          text: '"No cells are used" describes a characteristic; it is not a promise of safety.',
        },
        { type: 'heading', text: 'Four points that still need checking' },
        { type: 'subheading', text: 'Origin: which cells they come from' },
        {
          type: 'paragraph',
          text: 'The contents of exosomes are thought to differ depending on the type and condition of the cells they come from. Check which tissue the source cells are from, how donors are selected and what tests they undergo.',
        },
        { type: 'subheading', text: 'Manufacturing: where and how they are made' },
        {
          type: 'paragraph',
          text: 'What is obtained changes with the conditions under which cells are cultured and the purification method used to extract the particles. Whether there is an explanation of the manufacturing facility and how it is managed is one useful indicator.',
        },
        { type: 'subheading', text: 'Quality management: what is measured and how it is confirmed' },
        {
          type: 'paragraph',
          text: 'What matters is what is checked, and against which standards: the number and size of particles, the components they contain, whether unwanted substances are present, and so on. Do not stop at the words "we carry out quality management"; ask about the specifics.',
        },
        { type: 'subheading', text: 'Administration design: where, how much and how' },
        {
          type: 'paragraph',
          text: 'What needs to be considered changes with the route of administration, such as intravenous drip or local injection, and with how the dose, number of sessions and intervals are decided. Check, too, which side effects are anticipated and what support is in place if your condition changes. Materials that contain no cells may also be treated differently within the regulatory system from treatments that use cells, so confirming the status of procedures with the medical institution gives you further material for your decision.',
        },
        { type: 'heading', text: 'Summary' },
        {
          type: 'paragraph',
          text: 'Exosomes are sometimes described as "safer" because they are not cells. Even so, it is important not to turn that characteristic into a promise, and to check origin, manufacturing, quality management and administration design one by one. Please put any concerns to a physician or medical institution as concrete questions.',
        },
        {
          type: 'paragraph',
          text: 'Next time, we will put together questions worth bringing to an actual consultation.',
        },
      ],
    },
    categories: ['exosomes', 'conditioned-medium'],
    transcript: {
      ja: [
        'こんにちは。シリーズ第3回です。今日は、エクソソームがなぜ「より安全」と言われやすいのか、というテーマでお話しします。',
        'エクソソームは生きた細胞ではありません。そのため、体の中で細胞が増えたり、別の細胞に変わったりすることは想定されていない、と説明されます。保管しやすい、品質をそろえやすい、といった特徴が挙げられることもあります。',
        'ただ、ここで大切なのは、特徴を約束に置き換えないことです。「細胞を使わない」というのは性質の説明であって、安全が約束されているという意味ではありません。',
        'それでも確認したいのは、四つの点です。どの細胞から得たものか、どこでどうつくられたのか、品質をどう確かめているのか、そしてどこに、どれだけ、どのように投与するのか。想定される副作用や、何かあったときの連絡先も聞いておきましょう。',
        '一つずつ確認していけば、説明の具体性を比べやすくなります。気になることは、医師や医療機関に質問してみてください。次回は、相談に持っていきたい質問を整理します。',
      ].join('\n\n'),
      en: [
        'Hello, and welcome to Episode 3. Today’s theme is why exosomes are so often described as "safer".',
        'Exosomes are not living cells. For that reason, it is explained that cells multiplying or turning into other cells inside the body is not expected. Other characteristics are sometimes mentioned too, such as being easier to store and easier to keep consistent in quality.',
        'What matters here is not turning characteristics into promises. "No cells are used" describes the nature of the material; it does not mean that safety is promised.',
        'There are four points worth checking all the same: which cells it came from, where and how it was made, how its quality is confirmed, and where, how much and how it will be administered. Ask, too, about anticipated side effects and whom to contact if something happens.',
        'Checking these one at a time makes it easier to compare how concrete each explanation is. Please put your questions to a physician or medical institution. Next time, we will organise the questions to bring to a consultation.',
      ].join('\n\n'),
    },
    podcastDurationSeconds: 455,
    seoDescription: {
      ja: 'エクソソームが「より安全」と説明される背景と、特徴を約束に置き換えずに確認したい四つの点（由来・製造・品質管理・投与の設計）を整理します。',
      en: 'Why exosomes are often called "safer", and the four points still worth checking: origin, manufacturing, quality management and administration design.',
    },
  },
  // -------------------------------------------------------------------------
  {
    slug: 'what-to-ask-a-clinic-before-treatment',
    number: 4,
    title: {
      ja: '治療の前にクリニックへ聞いておきたいこと――相談に持っていく質問',
      en: 'What to Ask a Clinic Before Treatment',
    },
    lead: {
      ja: '相談の場では、その場で質問を思いつくのは難しいものです。第4回では、医療機関に相談するときに持っていきたい質問を、三つの観点に分けて整理します。',
      en: 'It is hard to think of questions on the spot during a consultation. In Episode 4, we organise the questions worth bringing to a medical institution under three headings.',
    },
    body: {
      ja: [
        {
          type: 'paragraph',
          text: 'シリーズ第4回です。これまで、再生医療の種類と、それぞれで確認したい点を見てきました。今回は、実際に医療機関へ相談するときに役立つ質問をまとめます。',
        },
        { type: 'heading', text: '質問を準備しておく理由' },
        {
          type: 'paragraph',
          text: '相談の場では、初めて聞く言葉が続き、その場で質問を思いつくのは難しいものです。あらかじめ質問を書き出しておくと、説明を落ち着いて聞くことができ、複数の医療機関の説明を比べるときにも役立ちます。',
        },
        { type: 'heading', text: '治療の中身について' },
        {
          type: 'list',
          items: [
            '体内に入れるのは何ですか（細胞そのもの、エクソソーム、培養上清など）',
            'その材料は、どの細胞・組織に由来しますか',
            'どこで、どのように培養・製造していますか',
            '品質管理として、何をどのような基準で確認していますか',
          ],
        },
        { type: 'heading', text: '投与と体への影響について' },
        {
          type: 'list',
          items: [
            '投与経路は点滴ですか、局所注射ですか。その方法を選ぶ理由は何ですか',
            '量や回数、間隔はどのように決めていますか',
            '想定される副作用にはどのようなものがありますか',
            '体調に変化があったとき、どこに連絡すればよいですか',
          ],
        },
        { type: 'heading', text: '手続きと費用について' },
        {
          type: 'list',
          items: [
            '再生医療等安全性確保法にもとづく計画の提出など、どのような手続きを経ていますか',
            '費用の総額はいくらで、検査や経過観察は含まれますか',
            '自由診療の場合、追加の費用が発生することはありますか',
            '説明資料や同意書を持ち帰って検討できますか',
          ],
        },
        { type: 'heading', text: '説明を受けるときの心がまえ' },
        {
          type: 'paragraph',
          text: 'インフォームド・コンセントは、同意書に署名することそのものではなく、納得したうえで自分で決めるための過程です。わからない言葉は、その場で聞き返してかまいません。期待できることの範囲だけでなく、まだわかっていないことについても尋ねてみてください。',
        },
        {
          type: 'paragraph',
          text: 'その場ですぐに決めるよう強くすすめられたときは、いったん持ち帰り、家族やかかりつけの医師に相談する時間をとることも大切です。',
        },
        { type: 'heading', text: 'まとめ' },
        {
          type: 'paragraph',
          text: '質問を準備することは、医療機関を疑うためではなく、説明を正しく理解するための準備です。治療の中身、投与と体への影響、手続きと費用の三つの観点で整理しておくと、説明を比べやすくなります。最終的な判断は、医師の説明を十分に受けたうえで行ってください。',
        },
        {
          type: 'paragraph',
          text: '次回は、「自分の細胞」と「他者の細胞」の違いについて取り上げる予定です。',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'This is Episode 4 of the series. So far, we have looked at the kinds of regenerative medicine and the points worth checking for each. This time, we gather questions that are useful when you actually consult a medical institution.',
        },
        { type: 'heading', text: 'Why prepare questions in advance' },
        {
          type: 'paragraph',
          text: 'During a consultation, unfamiliar terms come one after another, and it is hard to think of questions on the spot. Writing your questions down beforehand lets you listen to the explanation calmly, and it also helps when comparing explanations from several medical institutions.',
        },
        { type: 'heading', text: 'About what the treatment involves' },
        {
          type: 'list',
          items: [
            'What is introduced into the body (the cells themselves, exosomes, conditioned medium, or something else)?',
            'Which cells or tissue does the material come from?',
            'Where and how is it cultured or manufactured?',
            'For quality management, what do you check, and against which standards?',
          ],
        },
        { type: 'heading', text: 'About administration and effects on the body' },
        {
          type: 'list',
          items: [
            'Is the route of administration an intravenous drip or a local injection, and why was that method chosen?',
            'How are the dose, number of sessions and intervals decided?',
            'What side effects are anticipated?',
            'If my condition changes, whom should I contact?',
          ],
        },
        { type: 'heading', text: 'About procedures and costs' },
        {
          type: 'list',
          items: [
            'What procedures have been followed, such as submitting a plan under the Act on the Safety of Regenerative Medicine?',
            'What is the total cost, and does it include tests and follow-up?',
            'If this is self-pay medical care, could there be additional charges?',
            'Can I take the explanatory materials and consent form home to consider?',
          ],
        },
        { type: 'heading', text: 'How to approach the explanation' },
        {
          type: 'paragraph',
          text: 'Informed consent is not the act of signing a consent form itself; it is a process for making your own decision once you are satisfied. It is fine to ask again about any term you do not understand. Ask not only about the range of what can reasonably be expected, but also about what is not yet known.',
        },
        {
          type: 'paragraph',
          text: 'If you are strongly urged to decide on the spot, it is important to take the information home first and allow time to talk it over with your family or your regular doctor.',
        },
        { type: 'heading', text: 'Summary' },
        {
          type: 'paragraph',
          text: 'Preparing questions is not about doubting a medical institution; it is preparation for understanding the explanation properly. Organising them under three headings (what the treatment involves, administration and effects on the body, and procedures and costs) makes explanations easier to compare. Please make your final decision after receiving a full explanation from a physician.',
        },
        {
          type: 'paragraph',
          text: 'Next time, we plan to look at the difference between using your own cells and using cells from another person.',
        },
      ],
    },
    categories: [...ALL_CATEGORIES],
    transcript: {
      ja: [
        'こんにちは。シリーズ第4回です。今日は、医療機関に相談するときに持っていきたい質問についてお話しします。',
        '相談の場では、慣れない言葉が続くので、その場で質問を思いつくのはなかなか難しいものです。ですから、事前にメモを用意しておくことをおすすめします。',
        '質問は三つの観点で整理すると便利です。一つめは治療の中身。何を体に入れるのか、どこでどうつくっているのか、品質をどう確かめているのか。二つめは投与と体への影響。点滴なのか注射なのか、想定される副作用は何か、何かあったときの連絡先はどこか。三つめは手続きと費用。法律にもとづく手続きの状況や、総額に何が含まれるのか、といった点です。',
        'そして、すぐに決めなくてかまいません。資料を持ち帰って、家族やかかりつけの医師と相談する時間をとることも大切です。最終的な判断は、医師の説明を十分に受けたうえで行ってください。',
      ].join('\n\n'),
      en: [
        'Hello, and welcome to Episode 4. Today we talk about the questions worth bringing when you consult a medical institution.',
        'During a consultation, unfamiliar terms keep coming, so it is quite hard to think of questions on the spot. That is why we suggest preparing a note in advance.',
        'It helps to organise questions under three headings. First, what the treatment involves: what goes into the body, where and how it is made, and how its quality is confirmed. Second, administration and effects on the body: whether it is a drip or an injection, what side effects are anticipated, and whom to contact if something happens. Third, procedures and costs: the status of procedures under the law, and what the total cost includes.',
        'And there is no need to decide straight away. Taking the materials home and allowing time to talk with your family or your regular doctor matters too. Please make your final decision after receiving a full explanation from a physician.',
      ].join('\n\n'),
    },
    podcastDurationSeconds: 418,
    seoDescription: {
      ja: '再生医療の相談に持っていきたい質問を、治療の中身・投与と体への影響・手続きと費用の三つの観点で整理しました。説明を落ち着いて比べるための準備に。',
      en: 'Questions to bring to a regenerative medicine consultation, organised by what the treatment involves, administration and its effects, and procedures and costs.',
    },
  },
]
