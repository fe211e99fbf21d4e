// Dev-only sample journal for running the UI in a plain browser (never in the production bundle).
import type { EntryDraft } from '../api/bindings';

type Sample = EntryDraft & { daysAgo: number; starred?: boolean; trashed?: boolean };

export const SAMPLE_ENTRIES: Sample[] = [
  {
    daysAgo: 0,
    title: 'Weekly review: planning season starts',
    kind: 'weekly_review',
    tags: ['planning', 'meetings'],
    starred: true,
    body: '## What went well\n\n- Shadowed the product review and **followed the P&L discussion** for once.\n- Blocked two focus mornings and kept them.\n\n## What drained me\n\n- 23 hours of meetings, six of them back to back on Tuesday.\n\n## Next week\n\n1. Draft the executive brief on the billing migration.\n2. Ask Priya how she frames cost in roadmap reviews.',
  },
  {
    daysAgo: 1,
    title: 'Decision: sunset the legacy export API',
    kind: 'decision',
    tags: ['strategy', 'decision-record'],
    body: '**Context.** Three customers still call the v1 export; it costs us a pager rotation.\n\n**Options.** Keep it, freeze it, or migrate the three customers with a month of support.\n\n**Decision.** Migrate and sunset by the end of Q2. The support month is cheaper than a year of on-call.',
  },
  {
    daysAgo: 2,
    title: '1:1 with Dana — how the board reads our roadmap',
    kind: 'meeting_note',
    tags: ['1on1', 'business-context'],
    body: 'Dana says the board does not read features, it reads **retention and gross margin**. When I present the search rewrite I should lead with the churn numbers, not the latency graphs.\n\n> Start with the bottom line; the architecture is the appendix.',
  },
  {
    daysAgo: 3,
    title: 'Feeling like an imposter in the pricing meeting',
    kind: 'reflection',
    tags: ['imposter', 'learning'],
    body: 'Everyone spoke in CAC and payback periods and I nodded along. Wrote down the three terms I did not know and looked them up afterwards. Payback period is just months until a customer has paid back what it cost to win them. Not magic.',
  },
  {
    daysAgo: 5,
    title: '',
    kind: 'reflection',
    tags: [],
    body: 'Too tired for a proper entry. Noting that I skipped lunch again because of the incident review. Tomorrow: protect the morning.',
  },
  {
    daysAgo: 7,
    title: 'Weekly review: the brief landed',
    kind: 'weekly_review',
    tags: ['exec-comms', 'wins'],
    starred: true,
    body: 'The one-page brief on the data retention change went to the VP and came back with a single question. Bottom line first works.',
  },
  {
    daysAgo: 9,
    title: 'Architecture review: queue consolidation',
    kind: 'meeting_note',
    tags: ['architecture', 'meetings'],
    body: 'We agreed to consolidate onto one queue. I tried to state the business impact: fewer incidents means fewer credits paid out — roughly 40k a year.',
  },
  {
    daysAgo: 12,
    title: 'What staff engineer means here',
    kind: 'reflection',
    tags: ['career', 'strategy'],
    body: 'Staff is less about harder code and more about choosing *which* problems the team spends its year on. I want to practise resource allocation on the Q3 plan.',
  },
  {
    daysAgo: 15,
    title: 'Decision: hire a second SRE before the platform rewrite',
    kind: 'decision',
    tags: ['decision-record', 'planning'],
    body: 'Without a second SRE the rewrite stalls every time there is an incident. Asked for the headcount with the incident hours as evidence.',
  },
  {
    daysAgo: 18,
    title: 'Draft: notes for the all-hands',
    kind: 'other',
    tags: ['draft'],
    trashed: true,
    body: 'Superseded by the brief.',
  },
  {
    daysAgo: 21,
    title: 'Shadowing product: customer interviews',
    kind: 'other',
    tags: ['business-context', 'customers'],
    body: 'Sat in on four interviews. The pain is not speed, it is trust in the numbers. That reframes the reporting work entirely.',
  },
];
