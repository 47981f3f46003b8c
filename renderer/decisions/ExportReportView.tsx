/** What an export did, and the per-file choice when files on disk were changed by someone else. */
import type { ConflictChoice, ExportReport } from '../../shared/domain/decision'
import { plural } from '../ui/format'

const choiceLabels: { choice: ConflictChoice; label: string; hint: string }[] = [
  { choice: 'overwrite', label: 'Overwrite', hint: 'Replace the file with Arbiter’s version' },
  { choice: 'keep', label: 'Keep theirs', hint: 'Leave the file as it is on disk' },
  { choice: 'alongside', label: 'Write alongside', hint: 'Write Arbiter’s version next to it as .arbiter.md' },
]

type ConflictProps = {
  conflicts: ExportReport['conflicts']
  choices: Record<string, ConflictChoice>
  onChoose: (fileName: string, choice: ConflictChoice) => void
}

export function ConflictChoices({ conflicts, choices, onChoose }: ConflictProps) {
  return (
    <div className="export-conflicts" data-testid="export-conflicts">
      <p className="export-conflicts__intro" role="alert">
        {plural(conflicts.length, 'file')} in the folder changed outside Arbiter. Nothing was written yet: choose what happens to each.
      </p>
      <ul className="export-conflicts__list">
        {conflicts.map(({ fileName, reason }) => (
          <li key={fileName} className="export-conflict" data-testid="export-conflict" data-file={fileName}>
            <code className="export-conflict__file">{fileName}</code>
            <div className="export-conflict__row">
              <span className="export-conflict__reason">{reason}</span>
              <div className="segmented" role="radiogroup" aria-label={`What to do with ${fileName}`}>
                {choiceLabels.map(({ choice, label, hint }) => (
                  <button key={choice} type="button" role="radio" aria-checked={choices[fileName] === choice} title={hint}
                    className={`segmented__item${choices[fileName] === choice ? ' is-selected' : ''}`} onClick={() => onChoose(fileName, choice)}>
                    {label}
                  </button>
                ))}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

const groups: { key: 'written' | 'unchanged' | 'kept' | 'alongside'; label: string }[] = [
  { key: 'written', label: 'Written' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'kept', label: 'Kept as they were on disk' },
  { key: 'alongside', label: 'Written alongside' },
]

export function ExportResult({ report }: { report: ExportReport }) {
  return (
    <div className="export-result" data-testid="export-report">
      <p className="export-result__folder">
        Exported to <code>{report.folder}</code>
      </p>
      <dl className="export-result__groups">
        {groups.filter(({ key }) => report[key].length > 0).map(({ key, label }) => (
          <div key={key} className="export-result__group" data-testid={`report-${key}`}>
            <dt>{label} <span className="count">{report[key].length}</span></dt>
            <dd>
              <ul>{report[key].map((name) => <li key={name}>{name}</li>)}</ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
