/**
 * `npx tsx scripts/policy-docs.ts`: rewrites the policy tables of the docs (docs/planner.md, docs/hiring.md) from
 * the policy descriptors (`POLICY_FIELDS` in src/policy.ts, `HIRING_POLICY_FIELDS` in src/hiringPolicy.ts), so a
 * default, a bound or a rule id is written once. test/policy-docs.test.ts fails when a table differs from what this
 * script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedOf, windowEnd } from '../src/_lib/policyFields.js';
import type { PolicyField } from '../src/_lib/policyFields.js';
import { HIRING_POLICY_FIELDS } from '../src/hiringPolicy.js';
import { POLICY_FIELDS } from '../src/policy.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One generated table: the page it lives in, the descriptor it comes from, and any column the descriptor lacks. */
export interface PolicyDoc {
  readonly file: string;
  readonly descriptor: string;
  readonly fields: Readonly<Record<string, PolicyField>>;
  /** The functions that read each setting (docs only, so kept here rather than in the runtime descriptor). */
  readonly usedBy?: Readonly<Record<string, string>>;
}

export const POLICY_DOCS: readonly PolicyDoc[] = [
  {
    file: 'docs/planner.md',
    descriptor: 'POLICY_FIELDS in src/policy.ts',
    fields: POLICY_FIELDS,
    usedBy: {
      graceBusinessDays: '`planFollowUp`, `candidateExpectations`',
      noTimelineWindow: '`planFollowUp`, `candidateExpectations`',
      maxFollowUps: 'plan (`maxFollowUps`), tracker',
      ghostedAfterBusinessDays: '`planFollowUp`, `ghostingDate`, tracker',
      thankYouWithinHours: '`planFollowUp`, `thankYouDeadline`',
      thankYouMaxWords: '`draftThankYouNotes`, `policyLimits`',
      thankYouSubjectMaxChars: '`draftThankYouNotes`, `policyLimits`',
      followUpMaxWords: '`policyLimits` (with `checkMessageLimits`)',
      offerDecisionBusinessDays: '`draftOfferReply`, tracker',
      minOtherActiveApplications: 'tracker (`summarize`)',
    } satisfies Record<keyof typeof POLICY_FIELDS, string>,
  },
  { file: 'docs/hiring.md', descriptor: 'HIRING_POLICY_FIELDS in src/hiringPolicy.ts', fields: HIRING_POLICY_FIELDS },
];

/** The anchor GitHub and typedoc give a heading (as test/rules.test.ts computes it). */
const slug = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

/** Rule id → its anchor in docs/rules.md. */
export function ruleAnchors(rulesMarkdown: string): ReadonlyMap<string, string> {
  const anchors = new Map<string, string>();
  for (const m of rulesMarkdown.matchAll(/^#{2,3} (R\d+(?:\.\d+)?) (.+)$/gm)) anchors.set(m[1]!, slug(`${m[1]} ${m[2]}`));
  return anchors;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function defaultOf(field: PolicyField): string {
  return field.kind === 'window' ? `\`{ from: ${field.default.from}, to: ${field.default.to} }\`` : `\`${field.default}\``;
}

function validOf(field: PolicyField): string {
  if (field.kind === 'window') {
    return `\`{ from, to }\`, each ${expectedOf(windowEnd(field, 'from'))}; either may be given alone, the other keeping its default, and \`from\` must then be at most \`to\``;
  }
  return field.atMost === undefined ? expectedOf(field) : `${expectedOf(field)}, at most \`${field.atMost.field}\``;
}

/** The Markdown table of one policy: key, default, valid values, rule, meaning (and who reads it). */
export function policyTable(doc: PolicyDoc, anchors: ReadonlyMap<string, string>): string {
  const withUse = doc.usedBy !== undefined;
  const rows = Object.entries(doc.fields).map(([name, field]) => {
    const anchor = anchors.get(field.rule);
    if (anchor === undefined) throw new Error(`${doc.descriptor}: ${name} cites ${field.rule}, which docs/rules.md does not define`);
    const cells = [`\`${name}\``, defaultOf(field), validOf(field), `[${field.rule}](rules.md#${anchor})`, field.description];
    if (withUse) cells.push(doc.usedBy?.[name] ?? '');
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  const head = ['key', 'default', 'valid values', 'rule', 'meaning', ...(withUse ? ['used by'] : [])];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');
}

const begin = (doc: PolicyDoc): string => `<!-- BEGIN generated policy table: ${doc.descriptor}, by scripts/policy-docs.ts -->`;
const END = '<!-- END generated policy table -->';

/** `markdown` with the table between its markers replaced by `table`. */
export function withPolicyTable(markdown: string, doc: PolicyDoc, table: string): string {
  const start = markdown.indexOf(begin(doc));
  const end = markdown.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`${doc.file} has no "${begin(doc)}" … "${END}" markers`);
  return `${markdown.slice(0, start)}${begin(doc)}\n${table}\n${markdown.slice(end)}`;
}

/** The page of `doc` as this script writes it. */
export function generatedPage(doc: PolicyDoc): string {
  const anchors = ruleAnchors(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'));
  return withPolicyTable(readFileSync(join(ROOT, doc.file), 'utf8'), doc, policyTable(doc, anchors));
}

function main(): void {
  for (const doc of POLICY_DOCS) {
    const page = generatedPage(doc);
    if (page === readFileSync(join(ROOT, doc.file), 'utf8')) continue;
    writeFileSync(join(ROOT, doc.file), page);
    console.log(`updated ${doc.file}`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
