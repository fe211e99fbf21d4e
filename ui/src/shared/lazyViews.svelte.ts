// The sections the first screen does not show, each in its own chunk, loaded the first time it
// is shown: the home view becomes interactive without parsing the editor (CodeMirror), the
// charts or the other sections, and their memory is spent only once they are used.
const loaders = {
  journal: () => import('../sections/journal/JournalView.svelte'),
  documents: () => import('../sections/documents/DocumentsView.svelte'),
  trash: () => import('../sections/trash/TrashView.svelte'),
  plan: () => import('../sections/plan/PlanView.svelte'),
  competencies: () => import('../sections/competencies/CompetenciesView.svelte'),
  workload: () => import('../sections/workload/WorkloadView.svelte'),
  review: () => import('../sections/review/ReviewView.svelte'),
  data: () => import('../sections/data/DataView.svelte'),
  shortcuts: () => import('./components/ShortcutsHelp.svelte'),
};

export type LazyView = keyof typeof loaders;
type Loaded = { [K in LazyView]?: Awaited<ReturnType<(typeof loaders)[K]>>['default'] };

/** The sections loaded so far, by name; a section's entry appears once its chunk has loaded. */
class Views {
  loaded = $state<Loaded>({});

  /** Loads a section's chunk (once); names that are not lazy (home) are ignored. */
  async load(name: string): Promise<void> {
    if (!(name in loaders)) return;
    const key = name as LazyView;
    if (this.loaded[key]) return;
    const module = await loaders[key]();
    // Assigned per key: the record's type pairs each name with its own component.
    (this.loaded as Record<LazyView, unknown>)[key] = module.default;
  }
}

export const views = new Views();
