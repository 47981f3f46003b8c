import type { z } from 'zod'

/** Turns zod issues into one sentence a user can act on, e.g. "name: Project name can't be empty". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    return `${where}${issue.message}`
  })
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : ''
  return parts.join('; ') + more
}
