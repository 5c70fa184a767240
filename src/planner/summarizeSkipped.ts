import type { NonBusinessDay } from '../calendar/types.js';

/** A short English summary of skipped days for a reason's text, e.g. " (skipping 2 weekend days and Christmas Day)". */
export function summarizeSkipped(skipped: readonly NonBusinessDay[]): string {
  if (skipped.length === 0) return '';
  let weekend = 0;
  const named: string[] = [];
  for (const day of skipped) {
    const special = day.reasons.find((r) => r.kind !== 'weekend');
    if (special === undefined) weekend++;
    else named.push(`${special.name} (${day.date})`);
  }
  const parts: string[] = [];
  if (weekend > 0) parts.push(`${weekend} weekend day${weekend === 1 ? '' : 's'}`);
  parts.push(...named);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
  return ` (skipping ${list})`;
}
