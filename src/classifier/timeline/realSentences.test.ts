import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus, testSplit } from '../../../scripts/corpus/load.js';
import { findTimePhrases } from '../findTimePhrases.js';
import type { TimePhrase } from '../findTimePhrases.js';
import type { PromiseKind, ReplyLanguage } from '../types.js';

/**
 * Timeline sentences taken verbatim from the real-mail corpus (issue 9 §4), one row per corpus time
 * phrase, expected dates resolved by hand from the sentence and the reference. `expect: null` means
 * nothing firm may be returned for that phrase (nothing, or a `vague` phrase, is right); a `vague`
 * expectation asks for the role and kind only. Rows of items in the sealed test split are never
 * used to develop the reader: only their share is asserted, against a floor. `invented.jsonl` holds
 * sentences written for this project (each row marked `invented`), kept apart from the real ones.
 */
interface Row {
  readonly id: string;
  readonly lang: ReplyLanguage;
  readonly phrase: string;
  readonly sentence: string;
  readonly reference: string;
  readonly timeZone: string;
  readonly expect: { readonly role: TimePhrase['role']; readonly kind: PromiseKind; readonly date?: string; readonly earliest?: string; readonly latest?: string } | null;
}

const FIXTURES = new URL('../../../test/fixtures/timelines/', import.meta.url);
const read = (file: string): Row[] => readFileSync(new URL(file, FIXTURES), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);

const REAL = read('real.jsonl');
const INVENTED = read('invented.jsonl');
const SEALED = testSplit(loadCorpus());

/** Whether the reader got a row right, and whether it returned a firm date the row does not have. */
function judge(row: Row): { ok: boolean; invented: boolean; got: TimePhrase[] } {
  const all = findTimePhrases(row.sentence, { reference: row.reference, timeZone: row.timeZone, language: row.lang });
  const at = row.sentence.indexOf(row.phrase);
  const got = all.filter((p) => p.span.start < at + row.phrase.length && p.span.end > at);
  const firm = got.filter((p) => p.kind !== 'vague');
  const e = row.expect;
  if (e === null) return { ok: firm.length === 0, invented: firm.length > 0, got };
  if (e.kind === 'vague') return { ok: got.some((p) => p.kind === 'vague' && p.role === e.role), invented: firm.length > 0, got };
  const ok = got.some((p) => p.role === e.role && p.kind === e.kind && p.date === e.date && (e.earliest === undefined || p.earliest === e.earliest));
  return { ok, invented: false, got };
}

const describeRow = (r: Row, got: readonly TimePhrase[]): string =>
  `${r.id} «${r.phrase}» expected ${JSON.stringify(r.expect)}, got ${JSON.stringify(got.map((p) => [p.role, p.kind, p.date, p.earliest, p.span.text]))}`;

/**
 * Train rows the reader still gets wrong, each with the reason: they are asserted to fail, so one
 * that starts passing is noticed and moved out of this list.
 */
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map<string, string>([
  ["de-odoo-applicant-interest«bald»", "role read as other"],
  ["es-odoo18-hr_recruitment-interest«lo antes posible»", "role read as promise"],
  ["es-odoo18-hr_recruitment-interest-419«lo antes posible»", "role read as promise"],
  ["de-real-gb-abax«heute»", "role read as promise"],
  ["de-real-gb-oebb«HEUTE. FÜR MORGEN.»", "a firm date where the sentence states none"],
  ["de-real-gb-oebb«schon morgen»", "a firm date where the sentence states none"],
  ["de-tumapply-data-deletion-warning«in 4 Wochen»", "role read as promise"],
  ["enr-rezme-preliminary-revocation«five business days»", "phrase not recognised"],
  ["enr-workwise-reject«soon»", "role read as promise"],
  ["enr-dailyhire-freeze-early-stage«in Q1»", "phrase not recognised"],
  ["enr-dailyhire-start-date-confirm«ASAP»", "role read as other"],
  ["enr-huvano-invite-auto-declined«within 48 hours»", "a firm date where the sentence states none"],
  ["enr-huvano-shortlisting-notification«shortly»", "role read as slot"],
  ["enr-remotestaff-hired«ASAP»", "role read as request"],
  ["enw-talantrix-candidate-status-update«this week»", "role read as promise"],
  ["enw-howtowritealetter-successful-candidate«on the 5th of November»", "role read as slot"],
  ["enw-pastebin-webfx-invite-followup-rsvp«for the next 24 hours»", "phrase not recognised"],
  ["enw-pastebin-webfx-invite-followup-rsvp«by tomorrow»", "role read as promise"],
  ["enw-pastebin-webfx-post-second-interview«today»", "role read as slot"],
  ["enw-pastebin-webfx-post-first-interview«today»", "role read as slot"],
  ["enw-pastebin-hostess-offer«today or tomorrow»", "read as date 2026-12-30 + date 2026-12-31"],
  ["enw-scsu-general-acknowledgement«in late February»", "role read as slot"],
  ["enw-pastebin-amazon-flex-accurate-background«within 10 days of receiving this invitation»", "role read as promise"],
  ["enw-pastebin-evaluating-applications-today«in due course»", "role read as other"],
  ["enw-pastebin-arm-telephone-interview«the week starting 25th Nov»", "read as date 2026-11-25"],
  ["enw-gh-mench-not-selected-for-interview«very soon»", "role read as promise"],
  ["enw-gh-writerity-exam-mail-sample«24 hours from we send»", "phrase not recognised"],
  ["enw-gh-writerity-exam-mail-sample«within 24 hours from your starting»", "a firm date where the sentence states none"],
  ["es-odoo18-hr_recruitment-ack«en unos días, envíenos»", "role read as promise"],
  ["es-odoo18-hr_recruitment-ack-419«lo antes posible»", "role read as promise"],
  ["es-wabulk-solicitud-documentos«Plazo: 48 horas»", "role read as other"],
  ["fr-jobmap-user-interview-reminder«aussi vite que possible»", "role read as other"],
  ["pt-real-xlow-desafio«23h59min do dia 03/04/2025»", "role read as other"],
  ["pt-gh-hivelocity-regua-3-dias«em tempo hábil»", "role read as promise"],
  ["pt-gh-calculojuridico-emails-aos-poucos«Até às 15h»", "phrase not recognised"],
  ["pt-gh-devsfree-convite-enviado«logo»", "role read as request"],
  ["pt-recruta-documentacao-aprovada«em 7 dias a partir de ${sentAt}»", "a firm date where the sentence states none"],
]);

