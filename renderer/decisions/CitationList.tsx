/** The claims the record cites as `[^cN]` footnotes, in the order the text first cites them. */
import { useMemo } from 'react'
import { referencedClaimIds } from '../../shared/adr/footnotes'
import type { Citation, DecisionSections } from '../../shared/domain/decision'

const allText = (s: DecisionSections) =>
  [s.context, s.drivers, s.consideredOptions, s.outcome, s.consequences, s.confirmation, s.prosAndCons, s.moreInformation, ...s.extra.map((e) => e.body)].join('\n')

export function CitationList({ sections, citations }: { sections: DecisionSections; citations: Citation[] }) {
  const cited = useMemo(() => {
    const byId = new Map(citations.map((c) => [c.claimId, c]))
    return referencedClaimIds(allText(sections)).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  }, [sections, citations])

  return (
    <section className="editor-panel" aria-labelledby="citations-heading" data-testid="citations">
      <h3 className="editor-panel__title" id="citations-heading">
        Citations <span className="count">{cited.length}</span>
      </h3>
      {cited.length === 0 ? (
        <p className="editor-panel__empty">No claims cited. Cite one in any section as <code>[^c12]</code>, where 12 is the claim’s number.</p>
      ) : (
        <ol className="citations">
          {cited.map((c) => (
            <li key={c.claimId} className="citation" data-testid="citation">
              <span className="citation__marker">c{c.claimId}</span>
              <div>
                <p className="citation__quote">“{c.quote}”{c.isParaphrase && <span className="flag">Paraphrase</span>}</p>
                <p className="citation__source">
                  {[c.sourceTitle, c.author, c.publisher].filter(Boolean).join(' · ')} · {c.publishedDate ?? 'undated'}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
