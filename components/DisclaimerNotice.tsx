/**
 * The site disclaimer's place at the top of every reader page: one sentence that opens, in place,
 * to the full text. A native <details>, so it opens without JavaScript and from the keyboard
 * (Enter or Space on the summary). Kept short so that on a phone the page's title is still in the
 * first screen; the full text is always shown, in its landmark, at the end of the page
 * (components/Disclaimer.tsx). Drawn inside the header's banner landmark: it is not a second
 * complementary landmark with the disclaimer's name.
 */
import { DisclaimerText } from './Disclaimer'

type Props = {
  /** One sentence: the CMS's summary or the built-in one (lib/content/site-disclaimer.ts). */
  summary: string
  text: string | object
  /** "全文" / "Read in full": says that the sentence opens. */
  readInFull: string
}

export function DisclaimerNotice({ summary, text, readInFull }: Props) {
  return (
    <details className="disclaimer-notice" data-testid="site-disclaimer-notice">
      <summary>
        <span className="disclaimer-notice-sentence">{summary}</span>{' '}
        <span className="disclaimer-notice-more">{readInFull}</span>
      </summary>
      <div className="disclaimer-notice-text">
        <DisclaimerText text={text} />
      </div>
    </details>
  )
}
