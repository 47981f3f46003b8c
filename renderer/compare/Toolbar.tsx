/** Weight actions above the matrix: reset, presets (apply, save, delete), undo and redo. */
import { useEffect, useRef, useState } from 'react'
import type { WeightPreset } from '../../shared/domain/weights'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Icon } from '../ui/Icon'
import { useToasts } from '../ui/Toasts'
import { usePresets, useRemovePreset, useSavePreset } from './queries'
import type { UndoStack } from './useUndo'

type Props = { projectId: number; undo: UndoStack; onReset: () => void; onApply: (preset: WeightPreset) => void }

export function Toolbar({ projectId, undo, onReset, onApply }: Props) {
  const toasts = useToasts()
  const presets = usePresets(projectId).data ?? []
  const save = useSavePreset(projectId)
  const remove = useRemovePreset(projectId)
  const [menuOpen, setMenuOpen] = useState(false)
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const menu = useRef<HTMLDivElement>(null)

  // The menu closes on a click elsewhere, like a native one.
  useEffect(() => {
    if (!menuOpen) return
    const onDown = (event: PointerEvent) => menu.current?.contains(event.target as Node) || setMenuOpen(false)
    window.addEventListener('pointerdown', onDown)
    return () => window.removeEventListener('pointerdown', onDown)
  }, [menuOpen])

  const pick = (preset: WeightPreset) => {
    setMenuOpen(false)
    onApply(preset)
  }
  const submitName = () =>
    save.mutate(name, {
      onSuccess: (preset) => {
        setNaming(false)
        toasts.show({ message: `Saved the current weights as “${preset.name}”.` })
      },
    })
  const builtin = presets.filter((p) => p.builtin)
  const saved = presets.filter((p) => !p.builtin)

  return (
    <div className="compare-toolbar" data-testid="compare-toolbar">
      <div className="presets" ref={menu} onKeyDown={(e) => e.key === 'Escape' && setMenuOpen(false)}>
        <button type="button" className="button" aria-haspopup="menu" aria-expanded={menuOpen} data-testid="presets-button" onClick={() => setMenuOpen((o) => !o)}>
          Presets <span aria-hidden="true">▾</span>
        </button>
        {menuOpen && (
          <div className="presets__menu" role="menu" aria-label="Weight presets" data-testid="presets-menu">
            <p className="presets__group">Built in</p>
            {builtin.map((p) => (
              <button key={p.key} type="button" role="menuitem" className="presets__item" title={p.description} onClick={() => pick(p)}>{p.name}</button>
            ))}
            <p className="presets__group">Saved</p>
            {saved.length === 0 && <p className="presets__none">None yet</p>}
            {saved.map((p) => (
              <div key={p.key} className="presets__row">
                <button type="button" role="menuitem" className="presets__item" onClick={() => pick(p)}>{p.name}</button>
                <button type="button" className="icon-button" aria-label={`Delete preset ${p.name}`}
                  onClick={() => remove.mutate(p.id!, {
                    onSuccess: () => toasts.show({ message: `Deleted the preset “${p.name}”.` }),
                    onError: (error) => toasts.show({ message: errorMessage(error), tone: 'error' }),
                  })}>
                  <Icon name="trash" size={14} />
                </button>
              </div>
            ))}
            <button type="button" role="menuitem" className="presets__item presets__save" data-testid="save-preset"
              onClick={() => { setMenuOpen(false); setName(''); save.reset(); setNaming(true) }}>
              Save current weights as…
            </button>
          </div>
        )}
      </div>
      <button type="button" className="button" data-testid="reset-weights" onClick={onReset} title="Set every unlocked weight to 50">Reset weights</button>
      <span className="compare-toolbar__spacer" />
      <span className="compare-toolbar__hint">Arrows move · 0–9 score (1, 0 quickly = 10) · Del clears · Enter opens</span>
      <button type="button" className="icon-button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!undo.canUndo} onClick={undo.undo} data-testid="undo">
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-button icon-button--flip" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!undo.canRedo} onClick={undo.redo} data-testid="redo">
        <Icon name="undo" />
      </button>
      <Dialog title="Save current weights as a preset" open={naming} onClose={() => setNaming(false)} onSubmit={submitName} testId="save-preset-dialog"
        footer={<>
          <button type="button" className="button" onClick={() => setNaming(false)}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={save.isPending}>Save preset</button>
        </>}>
        <label className="field">
          <span className="field__label">Name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        {save.error && <p className="form-error" role="alert">{errorMessage(save.error)}</p>}
      </Dialog>
    </div>
  )
}
