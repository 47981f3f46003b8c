/** The lifecycle buttons: only the moves `statusTransitions` allows from the record's status. */
import { useState } from 'react'
import { statusTransitions, type Decision, type DecisionStatus } from '../../shared/domain/decision'
import { Dialog } from '../ui/Dialog'
import { recordNumber } from './labels'

const moveLabels: Record<DecisionStatus, string> = {
  proposed: 'Reopen as proposed',
  accepted: 'Accept',
  rejected: 'Reject',
  deprecated: 'Deprecate',
  superseded: 'Supersede…',
}

type Props = { decision: Decision; busy: boolean; onStatus: (status: DecisionStatus) => void; onSupersede: () => void }

export function StatusActions({ decision, busy, onStatus, onSupersede }: Props) {
  const [confirming, setConfirming] = useState(false)
  const moves = statusTransitions[decision.status]
  // Imported records keep their own text: there is no comparison of theirs to freeze.
  const freezes = decision.status === 'proposed' && !decision.importedFormat && !decision.snapshot
  const number = recordNumber(decision.number)

  return (
    <div className="status-actions" data-testid="status-actions">
      {moves.map((status) => (
        <button key={status} type="button" disabled={busy} data-testid={`status-${status}`}
          className={`button button--small${status === 'accepted' ? ' button--primary' : ''}`}
          title={status === 'accepted' && freezes ? 'Freezes the comparison (weights, scores, totals and cited claims) into this record' : undefined}
          onClick={() => (status === 'superseded' ? setConfirming(true) : onStatus(status))}>
          {status === 'accepted' && decision.status === 'deprecated' ? 'Accept again' : moveLabels[status]}
        </button>
      ))}
      {freezes && moves.includes('accepted') && (
        <span className="status-actions__hint" data-testid="accept-hint">Accepting freezes the comparison as it is now into this record.</span>
      )}
      <Dialog title={`Supersede ${number}?`} open={confirming} onClose={() => setConfirming(false)} testId="supersede-dialog"
        onSubmit={() => { setConfirming(false); onSupersede() }}
        footer={<>
          <button type="button" className="button" onClick={() => setConfirming(false)}>Cancel</button>
          <button type="submit" className="button button--primary" data-testid="confirm-supersede">Supersede and open the new record</button>
        </>}>
        <p>
          A new record is drafted from the current comparison. {number} becomes <strong>superseded</strong>, and both records link to each other.
        </p>
      </Dialog>
    </div>
  )
}
