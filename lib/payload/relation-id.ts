type Id = number | string

/**
 * The id a relationship holds, whether Payload returned it as the id alone or populated with the
 * document (depending on depth and access); undefined when it holds nothing, or nothing that is an id.
 */
export function relationId<TId extends Id>(value: TId | { id: TId } | null | undefined): TId | undefined
export function relationId(value: unknown): Id | undefined
export function relationId(value: unknown): Id | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const { id } = value
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}
