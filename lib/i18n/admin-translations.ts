/**
 * Our own admin and API messages, merged into Payload's translations so that validation errors
 * come back in the language of the request (the admin user's language or Accept-Language).
 * Used as `req.t('column:slugInvalid')`.
 */
export const adminTranslations = {
  ja: {
    column: {
      slugInvalid:
        'スラッグは半角英小文字・数字をハイフンでつないだ形にしてください(例: what-is-regenerative-medicine)。',
      slugNeeded: 'スラッグを入力するか、英語のタイトルを入力してください(英語のタイトルから自動で作られます)。',
      slugTaken: 'このスラッグはすでに使われています。',
      slugReserved: 'このスラッグはサイトの他のページのURLと重なるため使えません: {{slugs}}。',
      oneConsultationForm: 'ご相談フォームは1ページに1つまでです。',
      episodeNumberTaken: 'このシリーズには、すでにこの番号の回があります。',
      readingInvalid: '読みはひらがなまたはカタカナで入力してください。',
      readingRequired: '日本語の用語には読み(よみがな)が必要です。',
      altRequired: '画像には代替テキストが必要です。',
      urlInvalid: 'http:// または https:// で始まるURLを入力してください。',
      headerPageNeeded: 'リンク先が「ページ」のときは、ページを選んでください。',
      lastSiteDisclaimer:
        '有効なサイト免責文がなくなるため、この操作はできません。先に新しいサイト免責文を公開してください。',
      siteDisclaimerOverlap:
        '同じ期間に有効なサイト免責文がすでにあります。先に既存の免責文の終了日を設定してください。',
      activeUntilBeforeFrom: '終了日時は開始日時より後にしてください。',
      relationNotFound: '選ばれた項目が見つかりません。削除されていないか確認してください。',
      translationIncomplete:
        '{{locale}}は、必須項目({{fields}})が入力されるまで公開できません。{{locale}}版を完成させるか、編集中の言語だけを公開してください。',
      claimsRefused:
        '効果や安全性を約束する表現があるため公開できません。言い換えるか、管理者が理由を記録して承認してください(下書きは保存されます)。',
      claimFinding: '「{{match}}」: {{why}} 言い換えの例: {{suggestion}}',
      uploadFileRequired:
        'アップロードするファイルを選んでください(ほかのアドレスからファイルを取り込むことはできません)。',
      uploadExtensionNotAccepted:
        '「{{filename}}」はアップロードできません。アップロードできるのは名前が {{extensions}} で終わる画像(JPEG・PNG・WebP)と音声(MP3・M4A)です。',
      uploadContentDoesNotMatchName:
        '「{{filename}}」の中身は、名前が示す {{format}} ではありません。{{format}} として書き出し直してからアップロードしてください。',
      uploadDamaged:
        '「{{filename}}」は完全な {{format}} ファイルではありません(壊れているか、ほかのデータが付け加えられています)。{{format}} として書き出し直してください。',
      uploadEmpty: '「{{filename}}」は空のファイルです。',
      uploadImageTooLarge: '「{{filename}}」は大きすぎます。画像は {{limit}} までです。',
      uploadAudioTooLarge: '「{{filename}}」は大きすぎます。音声は {{limit}} までです。',
      oneLocaleForReaders:
        'locale には ja か en のどちらか一つを指定してください(すべての言語をまとめて読めるのは編集者だけです)。',
      passwordTooShort: 'パスワードは{{minimum}}文字以上にしてください。',
      passwordContainsPersonalDetails: 'パスワードにメールアドレスや名前を含めないでください。',
      passwordTooGuessable:
        'このパスワードはよく使われているか、推測されやすい形です。関係のない単語をいくつか組み合わせるか、パスワード管理ソフトで作ってください。',
      firstUserByCommandLine:
        '本番環境では最初の管理者を画面からは作れません。サーバーで npm run create-admin を実行して作成してください。',
      passwordResetByEmailUnavailable:
        'このサイトではメールによるパスワードの再設定が設定されていません(SMTP_URL)。管理者にパスワードの再設定を依頼してください。',
      resetPasswordSubject: '{{site}}: パスワードの再設定',
      resetLinkExpires: 'このリンクは1時間、1回だけ使えます。',
      exportInquiriesCsv: 'CSVで書き出す',
      exportInquiriesOnlyAdmins: 'ご相談の書き出しは管理者だけができます。',
      deskHeading: 'あなたのデスク',
      deskSection_editing: '編集',
      deskSection_glossary: '用語集',
      deskSection_administration: '管理',
      deskSection_consultation: 'ご相談',
      deskList_myDrafts: '自分が最後に保存した下書き',
      deskList_recentDrafts: '最近保存された下書き',
      deskList_scheduled: '予約された公開・非公開(日本時間)',
      deskList_reviewsDue: '確認の期限が過ぎた、または30日以内の回',
      deskList_translationsMissing: '英語が未入力・入力途中の回',
      deskList_claimsToReview: '確認が必要な表現がある文書',
      deskList_termsIncomplete: '入力されていない項目がある用語',
      deskList_termsUnlinked: 'どの回からもリンクされていない用語',
      deskList_termsChanged: '30日以内に変更された用語',
      deskList_users: 'ユーザー',
      deskList_siteDisclaimer: '有効なサイト免責文',
      deskList_newInquiries: '新しいご相談',
      deskEmpty: 'ありません。',
      deskScheduledPublish: '{{locale}}を公開',
      deskScheduledUnpublish: '{{locale}}を非公開',
      deskAllLocales: 'すべての言語',
      deskOverdue: '期限切れ',
      deskTranslationMissing: '{{locale}}: 未入力',
      deskTranslationIncomplete: '{{locale}}: 入力途中',
      deskFindings: '{{locale}}: 指摘 {{count}}件',
      deskMissingPart: '{{locale}}の{{part}}がありません',
      deskPart_term: '用語',
      deskPart_reading: '読み',
      deskPart_shortDefinition: '短い説明',
      deskPart_explanation: '詳しい説明',
      deskUntil: '{{date}}まで',
      deskNoEnd: '終了日なし',
    },
  },
  en: {
    column: {
      slugInvalid:
        'A slug is lowercase ASCII letters and digits joined by hyphens (e.g. what-is-regenerative-medicine).',
      slugNeeded: 'Enter a slug, or an English title to make one from.',
      slugTaken: 'This slug is already in use.',
      slugReserved: 'This slug is taken by another part of the site and cannot be used: {{slugs}}.',
      oneConsultationForm: 'A page can hold one consultation form at most.',
      episodeNumberTaken: 'This series already has an episode with this number.',
      readingInvalid: 'The reading must be written in hiragana or katakana.',
      readingRequired: 'A Japanese term needs its reading (yomigana).',
      altRequired: 'An image needs alternative text.',
      urlInvalid: 'Enter a URL starting with http:// or https://.',
      headerPageNeeded: 'Choose the page this link opens.',
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
      uploadFileRequired: 'Choose a file to upload (files are not fetched from other addresses).',
      uploadExtensionNotAccepted:
        '"{{filename}}" cannot be uploaded: only images (JPEG, PNG, WebP) and audio (MP3, M4A) whose names end in {{extensions}} can.',
      uploadContentDoesNotMatchName:
        '"{{filename}}" does not contain what its name says ({{format}}). Export it again as {{format}}, then upload it.',
      uploadDamaged:
        '"{{filename}}" is not a complete {{format}} file: it is damaged or has other data attached. Export it again as {{format}}.',
      uploadEmpty: '"{{filename}}" is empty.',
      uploadImageTooLarge: '"{{filename}}" is too large: an image can be at most {{limit}}.',
      uploadAudioTooLarge: '"{{filename}}" is too large: an audio file can be at most {{limit}}.',
      oneLocaleForReaders:
        'Ask for one locale (ja or en): every locale at once is for the people who edit this collection.',
      passwordTooShort: 'A password needs at least {{minimum}} characters.',
      passwordContainsPersonalDetails: 'A password must not contain your e-mail address or your name.',
      passwordTooGuessable:
        'This password is common or follows a pattern that is easy to guess. Combine a few unrelated words, or let a password manager make one.',
      firstUserByCommandLine:
        'In production the first administrator is not created in the browser: run npm run create-admin on the server.',
      passwordResetByEmailUnavailable:
        'Password reset by e-mail is not set up on this site (SMTP_URL). Ask an administrator to set a new password for you.',
      resetPasswordSubject: '{{site}}: reset your password',
      resetLinkExpires: 'The link works once, for one hour.',
      exportInquiriesCsv: 'Export as CSV',
      exportInquiriesOnlyAdmins: 'Only administrators can export inquiries.',
      deskHeading: 'Your desk',
      deskSection_editing: 'Editing',
      deskSection_glossary: 'Glossary',
      deskSection_administration: 'Administration',
      deskSection_consultation: 'Consultations',
      deskList_myDrafts: 'Drafts I saved last',
      deskList_recentDrafts: 'Recently saved drafts',
      deskList_scheduled: 'Scheduled publications (Japan time)',
      deskList_reviewsDue: 'Reviews past due or due within 30 days',
      deskList_translationsMissing: 'Episodes whose English is missing or incomplete',
      deskList_claimsToReview: 'Documents with promises to review',
      deskList_termsIncomplete: 'Terms with parts missing',
      deskList_termsUnlinked: 'Terms no episode links to',
      deskList_termsChanged: 'Terms changed in the last 30 days',
      deskList_users: 'Users',
      deskList_siteDisclaimer: 'Active site disclaimer',
      deskList_newInquiries: 'New consultations',
      deskEmpty: 'Nothing here.',
      deskScheduledPublish: 'publish {{locale}}',
      deskScheduledUnpublish: 'unpublish {{locale}}',
      deskAllLocales: 'every language',
      deskOverdue: 'overdue',
      deskTranslationMissing: '{{locale}}: missing',
      deskTranslationIncomplete: '{{locale}}: incomplete',
      deskFindings: '{{locale}}: {{count}} findings',
      deskMissingPart: '{{part}} missing in {{locale}}',
      deskPart_term: 'term',
      deskPart_reading: 'reading',
      deskPart_shortDefinition: 'short definition',
      deskPart_explanation: 'explanation',
      deskUntil: 'until {{date}}',
      deskNoEnd: 'no end date',
    },
  },
}

export type ColumnTranslationKey = `column:${keyof (typeof adminTranslations)['en']['column']}`
