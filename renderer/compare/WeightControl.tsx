/** A criterion's row header: name, cost/benefit tag, weight slider with its share, lock, and the proposal action. */
import type { Criterion } from '../../shared/domain/evidence'
import { formatShare } from './model'

export type WeightHandlers = {
  drag: (criterionId: number, weight: number) => void
  commit: (criterionId: number) => void
  toggleLock: (criterionId: number) => void
  propose: (criterionId: number) => void
}

type Props = { criterion: Criterion; share: number | null; canPropose: boolean; handlers: WeightHandlers }

export function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg width="13" height="13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true" focusable="false">
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d={locked ? 'M8 11V7a4 4 0 0 1 8 0v4' : 'M8 11V7a4 4 0 0 1 7.5-2'} />
    </svg>
  )
}

export function WeightControl({ criterion, share, canPropose, handlers }: Props) {
  const { id, name, direction, weight, weightLocked } = criterion
  const directionHint = direction === 'cost' ? 'Cost: scores are amounts, lower is better' : 'Benefit: higher scores are better'
  return (
    <div className="weight" data-testid="weight-control" data-criterion={id}>
      <div className="weight__head">
        <span className="weight__name" title={criterion.description || name} data-testid="criterion-name">{name}</span>
        <span className={`direction direction--${direction}`} title={directionHint}>{direction}</span>
        {canPropose && (
          <button type="button" className="weight__propose" data-testid="propose-row" onClick={() => handlers.propose(id)}
            title={`Propose scores for ${name} from the figures in accepted claims`}>
            Propose
          </button>
        )}
      </div>
      <div className="weight__controls">
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={weight}
          disabled={weightLocked}
          className="weight__slider"
          aria-label={`Weight of ${name}`}
          aria-valuetext={share === null ? `${weight}, no weights set` : `${weight}, ${formatShare(share)} of the total`}
          data-testid="weight-slider"
          onChange={(event) => handlers.drag(id, Number(event.target.value))}
          onKeyUp={() => handlers.commit(id)}
          onPointerUp={() => handlers.commit(id)}
          onBlur={() => handlers.commit(id)}
        />
        <span className="weight__share" data-testid="weight-share" title={`Raw weight ${weight} of 100`}>
          {share === null ? '—' : formatShare(share)}
        </span>
        <button
          type="button"
          className={`weight__lock${weightLocked ? ' is-locked' : ''}`}
          aria-pressed={weightLocked}
          aria-label={`Lock weight of ${name}`}
          title={weightLocked ? 'Locked: presets and reset leave it alone' : 'Lock this weight'}
          data-testid="weight-lock"
          onClick={() => handlers.toggleLock(id)}
        >
          <LockIcon locked={weightLocked} />
        </button>
      </div>
    </div>
  )
}
