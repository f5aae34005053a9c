/**
 * The non-medical disclaimer that every public page carries, as a labelled landmark. The text is
 * the CMS's active site disclaimer (rich text) or the built-in text; it is never empty.
 */
import { RichTextBody } from './RichTextBody'

type DisclaimerProps = {
  label: string
  text: string | object
}

export function Disclaimer({ label, text }: DisclaimerProps) {
  return (
    <aside aria-label={label} className="disclaimer" data-testid="site-disclaimer">
      {typeof text === 'string' ? <p>{text}</p> : <RichTextBody value={text} />}
    </aside>
  )
}
