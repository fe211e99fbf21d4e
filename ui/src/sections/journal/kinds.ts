import type { EntryKind } from '../../api/bindings';

export const KINDS: { value: EntryKind; label: string }[] = [
  { value: 'reflection', label: 'Reflection' },
  { value: 'weekly_review', label: 'Weekly review' },
  { value: 'meeting_note', label: 'Meeting note' },
  { value: 'decision', label: 'Decision' },
  { value: 'quarter_retrospective', label: 'Quarter retrospective' },
  { value: 'other', label: 'Other' },
];

export function kindLabel(kind: EntryKind): string {
  return KINDS.find((k) => k.value === kind)?.label ?? kind;
}
