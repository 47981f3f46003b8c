/** Words and small badges shared by the list, the editor and the dialogs. */
import { adrNumberPrefix } from '../../shared/adr/file-names'
import type { AdrDialect, DecisionStatus } from '../../shared/domain/decision'

export const statusLabels: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
}

export const dialectLabels: Record<AdrDialect, string> = {
  madr: 'MADR 4',
  nygard: 'Nygard (adr-tools)',
  log4brains: 'log4brains',
}

/** For the preview's narrow switch. */
export const shortDialectLabels: Record<AdrDialect, string> = { madr: 'MADR', nygard: 'Nygard', log4brains: 'log4brains' }

/** `0004`, as the records are numbered in file names. */
export const recordNumber = (number: number) => adrNumberPrefix(number)

export function StatusChip({ status }: { status: DecisionStatus }) {
  return (
    <span className={`status-chip status-chip--${status}`} data-testid="status-chip" data-status={status}>
      {statusLabels[status]}
    </span>
  )
}

/** Shown on accepted records whose comparison no longer matches the one frozen at acceptance. */
export function ChangedBadge() {
  return (
    <span className="changed-badge" data-testid="comparison-changed" title="The scores, weights or evidence moved after this decision was accepted">
      Comparison changed since this decision
    </span>
  )
}
