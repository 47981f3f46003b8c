/**
 * The score matrix as an ARIA grid: options are columns, criteria rows. Arrow keys (and Home/End)
 * move the focused cell; a digit sets its score at once, and a second digit within 600 ms extends
 * it when the result still fits the scale ("1" then "0" makes 10 on a 0–10 scale; "1" then "1"
 * is 1 and then 1 again, since 11 does not fit); Delete or Backspace clears it; Enter opens the
 * cell's panel. Weight sliders sit in the row headers and work with their native keys.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Criterion, Option } from '../../shared/domain/evidence'
import type { Score } from '../../shared/domain/weights'
import { scoreKey, type ScoreScale, type TotalsResult } from '../../shared/scoring'
import { useToasts } from '../ui/Toasts'
import { formatTotal, type CellEvidence } from './model'
import { MatrixRow, type CellHandlers } from './MatrixRow'
import type { WriteScores } from './useScoreActions'
import type { WeightHandlers } from './WeightControl'

const DIGIT_WINDOW_MS = 600

type Props = {
  options: readonly Option[]
  criteria: readonly Criterion[]
  totals: TotalsResult
  scale: ScoreScale
  scores: ReadonlyMap<string, Score>
  evidence: ReadonlyMap<string, CellEvidence>
  proposable: ReadonlySet<number>
  weightHandlers: WeightHandlers
  onOpen: (optionId: number, criterionId: number) => void
  /** The cell whose panel is open, if any. */
  openCell: { optionId: number; criterionId: number } | null
  writeScores: WriteScores
}

export function Matrix({ options, criteria, totals, scale, scores, evidence, proposable, weightHandlers, onOpen, openCell, writeScores }: Props) {
  const toasts = useToasts()
  const table = useRef<HTMLTableElement>(null)
  const [focus, setFocus] = useState({ row: 0, col: 0 })
  const moved = useRef(false)
  const digits = useRef<{ key: string; text: string; at: number; seq: number } | null>(null)
  const sequence = useRef(0)

  const row = Math.min(focus.row, criteria.length - 1)
  const col = Math.min(focus.col, options.length - 1)

  useEffect(() => {
    if (!moved.current) return
    moved.current = false
    table.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus()
  }, [row, col])

  const cellHandlers = useMemo<CellHandlers>(
    () => ({
      focus: (r, c) => setFocus((f) => (f.row === r && f.col === c ? f : { row: r, col: c })),
      open: onOpen,
    }),
    [onOpen],
  )

  const setScore = useCallback(
    (optionId: number, criterionId: number, value: number | null, mergeKey?: string) =>
      void writeScores([{ optionId, criterionId, value }], value === null ? 'cleared score' : 'score change', mergeKey).then(
        (error) => error && toasts.show({ message: error, tone: 'error' }),
      ),
    [toasts, writeScores],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'gridcell' || event.altKey || event.ctrlKey || event.metaKey) return
    // The cell that has the key event decides, even if focus state has not caught up yet.
    const row = Number(target.dataset.row)
    const col = Number(target.dataset.col)
    const option = options[col]
    const criterion = criteria[row]
    if (!option || !criterion) return
    const move = (r: number, c: number) => {
      event.preventDefault()
      moved.current = true
      setFocus({ row: Math.max(0, Math.min(criteria.length - 1, r)), col: Math.max(0, Math.min(options.length - 1, c)) })
    }
    switch (event.key) {
      case 'ArrowUp': return move(row - 1, col)
      case 'ArrowDown': return move(row + 1, col)
      case 'ArrowLeft': return move(row, col - 1)
      case 'ArrowRight': return move(row, col + 1)
      case 'Home': return move(event.shiftKey ? 0 : row, 0)
      case 'End': return move(event.shiftKey ? criteria.length - 1 : row, options.length - 1)
      case 'Enter':
      case 'F2':
        event.preventDefault()
        return onOpen(option.id, criterion.id)
      case 'Delete':
      case 'Backspace':
        event.preventDefault()
        digits.current = null
        return setScore(option.id, criterion.id, null)
    }
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault()
      const key = scoreKey(option.id, criterion.id)
      // When the key was pressed, not when we got to it: a busy frame must not split "1","0".
      const now = event.timeStamp
      const last = digits.current
      const joined = last && last.key === key && now - last.at < DIGIT_WINDOW_MS ? last.text + event.key : null
      const text = joined !== null && Number(joined) <= scale.max ? joined : event.key
      const seq = text === event.key ? ++sequence.current : last!.seq
      digits.current = { key, text, at: now, seq }
      setScore(option.id, criterion.id, Number(text), `digits:${key}:${seq}`)
    }
  }

  return (
    <div className="matrix-scroll" data-testid="compare-matrix">
      <table
        ref={table}
        role="grid"
        className="matrix"
        aria-label="Scores by option and criterion"
        aria-rowcount={criteria.length + 1}
        aria-colcount={options.length + 1}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col className="matrix__weights-col" />
          {options.map((o) => <col key={o.id} className={o.id === totals.winnerId ? 'is-winner' : undefined} />)}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" aria-colindex={1} className="matrix__corner">
              Criterion <span className="matrix__corner-hint">weight · share</span>
            </th>
            {options.map((option, i) => {
              const rank = totals.ranking.find((r) => r.optionId === option.id)
              const total = totals.totals[i]?.total ?? null
              const winner = option.id === totals.winnerId
              return (
                <th key={option.id} role="columnheader" aria-colindex={i + 2} className={`matrix__option${winner ? ' is-winner' : ''}`} data-testid="option-header">
                  <span className="matrix__option-name" title={option.description || option.name}>{option.name}</span>
                  <span className="matrix__option-total">
                    {rank && <span className="matrix__rank">#{rank.rank}</span>} {formatTotal(total)}
                  </span>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion, r) => (
            <MatrixRow
              key={criterion.id}
              criterion={criterion}
              share={totals.noWeights ? null : (totals.shares[r] ?? 0)}
              row={r}
              options={options}
              scores={scores}
              evidence={evidence}
              focusedCol={r === row ? col : null}
              selectedCol={openCell?.criterionId === criterion.id ? options.findIndex((o) => o.id === openCell.optionId) : null}
              canPropose={proposable.has(criterion.id)}
              weightHandlers={weightHandlers}
              cellHandlers={cellHandlers}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
