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
      glossaryCsvHeading: 'CSVで一括編集',
      glossaryCsvExport: 'すべての用語をCSVで書き出す',
      glossaryCsvFile: '取り込むCSVファイル(UTF-8)',
      glossaryCsvPublish: '取り込んだ用語を公開する(チェックしなければ下書きとして保存)',
      glossaryCsvPreview: '内容を確認',
      glossaryCsvImport: '取り込む',
      glossaryCsvWorking: '処理中…',
      glossaryCsvSummary: '新規 {{create}} 件、変更 {{change}} 件、変更なし {{unchanged}} 件。',
      glossaryCsvImported: '取り込みました: 新規 {{create}} 件、変更 {{change}} 件。',
      glossaryCsvNothingToImport: '取り込む変更はありません。',
      glossaryCsvCreates: '新しく作られる用語',
      glossaryCsvChanges: '変更される用語',
      glossaryCsvBadRows:
        '{{count}} 件の問題があるため取り込めません。ファイルを直してから、もう一度確認してください(何も保存されていません)。',
      glossaryCsvLine: '行',
      glossaryCsvColumn: '列',
      glossaryCsvMessage: '内容',
      glossaryCsvTerm: '用語',
      glossaryCsvChangedColumns: '変わる列',
      glossaryCsvFailed: '処理できませんでした({{status}})。',
      csvSignIn: 'ログインしてください。',
      csvOnlyGlossaryStaff: '用語のCSVの書き出しと取り込みは、管理者と用語集担当だけができます。',
      csvFileRequired: 'CSVファイルを選んでください(multipart/form-data の file)。',
      csvTooLarge: 'ファイルが大きすぎます(2 MB まで)。',
      csvNotUtf8: 'この行はUTF-8ではありません。Excelでは「CSV UTF-8(コンマ区切り)」で保存してください。',
      csvQuoteNotClosed: 'この行から始まる引用符(")が閉じられていません。',
      csvBadQuoting: 'この行の引用符(")の使い方が正しくありません。引用符で囲んだ値の中の " は "" と書きます。',
      csvEmpty: 'ファイルが空です。1行目に見出しが必要です。',
      csvUnknownColumn: '知らない列「{{column}}」があります。書き出したファイルの見出しを使ってください。',
      csvDuplicateColumn: '列「{{column}}」が2回あります。',
      csvMissingColumn: '列「{{column}}」がありません。',
      csvCellCount: 'この行の値の数が {{found}} 個です(見出しは {{expected}} 列)。',
      csvRequired: '値が必要です。',
      csvTooLong: '{{max}} 文字までにしてください。',
      csvStatusInvalid: 'status は draft か published(または空欄)にしてください。',
      csvCategoryInvalid: 'カテゴリはスラッグを | で区切って書いてください。',
      csvUnknownCategory: 'カテゴリ「{{slug}}」はありません。',
      csvEnglishPair: '英語は用語と短い説明の両方を書くか、両方とも空欄にしてください。',
      csvAmbiguousTerm: '同じ日本語の用語が複数あります。slug 列で、どの用語かを指定してください。',
      csvDuplicateSlug: 'このスラッグは {{line}} 行目にもあります。',
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
      glossaryCsvHeading: 'Edit in bulk as CSV',
      glossaryCsvExport: 'Export every term as CSV',
      glossaryCsvFile: 'CSV file to import (UTF-8)',
      glossaryCsvPublish: 'Publish the imported terms (unchecked: save them as drafts)',
      glossaryCsvPreview: 'Preview',
      glossaryCsvImport: 'Import',
      glossaryCsvWorking: 'Working…',
      glossaryCsvSummary: '{{create}} to create, {{change}} to change, {{unchanged}} unchanged.',
      glossaryCsvImported: 'Imported: {{create}} created, {{change}} changed.',
      glossaryCsvNothingToImport: 'There is nothing to import.',
      glossaryCsvCreates: 'Terms to create',
      glossaryCsvChanges: 'Terms to change',
      glossaryCsvBadRows:
        '{{count}} problems keep this file from being imported. Correct the file and preview it again (nothing has been saved).',
      glossaryCsvLine: 'Line',
      glossaryCsvColumn: 'Column',
      glossaryCsvMessage: 'Problem',
      glossaryCsvTerm: 'Term',
      glossaryCsvChangedColumns: 'Columns that change',
      glossaryCsvFailed: 'That did not work ({{status}}).',
      csvSignIn: 'Please sign in.',
      csvOnlyGlossaryStaff: 'Only administrators and glossary staff can export and import glossary CSV files.',
      csvFileRequired: 'Choose a CSV file (multipart/form-data, field "file").',
      csvTooLarge: 'The file is too large (2 MB at most).',
      csvNotUtf8: 'This line is not UTF-8. In Excel, save as "CSV UTF-8 (Comma delimited)".',
      csvQuoteNotClosed: 'A quote (") opened on this line is never closed.',
      csvBadQuoting: 'A quote (") on this line is misplaced. Inside a quoted value, write " as "".',
      csvEmpty: 'The file is empty. The first line must be the header.',
      csvUnknownColumn: 'Unknown column "{{column}}". Use the header of an exported file.',
      csvDuplicateColumn: 'The column "{{column}}" appears twice.',
      csvMissingColumn: 'The column "{{column}}" is missing.',
      csvCellCount: 'This line has {{found}} values; the header has {{expected}} columns.',
      csvRequired: 'A value is required.',
      csvTooLong: 'At most {{max}} characters.',
      csvStatusInvalid: 'The status must be draft or published (or empty).',
      csvCategoryInvalid: 'Write categories as slugs separated by |.',
      csvUnknownCategory: 'There is no category "{{slug}}".',
      csvEnglishPair: 'Give the English term and its short definition together, or leave both empty.',
      csvAmbiguousTerm: 'Several terms have this Japanese term. Say which one in the slug column.',
      csvDuplicateSlug: 'This slug is also on line {{line}}.',
    },
  },
}

export type ColumnTranslationKey = `column:${keyof (typeof adminTranslations)['en']['column']}`
