/**
 * Decision records as Markdown files in the three layouts teams commit. Output depends only on
 * the record and the context — no clock, no locale — so writing the same record twice gives the
 * same bytes and a repository never sees a change that is not one.
 */
import type { AdrDialect, DecisionRecord } from '../domain/decision'
import { noLinkTargets, type RenderContext } from './layout'
import { renderLog4brains } from './render-log4brains'
import { renderMadr } from './render-madr'
import { renderNygard } from './render-nygard'

export { noLinkTargets, type LinkTarget, type RenderContext } from './layout'
export { adrFileName, adrFolderFor, adrSlug } from './file-names'
export { adrIndexFileName, renderIndex } from './render-index'

/** The whole file for one record; MADR 4 unless the repository uses another dialect. */
export function renderAdr(record: DecisionRecord, dialect: AdrDialect = 'madr', ctx: RenderContext = noLinkTargets): string {
  switch (dialect) {
    case 'madr':
      return renderMadr(record, ctx)
    case 'nygard':
      return renderNygard(record, ctx)
    case 'log4brains':
      return renderLog4brains(record, ctx)
  }
}
