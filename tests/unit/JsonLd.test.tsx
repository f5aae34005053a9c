// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import type { WithContext, WebPage } from 'schema-dts'
import { afterEach, describe, expect, it } from 'vitest'

import { JsonLd, serialiseJsonLd } from '@/components/JsonLd'

afterEach(cleanup)

const hostile: WithContext<WebPage> = {
  '@context': 'https://schema.org',
  '@type': 'WebPage',
  name: '幹細胞とは</script><script>alert(1)</script><!-- 何か',
}

describe('structured data in the page', () => {
  it('is a JSON-LD script that parses back to the data', () => {
    const { container } = render(<JsonLd data={hostile} />)
    const script = container.querySelector('script[type="application/ld+json"]')
    expect(script).not.toBeNull()
    expect(JSON.parse(script!.textContent ?? '')).toEqual(hostile)
  })

  it('cannot be closed by a title containing </script>: every "<" is escaped', () => {
    const serialised = serialiseJsonLd(hostile)
    expect(serialised).not.toContain('<')
    expect(serialised).toContain('\\u003c/script>')
    expect(JSON.parse(serialised)).toEqual(hostile)
  })

  it('stays one script element when the HTML is parsed again', () => {
    const { container } = render(<JsonLd data={hostile} />)
    const reparsed = new DOMParser().parseFromString(`<body>${container.innerHTML}</body>`, 'text/html')
    expect(reparsed.querySelectorAll('script')).toHaveLength(1)
    expect(JSON.parse(reparsed.querySelector('script')!.textContent ?? '').name).toBe(hostile.name)
  })
})
