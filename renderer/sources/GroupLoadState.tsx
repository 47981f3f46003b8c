/** What an opened group shows while its items load, or why they could not. */
import { errorMessage } from '../api/client'

type Props = { open: boolean; query: { data?: unknown; isError: boolean; error: unknown }; loading: string }

export function GroupLoadState({ open, query, loading }: Props) {
  if (!open) return null
  if (query.isError) return <p className="form-error" role="alert">{errorMessage(query.error)}</p>
  return query.data ? null : <p className="view-intro" aria-busy="true">{loading}</p>
}
