import type { NextConfig } from 'next'
import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone: what the Dockerfile ships.
  output: 'standalone',
  reactStrictMode: true,
  async redirects() {
    // Language negotiation (Accept-Language) arrives with the reader site; until then, Japanese.
    return [{ source: '/', destination: '/ja', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