const key = (r: Row): string => `${r.id}«${r.phrase}»`;
const train = REAL.filter((r) => !SEALED.has(r.id));
const sealed = REAL.filter((r) => SEALED.has(r.id));

describe('timelines of real mail (R4.5, issue 9 §4)', () => {
  it('R4.5: the table holds at least 300 sentences taken from the corpus, each quoting its phrase', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(300);
    for (const r of REAL) expect(r.sentence.includes(r.phrase), key(r)).toBe(true);
  });

  for (const r of train) {
    const reason = KNOWN_MISSES.get(key(r));
    const title = `R4.5: ${r.lang} «${r.phrase.slice(0, 60)}» (${r.id}) → ${r.expect === null ? 'nothing firm' : `${r.expect.role} ${r.expect.kind} ${r.expect.date ?? ''}`}`;
    if (reason !== undefined) {
      it(`${title} [known miss: ${reason}]`, () => {
        expect(judge(r).ok).toBe(false);
      });
    } else {
      it(title, () => {
        const { ok, got } = judge(r);
        expect(ok, describeRow(r, got)).toBe(true);
      });
    }
  }

  it('R4.5: sealed rows are read right at least at the floor, and firm dates are rarely invented', () => {
    const results = sealed.map((r) => ({ r, ...judge(r) }));
    const right = results.filter((x) => x.ok).length;
    const invented = results.filter((x) => x.invented).length;
    const noFirm = sealed.filter((r) => r.expect === null || r.expect.kind === 'vague').length;
    // Printed for the report; the assertion is a floor, so a wrong sealed row never fails the build on its own.
    console.log(`sealed timeline rows: ${right}/${sealed.length} right (${((100 * right) / Math.max(1, sealed.length)).toFixed(1)}%); invented firm dates ${invented}/${noFirm}`);
    for (const x of results) if (!x.ok) console.log(`  sealed miss: ${describeRow(x.r, x.got)}`);
    expect(sealed.length).toBeGreaterThan(0);
    expect(right / sealed.length).toBeGreaterThanOrEqual(SEALED_FLOOR);
    expect(invented / Math.max(1, noFirm)).toBeLessThanOrEqual(INVENTED_CEILING);
  });

  for (const r of INVENTED) {
    it(`R4.5 (invented): ${r.lang} «${r.phrase}» → ${r.expect === null ? 'nothing firm' : `${r.expect.role} ${r.expect.kind} ${r.expect.date ?? ''}`}`, () => {
      const { ok, got } = judge(r);
      expect(ok, describeRow(r, got)).toBe(true);
    });
  }
});

/** The sealed share that must be right; raised as the reader improves, never lowered to pass. */
const SEALED_FLOOR = 0.88;
/** The most firm dates the reader may invent, as a share of sealed rows with no firm date. */
const INVENTED_CEILING = 0.02;
