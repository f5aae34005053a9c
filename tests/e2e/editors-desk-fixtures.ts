/** What tests/e2e/editors-desk.test.ts and its script (editors-desk-content.ts) share. */
export const deskAccounts = {
  admin: 'desk-admin@example.com',
  editor: 'desk-editor@example.com',
  glossary: 'desk-glossary@example.com',
  consultation: 'desk-consultation@example.com',
} as const

export const deskContent = {
  episodeSlug: 'editors-desk-draft',
  episodeTitle: 'デスクに載る下書きの回',
  termSlug: 'editors-desk-term',
  termTitle: 'デスクの用語',
  inquirySender: 'editors-desk-inquiry@example.com',
  inquiryTopic: 'デスクのご相談',
}
