/**
 * The comparison as it stood when the record was accepted, and — when the live comparison has
 * moved since — why, with a way to record a new decision from the current state.
 */
import type { ComparisonSnapshot } from '../../shared/domain/decision'

const percent = (share: number | null) => (share === null || !Number.isFinite(share) ? '–' : `${Math.round(share * 1000) / 10}%`)

type BannerProps = { changeReasons: string[]; onSupersede: () => void; busy: boolean }

export function ChangedBanner({ changeReasons, onSupersede, busy }: BannerProps) {
  return (
    <div className="changed-banner" role="status" data-testid="comparison-changed-banner">
      <p className="changed-banner__title">The comparison changed since this decision</p>
      <ul>{changeReasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
      <button type="button" className="button button--small" onClick={onSupersede} disabled={busy} data-testid="supersede-current">
        Supersede with the current comparison
      </button>
    </div>
  )
}

export function FrozenMatrix({ snapshot }: { snapshot: ComparisonSnapshot }) {
  const scores = new Map(snapshot.scores.map((s) => [`${s.optionId}:${s.criterionId}`, s.value]))
  const taken = snapshot.takenAt.slice(0, 10)
  return (
    <section className="editor-panel" aria-labelledby="matrix-heading" data-testid="frozen-matrix">
      <h3 className="editor-panel__title" id="matrix-heading">Decision matrix <span className="editor-panel__note">frozen {taken}</span></h3>
      <div className="frozen-scroll">
        <table className="frozen">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="num">Weight</th>
              {snapshot.options.map((o) => (
                <th key={o.id} scope="col" className={`num${o.id === snapshot.winnerId ? ' is-winner' : ''}`}>{o.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {snapshot.criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}{c.direction === 'cost' && <span className="frozen__cost" title="Lower is better"> ↓</span>}</th>
                <td className="num">{percent(c.share)}</td>
                {snapshot.options.map((o) => {
                  const value = scores.get(`${o.id}:${c.id}`)
                  return <td key={o.id} className={`num${o.id === snapshot.winnerId ? ' is-winner' : ''}`}>{value ?? '–'}</td>
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Weighted total</th>
              <td />
              {snapshot.options.map((o) => (
                <td key={o.id} className={`num${o.id === snapshot.winnerId ? ' is-winner' : ''}`}>{percent(o.total)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {[snapshot.sensitivity, snapshot.leaveOneSourceOut].filter(Boolean).map((sentence) => (
        <p key={sentence} className="editor-panel__text">{sentence}</p>
      ))}
    </section>
  )
}
