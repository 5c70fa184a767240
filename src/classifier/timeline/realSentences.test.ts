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
 * used to develop the reader: only their share is asserted, against a floor. Rows marked `found:
 * "reader"` are phrases the reader itself returned where no labeller had marked a time phrase (so a date
 * it invents there is counted too). `invented.jsonl` holds sentences written for this project (each row
 * marked `invented`), kept apart from the real ones.
 */
interface Row {
  readonly id: string;
  readonly lang: ReplyLanguage;
  readonly phrase: string;
  readonly sentence: string;
  readonly reference: string;
  readonly timeZone: string;
  readonly expect: { readonly role: TimePhrase['role']; readonly kind: PromiseKind; readonly date?: string; readonly earliest?: string; readonly latest?: string } | null;
  /** `reader`: a phrase the reader returned that no labeller had marked. */
  readonly found?: 'reader';
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
  ["de-real-gb-oebb«schon morgen»", "a firm date where the sentence states none"],
  ["enr-rezme-restorative-record-reinvite«soon»", "role read as request"],
  ["enr-dailyhire-freeze-early-stage«in Q1»", "phrase not recognised"],
  ["enr-huvano-shortlisting-notification«shortly»", "role read as slot"],
  ["enw-talantrix-candidate-status-update«this week»", "a firm date where the sentence states none"],
  ["enw-howtowritealetter-successful-candidate«on the 5th of November»", "a firm date where the sentence states none"],
  ["enw-howtowritealetter-successful-candidate«beginning on June 23rd»", "phrase not recognised"],
  ["enw-taptalent-interview-reschedule«soon»", "role read as other"],
  ["enw-pastebin-webfx-invite-followup-rsvp«for the next 24 hours»", "phrase not recognised"],
  ["enw-pastebin-webfx-invite-followup-rsvp«by tomorrow»", "role read as promise"],
  ["enw-pastebin-hostess-offer«today or tomorrow»", "role read as promise"],
  ["enw-scsu-general-acknowledgement«in late February»", "role read as slot"],
  ["enw-pastebin-evaluating-applications-today«in due course»", "role read as other"],
  ["enw-gh-writerity-exam-mail-sample«24 hours from we send»", "phrase not recognised"],
  ["es-odoo18-hr_recruitment-interest«lo antes posible»", "role read as promise"],
  ["es-odoo18-hr_recruitment-interest-419«responder postulaciones nos toma un par de días»", "a firm date where the sentence states none"],
  ["pt-real-fesg-suspensao-processo-seletivo«15 de outubro de 2015»", "phrase not recognised"],
  ["pt-gh-devsfree-call-domingo«a partir da tarde»", "phrase not recognised"],
  ["pt-gh-calculojuridico-emails-aos-poucos«Até às 15h»", "phrase not recognised"],
  ["pt-gh-devsfree-convite-enviado«logo»", "role read as request"],
  ["pt-odoo14-hr_recruitment-interest«Vemos você em breve»", "role read as other"],
  ["ats4-t3rs-visita-domiciliaria-formulario«en los próximos días»", "role read as other"],
  ["ats5-imsbe-apply-pretest«3 days after you get this email at 11.00 WIB»", "phrase not recognised"],
  ["ats5-dmrms-application-submitted«within 5–7 working days after submission»", "phrase not recognised"],
  ["chk5-es-corseprin-estudio-recibido-visita«pronto»", "role read as request"],
  ["de3-tumapply-sie-application-sent«einige Tage»", "phrase not recognised"],
  ["de3-schuelertreff-registration-fuehrungszeugnis«nur eine Woche»", "phrase not recognised"],
  ["en3-blog-postdoc-first-round-still-running«by the end of May»", "role read as request"],
  ["enr4-rej-amazon-13«as soon as possible»", "role read as slot"],
  ["enr-dfe-apply-deferred-offer«shortly after September <%= @deferred_to_year %>»", "a firm date where the sentence states none"],
  ["es3-odoo18-website-gracias-419«Normalmente tardamos en responder 3 días»", "phrase not recognised"],
  ["fr3-mensat-stage-candidature-acceptee«prochainement»", "role read as promise"],
  ["fr-letswork-interview«sous peu»", "role read as other"],
  ["hc5-pt-phprapadura-segunda-fase-pratica«até o dia 19/03 (sexta) às 11h»", "role read as promise"],
  ["fr-real-yousign-test-technique«idéalement vendredi ou dans la matinée de lundi au plus tard»", "phrase not recognised"],
  ["fr-recruteia-convocation-entretien-en-ligne«24 heures»", "phrase not recognised"],
  ["en-candidates-applications-selected«shortly»", "role read as other"],
  ["en-candidates-applications-selected«soon»", "role read as other"],
  ["mA4-hrm8-interview-invitation«for the coming week»", "read as range 2026-11-01–2026-11-07"],
  ["pt-gentepro-bot-falar-rh«Em breve»", "role read as other"],
  ["en-hrm8-bgcheck-consent-request-checks«will expire on ${new Date(consent.expiryDate).toLocaleDateString()} (7 days)»", "phrase not recognised"],
  ["ref-web-alight-hireright-background-check«as soon as possible (within 24 Hours)»", "a firm date where the sentence states none"],
  ["web6-en-mythreeblogs-trying-someone-out«after about 2 weeks»", "phrase not recognised"],
  ["ats5-ifms-colaborador-selecionado«SÁBADO, dia 24/11/2018, às 09h00»", "role read as slot"],
  ["en3-blog-search-chair-slow-process«today»", "a firm date where the sentence states none"],
  ["en3-outreachy-application-will-be-reviewed«several weeks»", "phrase not recognised"],
  ["en3-dailyhire-three-more-candidates«this week»", "role read as slot"],
  ["enr4-rej-axiom-1«next week»", "phrase not recognised"],
  ["enr4-rej-f5-networks-3«this morning»", "phrase not recognised"],
  ["enr4-rej-microsoft-3«this week»", "phrase not recognised"],
  ["enr4-rej-microsoft-5«[time]»", "phrase not recognised"],
  ["enr-paradise-initial-interview«soon»", "role read as other"],
  ["es3-manatal-candidato-no-se-presento«hoy a las 15:00»", "a firm date where the sentence states none"],
  ["es3-manatal-candidato-no-se-presento«pronto»", "role read as promise"],
  ["es3-huntred-preseleccion-rechazo«muy pronto»", "role read as other"],
  ["esen4-usds-smeqa-qualified-not-referred«within 90 days»", "a firm date where the sentence states none"],
  ["fr3-pirabel-brouillon-entretien«pour les prochains jours»", "phrase not recognised"],
  ["fr-pastebin-premiere-reserve«immédiatement»", "role read as promise"],
  ["mB4-codeday-project-preferences-overdue«soon»", "role read as promise"],
  ["mB4-coloredcow-internship-selected«on Thursday, January 11th, 2019»", "role read as promise"],
  ["real5-en-iheart-paperwork-appointment-text«from Monday»", "a firm date where the sentence states none"],
  ["ref-web-alight-hireright-background-check«after the 48-hour deadline»", "phrase not recognised"],
  ["ats7-012«soon»", "role read as promise"],
  ["ats7-055«up to two weeks»", "phrase not recognised"],
  ["ats7-055«between April and June»", "phrase not recognised"],
  ["ats7-079«right away»", "role read as request"],
  ["es7-032«del 9 al 14 de junio»", "role read as promise"],
  ["es7-033«O prazo para preenchimento é de 48 horas»", "phrase not recognised"],
  ["hc6-pt-magalu-vagas-pleno-encaminhe-cv«em breve»", "role read as request"],
  ["hc6-en-vorta-gsoc-results-shortly«shortly»", "role read as request"],
  ["rp7-justarrived-will-perform-job-info«up to 30 days»", "a firm date where the sentence states none"],
  ["rp7-boss-maratona-selecionada«na sexta feira, dia 09/04, as X horas»", "role read as promise"],
  ["rp7-wcc-mentee-no-match-waiting-list«soon»", "role read as other"],
  ["web7-009«schnellstmöglich»", "role read as request"],
  ["ats5-ifms-colaborador-selecionado«no SÁBADO»", "read as date 2026-02-07"],
  ["de3-schuelertreff-registration-fuehrungszeugnis«bald»", "role read as promise"],
  ["en3-dssg-finish-application-reminder«by end of Jan»", "read as date 2027-01-29"],
  ["enr4-rej-amazon-6«within an hour»", "a firm date where the sentence states none"],
  ["enr-huvano-reschedule-request-received«soon»", "role read as other"],
  ["enr-dfe-apply-deferred-offer«soon»", "role read as promise"],
  ["enw-pastebin-webfx-reminder-prep-blog«soon»", "role read as other"],
  ["esen4-web-stepbystep-interview-decision-selected«on Monday, May 13»", "role read as slot"],
  ["real7-022«demain»", "a firm date where the sentence states none"],
  ["ats8-004«no prazo de 48 horas a partir do envio desta mensagem»", "phrase not recognised"],
  ["de8-correlaid-tendering-zusage«in Kürze»", "role read as other"],
  ["real8-002«Due in 4 days»", "phrase not recognised"],
  ["real8-002«by 4:59 PM ET/1:59 PM PT on March 7»", "role read as slot"],
  ["real8-006«on Wednesday»", "phrase not recognised"],
  ["real8-017«today or tomorrow»", "read as date 2026-11-01"],
  ["real8-018«the 2018-2019 season, starting in September»", "read as range 2026-09-01–2026-09-30"],
  ["web8-015«up to two hours»", "a firm date where the sentence states none"],
  ["web8-016«on July 25»", "a firm date where the sentence states none"],
  ["web8-018«noch etwas Zeit»", "phrase not recognised"],
  ["web8-041«soon»", "role read as slot"],
  ["web8-044«over the next week»", "role read as slot"],
  ["fr8-seegapi-entretien«dans les 48 heures»", "role read as promise"],
  ["c9e-015«Tienes *30 minutos* para responder»", "phrase not recognised"],
  ["c9e-018«Hoy»", "phrase not recognised"],
  ["c9g-007«before Monday»", "role read as promise"],
  ["c9g-008«See you tomorrow»", "phrase not recognised"],
  ["c9g-008«Tomorrow»", "phrase not recognised"],
  ["c9g-043«dans 3 jours»", "phrase not recognised"],
  ["c9g-043«Plus que 3 jours avant votre premier jour»", "phrase not recognised"],
  ["c9h-046«within the next 24 hours»", "role read as other"],
  ["c9i-037«in ungefähr 3-4 Stunden»", "a firm date where the sentence states none"],
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
    const figures = (rows: readonly Row[]) => {
      const results = rows.map((r) => ({ r, ...judge(r) }));
      const noFirm = rows.filter((r) => r.expect === null || r.expect.kind === 'vague').length;
      return { results, n: rows.length, right: results.filter((x) => x.ok).length, invented: results.filter((x) => x.invented).length, noFirm };
    };
    const all = figures(sealed);
    const labelled = figures(sealed.filter((r) => r.found === undefined));
    const found = figures(sealed.filter((r) => r.found === 'reader'));
    // Printed for the report; the assertions are a floor and a ceiling, so a wrong sealed row never fails the build on its own.
    for (const [name, f] of [['sealed timeline rows', all], ['  of which labelled', labelled], ['  of which found by the reader', found]] as const) {
      console.log(`${name}: ${f.right}/${f.n} right (${((100 * f.right) / Math.max(1, f.n)).toFixed(2)}%); invented firm dates ${f.invented}/${f.noFirm} (${((100 * f.invented) / Math.max(1, f.noFirm)).toFixed(2)}%)`);
    }
    for (const x of all.results) if (!x.ok) console.log(`  sealed miss: ${describeRow(x.r, x.got)}`);
    expect(labelled.n).toBeGreaterThan(0);
    expect(found.n).toBeGreaterThan(0);
    expect(labelled.right / labelled.n).toBeGreaterThanOrEqual(SEALED_FLOOR);
    expect(labelled.invented / Math.max(1, labelled.noFirm)).toBeLessThanOrEqual(INVENTED_CEILING);
    expect(all.right / all.n).toBeGreaterThanOrEqual(SEALED_FLOOR_ALL);
    expect(all.invented / Math.max(1, all.noFirm)).toBeLessThanOrEqual(INVENTED_CEILING_ALL);
  });

  for (const r of INVENTED) {
    it(`R4.5 (invented): ${r.lang} «${r.phrase}» → ${r.expect === null ? 'nothing firm' : `${r.expect.role} ${r.expect.kind} ${r.expect.date ?? ''}`}`, () => {
      const { ok, got } = judge(r);
      expect(ok, describeRow(r, got)).toBe(true);
    });
  }
});

