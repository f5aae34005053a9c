/** Admin navigation groups, matching the work: writing the column, the glossary, settings. */
export const adminGroups = {
  column: { ja: 'コラム', en: 'Column' },
  glossary: { ja: '用語集', en: 'Glossary' },
  settings: { ja: '設定', en: 'Settings' },
}
