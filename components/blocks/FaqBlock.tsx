type Props = { heading?: string | null; items: { question: string; answer: string }[]; defaultHeading: string }

/**
 * Questions that open to their answers: <details>/<summary> works without JavaScript and is
 * announced as a disclosure. The page gives the same items to search engines (lib/seo/structured-data/faq.ts).
 */
export function FaqBlock({ heading, items, defaultHeading }: Props) {
  if (items.length === 0) return null
  return (
    <section className="page-faq">
      <h2>{heading || defaultHeading}</h2>
      {items.map((item, index) => (
        <details key={index}>
          <summary>{item.question}</summary>
          {item.answer.split(/\n{2,}/).map((paragraph, line) => (
            <p key={line}>{paragraph}</p>
          ))}
        </details>
      ))}
    </section>
  )
}
