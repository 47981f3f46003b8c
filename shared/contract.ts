/**
 * The IPC contract: every method the renderer may call, declared once with its input schema
 * and result type, plus the events main may push. Main registers handlers from this list,
 * preload builds `window.arbiter` from it, and the renderer's client is typed by it. No other
 * module names a channel.
 */
import { z } from 'zod'
import type { Result } from './errors'
import {
  projectDescription,
  projectId,
  projectName,
  type DeletedProject,
  type Project,
  type ProjectSummary,
} from './domain/project'
import {
  aliasList,
  claimFigure,
  claimStatuses,
  isoDate,
  note,
  recordId,
  requiredName,
  SOURCE_TEXT_MAX_CHARS,
  type Claim,
  type ClaimGroup,
  type Conflict,
  type ConflictResolution,
  type ConflictSummary,
  type Criterion,
  type ImportResult,
  type Option,
  type Source,
  type SourceSummary,
} from './domain/evidence'
import type { CompareSnapshot, Score, WeightPreset } from './domain/weights'
import { BACKUP_FILE_PATTERN, type Backup, type RestoreResult } from './domain/backup'
import {
  adrDialects,
  decisionStatuses,
  type Decision,
  type DecisionSummary,
  type ExportReport,
  type ExportSettings,
  type ImportReport,
} from './domain/decision'

import { searchLimit, searchText, type SearchHit } from './domain/search'
import {
  nameClashChoices,
  projectFilePath,
  type ProjectFileExport,
  type ProjectFileSummary,
} from './domain/project-file'

import {
  noInput,
  byId,
  byProject,
  criterionFields,
  sourceMetadata,
  claimTags,
  weight,
  scoreInput,
  people,
  decisionSections,
  folderPath,
  projectFileBytes,
  base64File,
} from './contract-inputs'

type Method<I extends z.ZodType, O> = { readonly input: I; readonly output: O }

/** Declares a method; `returns<T>()` only carries the result type (it is never read at runtime). */
const method = <I extends z.ZodType, O>(input: I, _output: O): Method<I, O> =>
  ({ input, output: undefined as O })
const returns = <T>(): T => undefined as T

const removed = returns<{ id: number; name: string }>()

export type AppInfo = {
  version: string
  databasePath: string
  schemaVersion: number
  platform: string
}

