/**
 * `<itunes:season>` is a positive integer and Series has no number of its own, only an `order`
 * for the home page (0 by default, ties allowed). A series' season is its place among the
 * published series in that order, ties broken by id (creation), counting from 1: it matches what
 * readers see on the home page, and stays put unless editors reorder or withdraw a series.
 */
import type { Series } from '@/payload-types'

export function seasonNumbers(series: Pick<Series, 'id' | 'order'>[]): Map<number, number> {
  const ordered = [...series].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id - b.id)
  return new Map(ordered.map((entry, index) => [entry.id, index + 1]))
}
