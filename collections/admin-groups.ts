/** Admin navigation groups, matching the work: writing the column, the glossary, the organisation's pages, settings. */
export const adminGroups = {
  column: { ja: 'コラム', en: 'Column' },
  glossary: { ja: '用語集', en: 'Glossary' },
  site: { ja: 'サイトのページ', en: 'Site pages' },
  settings: { ja: '設定', en: 'Settings' },
}
