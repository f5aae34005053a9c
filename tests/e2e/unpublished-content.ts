/**
 * Episodes the demo content does not have, which the browser tests need: one that was never
 * published (its URL must be a 404) and one published in Japanese only (the English site must
 * say it is not translated yet), with a hero image. Added by global-setup.ts through
 * seed-unpublished-content.ts.
 */
export const draftEpisode = { slug: 'e2e-draft-that-must-stay-private', number: 9, title: '公開してはいけない下書き' }

export const japaneseOnlyEpisode = {
  slug: 'e2e-published-in-japanese-only',
  number: 8,
  title: '日本語だけで公開した回',
}

/** The Japanese-only episode's podcast: audio from an external host, so its structured data has one. */
export const japaneseOnlyEpisodePodcast = {
  externalUrl: 'https://audio.column.example/e2e-episode-8.mp3',
  durationSeconds: 372,
}

/** The Japanese-only episode's hero image: drawn when seeded, wider than Payload's `card` size. */
export const japaneseOnlyEpisodeHeroImage = {
  filename: 'e2e-hero-image.jpg',
  width: 1200,
  height: 800,
  alt: '培養室の様子(ブラウザのテストのための画像)',
}

/** A Japanese draft that tests/e2e/scheduled-publish.test.ts schedules and watches go live. */
export const scheduledEpisode = { slug: 'e2e-scheduled-by-the-job-queue', number: 7, title: '予約公開で公開される回' }

/**
 * Pages (collections/Pages) for tests/e2e/pages.test.ts: one published in both languages, built
 * from blocks; one published in Japanese only; one never published, whose path must be the
 * server-drawn 404.
 */
export const bilingualPage = {
  slug: 'e2e-about-this-column',
  title: { ja: 'このコラムについて(テスト)', en: 'About this column (test)' },
  faq: {
    ja: { question: 'このページは何のためにありますか', answer: 'ブラウザのテストのためにあります。' },
    en: { question: 'What is this page for?', answer: 'It is here for the browser tests.' },
  },
}
export const japaneseOnlyPage = { slug: 'e2e-page-in-japanese-only', title: '日本語だけのページ' }
export const draftPage = { slug: 'e2e-draft-page-must-stay-private', title: '公開してはいけないページ' }
