/** A modal built on the native <dialog> element: focus trapping, Escape and the backdrop for free. */
import { useEffect, useRef, type ReactNode } from 'react'

type DialogProps = {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  footer: ReactNode
  onSubmit?: () => void
  testId?: string
  tone?: 'default' | 'danger'
}

export function Dialog({ title, open, onClose, children, footer, onSubmit, testId, tone = 'default' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${tone}`}
      data-testid={testId}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit?.()
        }}
      >
        <h2 className="dialog__title" id={testId ? `${testId}-title` : undefined}>
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__footer">{footer}</div>
      </form>
    </dialog>
  )
}