export const contract = {
  app: {
    info: method(noInput, returns<AppInfo>()),
  },
  projects: {
    list: method(noInput, returns<ProjectSummary[]>()),
    get: method(z.strictObject({ id: projectId }), returns<Project>()),
    create: method(
      z.strictObject({ name: projectName, description: projectDescription.optional() }),
      returns<Project>(),
    ),
    rename: method(z.strictObject({ id: projectId, name: projectName }), returns<Project>()),
    remove: method(z.strictObject({ id: projectId }), returns<DeletedProject>()),
    restore: method(z.strictObject({ id: projectId }), returns<Project>()),
    listDeleted: method(noInput, returns<DeletedProject[]>()),
    createSample: method(noInput, returns<Project>()),
  },
  options: {
    list: method(byProject, returns<Option[]>()),
    create: method(
      z.strictObject({ projectId, name: requiredName('Option name'), aliases: aliasList.optional(), description: projectDescription.optional() }),
      returns<Option>(),
    ),
    update: method(
      z.strictObject({ id: recordId, name: requiredName('Option name').optional(), aliases: aliasList.optional(), description: projectDescription.optional() }),
      returns<Option>(),
    ),
    remove: method(byId, removed),
    restore: method(byId, returns<Option>()),
  },
  criteria: {
    list: method(byProject, returns<Criterion[]>()),
    create: method(z.strictObject({ projectId, name: requiredName('Criterion name'), ...criterionFields }), returns<Criterion>()),
    update: method(z.strictObject({ id: recordId, name: requiredName('Criterion name').optional(), ...criterionFields }), returns<Criterion>()),
    remove: method(byId, removed),
    restore: method(byId, returns<Criterion>()),
    addStarterSet: method(byProject, returns<Criterion[]>()),
    /** One or many weights in one transaction (slider, reset, preset, undo). */
    setWeights: method(
      z.strictObject({
        projectId,
        weights: z
          .array(z.strictObject({ criterionId: recordId, weight: weight, locked: z.boolean().optional() }), { error: 'Weights must be a list' })
          .min(1, { error: 'No weights given' })
          .max(500, { error: 'At most 500 weights at once' }),
      }),
      returns<Criterion[]>(),
    ),
  },
  compare: {
    get: method(byProject, returns<CompareSnapshot>()),
    /** Sets one or many cells in one transaction (typing a score, accepting proposals, undo). */
    setScores: method(
      z.strictObject({
        projectId,
        scores: z.array(scoreInput, { error: 'Scores must be a list' }).min(1, { error: 'No scores given' }).max(10_000, { error: 'Too many scores at once' }),
      }),
      returns<Score[]>(),
    ),
  },
  decisions: {
    list: method(
      z.strictObject({ projectId, status: z.enum(decisionStatuses).optional(), query: z.string().max(200).optional() }),
      returns<DecisionSummary[]>(),
    ),
    get: method(byId, returns<Decision>()),
    /** A blank record, or one drafted from the current comparison (drivers, options, winner, pros and cons). */
    create: method(z.strictObject({ projectId, title: requiredName('Title').optional(), fromComparison: z.boolean() }), returns<Decision>()),
    update: method(
      z.strictObject({
        id: recordId,
        title: requiredName('Title').optional(),
        date: isoDate.optional(),
        decisionMakers: people.optional(),
        consulted: people.optional(),
        informed: people.optional(),
        tags: people.optional(),
        chosenOptionId: recordId.nullable().optional(),
        sections: decisionSections.optional(),
      }),
      returns<Decision>(),
    ),
    setStatus: method(z.strictObject({ id: recordId, status: z.enum(decisionStatuses) }), returns<Decision>()),
    /** A new record drafted from the current comparison that supersedes this one; both are linked. */
    supersede: method(byId, returns<Decision>()),
    remove: method(byId, removed),
    restore: method(byId, returns<Decision>()),
    exportSettings: method(byProject, returns<ExportSettings>()),
    export: method(
      z.strictObject({
        projectId,
        folder: folderPath,
        dialect: z.enum(adrDialects),
        resolutions: z.record(z.string().max(300), z.enum(['overwrite', 'keep', 'alongside'])).optional(),
      }),
      returns<ExportReport>(),
    ),
    importFolder: method(z.strictObject({ projectId, folder: folderPath }), returns<ImportReport>()),
  },
  dialogs: {
    /** The system folder picker; null when the user cancels. */
    chooseFolder: method(z.strictObject({ title: z.string().max(200), defaultPath: z.string().max(4000).nullable().optional() }), returns<string | null>()),
    /** The system file pickers for project files (.arbiter); null when the user cancels. */
    chooseProjectFileToSave: method(z.strictObject({ defaultName: z.string().max(300) }), returns<string | null>()),
    chooseProjectFileToOpen: method(noInput, returns<string | null>()),
  },
  presets: {
    list: method(byProject, returns<WeightPreset[]>()),
    save: method(z.strictObject({ projectId, name: requiredName('Preset name'), description: projectDescription.optional() }), returns<WeightPreset>()),
    apply: method(z.strictObject({ projectId, key: z.string().max(100) }), returns<Criterion[]>()),
    remove: method(byId, removed),
  },
  sources: {
    list: method(byProject, returns<SourceSummary[]>()),
    get: method(byId, returns<Source>()),
    importFile: method(
      z.strictObject({ projectId, fileName: requiredName('File name'), dataBase64: base64File }),
      returns<ImportResult>(),
    ),
    importText: method(
      z.strictObject({
        projectId,
        title: requiredName('Title'),
        text: z.string({ error: 'Text must be text' }).max(SOURCE_TEXT_MAX_CHARS, { error: 'The text is too long to import' }),
        format: z.enum(['text', 'markdown'], { error: 'Format must be text or markdown' }),
      }),
      returns<ImportResult>(),
    ),
    update: method(z.strictObject({ id: recordId, ...z.object(sourceMetadata).partial().shape }), returns<SourceSummary>()),
    remove: method(byId, returns<{ id: number; name: string }>()),
    restore: method(byId, returns<SourceSummary>()),
  },
  claims: {
    get: method(byId, returns<Claim>()),
    /** Filters combine; `optionId: null` means claims about no option, `criterionId: null` claims on no criterion. */
    list: method(
      z.strictObject({
        projectId,
        sourceId: recordId.optional(),
        status: z.enum(claimStatuses).optional(),
        optionId: recordId.nullable().optional(),
        criterionId: recordId.nullable().optional(),
      }),
      returns<Claim[]>(),
    ),
    /** How many claims of a status each option × criterion holds, so long lists load one group at a time. */
    groups: method(z.strictObject({ projectId, status: z.enum(claimStatuses) }), returns<ClaimGroup[]>()),
    create: method(
      z.strictObject({
        sourceId: recordId,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        ...claimTags,
        figure: claimFigure,
      }),
      returns<Claim>(),
    ),
    update: method(
      z.strictObject({
        id: recordId,
        optionIds: claimTags.optionIds.optional(),
        criterionId: claimTags.criterionId.optional(),
        polarity: claimTags.polarity.optional(),
        note: note.optional(),
        figure: claimFigure.optional(),
      }),
      returns<Claim>(),
    ),
    accept: method(byId, returns<Claim>()),
    dismiss: method(byId, returns<Claim>()),
    /** Puts a dismissed (or accepted) suggestion back in the suggestions list: the undo of dismiss. */
    reopen: method(byId, returns<Claim>()),
    remove: method(byId, removed),
    restore: method(byId, returns<Claim>()),
  },
  conflicts: {
    /** Counts per option × criterion, cheap enough for the first screen. */
    summary: method(byProject, returns<ConflictSummary>()),
    /** The pairs themselves: the whole project's, or one option's, one criterion's or one cell's. */
    list: method(
      z.strictObject({ projectId, optionId: recordId.optional(), criterionId: recordId.optional() }),
      returns<Conflict[]>(),
    ),
    resolve: method(
      z.strictObject({ projectId, claimAId: recordId, claimBId: recordId, preferredClaimId: recordId.nullable(), note }),
      returns<ConflictResolution>(),
    ),
  },
  backups: {
    /** Newest first. */
    list: method(noInput, returns<Backup[]>()),
    /** A backup made now ("Back up now"). */
    create: method(noInput, returns<Backup>()),
    /** Backs up the current database first, then restores the named backup over it. */
    restore: method(
      z.strictObject({ fileName: z.string().max(200).regex(BACKUP_FILE_PATTERN, { error: 'Not a backup file name' }) }),
      returns<RestoreResult>(),
    ),
  },
  /** `.arbiter` files: one project with all its evidence and decisions, to share or archive. */
  projectFiles: {
    /** Refuses to replace an existing file unless `overwrite` (the UI asks first). */
    export: method(z.strictObject({ projectId, filePath: projectFilePath, overwrite: z.boolean().optional() }), returns<ProjectFileExport>()),
    inspect: method(z.strictObject({ filePath: projectFilePath }), returns<ProjectFileSummary>()),
    /** 'cancel' fails with CONFLICT when a live project has the same name, so the UI can ask. */
    import: method(z.strictObject({ filePath: projectFilePath, onNameClash: z.enum(nameClashChoices) }), returns<Project>()),
    /** A dropped file's bytes, kept in a private temp folder so it can be inspected and imported by path. */
    stage: method(z.strictObject({ fileName: requiredName('File name'), dataBase64: projectFileBytes }), returns<{ filePath: string }>()),
    /** Project files exported or imported lately, newest first (File → Open Recent). */
    recent: method(noInput, returns<string[]>()),
  },
  search: {
    /** Best first; `projectId: null` searches every project. Any text is safe: it is never read as query syntax. */
    query: method(z.strictObject({ text: searchText, projectId: projectId.nullable(), limit: searchLimit.optional() }), returns<SearchHit[]>()),
  },
} as const

