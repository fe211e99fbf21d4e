// Typed wrappers around the Tauri commands; the only module that knows their names.
import { invoke } from '@tauri-apps/api/core';
import type { CalendarSource } from './bindings/CalendarSource';
import type { CheckIn } from './bindings/CheckIn';
import type { CheckInDraft } from './bindings/CheckInDraft';
import type { CheckInDue } from './bindings/CheckInDue';
import type { Competency } from './bindings/Competency';
import type { CompetencyDraft } from './bindings/CompetencyDraft';
import type { CompetencyOverview } from './bindings/CompetencyOverview';
import type { CompetencyProfile } from './bindings/CompetencyProfile';
import type { Dashboard } from './bindings/Dashboard';
import type { DayStress } from './bindings/DayStress';
import type { Entry } from './bindings/Entry';
import type { ImportReport } from './bindings/ImportReport';
import type { EntryDraft } from './bindings/EntryDraft';
import type { EntryPage } from './bindings/EntryPage';
import type { EntryQuery } from './bindings/EntryQuery';
import type { JournalCounts } from './bindings/JournalCounts';
import type { LoadOverview } from './bindings/LoadOverview';
import type { MilestoneDraft } from './bindings/MilestoneDraft';
import type { MilestoneRef } from './bindings/MilestoneRef';
import type { MilestoneStatus } from './bindings/MilestoneStatus';
import type { NewPlan } from './bindings/NewPlan';
import type { Plan } from './bindings/Plan';
import type { PlanSummary } from './bindings/PlanSummary';
import type { Prompt } from './bindings/Prompt';
import type { PromptDraft } from './bindings/PromptDraft';
import type { PromptSuggestion } from './bindings/PromptSuggestion';
import type { RatingInput } from './bindings/RatingInput';
import type { Settings } from './bindings/Settings';
import type { TagCount } from './bindings/TagCount';
import type { WeekDetail } from './bindings/WeekDetail';
import type { WorkSettings } from './bindings/WorkSettings';

