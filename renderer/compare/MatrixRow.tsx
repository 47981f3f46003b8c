/**
 * One criterion row of the matrix. Cells are memoised on their own data, so while a weight slider
 * moves only the row headers (weights) re-render; the score cells keep their output.
 */
import { memo } from 'react'
import type { Criterion, Option } from '../../shared/domain/evidence'
import type { Score } from '../../shared/domain/weights'
import { scoreKey } from '../../shared/scoring'
import { plural } from '../ui/format'
import { formatScore, type CellEvidence } from './model'
import { WeightControl, type WeightHandlers } from './WeightControl'

export type CellHandlers = {
  focus: (row: number, col: number) => void
  open: (optionId: number, criterionId: number) => void
}

type CellProps = {
  option: Option
  criterionId: number
  criterionName: string
  row: number
  col: number
  score: Score | undefined
  evidence: CellEvidence | undefined
  focused: boolean
  /** Its panel is open. */
  selected: boolean
  handlers: CellHandlers
}

function describe(option: string, criterion: string, score: Score | undefined, evidence: CellEvidence | undefined): string {
  const parts = [`${option}, ${criterion}: ${score?.value == null ? 'no score' : `score ${formatScore(score.value)}`}.`]
  if (!evidence || evidence.claims.length === 0) parts.push('No evidence.')
  else parts.push(`${plural(evidence.supports, 'supporting claim')}, ${evidence.against} against.`)
  if (evidence?.conflicts) parts.push('Sources conflict.')
  return parts.join(' ')
}

export const MatrixCell = memo(function MatrixCell({ option, criterionId, criterionName, row, col, score, evidence, focused, selected, handlers }: CellProps) {
  const hasEvidence = !!evidence && evidence.claims.length > 0
  const rationale = score?.rationale ?? ''
  return (
    <td
      role="gridcell"
      aria-colindex={col + 2}
      tabIndex={focused ? 0 : -1}
      className={`cell${hasEvidence ? '' : ' cell--no-evidence'}${score?.value == null ? ' cell--empty' : ''}${selected ? ' is-selected' : ''}`}
      aria-selected={selected}
      data-testid="matrix-cell"
      data-row={row}
      data-col={col}
      data-option={option.name}
      data-criterion={criterionName}
      aria-label={describe(option.name, criterionName, score, evidence)}
      onFocus={() => handlers.focus(row, col)}
      onClick={() => handlers.open(option.id, criterionId)}
    >
      <div className="cell__top">
        <span className="cell__score" data-testid="cell-score">{formatScore(score?.value)}</span>
        {score?.origin === 'proposed' && <span className="cell__origin" title="Proposed from the figures in claims">proposed</span>}
        {!!evidence?.conflicts && (
          <span className="cell__conflict" data-testid="cell-conflict" title={`${plural(evidence.conflicts, 'conflict')} between sources`}>
            ⚠ {evidence.conflicts}
          </span>
        )}
      </div>
      <div className="cell__rationale" title={rationale || undefined}>{rationale}</div>
      <div className="cell__evidence">
        {hasEvidence ? (
          <>
            {evidence.supports > 0 && <span className="cell__count cell__count--supports" data-testid="cell-supports" title={plural(evidence.supports, 'supporting claim')}>+{evidence.supports}</span>}
            {evidence.against > 0 && <span className="cell__count cell__count--against" data-testid="cell-against" title={plural(evidence.against, 'claim against', 'claims against')}>−{evidence.against}</span>}
            {evidence.supports + evidence.against === 0 && <span className="cell__count" title="Only neutral claims">neutral</span>}
            {evidence.sources.map((source) => (
              <span key={source.id} className="source-badge" title={source.title}>{source.short}</span>
            ))}
          </>
        ) : (
          <span className="cell__none" data-testid="cell-no-evidence">no evidence</span>
        )}
      </div>
    </td>
  )
})

type RowProps = {
  criterion: Criterion
  share: number | null
  row: number
  options: readonly Option[]
  scores: ReadonlyMap<string, Score>
  evidence: ReadonlyMap<string, CellEvidence>
  focusedCol: number | null
  selectedCol: number | null
  canPropose: boolean
  weightHandlers: WeightHandlers
  cellHandlers: CellHandlers
}

export const MatrixRow = memo(function MatrixRow(props: RowProps) {
  const { criterion, share, row, options, scores, evidence, focusedCol, selectedCol, canPropose, weightHandlers, cellHandlers } = props
  // Cells get the criterion's id and name only, so a weight change does not reach them.
  const { id, name } = criterion
  return (
    <tr role="row" aria-rowindex={row + 2} data-testid="matrix-row">
      <th role="rowheader" scope="row" aria-colindex={1} className="matrix__criterion">
        <WeightControl criterion={criterion} share={share} canPropose={canPropose} handlers={weightHandlers} />
      </th>
      {options.map((option, col) => (
        <MatrixCell
          key={option.id}
          option={option}
          criterionId={id}
          criterionName={name}
          row={row}
          col={col}
          score={scores.get(scoreKey(option.id, id))}
          evidence={evidence.get(scoreKey(option.id, id))}
          focused={focusedCol === col}
          selected={selectedCol === col}
          handlers={cellHandlers}
        />
      ))}
    </tr>
  )
})
