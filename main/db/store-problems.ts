/** Plain-words explanations for a database Arbiter refuses to open (shown in a dialog). */
import type { StoreProblem } from './connection'

export function describeStoreProblem(problem: StoreProblem): { message: string; detail: string } {
  switch (problem) {
    case 'not-sqlite':
      return {
        message: 'This file is not an Arbiter database.',
        detail: 'It may be another kind of file, or it may be damaged. Arbiter has not changed it.',
      }
    case 'newer-schema':
      return {
        message: 'This database was saved by a newer version of Arbiter.',
        detail: 'Update Arbiter to open it. Arbiter has not changed it.',
      }
    case 'unreadable':
      return {
        message: 'Arbiter could not read its database.',
        detail: 'The file may be damaged or locked by another program. Arbiter has not changed it.',
      }
  }
}
