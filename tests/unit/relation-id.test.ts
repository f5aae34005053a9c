import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/payload/relation-id'

describe('the id of a relationship', () => {
  it('is the value itself when Payload returned the id alone', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId('7')).toBe('7')
  })

  it('is the document’s id when Payload returned it populated', () => {
    expect(relationId({ id: 7, title: 'Series' })).toBe(7)
  })

  it('is undefined when the relationship holds nothing, or nothing that is an id', () => {
    expect(relationId(null)).toBeUndefined()
    expect(relationId(undefined)).toBeUndefined()
    expect(relationId({ title: 'no id' })).toBeUndefined()
    expect(relationId({ id: { id: 7 } })).toBeUndefined()
  })
})
