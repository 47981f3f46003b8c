/** Shared pieces the evidence views need: name lookups and claim actions that can be undone. */
import { useMemo } from 'react'
import type { Claim } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { useToasts } from '../ui/Toasts'
import type { Names } from './ClaimCard'
import { useCriteria, useDismissClaim, useOptions, useRemoveClaim, useReopenClaim, useRestoreClaim } from './queries'

export function useNames(projectId: number): Names {
  const options = useOptions(projectId).data
  const criteria = useCriteria(projectId).data
  return useMemo(
    () => ({
      options: new Map((options ?? []).map((o) => [o.id, o.name])),
      criteria: new Map((criteria ?? []).map((c) => [c.id, c.name])),
    }),
    [options, criteria],
  )
}

const excerpt = (quote: string) => (quote.length > 48 ? `${quote.slice(0, 46).trimEnd()}…` : quote)

/** Delete and dismiss both offer Undo, because one stray click should not lose evidence. */
export function useClaimActions(projectId: number) {
  const toasts = useToasts()
  const remove = useRemoveClaim(projectId)
  const restore = useRestoreClaim(projectId)
  const dismiss = useDismissClaim(projectId)
  const reopen = useReopenClaim(projectId)
  const fail = (error: unknown) => toasts.show({ message: errorMessage(error), tone: 'error' })

  return {
    remove: (claim: Claim) =>
      remove.mutate({ id: claim.id }, {
        onSuccess: () =>
          toasts.show({
            message: `Deleted claim “${excerpt(claim.quote)}”.`,
            actionLabel: 'Undo',
            onAction: () => restore.mutate({ id: claim.id }, { onError: fail }),
          }),
        onError: fail,
      }),
    dismiss: (claim: Claim) =>
      dismiss.mutate({ id: claim.id }, {
        onSuccess: () =>
          toasts.show({
            message: 'Suggestion dismissed.',
            actionLabel: 'Undo',
            onAction: () => reopen.mutate({ id: claim.id }, { onError: fail }),
          }),
        onError: fail,
      }),
  }
}
