import { strict as assert } from 'node:assert';
import { candidateExpectations, escapeHtml } from 'interview-followup';
import type { CandidateExpectations, Interview, NotificationRule, Timeline } from 'interview-followup';
import { regionCalendar } from 'interview-followup/holidays';

// A recruiter's board: for every candidate waiting on a decision, when they expect news, when to
// send them a status update, when they may chase, and when our silence would read as ghosting.
// Rendered as a small HTML page (every value escaped) that a team could drop into an intranet or
// an email digest. The calendar is the employer's: England's weekend and bank holidays.
const calendar = regionCalendar('GB-ENG');
// Our own promise to candidates, as data: a decision within 21 calendar days of the last interview.
const notificationRule: NotificationRule = { kind: 'calendar-days', days: 21, from: 'last-interview', label: 'Decision within 21 days' };

interface Candidate { readonly name: string; readonly interview: Interview }

function interview(id: string, company: string, role: string, endedAt: string, timeline?: Timeline): Interview {
  const ended = new Date(endedAt).getTime();
  return {
    id, company, role, round: 2, format: 'panel',
    startedAt: new Date(ended - 90 * 60_000).toISOString(), endedAt,
    candidateTimeZone: 'Europe/London', employerTimeZone: 'Europe/London',
    interviewers: [{ id: 'kim', name: 'Kim Adams', points: [] }],
    ...(timeline === undefined ? {} : { timeline }),
  };
}

const candidates: Candidate[] = [
  // We told Alex "by Friday 11 December".
  { name: 'Alex Morgan', interview: interview('alex-r2', 'Northwind', 'Data Engineer', '2026-12-03T15:30:00Z', { kind: 'date', date: '2026-12-11' }) },
  // Bea heard no timeline at all: the usual 7th to 10th business day applies, across Christmas.
  { name: 'Bea Santos', interview: interview('bea-r2', 'Barr & Wolfe', 'Analyst <Graduate>', '2026-12-14T12:00:00Z') },
  // Chen was told "within two weeks".
  { name: "Chen O'Neill", interview: interview('chen-r2', 'Northwind', 'Platform Engineer', '2026-12-08T16:00:00Z', { kind: 'weeks', weeks: 2, text: 'within two weeks' }) },
];

// One row per candidate, most urgent status update first.
const rows = candidates
  .map((c) => ({ ...c, view: candidateExpectations(c.interview, { calendar, notificationRule }) }))
  .sort((a, b) => a.view.statusUpdateBy.localeCompare(b.view.statusUpdateBy));

// The day the board is drawn: rows whose status update is due by then are highlighted.
const today = '2026-12-14';

function row(name: string, company: string, role: string, view: CandidateExpectations): string {
  const due = view.statusUpdateBy <= today ? ' class="due"' : '';
  const cells = [
    name, company, role, view.interviewEndedOn, view.expectsNewsBy, view.statusUpdateBy, view.earliestFollowUp,
    view.latestFollowUp ?? '—', view.ghostedOn, view.notificationDeadline?.date ?? '—',
  ];
  return `    <tr${due}>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

const headings = ['Candidate', 'Company', 'Role', 'Interviewed', 'Expects news by', 'Status update by', 'May follow up from', 'Follow-up window ends', 'Silence reads as ghosting', escapeHtml(notificationRule.label)];
const html = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Candidates waiting on us (${today})</title>
<style>td, th { padding: 4px 8px; text-align: left } tr.due { background: #fff3c4 }</style>
<table>
  <thead><tr>${headings.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
  <tbody>
${rows.map((r) => row(r.name, r.interview.company, r.interview.role, r.view)).join('\n')}
  </tbody>
</table>
</html>`;
console.log(html);

// The dates, by hand, in England's calendar:
const alex = rows.find((r) => r.name === 'Alex Morgan')!.view;
// Promised Fri 11 Dec; Mon 14 passes in full; follow up Tue 15. The status update goes out the business day before.
assert.deepEqual([alex.expectsNewsBy, alex.statusUpdateBy, alex.earliestFollowUp], ['2026-12-11', '2026-12-14', '2026-12-15']);
const bea = rows.find((r) => r.name === 'Bea Santos')!.view;
// Interviewed Mon 14 Dec, no timeline: business days 15, 16, 17, 18, 21, 22, 23 (7th), 24 (8th); then
// Christmas Day, the weekend and Boxing Day's substitute Monday 28 are skipped: 29 (9th), 30 (10th).
assert.deepEqual([bea.earliestFollowUp, bea.latestFollowUp], ['2026-12-23', '2026-12-30']);
assert.equal(bea.notificationDeadline?.date, '2027-01-04'); // 21 calendar days after 14 Dec
const chen = rows.find((r) => r.name === "Chen O'Neill")!.view;
// Two weeks after Tue 8 Dec is Tue 22; Wed 23 passes in full; Thu 24 is a working day in England.
assert.deepEqual([chen.expectsNewsBy, chen.earliestFollowUp], ['2026-12-22', '2026-12-24']);
// Alex's silence reads as ghosting 10 business days after 15 Dec: 16–18, 21–24, then 29, 30, 31.
assert.equal(alex.ghostedOn, '2026-12-31');
// Everything the candidates and companies typed is escaped.
assert.ok(html.includes('Barr &amp; Wolfe') && html.includes('Analyst &lt;Graduate&gt;') && html.includes('Chen O&#39;Neill'));
assert.ok(!html.includes('<Graduate>'));
// Sorted by the status update due first: Alex's (14 Dec) is due today and is highlighted.
assert.equal(rows[0]!.name, 'Alex Morgan');
assert.ok(html.includes('<tr class="due"><td>Alex Morgan</td>'));