/** Events main pushes to the renderer (menu commands). Payloads are plain JSON. */
export const contractEvents = {
  'menu.newProject': returns<null>(),
  'menu.newSampleProject': returns<null>(),
  'menu.closeProject': returns<null>(),
  'menu.backups': returns<null>(),
  'menu.exportProject': returns<null>(),
  /** A path from File → Open Recent, or null to ask for one. */
  'menu.importProject': returns<string | null>(),
} as const

type Contract = typeof contract
export type GroupName = keyof Contract
export type MethodPath = {
  [G in GroupName]: `${G & string}.${keyof Contract[G] & string}`
}[GroupName]
export type EventName = keyof typeof contractEvents

type AnyMethod = Method<z.ZodType, unknown>
type InputOf<M> = M extends Method<infer I, unknown> ? z.input<I> : never
export type OutputOf<M> = M extends Method<z.ZodType, infer O> ? O : never

type Call<M, R> = undefined extends InputOf<M>
  ? (input?: InputOf<M>) => Promise<R>
  : (input: InputOf<M>) => Promise<R>

/** What preload exposes: each method resolves to a Result envelope, never throws. */
export type ArbiterBridge = {
  [G in GroupName]: { [N in keyof Contract[G]]: Call<Contract[G][N], Result<OutputOf<Contract[G][N]>>> }
} & {
  onEvent: (name: EventName, listener: (payload: unknown) => void) => () => void
}

/** What the renderer uses: each method resolves to its value or throws ArbiterClientError. */
export type ArbiterClient = {
  [G in GroupName]: { [N in keyof Contract[G]]: Call<Contract[G][N], OutputOf<Contract[G][N]>> }
}

export const methodPaths: readonly MethodPath[] = Object.entries(contract).flatMap(([group, methods]) =>
  Object.keys(methods).map((name) => `${group}.${name}` as MethodPath),
)

export const eventNames = Object.keys(contractEvents) as EventName[]

export const channelOf = (path: MethodPath): string => `arbiter:${path}`
export const eventChannelOf = (name: EventName): string => `arbiter-event:${name}`

/** Finds a method by its path; only own properties count, so "__proto__.x" finds nothing. */
export function lookupMethod(path: unknown): AnyMethod | undefined {
  if (typeof path !== 'string') return undefined
  const [group, name, ...rest] = path.split('.')
  if (rest.length > 0 || !group || !name || !Object.hasOwn(contract, group)) return undefined
  const methods = contract[group as GroupName] as Record<string, AnyMethod>
  return Object.hasOwn(methods, name) ? methods[name] : undefined
}

/**
 * Builds the nested `{group: {method: fn}}` object from the method paths. Self-contained (no
 * outside references) so the Chromium test bridge can inject this exact function into a page.
 */
export function buildBridgeMethods(
  paths: readonly string[],
  invoke: (path: string, input: unknown) => Promise<unknown>,
): Record<string, Record<string, (input?: unknown) => Promise<unknown>>> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const path of paths) {
    const [group, name] = path.split('.')
    api[group] ??= {}
    api[group][name] = (input?: unknown) => invoke(path, input)
  }
  return api
}
