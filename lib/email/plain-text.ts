/**
 * The plain-text part of an e-mail whose HTML we wrote ourselves (the password-reset message):
 * paragraphs on their own lines, links as their address, entities decoded. Not a general HTML
 * converter.
 */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' }

export function plainTextOf(html: string): string {
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>[\s\S]*?<\/a>/gi, '$1')
    .replace(/<\/(p|div|h\d)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#\d+);/g, (_, name: string) =>
      name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : entities[name]!,
    )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n')
}
