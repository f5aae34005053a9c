/** Payload returns a relationship as its id or as the document, depending on depth and access. */
export function populated<T extends { id: number }>(value: number | T | null | undefined): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

export function populatedList<T extends { id: number }>(values: (number | T)[] | null | undefined): T[] {
  return (values ?? []).map((value) => populated(value)).filter((value): value is T => value !== undefined)
}
