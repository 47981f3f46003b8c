/** The decisions group's file side: where a project exports to, exporting, and importing a folder. */
import type { Kysely } from 'kysely'
import type { AdrDialect, ExportSettings } from '../../shared/domain/decision'
import type { Database } from '../db/schema'
import { exportDecisions } from './decision-export'
import { importDecisionFolder } from './decision-import'
import type { DecisionService } from './decisions'
import type { Handlers } from './handlers'
import { assertLiveProject } from './records'

type Settings = { decisionExport?: ExportSettings }

export function createDecisionFileService(db: Kysely<Database>, decisions: DecisionService) {
  const readSettings = async (projectId: number): Promise<Settings> => {
    const row = await db.selectFrom('projects').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow()
    return JSON.parse(row.settings) as Settings
  }
  const remember = async (projectId: number, folder: string, dialect: AdrDialect) => {
    const settings = { ...(await readSettings(projectId)), decisionExport: { folder, dialect } }
    await db.updateTable('projects').set({ settings: JSON.stringify(settings) }).where('id', '=', projectId).execute()
  }

  return {
    async exportSettings({ projectId }) {
      await assertLiveProject(db, projectId)
      return (await readSettings(projectId)).decisionExport ?? { folder: null, dialect: 'madr' }
    },
    async export({ projectId, folder, dialect, resolutions }) {
      await assertLiveProject(db, projectId)
      const summaries = await decisions.list({ projectId })
      const full = await Promise.all(summaries.map((d) => decisions.get({ id: d.id })))
      const report = await exportDecisions(db, projectId, full, folder, dialect, resolutions)
      if (report.conflicts.length === 0) await remember(projectId, report.folder, dialect)
      return report
    },
    async importFolder({ projectId, folder }) {
      await assertLiveProject(db, projectId)
      return importDecisionFolder(db, projectId, folder)
    },
  } satisfies Pick<Handlers['decisions'], 'export' | 'importFolder' | 'exportSettings'>
}
