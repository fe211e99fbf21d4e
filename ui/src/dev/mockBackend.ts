// Dev-only stand-in for the Rust core, so the UI can run in a plain browser (`npm run dev`, or a
// `--mode mock` build for screenshots). Loaded through a dynamic import that production builds drop.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Entry, EntryDraft, EntryHit, EntryPage, EntryQuery, Plan, Settings, SnippetSpan } from '../api/bindings';
import { todayIso } from '../shared/dates';
import { dashboard, milestone, plan, progress, summary } from '../sections/plan/planFixtures';
import { MemoryCompetencies } from './mockCompetencies';
import { workloadReplay } from './mockWorkload';
import type { Replay } from './replay';
import { SAMPLE_ENTRIES } from './sampleEntries';
import reference from '../test/answers/reference.json';

type Args = Record<string, unknown>;

const invalid = (message: string) => ({ kind: 'invalid_input', message });

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return todayIso(d);
}

function excerpt(body: string): string {
  const flat = body.replace(/[#>*_`[\]-]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Just enough Markdown to judge the preview's typography. */
function renderMarkdown(md: string): string {
  const inline = (s: string) =>
    escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\*(.+?)\*/g, '<em>$1</em>')
      .replace(/`(.+?)`/g, '<code>$1</code>');
  return md
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      const heading = /^(#{1,6}) (.*)$/.exec(block);
      if (heading) return `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`;
      if (lines.every((l) => /^[-*] /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`;
      if (lines.every((l) => /^\d+\. /.test(l))) return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\d+\. /, ''))}</li>`).join('')}</ol>`;
      if (lines.every((l) => l.startsWith('> '))) return `<blockquote><p>${inline(lines.map((l) => l.slice(2)).join(' '))}</p></blockquote>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

function snippet(text: string, words: string[]): SnippetSpan[] {
  const lower = text.toLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
  // Matched only in the tags: no passage to show.
  if (!Number.isFinite(first)) return [];
  const start = Math.max(0, first - 40);
  const window = (start > 0 ? '…' : '') + text.slice(start, start + 120).replace(/\s+/g, ' ');
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return window
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, hit: words.includes(part.toLowerCase()) }));
}

/** The journal in memory; also the fake backend of the controller's unit tests. */
export class MemoryJournal {
  private entries: Entry[] = [];
  private settings: Settings;
  private nextId = 1;
  /** Competencies, prompts and evidence links; evidence counts come from the live entries. */
  private readonly competencies: MemoryCompetencies;
  /** Meeting load: the real core's recorded answers. */
  readonly load: Replay;

  constructor(params: URLSearchParams) {
    this.competencies = new MemoryCompetencies(params, () => this.live().map((e) => e.tags));
    this.load = workloadReplay(params);
    const theme = params.get('theme');
    this.settings = { theme: theme === 'light' || theme === 'dark' ? theme : 'system', show_preview: params.has('preview') };
    if (params.has('empty')) return;
    for (const s of SAMPLE_ENTRIES) {
      const e = this.create({ ...s, entry_date: daysAgo(s.daysAgo) });
      e.starred = s.starred ?? false;
      if (s.trashed) e.deleted_at = new Date().toISOString();
    }
  }

  handle(cmd: string, a: Args): unknown {
    switch (cmd) {
      case 'reference':
        return reference;
      case 'settings':
        return this.settings;
      case 'save_settings':
        return (this.settings = a.settings as Settings);
      case 'find_entries':
        return this.find(a.query as EntryQuery);
      case 'list_trash':
        return this.page(
          this.entries.filter((e) => e.deleted_at).map((e) => ({ entry: this.summary(e), snippet: [] })),
          a.offset as number,
          a.limit as number,
        );
      case 'entry':
        return { ...this.get(a.id as number) };
      case 'create_entry':
        return { ...this.create(a.draft as EntryDraft) };
      case 'update_entry':
        return { ...Object.assign(this.get(a.id as number), this.validate(a.draft as EntryDraft), { updated_at: new Date().toISOString() }) };
      case 'set_starred':
        return { ...Object.assign(this.get(a.id as number), { starred: a.starred as boolean }) };
      case 'trash_entry':
        this.get(a.id as number).deleted_at = new Date().toISOString();
        return null;
      case 'restore_entry':
        return { ...Object.assign(this.get(a.id as number), { deleted_at: null }) };
      case 'empty_trash': {
        const before = this.entries.length;
        this.entries = this.entries.filter((e) => !e.deleted_at);
        return before - this.entries.length;
      }
      case 'list_tags': {
        const counts = new Map<string, number>();
        for (const e of this.live()) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
        return [...counts].map(([name, count]) => ({ name, count })).sort((x, y) => x.name.localeCompare(y.name));
      }
      case 'render_markdown':
        return renderMarkdown(a.markdown as string);
      case 'journal_counts':
        return { entries: this.live().length, trash: this.entries.length - this.live().length };
      case 'flush_done':
        return null;
      // Plan and home: a static dashboard and one small plan, enough to lay the views out.
      case 'dashboard':
        return dashboard({ today: todayIso() });
      case 'list_plans':
        return [summary(smallPlan())];
      case 'plan':
        return smallPlan();
    }
    for (const part of [this.competencies, this.load]) {
      const answer = part.handle(cmd, a);
      if (answer !== undefined) return answer;
    }
    throw { kind: 'storage', message: `The dev mock does not know the command ${cmd}.` };
  }

  private live(): Entry[] {
    return this.entries.filter((e) => !e.deleted_at);
  }

  private get(id: number): Entry {
    const e = this.entries.find((x) => x.id === id);
    if (!e) throw { kind: 'not_found', message: `Entry ${id} does not exist.` };
    return e;
  }

  private validate(d: EntryDraft): Pick<Entry, 'title' | 'body' | 'kind' | 'entry_date' | 'tags'> {
    const date = d.entry_date?.trim() || todayIso();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw invalid(`"${date}" is not a valid date. Write it as YYYY-MM-DD, for example ${todayIso()}.`);
    const bad = d.tags.find((t) => !/^[\p{L}\p{N}][\p{L}\p{N}_/-]*$/u.test(t));
    if (bad !== undefined) throw invalid(`The tag "${bad}" may only use letters, digits, '-', '_' and '/'.`);
    return { title: d.title.trim(), body: d.body, kind: d.kind ?? 'reflection', entry_date: date, tags: [...new Set(d.tags)] };
  }

  private create(d: EntryDraft): Entry {
    const now = new Date().toISOString();
    const e: Entry = { id: this.nextId++, uuid: crypto.randomUUID(), ...this.validate(d), starred: false, created_at: now, updated_at: now, deleted_at: null };
    this.entries.push(e);
    return e;
  }

  private summary(e: Entry) {
    const { id, title, kind, entry_date, tags, starred, updated_at, deleted_at } = e;
    return { id, title, kind, entry_date, tags, starred, updated_at, deleted_at, excerpt: excerpt(e.body) };
  }

  private find(q: EntryQuery): EntryPage {
    const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: EntryHit[] = this.live()
      .filter(
        (e) =>
          q.tags.every((t) => e.tags.includes(t)) &&
          (!q.kind || e.kind === q.kind) &&
          (!q.from || e.entry_date >= q.from) &&
          (!q.to || e.entry_date <= q.to) &&
          (!q.starred_only || e.starred),
      )
      .filter((e) => {
        const hay = `${e.title} ${e.body} ${e.tags.join(' ')}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      })
      .sort((x, y) => y.entry_date.localeCompare(x.entry_date) || y.id - x.id)
      .map((e) => ({ entry: this.summary(e), snippet: words.length ? snippet(`${e.title}. ${e.body}`, words) : [] }));
    return this.page(hits, q.offset, q.limit);
  }

  private page(items: EntryHit[], offset: number, limit: number): EntryPage {
    const size = limit || 50;
    const page: EntryPage = { items: items.slice(offset, offset + size) };
    if (offset + size < items.length) page.next_offset = offset + size;
    return page;
  }
}

/** A plan starting this month: Q1 current, two milestones in it. */
function smallPlan(): Plan {
  const now = new Date();
  const first = (m: number) => todayIso(new Date(now.getFullYear(), now.getMonth() + m, 1));
  const last = (m: number) => todayIso(new Date(now.getFullYear(), now.getMonth() + m + 1, 0));
  const counts = (total: number, done: number) =>
    progress({ total, done, not_started: total - done, percent: total ? Math.round((done / total) * 100) : 0 });
  const milestones = [
    milestone(1, 1, { title: 'Shadow a product manager for two weeks', target_date: last(2), status: 'done' }),
    milestone(2, 1, { title: 'Learn the P&L', target_date: last(2) }),
  ];
  return plan(
    { title: `Strategist Track ${now.getFullYear()}`, year: now.getFullYear(), start: first(0), end: last(11), current_quarter: 1, progress: counts(2, 1) },
    [1, 2, 3, 4].map((n) => ({
      number: n,
      start: first(n * 3 - 3),
      end: last(n * 3 - 1),
      ...(n === 1 ? { is_current: true, milestones, progress: counts(2, 1) } : {}),
    })),
  );
}

export function installMockBackend(params: URLSearchParams): void {
  const journal = new MemoryJournal(params);
  // A little latency, like a real disk, so loading and saving states are visible.
  mockIPC((cmd, args) => new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(journal.handle(cmd, (args ?? {}) as Args));
      } catch (e) {
        reject(e);
      }
    }, 30);
  }), { shouldMockEvents: true });
}
