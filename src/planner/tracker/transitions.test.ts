import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TERMINAL_STATES, TRACKER_STATES, TRANSITION_COLUMNS, TRANSITIONS } from './transitions.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/tracker.md', import.meta.url)), 'utf8');

/** The state × event table of docs/tracker.md, parsed: row state → column → next states (empty = illegal). */
function parseDocTable(): { columns: string[]; rows: Map<string, Map<string, string[]>> } {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| state / event |'));
  if (start < 0) throw new Error('docs/tracker.md has no "| state / event |" table');
  const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  // A star marks a cell a policy guard may refuse (explained under the table).
  const strip = (c: string): string => c.replaceAll('`', '').replace(/[*†‡§]$/, '').trim();
  const columns = cells(lines[start] ?? '').slice(1).map(strip);
  const rows = new Map<string, Map<string, string[]>>();
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) {
    const [state = '', ...rest] = cells(lines[i] ?? '').map(strip);
    const row = new Map<string, string[]>();
    rest.forEach((cell, j) => row.set(columns[j] ?? `?${j}`, cell === '—' ? [] : cell.split(' or ').map((s) => s.trim())));
    rows.set(state, row);
  }
  return { columns, rows };
}

describe('the transition table', () => {
  it('docs/tracker.md shows exactly the transition table of the code', () => {
    const { columns, rows } = parseDocTable();
    expect(columns).toEqual([...TRANSITION_COLUMNS]);
    expect([...rows.keys()]).toEqual([...TRACKER_STATES]);
    for (const state of TRACKER_STATES) {
      for (const column of TRANSITION_COLUMNS) {
        expect(rows.get(state)?.get(column), `${state} × ${column}`).toEqual([...(TRANSITIONS[state][column] ?? [])]);
      }
    }
  });

  it('R7: terminal states accept only the employer\'s mail and the candidate\'s answers, and stay; every other state can end', () => {
    for (const state of TERMINAL_STATES) {
      expect(Object.keys(TRANSITIONS[state]).sort()).toEqual(['reply-received:next_round', 'reply-received:offer', 'reply-received:other', 'reply-received:rejection', 'request-answered']);
      for (const targets of Object.values(TRANSITIONS[state])) expect(targets).toEqual([state]);
    }
    for (const state of TRACKER_STATES.filter((s) => !TERMINAL_STATES.includes(s))) {
      expect(TRANSITIONS[state].withdrawn).toEqual(['withdrawn']);
      expect(TRANSITIONS[state].rejected).toEqual(['rejected']);
    }
  });

  it('R8: an offer can be accepted or declined only while it is pending', () => {
    const accepting = TRACKER_STATES.filter((s) => TRANSITIONS[s]['offer-accepted'] !== undefined);
    expect(accepting).toEqual(['offer-pending']);
    expect(TRACKER_STATES.filter((s) => TRANSITIONS[s]['offer-declined'] !== undefined)).toEqual(['offer-pending']);
  });

  it('R7: answering what the employer asked (request-answered) never moves an application', () => {
    for (const state of TRACKER_STATES) expect(TRANSITIONS[state]['request-answered']).toEqual([state]);
  });

  it('R10: only a scheduled round can be held, and holding it starts a new cycle', () => {
    expect(TRACKER_STATES.filter((s) => TRANSITIONS[s]['interview-held'] !== undefined)).toEqual(['next-round']);
    expect(TRANSITIONS['next-round']['interview-held']).toEqual(['thank-you-due', 'waiting']);
  });
});
