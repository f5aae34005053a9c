/** The page-experience figures as a table, with the issue's target (CLS 0) next to them. */
import { screens } from '../browser/viewports'

import type { PageExperience, PageExperienceMeasurements } from './page-experience'
import { median, row } from './report'

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const tenths = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const kilobytes = (bytes: number) => tenths.format(bytes / 1024)
const layoutShift = (value: number) => (value === 0 ? '0' : value.toFixed(3))

function pageRow(page: PageExperience): string[] {
  const { viewport } = screens[page.screen]
  const { html, css, js, images, fonts } = page.weight
  return [
    `${page.name}, ${viewport!.width} px`,
    whole.format(median(page.lcpMilliseconds)),
    layoutShift(median(page.cls)),
    layoutShift(Math.max(...page.cls)),
    kilobytes(html),
    kilobytes(css),
    kilobytes(js),
    kilobytes(html + css + js),
    kilobytes(images),
    kilobytes(fonts),
    page.lcpElement,
  ]
}

export function formatPageExperienceReport(measurements: PageExperienceMeasurements): string {
  const rows = measurements.pages.map(pageRow)
  const header = [
    '',
    'LCP ms',
    'CLS',
    'CLS max',
    'HTML gz',
    'CSS gz',
    'JS gz',
    'total gz',
    'images',
    'fonts',
    'LCP element',
  ]
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((cells) => cells[index]!.length)))
  // The LCP element is text: left-aligned like the first column.
  const table = [header, ...rows].map((cells) => {
    const [last] = cells.slice(-1)
    return `${row(cells.slice(0, -1), widths.slice(0, -1))}  ${last}`
  })
  const shifting = measurements.pages.filter((page) => Math.max(...page.cls) > 0)
  return [
    `Page experience in Chromium ${measurements.browserVersion}: the median of ${measurements.runs} cold loads ` +
      '(after one to warm the server);',
    '  phone 390×844 at 3× pixels with 4× slower CPU and slow 4G (150 ms, 1.6 Mbit/s), desktop 1280×800 unthrottled.',
    '  Weights in KB: HTML, CSS and JS gzipped (zlib default level), images and fonts as served.',
    '',
    ...table,
    '',
    ...shifting.map(
      (page) =>
        `  ${page.name} on the ${page.screen} shifted (${page.cls.map(layoutShift).join(', ')}): ` +
        `the largest shift moved ${page.shiftedNodes.join(', ') || 'nodes since removed'}`,
    ),
    `Target (from the issue; reported, not asserted): CLS 0 on every page and screen: ${
      shifting.length ? `not met on ${shifting.length} of ${measurements.pages.length}` : 'met'
    }.`,
  ].join('\n')
}
