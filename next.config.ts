import type { NextConfig } from 'next'
import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // The Dockerfile asks for a self-contained server in .next/standalone; `npm start` uses the
  // regular build, which `next start` requires.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
