/**
 * The non-medical disclaimer that every public page carries, in full, as a labelled landmark at
 * the end of the page (its one-sentence summary at the top, components/DisclaimerNotice.tsx,
 * opens to the same text). The text is the CMS's active site disclaimer (rich text) or the
 * built-in text; it is never empty.
 */
import { RichTextBody } from './RichTextBody'

/** The landmark's id: where "the full text is at the end of the page" leads. */
export const disclaimerLandmarkId = 'site-disclaimer'

type DisclaimerProps = {
  label: string
  text: string | object
}

/** The text alone: the landmark's content, and what the summary at the top opens to. */
export function DisclaimerText({ text }: Pick<DisclaimerProps, 'text'>) {
  return typeof text === 'string' ? <p>{text}</p> : <RichTextBody value={text} />
}

export function Disclaimer({ label, text }: DisclaimerProps) {
  return (
    <aside aria-label={label} className="disclaimer" data-testid="site-disclaimer" id={disclaimerLandmarkId}>
      <DisclaimerText text={text} />
    </aside>
  )
}
