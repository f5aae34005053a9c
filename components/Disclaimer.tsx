/**
 * The non-medical disclaimer that every public page carries. The text comes from the CMS when
 * it has an active site disclaimer; callers pass the built-in text otherwise, so the
 * landmark is never missing or empty.
 */
type DisclaimerProps = {
  label: string
  text: string
}

export function Disclaimer({ label, text }: DisclaimerProps) {
  return (
    <aside aria-label={label} className="disclaimer" data-testid="site-disclaimer">
      <p>{text}</p>
    </aside>
  )
}
