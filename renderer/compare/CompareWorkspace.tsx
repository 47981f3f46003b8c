/**
 * The comparison itself: matrix, ranking, charts and sensitivity. Weights being dragged are local
 * state (useWeights), so the totals follow the slider without waiting for the database; scores,
 * evidence and proposals are derived once per data change and handed to memoised cells, which a
 * slider move therefore never re-renders.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { Claim, ConflictSummary, Criterion, Option, SourceSummary } from '../../shared/domain/evidence'
import type { CompareSnapshot } from '../../shared/domain/weights'
import { computeTotals, proposeScores, rankSourceRemovals, scoreKey, sourceRemovals, weightSensitivity, type MatrixCell } from '../../shared/scoring'
import { CellPanel } from './CellPanel'
import { Matrix } from './Matrix'
import { evidenceByCell, scoresByCell, sourceBadges } from './model'
import { ProposeDialog } from './ProposeDialog'
import { RankingPanel } from './RankingPanel'
import { SensitivityPanel } from './SensitivityPanel'
import { Toolbar } from './Toolbar'
import { useScoreActions } from './useScoreActions'
import { useUndoStack } from './useUndo'
import { useWeights } from './useWeights'
import type { WeightHandlers } from './WeightControl'

type Props = {
  projectId: number
  options: Option[]
  criteria: Criterion[]
  snapshot: CompareSnapshot
  claims: Claim[]
  conflicts: ConflictSummary
  sources: SourceSummary[]
}

type OpenCell = { optionId: number; criterionId: number }

export function CompareWorkspace({ projectId, options, criteria: saved, snapshot, claims, conflicts, sources }: Props) {
  const { scale } = snapshot
  const undo = useUndoStack()
  const weights = useWeights(projectId, saved, undo.push)
  const writeScores = useScoreActions(projectId, undo.push)
  const [open, setOpen] = useState<OpenCell | null>(null)
  const [proposeId, setProposeId] = useState<number | null>(null)

  const scores = useMemo(() => scoresByCell(snapshot.scores), [snapshot.scores])
  const values = useMemo(() => new Map([...scores].map(([key, s]) => [key, s.value])), [scores])
  const accepted = useMemo(() => claims.filter((c) => c.status === 'accepted'), [claims])
  // Proposals and source removals depend on which criteria exist and their units, not on weights:
  // keyed on that shape so saving a weight does not redo them.
  const shapeKey = saved.map((c) => `${c.id}:${c.unit ?? ''}:${c.direction}`).join('|')
  const shape = useMemo(() => saved.map((c) => ({ ...c, weight: 0 })), [shapeKey])
  const claimsByCriterion = useMemo(() => {
    const grouped = new Map<number, Claim[]>()
    for (const claim of accepted) if (claim.criterionId !== null) grouped.set(claim.criterionId, [...(grouped.get(claim.criterionId) ?? []), claim])
    return grouped
  }, [accepted])
  const evidence = useMemo(() => evidenceByCell(accepted, conflicts.cells, sourceBadges(sources)), [accepted, conflicts, sources])
  const proposals = useMemo(
    () => new Map(shape.map((c) => [c.id, proposeScores({ criterion: c, scale, options, claims: claimsByCriterion.get(c.id) ?? [] })])),
    [shape, scale, options, claimsByCriterion],
  )
  const proposable = useMemo(() => new Set([...proposals].filter(([, r]) => r.proposals.length > 0).map(([id]) => id)), [proposals])

  // Totals follow every slider move; the heavier sensitivity analyses may lag a frame behind.
  const totals = useMemo(() => computeTotals({ scale, options, criteria: weights.criteria, scores: values }), [scale, options, weights.criteria, values])
  // The ranking list is the urgent update; charts and sensitivity follow in a deferred render.
  const settled = useDeferredValue(weights.criteria)
  const settledTotals = useDeferredValue(totals)
  const sensitivity = useMemo(() => weightSensitivity({ scale, options, criteria: settled, scores: values }), [scale, options, settled, values])
  const cells = useMemo(() => new Map<string, MatrixCell>([...scores].map(([key, s]) => [key, { score: s.value, origin: s.origin }])), [scores])
  const removals = useMemo(
    () => (options.length < 2 || sources.length === 0 ? null : sourceRemovals({ scale, options, criteria: shape, cells, claims: accepted, sources })),
    [scale, options, shape, cells, accepted, sources],
  )
  const leaveOneOut = useMemo(
    () => (removals ? rankSourceRemovals(removals, { scale, options, criteria: settled, cells }) : null),
    [removals, scale, options, settled, cells],
  )

  const weightHandlers = useMemo<WeightHandlers>(
    () => ({ drag: weights.drag, commit: weights.commit, toggleLock: weights.toggleLock, propose: setProposeId }),
    [weights.drag, weights.commit, weights.toggleLock],
  )
  const openCell = useCallback((optionId: number, criterionId: number) => setOpen({ optionId, criterionId }), [])
  const closeCell = useCallback(() => {
    if (!open) return
    setOpen(null)
    const row = saved.findIndex((c) => c.id === open.criterionId)
    const col = options.findIndex((o) => o.id === open.optionId)
    document.querySelector<HTMLElement>(`[data-testid="matrix-cell"][data-row="${row}"][data-col="${col}"]`)?.focus()
  }, [open, saved, options])

  const openOption = open && options.find((o) => o.id === open.optionId)
  const openCriterion = open && weights.criteria.find((c) => c.id === open.criterionId)
  const proposeCriterion = proposeId === null ? null : (saved.find((c) => c.id === proposeId) ?? null)

  return (
    <div className="compare" data-testid="compare-tab">
      <Toolbar projectId={projectId} undo={undo} onReset={weights.reset} onApply={weights.applyPreset} />
      <div className="compare__body">
        <div className="compare__main">
          <Matrix
            options={options}
            criteria={weights.criteria}
            totals={totals}
            scale={scale}
            scores={scores}
            evidence={evidence}
            proposable={proposable}
            weightHandlers={weightHandlers}
            onOpen={openCell}
            openCell={open}
            writeScores={writeScores}
          />
          <SensitivityPanel options={options} criteria={settled} winnerId={settledTotals.winnerId} sensitivity={sensitivity} leaveOneOut={leaveOneOut} sources={sources} />
        </div>
        <aside className="compare__side">
          <RankingPanel options={options} totals={totals} chartCriteria={settled} chartTotals={settledTotals} />
        </aside>
      </div>
      {openOption && openCriterion && (
        <CellPanel
          key={scoreKey(openOption.id, openCriterion.id)}
          projectId={projectId}
          option={openOption}
          criterion={openCriterion}
          scale={scale}
          score={scores.get(scoreKey(openOption.id, openCriterion.id))}
          evidence={evidence.get(scoreKey(openOption.id, openCriterion.id))}
          proposal={proposals.get(openCriterion.id)?.proposals.find((p) => p.optionId === openOption.id)}
          writeScores={writeScores}
          onClose={closeCell}
        />
      )}
      {proposeCriterion && (
        <ProposeDialog
          key={proposeCriterion.id}
          criterion={proposeCriterion}
          result={proposals.get(proposeCriterion.id)}
          options={options}
          scores={scores}
          onAccept={(changes) => writeScores(changes, changes.length === 1 ? 'accepted proposal' : 'accepted proposals')}
          onClose={() => setProposeId(null)}
        />
      )}
    </div>
  )
}
