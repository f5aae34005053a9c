/**
 * The pictures shown when a page is shared (OpenGraph and Twitter cards), drawn by next/og:
 * an episode's card (its place in the series, its title, the site name, and its hero image on
 * the right when it has one) and the site's card (name and tagline) for every other page. Used
 * by the opengraph-image routes and the tests.
 */
import { ImageResponse } from 'next/og'
import type React from 'react'

import { shareImageFontFamily, shareImageFonts } from './share-image-fonts'

/** The size social networks expect for a large card (1.91:1). */
export const shareImageSize = { width: 1200, height: 630 } as const
export const shareImageContentType = 'image/png'

// The reader site's light palette (app/(frontend)/[locale]/styles.css).
const palette = { text: '#1f2328', muted: '#57606a', background: '#fdfcf9', accent: '#1d5c63' }

/** The hero image's panel on the right of an episode's card: the card's height, 3:4. */
export const episodePictureSize = { width: 472, height: shareImageSize.height } as const

export type EpisodeCard = {
  position: string
  title: string
  siteName: string
  /** The hero image, already cut to episodePictureSize: a data URL (lib/seo/share-cards.ts). */
  picture?: string
}
export type SiteCard = { siteName: string; tagline: string }

/**
 * Long titles get a smaller size so that they fit in three lines; beside a picture the text has
 * about half the width, and four lines.
 */
function titleFontSize(title: string, narrow: boolean): number {
  if (narrow) return title.length <= 24 ? 52 : title.length <= 40 ? 44 : 38
  if (title.length <= 30) return 68
  if (title.length <= 48) return 58
  return 48
}

function Frame({ children, picture }: { children: React.ReactNode; picture?: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: palette.background,
        color: palette.text,
        fontFamily: shareImageFontFamily,
      }}
    >
      <div style={{ width: 28, height: '100%', background: palette.accent }} />
      <div
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: picture ? '64px 48px 56px 56px' : '72px 80px 64px 72px',
        }}
      >
        {children}
      </div>
      {picture ? (
        // eslint-disable-next-line @next/next/no-img-element -- drawn by next/og into a PNG, not a page
        <img src={picture} alt="" {...episodePictureSize} style={{ objectFit: 'cover' }} />
      ) : null}
    </div>
  )
}

function SiteNameFooter({ siteName }: { siteName: string }) {
  return (
    <div
      style={{
        display: 'flex',
        borderTop: `3px solid ${palette.accent}`,
        paddingTop: 24,
        fontSize: 32,
        fontWeight: 700,
        color: palette.accent,
      }}
    >
      {siteName}
    </div>
  )
}

function EpisodeCardImage({ position, title, siteName, picture }: EpisodeCard) {
  return (
    <Frame picture={picture}>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 36, fontWeight: 700, color: palette.accent }}>{position}</div>
        <div
          style={{
            display: 'block',
            marginTop: 28,
            fontSize: titleFontSize(title, picture !== undefined),
            fontWeight: 700,
            lineHeight: 1.35,
            lineClamp: picture ? 4 : 3,
          }}
        >
          {title}
        </div>
      </div>
      <SiteNameFooter siteName={siteName} />
    </Frame>
  )
}

function SiteCardImage({ siteName, tagline }: SiteCard) {
  return (
    <Frame>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 60 }}>
        <div style={{ display: 'flex', fontSize: 76, fontWeight: 700, lineHeight: 1.3 }}>{siteName}</div>
        <div style={{ display: 'flex', marginTop: 32, fontSize: 38, color: palette.muted, lineHeight: 1.5 }}>
          {tagline}
        </div>
      </div>
      <div style={{ display: 'flex', height: 12, width: 180, background: palette.accent }} />
    </Frame>
  )
}

async function render(element: React.ReactElement): Promise<ImageResponse> {
  return new ImageResponse(element, { ...shareImageSize, fonts: await shareImageFonts() })
}

export function episodeShareImage(card: EpisodeCard): Promise<ImageResponse> {
  return render(<EpisodeCardImage {...card} />)
}

export function siteShareImage(card: SiteCard): Promise<ImageResponse> {
  return render(<SiteCardImage {...card} />)
}
