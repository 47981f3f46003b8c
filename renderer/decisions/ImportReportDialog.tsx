/** What importing a folder of ADRs did: records added, numbers changed, and files left out with why. */
import type { ImportReport } from '../../shared/domain/decision'
import { Dialog } from '../ui/Dialog'
import { plural } from '../ui/format'
import { recordNumber } from './labels'

type Props = { folder: string; report: ImportReport; onClose: () => void }

export function ImportReportDialog({ folder, report, onClose }: Props) {
  const { imported, renumbered, skipped } = report
  return (
    <Dialog title={imported.length > 0 ? `Imported ${plural(imported.length, 'decision')}` : 'No decisions imported'} open onClose={onClose}
      onSubmit={onClose} testId="import-report"
      footer={<button type="submit" className="button button--primary" autoFocus>Done</button>}>
      <p className="import-report__folder">From <code>{folder}</code></p>
      {imported.length > 0 && (
        <section className="import-report__group" data-testid="import-imported">
          <h3>Imported <span className="count">{imported.length}</span></h3>
          <ul>
            {imported.map((r) => (
              <li key={r.fileName}>
                <span className="import-report__number">{recordNumber(r.number)}</span> {r.title}
                <span className="import-report__file">{r.fileName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {renumbered.length > 0 && (
        <section className="import-report__group" data-testid="import-renumbered">
          <h3>Renumbered <span className="count">{renumbered.length}</span></h3>
          <p className="import-report__why">Their number was taken by another file in the folder, or they had none.</p>
          <ul>
            {renumbered.map((r) => (
              <li key={r.fileName}>
                <span className="import-report__file">{r.fileName}</span>: {r.from === null ? 'no number' : recordNumber(r.from)} → {recordNumber(r.to)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {skipped.length > 0 && (
        <section className="import-report__group" data-testid="import-skipped">
          <h3>Skipped <span className="count count--alert">{skipped.length}</span></h3>
          <ul>
            {skipped.map((r) => (
              <li key={r.fileName}>
                <span className="import-report__file">{r.fileName}</span>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {imported.length === 0 && skipped.length === 0 && <p>The folder holds no Markdown decision records.</p>}
    </Dialog>
  )
}
