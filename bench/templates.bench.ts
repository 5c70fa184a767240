/**
 * Template rendering throughput: a template parsed once and rendered many times, the built-in
 * thank-you note through renderMessage, and a naive String.replace loop over the same text as
 * the peer (which neither checks fields nor escapes HTML).
 */
import { defineTemplate } from '../src/templates/defineTemplate.js';
import { messages as en } from '../src/languages/en/messages.js';
import { renderMessage } from '../src/templates/renderMessage.js';
import { measure, printFigures, printTable, seededRandom } from './harness.js';

const random = seededRandom(5);
const NAMES = ['Anna Berger', 'Tom Li', 'Sara Okafor', 'Jean-Luc Dubois', 'María José García'];
const POINTS = [
  "your team's plan to move billing to event sourcing over the next year",
  'how incidents are reviewed without blame',
  'the mentoring programme for new engineers',
  'the roadmap for the public API',
];

interface ThankYouValues {
  readonly candidate: { readonly name: string };
  readonly interviewer: { readonly name: string; readonly title?: string };
  readonly company: string;
  readonly role: string;
  readonly point: string;
  readonly connection: string;
}

const inputs: ThankYouValues[] = Array.from({ length: 256 }, (_, i) => ({
  candidate: { name: 'Maria Schmidt-Oliveira' },
  interviewer: i % 2 === 0 ? { name: NAMES[i % NAMES.length] as string, title: 'Head of Platform' } : { name: NAMES[i % NAMES.length] as string },
  company: 'Northwind Logistics',
  role: 'Senior Backend Engineer',
  point: POINTS[Math.floor(random() * POINTS.length)] as string,
  connection: 'I led a similar migration at Acme, moving twelve services to an event log without downtime',
}));

/** The peer: replace each tag in turn; sections handled by hand, no checks, no escaping. */
function naiveRender(body: string, v: ThankYouValues): string {
  let out = body.replace(/\{\{#interviewer\.title\}\}(.*?)\{\{\/interviewer\.title\}\}/s, v.interviewer.title === undefined ? '' : '$1');
  const fields: Record<string, string> = {
    'candidate.name': v.candidate.name,
    'interviewer.name': v.interviewer.name,
    'interviewer.title': v.interviewer.title ?? '',
    company: v.company,
    role: v.role,
    point: v.point,
    connection: v.connection,
  };
  for (const [key, value] of Object.entries(fields)) out = out.split(`{{${key}}}`).join(value);
  return out;
}

export async function run(): Promise<void> {
  const template = defineTemplate(en.thankYou);
  const ops = 50_000;
  const rows = [
    measure('naive String.replace loop (text only)', (n) => {
      let last = '';
      for (let i = 0; i < n; i++) last = naiveRender(en.thankYou.body, inputs[i & 255] as ThankYouValues);
      return last;
    }, { ops, note: 'no field checks, no HTML' }),
    measure('defineTemplate once + render', (n) => {
      let last;
      for (let i = 0; i < n; i++) last = template.render(inputs[i & 255] as ThankYouValues);
      return last;
    }, { ops, note: 'subject + text + escaped HTML + word count' }),
    measure("renderMessage('thankYou', en)", (n) => {
      let last;
      for (let i = 0; i < n; i++) last = renderMessage('thankYou', inputs[i & 255] as ThankYouValues, { locale: 'en' });
      return last;
    }, { ops, note: 'locale lookup + cached template' }),
    measure("renderMessage('followUp', de-AT, 2 dates)", (n) => {
      let last;
      for (let i = 0; i < n; i++) {
        last = renderMessage('followUp', { candidate: { name: 'Maria' }, company: 'Nordwind', role: 'Entwicklerin', interviewDate: '2026-12-03', timelineDate: '2026-12-11' }, { locale: 'de-AT' });
      }
      return last;
    }, { ops: 20_000, note: 'Intl.DateTimeFormat per date' }),
    measure('defineTemplate (parse only)', (n) => {
      let last;
      for (let i = 0; i < n; i++) last = defineTemplate({ subject: en.thankYou.subject, body: `${en.thankYou.body}${i & 1 ? ' ' : ''}` });
      return last;
    }, { ops: 20_000 }),
  ];
  printTable('Rendering a thank-you note (R1)', rows, 'naive String.replace loop (text only)');
  const render = rows[1];
  const message = rows[2];
  printFigures('Throughput against the target', [
    ['defineTemplate + render, renders/s', Math.round(render?.opsPerSec ?? 0).toLocaleString('en-US'), '≥ 50,000/s'],
    ["renderMessage('thankYou'), renders/s", Math.round(message?.opsPerSec ?? 0).toLocaleString('en-US'), '≥ 50,000/s'],
  ]);
}
