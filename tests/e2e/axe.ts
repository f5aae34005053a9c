/**
 * The accessibility rules every reader page is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA,
 * and axe-core's best practices. Naming the tags turns on what axe-core leaves off by default,
 * target size (2.2's 2.5.8: 24 px targets, or that much space around them); every rule it runs by
 * default carries one of these tags, so none is lost.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const ACCESSIBILITY_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** One line per violated rule: its id and the elements that break it. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(ACCESSIBILITY_TAGS).analyze()
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)
}
