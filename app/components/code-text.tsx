// A methodology text with `code` spans (column names, measure slugs), as the Methodology page
// writes them.
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="slug">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  )
}