export const api = {
  getSettings: () => invoke<Settings>('get_settings'),
  saveSettings: (settings: Settings) => invoke<Settings>('save_settings', { settings }),
  findEntries: (query: EntryQuery) => invoke<EntryPage>('find_entries', { query }),
  listTrash: (offset: number, limit: number) => invoke<EntryPage>('list_trash', { offset, limit }),
  getEntry: (id: number) => invoke<Entry>('get_entry', { id }),
  createEntry: (draft: EntryDraft) => invoke<Entry>('create_entry', { draft }),
  updateEntry: (id: number, draft: EntryDraft) => invoke<Entry>('update_entry', { id, draft }),
  setStarred: (id: number, starred: boolean) => invoke<Entry>('set_starred', { id, starred }),
  trashEntry: (id: number) => invoke<null>('trash_entry', { id }),
  restoreEntry: (id: number) => invoke<Entry>('restore_entry', { id }),
  emptyTrash: () => invoke<number>('empty_trash'),
  listTags: () => invoke<TagCount[]>('list_tags'),
  renderMarkdown: (markdown: string) => invoke<string>('render_markdown', { markdown }),
  journalCounts: () => invoke<JournalCounts>('journal_counts'),
  flushDone: () => invoke<null>('flush_done'),

  // Year plan. Every mutation returns the whole plan.
  listPlans: () => invoke<PlanSummary[]>('list_plans'),
  getPlan: (id: number) => invoke<Plan>('get_plan', { id }),
  createPlan: (plan: NewPlan) => invoke<Plan>('create_plan', { plan }),
  renamePlan: (id: number, title: string) => invoke<Plan>('rename_plan', { id, title }),
  setPlanArchived: (id: number, archived: boolean) =>
    invoke<Plan>('set_plan_archived', { id, archived }),
  updateQuarter: (planId: number, quarter: number, focus: string, goals: string) =>
    invoke<Plan>('update_quarter', { planId, quarter, focus, goals }),
  addMilestone: (planId: number, quarter: number, title: string) =>
    invoke<Plan>('add_milestone', { planId, quarter, title }),
  updateMilestone: (id: number, draft: MilestoneDraft) =>
    invoke<Plan>('update_milestone', { id, draft }),
  setMilestoneStatus: (id: number, status: MilestoneStatus) =>
    invoke<Plan>('set_milestone_status', { id, status }),
  moveMilestone: (id: number, quarter: number, position: number) =>
    invoke<Plan>('move_milestone', { id, quarter, position }),
  removeMilestone: (id: number) => invoke<Plan>('remove_milestone', { id }),
  restoreMilestone: (id: number) => invoke<Plan>('restore_milestone', { id }),
  linkEvidence: (milestoneId: number, entryId: number) =>
    invoke<Plan>('link_evidence', { milestoneId, entryId }),
  unlinkEvidence: (milestoneId: number, entryId: number) =>
    invoke<Plan>('unlink_evidence', { milestoneId, entryId }),
  milestonesForEntry: (entryId: number) =>
    invoke<MilestoneRef[]>('milestones_for_entry', { entryId }),
  milestoneChoices: () => invoke<MilestoneRef[]>('milestone_choices'),
  startRetrospective: (planId: number, quarter: number) =>
    invoke<Entry>('start_retrospective', { planId, quarter }),

  // Competencies.
  competencyOverview: () => invoke<CompetencyOverview>('competency_overview'),
  saveCompetencyProfile: (profile: CompetencyProfile) =>
    invoke<CompetencyOverview>('save_competency_profile', { profile }),
  addCompetency: (draft: CompetencyDraft) => invoke<Competency>('add_competency', { draft }),
  updateCompetency: (id: number, name: string, description: string) =>
    invoke<CompetencyOverview>('update_competency', { id, name, description }),
  setCompetencyArchived: (id: number, archived: boolean) =>
    invoke<CompetencyOverview>('set_competency_archived', { id, archived }),
  recordSelfReview: (ratings: RatingInput[]) =>
    invoke<CompetencyOverview>('record_self_review', { ratings }),

  // Home and prompts.
  dashboard: () => invoke<Dashboard>('dashboard'),
  suggestPrompts: () => invoke<PromptSuggestion[]>('suggest_prompts'),
  listPrompts: () => invoke<Prompt[]>('list_prompts'),
  addPrompt: (draft: PromptDraft) => invoke<Prompt[]>('add_prompt', { draft }),
  updatePrompt: (id: number, text: string) => invoke<Prompt[]>('update_prompt', { id, text }),
  setPromptHidden: (id: number, hidden: boolean) =>
    invoke<Prompt[]>('set_prompt_hidden', { id, hidden }),

  // Meeting load and stress.
  workSettings: () => invoke<WorkSettings>('work_settings'),
  saveWorkSettings: (settings: WorkSettings) =>
    invoke<WorkSettings>('save_work_settings', { settings }),
  saveCheckin: (draft: CheckInDraft) => invoke<CheckIn>('save_checkin', { draft }),
  checkinDue: () => invoke<CheckInDue>('checkin_due'),
  loadOverview: (weeks: number) => invoke<LoadOverview>('load_overview', { weeks }),
  weekDetail: (weekStart: string) => invoke<WeekDetail>('week_detail', { weekStart }),
  stressDays: (year: number) => invoke<DayStress[]>('stress_days', { year }),
  /** The file's bytes as they are on disk; the core decodes them. */
  importCalendar: (name: string, bytes: Uint8Array) =>
    invoke<ImportReport>('import_calendar', { name, bytes: Array.from(bytes) }),
  calendarSources: () => invoke<CalendarSource[]>('calendar_sources'),
  removeCalendarSource: (id: number) => invoke<null>('remove_calendar_source', { id }),
};