/**
 * The sealed share that must be right; raised as the reader improves, never lowered to pass. The sealed rows grew from
 * 131 to 826 in December 2026 (every time phrase of the sealed mail, each resolved by hand from the written rules):
 * on the first 800 of them the reader was right on 85.0% before the words that release added for training rows and
 * on 86.9% after; on all 826, 87.3%. The 131 rows alone, most of them phrases that must give nothing firm, had read 92.4%.
 * All 826 were then read a second time, blind (94.3% agreement); a third blind reading settled the 47 disagreements,
 * and the 42 answers it gave the second reading's way were changed, most of them to "nothing firm". On the corrected
 * rows the reader before the next changes read 87.9%; the changes, chosen on training rows (themselves read a second
 * and third time the same way), give 89.2%. The time a step takes ("may take a few days"), the next business day and
 * "sooner" / "later", chosen on training rows the same way, give 89.7%; days offered as alternatives read as one range
 * and a deadline with no cue read as the employer's, 89.8%; the week of a day and an interview counted in days or
 * hours as the day it falls on, 89.95% (743 of 826: one phrase short of 90%). A day that no word of its sentence gives a
 * role ("vom 20.11.2025", "¡Era el miércoles!") is no longer returned, chosen on training rows (7 fixed, 3 lost, among
 * them a start date and the date line of a letter): 90.8% (750 of 826), and 7 of 719 invented. The 230 messages added
 * to the corpus next brought 222 marked phrases (89 of them sealed), each resolved three times, blind (218 unanimous,
 * 4 by two of three readings), and added with no change to the reader: it was right on 82 of the 89 sealed ones and
 * invented 1 date (of 80); on all 915, 90.9% (832) and 8 of 799 invented. The 72 messages added after those brought
 * 50 phrases (18 sealed), each resolved three times, blind (all 50 unanimous): the reader, unchanged, was right on all
 * 18 sealed ones; one training phrase ("en máximo 1 semana") taught the Spanish words "en máximo" and "en un máximo de".
 * On all 933, 91.1% (850) and 8 of 815 invented. The 125 messages added last brought 142 phrases (40 sealed), each
 * resolved three times, blind (135 unanimous, 7 by two of three readings), and added with no change to the reader: it
 * was right on 35 of the 40 sealed ones (three Spanish business-day ranges and two "pronto" read under another role)
 * and on 95 of the 102 training ones (the 7 misses, most of them a first day or a shift counted down, are listed
 * above). On all 973, 91.0% (885) and 8 of 847 invented. The 84 messages added after those brought 87 phrases (35
 * sealed), all resolved the same three times, blind: the reader, unchanged, was right on 34 of the 35 sealed ones
 * ("in den naechsten Tagen", with its umlaut written out, not recognised) and on 50 of the 52 training ones (2 misses
 * listed above, one of them a task's duration in hours read as a date). On all 1,008, 91.2% (919) and 8 of 877
 * invented. After the reader learned offers' time limits and the requests and promises that govern a contract, a salary
 * or a start date (from sentences written for the tests), 91.3% (920) and 8 of 877 invented; after a weekday with its
 * day number, the end of a year and next month (language knowledge; see docs/classifier-history.md for the one sealed
 * row that changed), 958 of all 1,049 sealed rows and 8 of 913 invented.
 */
const SEALED_FLOOR = 0.907;
/**
 * The most firm dates the reader may invent, as a share of sealed rows with no firm date. The correction above turned
 * 33 expected dates into "nothing firm": the reader before the changes invented 3.1% of them, and now 1.9%.
 */
const INVENTED_CEILING = 0.02;
/**
 * The same with the phrases the reader found itself (`found: "reader"`): 138 phrases it returned in the corpus where no
 * labeller had marked one (41 sealed), each read three times, blind (120 unanimous, 18 by two of three readings).
 * Before any rule was chosen from them the reader invented a firm date for 6 of the 36 sealed ones that give none; the
 * two rules chosen on the 97 training ones ("the 4th floor", bare numbers such as "Referenznummer: 10/25") leave 4.
 * With them the sealed rows read 89.6% right (777 of 867) and 2.4% invented (18 of 755), over the 2% aimed at; with
 * the day no word gives a role left out (above), 90.7% (786) and 0.9% (7), none of them among the phrases it found.
 */
const SEALED_FLOOR_ALL = 0.906;
const INVENTED_CEILING_ALL = 0.02;
