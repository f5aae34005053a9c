/**
 * Our own admin and API messages, merged into Payload's translations so that validation errors
 * come back in the language of the request (the admin user's language or Accept-Language).
 * Used as `req.t('column:slugInvalid')`.
 */
export const adminTranslations = {
  ja: {
    column: {
      slugInvalid: 'スラッグは半角英小文字・数字をハイフンでつないだ形にしてください(例: what-is-regenerative-medicine)。',
      slugNeeded: 'スラッグを入力するか、英語のタイトルを入力してください(英語のタイトルから自動で作られます)。',
      slugTaken: 'このスラッグはすでに使われています。',
      episodeNumberTaken: 'このシリーズには、すでにこの番号の回があります。',
      readingInvalid: '読みはひらがなまたはカタカナで入力してください。',
      readingRequired: '日本語の用語には読み(よみがな)が必要です。',
      altRequired: '画像には代替テキストが必要です。',
      urlInvalid: 'http:// または https:// で始まるURLを入力してください。',
      lastSiteDisclaimer:
        '有効なサイト免責文がなくなるため、この操作はできません。先に新しいサイト免責文を公開してください。',
      siteDisclaimerOverlap: '同じ期間に有効なサイト免責文がすでにあります。先に既存の免責文の終了日を設定してください。',
      activeUntilBeforeFrom: '終了日時は開始日時より後にしてください。',
      relationNotFound: '選ばれた項目が見つかりません。削除されていないか確認してください。',
      translationIncomplete:
        '{{locale}}は、必須項目({{fields}})が入力されるまで公開できません。{{locale}}版を完成させるか、編集中の言語だけを公開してください。',
      claimsRefused:
        '効果や安全性を約束する表現があるため公開できません。言い換えるか、管理者が理由を記録して承認してください(下書きは保存されます)。',
      claimFinding: '「{{match}}」: {{why}} 言い換えの例: {{suggestion}}',
    },
  },
  en: {
    column: {
      slugInvalid: 'A slug is lowercase ASCII letters and digits joined by hyphens (e.g. what-is-regenerative-medicine).',
      slugNeeded: 'Enter a slug, or an English title to make one from.',
      slugTaken: 'This slug is already in use.',
      episodeNumberTaken: 'This series already has an episode with this number.',
      readingInvalid: 'The reading must be written in hiragana or katakana.',
      readingRequired: 'A Japanese term needs its reading (yomigana).',
      altRequired: 'An image needs alternative text.',
      urlInvalid: 'Enter a URL starting with http:// or https://.',
      lastSiteDisclaimer:
        'This would leave the site without an active site disclaimer. Publish a new site disclaimer first.',
      siteDisclaimerOverlap:
        'Another site disclaimer is active during this period. Set an end date on the existing one first.',
      activeUntilBeforeFrom: 'The end must be later than the start.',
      relationNotFound: 'The selected item does not exist. It may have been deleted.',
      translationIncomplete:
        '{{locale}} cannot be published until its required fields are filled in: {{fields}}. Complete the {{locale}} version, or publish only the language you are editing.',
      claimsRefused:
        'This cannot be published: it promises efficacy or safety. Rephrase it, or ask an admin to record an override with a reason (drafts still save).',
      claimFinding: '"{{match}}": {{why}} Suggested: {{suggestion}}',
    },
  },
}

export type ColumnTranslationKey = `column:${keyof (typeof adminTranslations)['en']['column']}`
