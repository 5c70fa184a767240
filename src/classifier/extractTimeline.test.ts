import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import { extractTimeline } from './extractTimeline.js';
import type { PromiseKind } from './types.js';

// Reference instants (weekdays worked out from 2026-01-01 = Thursday):
const WED_NOV_25 = '2026-11-25T10:00:00+01:00'; // Wednesday 2026-11-25 in Berlin
const MON_NOV_23 = '2026-11-23T10:00:00+01:00'; // Monday 2026-11-23 in Berlin
const WED_DEC_30 = '2026-12-30T09:00:00-05:00'; // Wednesday 2026-12-30 in New York: year end
const FRI_JAN_30 = '2026-01-30T16:00:00+01:00'; // Friday 2026-01-30 in Berlin: month end
const US_DST = '2026-03-08T04:30:00Z'; // Sat 2026-03-07 23:30 EST in New York; Sun 2026-03-08 05:30 in Berlin (US DST starts that Sunday)
const EU_DST = '2026-10-24T23:30:00Z'; // Sun 2026-10-25 01:30 CEST in Berlin (DST ends that night); Sat 2026-10-24 19:30 in New York; Sun 00:30 BST in London
const LEAP = '2028-02-28T12:00:00Z'; // Monday 2028-02-28 (2028 is a leap year)
const NEW_YEAR = '2026-12-31T20:00:00Z'; // Fri 2027-01-01 05:00 in Tokyo; Thu 2026-12-31 15:00 in New York

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
const newYearHoliday = createCalendar({ holidays: ['2026-12-25', '2027-01-01'] });

type Row = readonly [text: string, reference: string, timeZone: string, kind: PromiseKind | null, date: string | null, earliest?: string | undefined, note?: string];

/** Expected dates worked out by hand; the note says why for the tricky rows. */
const ROWS: readonly Row[] = [
  // ── English, Wednesday 2026-11-25 ───────────────────────────────────────────────────────
  ["We'll get back to you by Friday.", WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['We will let you know by the end of next week.', WED_NOV_25, BERLIN, 'date', '2026-12-04', undefined, 'Friday of the week Mon 11-30 … Sun 12-06'],
  ["You'll hear from us within two weeks.", WED_NOV_25, BERLIN, 'span-days', '2026-12-09', undefined, '14 calendar days'],
  ['We will decide in the next 5 business days.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-02', undefined, 'Thu, Fri, Mon, Tue, Wed'],
  ['We hope to update you early next week.', WED_NOV_25, BERLIN, 'range', '2026-12-01', '2026-11-30', 'first two business days of next week'],
  ['We will have a decision by December 4th.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ["We'll be in touch in a few days.", WED_NOV_25, BERLIN, 'vague', '2026-11-30', undefined, 'vague: estimated as 3 business days'],
  ["We'll get back to you by next Tuesday.", WED_NOV_25, BERLIN, 'date', '2026-12-01', undefined, '"next Tuesday" = Tuesday of next week'],
  ["We'll let you know by Monday.", WED_NOV_25, BERLIN, 'date', '2026-11-30'],
  ["We'll let you know by Wednesday.", WED_NOV_25, BERLIN, 'date', '2026-12-02', undefined, 'same weekday as the reference: a week later'],
  ['Expect an answer by the end of the week.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['We will decide by the end of the month.', WED_NOV_25, BERLIN, 'date', '2026-11-30', undefined, 'last business day of November (Mon 30)'],
  ["We'll get back to you by the end of next month.", WED_NOV_25, BERLIN, 'date', '2026-12-31', undefined, 'Thu 12-31 is a business day without a calendar'],
  ['We will let you know next week.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  ['You will hear back later this week.', WED_NOV_25, BERLIN, 'range', '2026-11-27', '2026-11-26'],
  ["We'll let you know by tomorrow.", WED_NOV_25, BERLIN, 'date', '2026-11-26'],
  ['We will get back to you within 48 hours.', WED_NOV_25, BERLIN, 'span-days', '2026-11-27'],
  ["We'll get back to you in two weeks' time.", WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['We will reply within 10 business days.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-09'],
  ['We aim to decide by 12/4.', WED_NOV_25, BERLIN, 'date', '2026-12-04', undefined, 'English numeric dates are month/day'],
  ["We'll reply by January 10.", WED_NOV_25, BERLIN, 'date', '2027-01-10', undefined, 'year rollover'],
  ["We'll have news by the 15th.", WED_NOV_25, BERLIN, 'date', '2026-12-15', undefined, 'the 15th has passed this month: next month'],
  ["We'll be in touch by mid next week.", WED_NOV_25, BERLIN, 'range', '2026-12-03', '2026-12-01', 'Tue–Thu'],
  ['We will let you know within the next week.', WED_NOV_25, BERLIN, 'span-days', '2026-12-02'],
  ["We'll get back to you in a couple of weeks.", WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Decision by EOW.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ["We'll get back to you soon.", WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ["We'll update you in the coming weeks.", WED_NOV_25, BERLIN, 'vague', '2026-12-09', undefined, 'vague weeks: estimated as two weeks'],
  ["We'll get back to you by 2026-12-07.", WED_NOV_25, BERLIN, 'date', '2026-12-07'],
  ['We will confirm by Dec. 4.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['We will respond by 4 December 2026.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['We plan to decide early December.', WED_NOV_25, BERLIN, 'range', '2026-12-10', '2026-12-01', 'early = days 1–10'],
  ['We expect to make a decision within a month.', WED_NOV_25, BERLIN, 'date', '2026-12-25'],
  ['Could you do Thursday morning?', WED_NOV_25, BERLIN, null, null, undefined, 'scheduling, not a promise'],
  ['Thanks for coming in on Friday.', WED_NOV_25, BERLIN, null, null],
  ['Please sign and return the letter.', WED_NOV_25, BERLIN, null, null],
  ['Expect to hear back in about two weeks.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09', undefined, 'an approximate count is still a count'],
  ['We hope to have news for you within the next 7-10 days.', WED_NOV_25, BERLIN, 'range', '2026-12-05', '2026-12-02', 'a count range: from day 7 to day 10'],
  ['Please send the signed contract by Monday.', WED_NOV_25, BERLIN, null, null, undefined, "a deadline for the candidate, not the employer's promise"],
  ['Your interview is on Friday at 10am.', WED_NOV_25, BERLIN, null, null],
  ["I'm out of the office until December 2.", WED_NOV_25, BERLIN, null, null, undefined, 'an absence notice'],
  // ── German ──────────────────────────────────────────────────────────────────────────────
  ['Wir melden uns bis Ende nächster Woche.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Sie hören bis zum 4.12. von uns.', WED_NOV_25, BERLIN, 'date', '2026-12-04', undefined, 'day.month.'],
  ['Wir melden uns bis Freitag.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Wir melden uns in den nächsten 5 Werktagen.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-02'],
  ['Wir melden uns Anfang nächster Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-01', '2026-11-30'],
  ['Wir melden uns in ein paar Tagen.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ['Eine Entscheidung fällt nächste Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  ['Wir melden uns bis Ende des Monats.', WED_NOV_25, BERLIN, 'date', '2026-11-30'],
  ['Wir geben Ihnen bis zum 4. Dezember Bescheid.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Rückmeldung bis spätestens Mittwoch.', WED_NOV_25, BERLIN, 'date', '2026-12-02', undefined, 'same weekday: a week later'],
  ['Wir melden uns in KW 49.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30', 'ISO week 49 of 2026 starts Mon 11-30'],
  ['Wir melden uns zeitnah.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ['Wir melden uns bis morgen.', WED_NOV_25, BERLIN, 'date', '2026-11-26'],
  ['Sie hören binnen 48 Stunden von uns.', WED_NOV_25, BERLIN, 'span-days', '2026-11-27'],
  ['Wir melden uns in 5 bis 7 Werktagen.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-02', 'business days 5 (Wed 12-02) to 7 (Fri 12-04)'],
  ['Sie erhalten unsere Rückmeldung spätestens am 2. Dezember.', WED_NOV_25, BERLIN, 'date', '2026-12-02'],
  // ── French ──────────────────────────────────────────────────────────────────────────────
  ["Nous reviendrons vers vous d'ici vendredi.", WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Vous aurez une réponse dans les deux semaines.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ["Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Nous vous répondrons début de semaine prochaine.', WED_NOV_25, BERLIN, 'range', '2026-12-01', '2026-11-30'],
  ['Nous vous répondrons la semaine prochaine.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  ['Nous reviendrons vers vous avant le 4 décembre.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Nous reviendrons vers vous dans quelques jours.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ['Réponse sous 48 heures.', WED_NOV_25, BERLIN, 'span-days', '2026-11-27'],
  ['Nous vous répondrons dans les 5 jours ouvrés.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-02'],
  ['Nous vous tiendrons informé sous huitaine.', WED_NOV_25, BERLIN, 'span-days', '2026-12-02', undefined, 'huitaine = one week'],
  ["Nous reviendrons vers vous d'ici la fin du mois.", WED_NOV_25, BERLIN, 'date', '2026-11-30'],
  ['Nous vous répondrons le 2/12.', WED_NOV_25, BERLIN, 'date', '2026-12-02', undefined, 'French numeric dates are day/month'],
  ['Nous reviendrons vers vous prochainement.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ["Nous vous recontacterons d'ici demain.", WED_NOV_25, BERLIN, 'date', '2026-11-26'],
  ['Nous reviendrons vers vous sous dix jours.', WED_NOV_25, BERLIN, 'span-days', '2026-12-05'],
  ['Nous vous donnerons une réponse au plus tard le 3 décembre.', WED_NOV_25, BERLIN, 'date', '2026-12-03'],
  // ── Spanish ─────────────────────────────────────────────────────────────────────────────
  ['Le daremos una respuesta la próxima semana.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  ['Le responderemos antes del 4 de diciembre.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Recibirás una respuesta en un plazo de dos semanas.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Le contestaremos para el viernes.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Le informaremos a principios de la próxima semana.', WED_NOV_25, BERLIN, 'range', '2026-12-01', '2026-11-30'],
  ['Le daremos una respuesta la semana que viene.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  ['Te escribiremos en unos días.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ['Le responderemos en los próximos 5 días hábiles.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-02'],
  ['Le informaremos a finales de la próxima semana.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Tendrá noticias nuestras a finales de mes.', WED_NOV_25, BERLIN, 'date', '2026-11-30'],
  ['Le responderemos el 2/12.', WED_NOV_25, BERLIN, 'date', '2026-12-02'],
  ['Le contactaremos en breve.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ['Le contestaremos antes del viernes.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Tendrás noticias nuestras dentro de 10 días.', WED_NOV_25, BERLIN, 'span-days', '2026-12-05'],
  ['Te contactaremos en máximo 1 semana.', WED_NOV_25, BERLIN, 'span-days', '2026-12-02'],
  ['Le responderemos en un máximo de 5 días hábiles.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-02'],
  // ── year end, Wednesday 2026-12-30 in New York ──────────────────────────────────────────
  ["We'll get back to you by January 8.", WED_DEC_30, NY, 'date', '2027-01-08', undefined, 'rolls into next year'],
  ["We'll get back to you by Friday.", WED_DEC_30, NY, 'date', '2027-01-01', undefined, 'across the year boundary; a holiday is still the promised day'],
  ['We will let you know next week.', WED_DEC_30, NY, 'range', '2027-01-08', '2027-01-04'],
  ["We'll get back to you by the end of next month.", WED_DEC_30, NY, 'date', '2027-01-29', undefined, '2027-01-31 is a Sunday'],
  ['Wir melden uns bis zum 8.1.', WED_DEC_30, NY, 'date', '2027-01-08'],
  ['We will decide by December 31.', WED_DEC_30, NY, 'date', '2026-12-31'],
  ['We will decide by 12/15.', WED_DEC_30, NY, null, null, undefined, 'fifteen days back: a day that has passed, not next December'],
  ['We had hoped to reach a decision by December 11, but we now expect to decide by January 8.', WED_DEC_30, NY, 'date', '2027-01-08', undefined, 'the passed day is no promise'],
  ['We will get back to you by Friday, December 11.', WED_DEC_30, NY, null, null, undefined, 'a Friday of this month that has passed'],
  ['We will decide by March 1.', WED_DEC_30, NY, 'date', '2027-03-01', undefined, 'nearer next year'],
  ['We will decide by December 30.', '2027-01-03T10:00:00-05:00', NY, null, null, undefined, 'four days back, last year: a day that has passed, not next December'],
  ['We will decide by October 15.', WED_DEC_30, NY, 'date', '2027-10-15', undefined, 'more than 60 days back: next year'],
  ['You will hear from us within two weeks.', WED_DEC_30, NY, 'span-days', '2027-01-13'],
  // ── month end, Friday 2026-01-30 in Berlin ──────────────────────────────────────────────
  ["We'll get back to you by Friday.", FRI_JAN_30, BERLIN, 'date', '2026-02-06'],
  ['We will decide by the end of the month.', FRI_JAN_30, BERLIN, 'date', '2026-01-30', undefined, 'Jan 31 is a Saturday: the last business day is today'],
  ["We'll get back to you by the end of next month.", FRI_JAN_30, BERLIN, 'date', '2026-02-27', undefined, 'Feb 28 2026 is a Saturday'],
  ['We expect to make a decision within a month.', FRI_JAN_30, BERLIN, 'date', '2026-02-28', undefined, 'Feb 30 does not exist: clamped'],
  ['We hope to update you early next week.', FRI_JAN_30, BERLIN, 'range', '2026-02-03', '2026-02-02'],
  ['Wir melden uns bis Ende nächster Woche.', FRI_JAN_30, BERLIN, 'date', '2026-02-06'],
  // ── US DST start: the same instant is Saturday in New York and Sunday in Berlin ────────
  ["We'll let you know by Monday.", US_DST, NY, 'date', '2026-03-09'],
  ["We'll let you know by tomorrow.", US_DST, NY, 'date', '2026-03-08', undefined, 'Sat 23:30 EST: tomorrow is Sunday'],
  ["We'll let you know by tomorrow.", US_DST, BERLIN, 'date', '2026-03-09', undefined, 'already Sunday in Berlin'],
  ['We will get back to you within 48 hours.', US_DST, NY, 'span-days', '2026-03-09'],
  ['We will decide in 5 business days.', US_DST, NY, 'span-business-days', '2026-03-13'],
  ["We'll get back to you by Friday.", US_DST, BERLIN, 'date', '2026-03-13'],
  // ── EU DST end: Sunday 2026-10-25 in Berlin and London, Saturday in New York ───────────
  ['Wir melden uns bis Freitag.', EU_DST, BERLIN, 'date', '2026-10-30'],
  ["We'll get back to you by Friday.", EU_DST, NY, 'date', '2026-10-30'],
  ["Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", EU_DST, BERLIN, 'date', '2026-10-30', undefined, 'Sunday closes the ISO week: next week starts Mon 10-26'],
  ["Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", EU_DST, NY, 'date', '2026-10-30', undefined, 'Saturday: same ISO week'],
  ['We will decide by the end of the month.', EU_DST, 'Europe/London', 'date', '2026-10-30', undefined, 'Oct 31 is a Saturday'],
  ['Le responderemos antes del 4 de noviembre.', EU_DST, BERLIN, 'date', '2026-11-04'],
  // ── leap year, Monday 2028-02-28 ────────────────────────────────────────────────────────
  ['We will decide by March 1.', LEAP, 'UTC', 'date', '2028-03-01'],
  ['We will get back to you within 2 days.', LEAP, 'UTC', 'span-days', '2028-03-01', undefined, 'through Feb 29'],
  ['We will decide by the end of the month.', LEAP, 'UTC', 'date', '2028-02-29'],
  ['We will decide by February 29.', LEAP, 'UTC', 'date', '2028-02-29'],
  ['Wir melden uns bis zum 29.2.', LEAP, 'UTC', 'date', '2028-02-29'],
  // ── New Year's Eve: the same instant is 2027 in Tokyo and 2026 in New York ─────────────
  ["We'll let you know by Monday.", NEW_YEAR, 'Asia/Tokyo', 'date', '2027-01-04'],
  ["We'll let you know by Monday.", NEW_YEAR, NY, 'date', '2027-01-04'],
  ["We'll let you know by tomorrow.", NEW_YEAR, 'Asia/Tokyo', 'date', '2027-01-02'],
  ["We'll let you know by tomorrow.", NEW_YEAR, NY, 'date', '2027-01-01'],
  ["We'll get back to you by January 8.", NEW_YEAR, 'Asia/Tokyo', 'date', '2027-01-08'],
  // ── a weekday with its day number: the number names the week (Fri 2026-12-11; Jan 11 2027 is a Monday) ─
  ['We will have an update for you by Friday the 11th.', WED_NOV_25, BERLIN, 'date', '2026-12-11', undefined, 'not Friday 11-27'],
  ["Nous reviendrons vers vous avant le vendredi 11.", WED_NOV_25, BERLIN, 'date', '2026-12-11'],
  ['Te contestaremos el viernes 11.', WED_NOV_25, BERLIN, 'date', '2026-12-11'],
  ['Wir melden uns bis Freitag, den 11.', WED_NOV_25, BERLIN, 'date', '2026-12-11'],
  ['Retornaremos até sexta-feira, dia 11.', WED_NOV_25, BERLIN, 'date', '2026-12-11'],
  ['We will let you know by Thursday the 11th.', WED_NOV_25, BERLIN, 'date', '2026-12-11', undefined, 'neither Dec 11 nor Jan 11 is a Thursday: the number wins'],
  ['Nous reviendrons vers vous le jeudi 11.', WED_NOV_25, BERLIN, 'date', '2026-12-11', undefined, 'the number wins'],
  ['Wir melden uns bis Montag, den 11.', WED_NOV_25, BERLIN, 'date', '2027-01-11', undefined, 'Dec 11 is a Friday; Jan 11 2027 a Monday'],
  ['We will get back to you by Friday the 20th.', WED_NOV_25, BERLIN, null, null, undefined, 'Friday Nov 20 has passed: no promise now, not Friday Aug 20 2027'],
  ['We will get back to you by Friday, 10 am.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'a time of day, not a day number'],
  // ── the rest of a future week is all of it ─────────────────────────────────────────────
  ['Nous reviendrons vers vous dans le courant de la semaine prochaine.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  // ── the end of a year: its last business day ───────────────────────────────────────────
  ['We will let you know by the end of the year.', WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ['We will let you know by the end of the year.', WED_DEC_30, NY, 'date', '2026-12-31'],
  ['We will let you know by the end of the year.', LEAP, 'UTC', 'date', '2028-12-29', undefined, 'Dec 30 and 31, 2028 are a weekend'],
  ['We will decide by the end of next year.', WED_NOV_25, BERLIN, 'date', '2027-12-31'],
  ['We will decide by year-end.', WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ['Wir melden uns bis Jahresende.', WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ['Wir melden uns bis Ende des Jahres.', WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ["Nous reviendrons vers vous d'ici la fin de l'année.", WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ['Te contestaremos antes de fin de año.', WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ['Retornaremos até o fim do ano.', WED_NOV_25, BERLIN, 'date', '2026-12-31'],
  ['We will decide early next year.', WED_NOV_25, BERLIN, null, null, undefined, 'only the end of a year names a day'],
  // ── the week after next (Mon 12-07 to Fri 12-11, after next week's 11-30 to 12-04) ───────
  ['We will get back to you the week after next.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-12-07'],
  ['Wir melden uns übernächste Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-12-07'],
  ['Wir melden uns bis Ende übernächster Woche.', WED_NOV_25, BERLIN, 'date', '2026-12-11'],
  // ── next month: the whole calendar month ──────────────────────────────────────────────
  ['We will make a decision next month.', WED_NOV_25, BERLIN, 'range', '2026-12-31', '2026-12-01'],
  ['We will make a decision next month.', WED_DEC_30, NY, 'range', '2027-01-31', '2027-01-01', 'into the next year'],
  ['Wir melden uns im nächsten Monat.', WED_NOV_25, BERLIN, 'range', '2026-12-31', '2026-12-01'],
  ['Nous reviendrons vers vous le mois prochain.', WED_NOV_25, BERLIN, 'range', '2026-12-31', '2026-12-01'],
  ['Te contestaremos el mes que viene.', WED_NOV_25, BERLIN, 'range', '2026-12-31', '2026-12-01'],
  ['Retornaremos no próximo mês.', WED_NOV_25, BERLIN, 'range', '2026-12-31', '2026-12-01'],
  // ── a count's preposition before "the next month": a month from the reference ─────────────
  ['We will be in touch within the next month.', WED_NOV_25, BERLIN, 'date', '2026-12-25', undefined, 'as "within a month"'],
  ['Wir melden uns innerhalb des nächsten Monats.', WED_NOV_25, BERLIN, 'date', '2026-12-25'],
  ['Le contestaremos dentro del próximo mes.', WED_NOV_25, BERLIN, 'date', '2026-12-25'],
  ['We will be in touch over the next month.', WED_NOV_25, BERLIN, 'range', '2026-12-25', '2026-11-26', 'the days until then, as "over the next week"'],
  ['We will be in touch in the next month.', WED_NOV_25, BERLIN, 'range', '2026-12-25', '2026-11-26'],
  ['Nous reviendrons vers vous dans les prochains mois.', WED_NOV_25, BERLIN, null, null, undefined, 'French "mois" is plural here: months, no day'],
  // ── the year-end holidays, in November and December ──────────────────────────────────────
  ['We will get back to you before Christmas.', WED_NOV_25, BERLIN, 'date', '2026-12-24', undefined, 'the last business day before Dec 25'],
  ['We will get back to you before Christmas.', '2028-12-01T10:00:00Z', 'UTC', 'date', '2028-12-22', undefined, 'Dec 23 and 24, 2028 are a weekend'],
  ['We will get back to you before Christmas.', WED_DEC_30, NY, null, null, undefined, 'Christmas has passed'],
  ['Wir melden uns noch vor Weihnachten.', WED_NOV_25, BERLIN, 'date', '2026-12-24'],
  ['Nous reviendrons vers vous avant les fêtes.', WED_NOV_25, BERLIN, 'date', '2026-12-24'],
  ['Le daremos una respuesta antes de Navidad.', WED_NOV_25, BERLIN, 'date', '2026-12-24'],
  ['Daremos um retorno antes do Natal.', WED_NOV_25, BERLIN, 'date', '2026-12-24'],
  ['We will let you know by the new year.', WED_NOV_25, BERLIN, 'date', '2026-12-31', undefined, 'the last business day of the year'],
  ['We will get back to you after the holidays.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01', 'early January: days 1–10'],
  ['We will get back to you after the holidays.', WED_DEC_30, NY, 'range', '2027-01-10', '2027-01-01'],
  ['We hope to have a decision early in the new year.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01'],
  ['Wir melden uns nach den Feiertagen bei Ihnen.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01'],
  ['Wir melden uns im neuen Jahr.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01'],
  ["Nous reviendrons vers vous après les fêtes de fin d'année.", WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01', 'not the end of the year'],
  ['Le daremos una respuesta después de las fiestas.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01'],
  ['Daremos um retorno depois das festas de fim de ano.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01'],
  ['We will be in touch in the holidays.', WED_NOV_25, BERLIN, null, null, undefined, 'during the holidays names no day'],
  ['We will get back to you after the holidays.', NEW_YEAR, 'Asia/Tokyo', null, null, undefined, 'January 1 in Tokyo: which holidays?'],
  ['We will get back to you after the holidays.', '2026-07-01T10:00:00Z', 'UTC', null, null, undefined, 'in July, the summer holidays'],
  ['Wir wünschen Ihnen schöne Feiertage und einen guten Start ins neue Jahr.', WED_NOV_25, BERLIN, null, null, undefined, 'a greeting'],
  ['Please return the signed contract before Christmas.', WED_NOV_25, BERLIN, null, null, undefined, 'a request, not a promise'],
  ['We are finishing our interviews this month and will be in touch.', WED_NOV_25, BERLIN, null, null, undefined, 'when the employer acts, not when news comes'],
  // ── a weekday with "next week" after it, and "this coming" weekdays ─────────────────────────
  ["We'll get back to you by Friday next week.", WED_NOV_25, BERLIN, 'date', '2026-12-04', undefined, 'Friday of the week Mon 11-30 … Sun 12-06'],
  ['We will get back to you on Friday of the following week.', WED_NOV_25, BERLIN, 'date', '2026-12-04'],
  ['Wir melden uns bis Donnerstag kommender Woche.', WED_NOV_25, BERLIN, 'date', '2026-12-03', undefined, 'not tomorrow'],
  ['Wir melden uns bis Donnerstag der nächsten Woche.', WED_NOV_25, BERLIN, 'date', '2026-12-03'],
  ['Nous reviendrons vers vous jeudi de la semaine prochaine.', WED_NOV_25, BERLIN, 'date', '2026-12-03'],
  ['Te contactaremos el jueves de la próxima semana.', WED_NOV_25, BERLIN, 'date', '2026-12-03'],
  ['Entraremos em contato até quinta-feira da semana que vem.', WED_NOV_25, BERLIN, 'date', '2026-12-03'],
  ["We'll get back to you Thursday or Friday next week.", WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-03', 'both days next week, not tomorrow'],
  ['Wir melden uns Donnerstag oder Freitag nächster Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-03'],
  ['Nous reviendrons vers vous jeudi ou vendredi de la semaine prochaine.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-03'],
  ['Te contactaremos el jueves o el viernes de la próxima semana.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-03'],
  ['Entraremos em contato quinta ou sexta da semana que vem.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-03'],
  ["We'll get back to you Friday or Thursday next week.", WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-03'],
  ["We'll get back to you Monday or Friday next week.", WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30', 'Monday 11-30 is already next week\'s'],
  ["We'll get back to you tomorrow or Friday next week.", WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-26', 'tomorrow is no weekday of next week'],
  ['We will get back to you this coming Wednesday.', MON_NOV_23, BERLIN, 'date', '2026-11-25', undefined, '"coming" is the nearest, "next" next week\'s'],
  ['We will get back to you by the upcoming Friday.', MON_NOV_23, BERLIN, 'date', '2026-11-27'],
  ['We will get back to you next Friday.', MON_NOV_23, BERLIN, 'date', '2026-12-04'],
  ['We will get back to you by end of business Monday.', WED_NOV_25, BERLIN, 'date', '2026-11-30', undefined, 'as "close of business Monday"'],
  // ── a date that a subject's future tense names is that subject's ───────────────────────────
  ['Your start date will be Monday, January 4.', WED_NOV_25, BERLIN, null, null, undefined, 'as "your start date is Monday"'],
  ['Ihr erster Arbeitstag wird Montag, der 4. Januar sein.', WED_NOV_25, BERLIN, null, null],
  ['Votre premier jour de travail sera le lundi 4 janvier.', WED_NOV_25, BERLIN, null, null],
  ['Tu primer día de trabajo será el lunes 4 de enero.', WED_NOV_25, BERLIN, null, null],
  ['Seu primeiro dia de trabalho será segunda-feira, 4 de janeiro.', WED_NOV_25, BERLIN, null, null],
  ['Your contract will end on December 31.', WED_NOV_25, BERLIN, null, null],
  ['The interview will be on Thursday, December 3.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot'],
  ['Your contract will be sent by Friday.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'a deadline: the employer\'s step'],
  ['Feedback from the interview will be shared with you on Monday.', WED_NOV_25, BERLIN, 'date', '2026-11-30', undefined, 'a promise: more words before the date'],
  ['The outcome of your interview will be communicated on Friday.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Votre contrat sera envoyé vendredi.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Ihr Vertrag wird Ihnen am Montag zugeschickt.', WED_NOV_25, BERLIN, 'date', '2026-11-30'],
  // ── an event's date ("will take place", "will be paid", "tendrá lugar") is the event's, not a promise to answer ──
  ['The interview will take place on Thursday, December 10.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot'],
  ['Your salary will be paid on January 31.', WED_NOV_25, BERLIN, null, null],
  ['Interviews will be held on December 7.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot: the plural of "interview"'],
  ['Das Gespräch findet am Donnerstag, 10. Dezember statt.', WED_NOV_25, BERLIN, null, null],
  ['Die Gespräche werden am 7. Dezember stattfinden.', WED_NOV_25, BERLIN, null, null],
  ["L'entretien se tiendra le jeudi 10 décembre.", WED_NOV_25, BERLIN, null, null],
  ['Les entretiens auront lieu le 7 décembre.', WED_NOV_25, BERLIN, null, null],
  ['Votre salaire vous sera versé le 31 janvier.', WED_NOV_25, BERLIN, null, null],
  ['Las entrevistas tendrán lugar el 7 de diciembre.', WED_NOV_25, BERLIN, null, null],
  ['La entrevista será realizada el jueves 10 de diciembre.', WED_NOV_25, BERLIN, null, null],
  ['La entrevista se llevará a cabo el jueves 10 de diciembre.', WED_NOV_25, BERLIN, null, null],
  ['A entrevista será realizada na quinta-feira, 10 de dezembro.', WED_NOV_25, BERLIN, null, null],
  ['O salário será pago no dia 31 de janeiro.', WED_NOV_25, BERLIN, null, null],
  // A plain future with interview words as its subject: a slot.
  ['Las entrevistas serán el 7 de diciembre.', WED_NOV_25, BERLIN, null, null],
  ['As entrevistas serão no dia 7 de dezembro.', WED_NOV_25, BERLIN, null, null],
  ['Les entretiens seront le 7 décembre.', WED_NOV_25, BERLIN, null, null],
  // The employer's own step in the passive stays a promise.
  ['Votre contrat vous sera envoyé vendredi.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['The results will be shared with you on Friday.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Interviews will be held on December 7, and we will let you know by December 11.', WED_NOV_25, BERLIN, 'date', '2026-12-11'],
  ['Le daremos una respuesta el primer día de la próxima semana.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30', 'the first day of a week is no start date'],
  ['Nous reviendrons vers vous dès le premier jour de la semaine prochaine.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  // ── a step of the onboarding with its own future (orientation, payroll, benefits, training) is no promise ─────────
  ['The new hire orientation will be on January 18.', WED_DEC_30, NY, null, null],
  ['The final round will be on January 12.', WED_DEC_30, NY, null, null, undefined, 'a slot'],
  ['Payroll will be processed on January 15.', WED_DEC_30, NY, null, null],
  ['Your first paycheck will arrive on January 15.', WED_DEC_30, NY, null, null],
  ['The job posting will close on January 15.', WED_DEC_30, NY, null, null],
  ['Benefits will start on February 1.', WED_DEC_30, NY, null, null],
  ['Our office will reopen on January 4.', WED_DEC_30, NY, null, null],
  ['Su fecha de incorporación será el 11 de enero.', WED_NOV_25, BERLIN, null, null],
  ['La formación será el 11 de enero.', WED_NOV_25, BERLIN, null, null],
  ["Votre date d'embauche sera le 4 janvier.", WED_NOV_25, BERLIN, null, null],
  ["La réunion d'intégration sera le 4 janvier.", WED_NOV_25, BERLIN, null, null],
  ['Das Onboarding wird am 4. Januar sein.', WED_NOV_25, BERLIN, null, null],
  ['Die Einarbeitung wird am 4. Januar beginnen.', WED_NOV_25, BERLIN, null, null],
  ['Sua data de admissão será 11 de janeiro.', WED_NOV_25, BERLIN, null, null],
  ['O treinamento será no dia 11 de janeiro.', WED_NOV_25, BERLIN, null, null],
  ['A entrevista será na quarta-feira (2/12) às 14h.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot: a time after the date in parentheses'],
  ['La entrevista será el miércoles (2/12) a las 10:00.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot'],
  // Near misses: the employer's step about the same things stays a promise.
  ['Your contract will be sent on Friday.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'two words before the date: the employer\'s step'],
  ['We will get back to you about the start date by Friday.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['We will send you the onboarding details next week.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30'],
  ['Le confirmaremos la fecha de incorporación antes del viernes.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'a promise about the start date'],
  ['La decisión será el 11 de enero.', WED_NOV_25, BERLIN, 'date', '2027-01-11'],
  ['The team will be in touch on January 4.', WED_DEC_30, NY, 'date', '2027-01-04'],
  // ── a range of days with the month named once, and week numbers without "calendar" ─────────────
  ['We will get back to you between December 7 and 11.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-12-07'],
  ['Nous reviendrons vers vous entre le 7 et le 11 décembre.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-12-07'],
  ['Wir melden uns zwischen dem 7. und 11. Dezember.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-12-07'],
  ['Te contactaremos entre el 7 y el 11 de diciembre.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-12-07'],
  ['We will get back to you in week 50.', WED_NOV_25, BERLIN, null, null, undefined, 'a week of what? not this week'],
  ['Vous recevrez notre réponse en semaine 50.', WED_NOV_25, BERLIN, null, null],
  ['Nos pondremos en contacto contigo en la semana 50.', WED_NOV_25, BERLIN, null, null],
  // ── "the following week" after a day the sentence named counts from that day ───────────────────
  ['Final interviews take place on December 7, and we will make our decision the following week.', WED_NOV_25, BERLIN, 'range', '2026-12-18', '2026-12-14', 'the week after December 7\'s, not next week'],
  ['Les entretiens finaux auront lieu le 7 décembre et nous prendrons notre décision la semaine suivante.', WED_NOV_25, BERLIN, 'range', '2026-12-18', '2026-12-14'],
  ['Die letzten Gespräche finden am 7. Dezember statt, die Entscheidung fällt in der folgenden Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-18', '2026-12-14'],
  ['We will make our decision the following week.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30', 'no day before it: next week'],
  ['Interviews are on Monday, December 7, and we will decide the following Friday.', WED_NOV_25, BERLIN, 'date', '2026-12-11', undefined, 'the Friday after December 7'],
  ['We will review your application in the next few days and get back to you the following week.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30', 'an estimate names no day to count from'],
  // ── an answer asked of the candidate: a reply word right after a request that opens its clause ───────────────────
  ['Please respond by Friday.', WED_NOV_25, BERLIN, null, null, undefined, 'the candidate responds'],
  ['Kindly respond by Friday.', WED_NOV_25, BERLIN, null, null],
  ['Please answer by Friday.', WED_NOV_25, BERLIN, null, null],
  ['We need an answer by Friday.', WED_NOV_25, BERLIN, null, null],
  ['Could you get back to me by Friday?', WED_NOV_25, BERLIN, null, null],
  ['We look forward to hearing your decision by Friday.', WED_NOV_25, BERLIN, null, null],
  ['Bitte antworten Sie bis Freitag.', WED_NOV_25, BERLIN, null, null],
  ['Wir benötigen eine Antwort bis Freitag.', WED_NOV_25, BERLIN, null, null],
  ['Merci de nous répondre avant vendredi.', WED_NOV_25, BERLIN, null, null],
  ["Merci de nous faire un retour d'ici vendredi.", WED_NOV_25, BERLIN, null, null],
  ['Por favor, responda antes del viernes.', WED_NOV_25, BERLIN, null, null],
  ['Necesitamos una respuesta antes del viernes.', WED_NOV_25, BERLIN, null, null],
  ['Favor responder até sexta-feira.', WED_NOV_25, BERLIN, null, null],
  ['Por favor, retorne até sexta-feira.', WED_NOV_25, BERLIN, null, null],
  ['Preciso de uma resposta até sexta.', WED_NOV_25, BERLIN, null, null],
  // The day by which the employer waits to hear from the candidate, what it will need, an offer held open, an absence.
  ["If we don't hear back from you by Friday, we will assume you are no longer interested.", WED_NOV_25, BERLIN, null, null],
  ['If we do not receive your signed offer by Friday, the offer will lapse.', WED_NOV_25, BERLIN, null, null],
  ['Sollten wir bis Freitag nichts von Ihnen hören, gehen wir davon aus, dass Sie kein Interesse mehr haben.', WED_NOV_25, BERLIN, null, null],
  ["Sans réponse de votre part d'ici vendredi, nous considérerons que vous n'êtes plus intéressé.", WED_NOV_25, BERLIN, null, null],
  ['Si no recibimos respuesta antes del viernes, entenderemos que ya no le interesa.', WED_NOV_25, BERLIN, null, null],
  ['Caso não tenhamos retorno até sexta, entenderemos que não tem mais interesse.', WED_NOV_25, BERLIN, null, null],
  ["We'll need your references by Monday.", WED_NOV_25, BERLIN, null, null],
  ['We will need your signed offer letter by January 6.', WED_DEC_30, NY, null, null],
  ["We're holding the offer for you until Friday.", WED_NOV_25, BERLIN, null, null],
  ["We'll keep the position open for you until January 8.", WED_DEC_30, NY, null, null],
  ['You will have until Friday to accept the offer.', WED_NOV_25, BERLIN, null, null],
  ['Wir halten Ihnen das Angebot bis Freitag offen.', WED_NOV_25, BERLIN, null, null],
  ['Nous attendons vos documents avant vendredi.', WED_NOV_25, BERLIN, null, null],
  ['Aguardamos sua confirmação até sexta-feira.', WED_NOV_25, BERLIN, null, null],
  ['Sarah is away until January 11.', WED_DEC_30, NY, null, null, undefined, 'an absence'],
  ['Jane is on PTO until January 6.', WED_DEC_30, NY, null, null],
  ['The hiring manager is on parental leave until January 11.', WED_DEC_30, NY, null, null],
  ['The hiring manager will be out until January 11.', WED_DEC_30, NY, null, null],
  // ── a full stop right after a date ends its sentence, even after a number ─────────────────────────────────────────
  ["The position starts on February 1. We'll be in touch.", WED_DEC_30, NY, null, null, undefined, 'the start date takes no promise from the next sentence'],
  ['Applications close on January 15. We will review every application carefully.', WED_DEC_30, NY, null, null],
  ['El programa empieza el 18/01. Le contactaremos pronto.', WED_NOV_25, BERLIN, 'vague', '2026-11-30', undefined, '"pronto" is the promise, not the start'],
  ['Le programme commence le 18/01. Nous vous recontacterons prochainement.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  ['O programa começa em 18/01. Entraremos em contato em breve.', WED_NOV_25, BERLIN, 'vague', '2026-11-30'],
  // ── a time of day between the deadline word and the date keeps the deadline ──────────────────────────────────────
  ['We will get back to you by 5pm Friday.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'a promise, not a slot'],
  ["We'll circle back by 3pm ET tomorrow.", WED_DEC_30, NY, 'date', '2026-12-31'],
  ['We will share our decision by 10am CET on 4 January.', WED_NOV_25, BERLIN, 'date', '2027-01-04'],
  // ── a count after "after that" opening its sentence counts from an event, not from the email ──────────────────────
  ['Our office is closed until January 3. After that, we will get back to you within a week.', WED_DEC_30, NY, null, null],
  ['Unser Büro ist bis einschließlich 3. Januar geschlossen. Danach melden wir uns innerhalb einer Woche.', WED_DEC_30, NY, null, null],
  ['Unser Büro ist bis einschließlich 3. Januar geschlossen. Anschließend melden wir uns innerhalb einer Woche.', WED_DEC_30, NY, null, null],
  ['Nuestras oficinas están cerradas hasta el 6 de enero. Después, le responderemos en una semana.', WED_DEC_30, NY, null, null],
  ["Nos bureaux sont fermés jusqu'au 3 janvier. Ensuite, nous reviendrons vers vous sous huitaine.", WED_DEC_30, NY, null, null],
  ['O escritório está fechado até 6 de janeiro. Depois disso, entraremos em contato em uma semana.', WED_DEC_30, NY, null, null],
  // Without it the count is the email's.
  ['Our office is closed until January 3. We will get back to you within a week.', WED_DEC_30, NY, 'span-days', '2027-01-06'],
  ['Unser Büro ist bis einschließlich 3. Januar geschlossen. Wir melden uns innerhalb einer Woche.', WED_DEC_30, NY, 'span-days', '2027-01-06'],
  // ── "the next week or two" is one to two weeks, as "a week or two" ───────────────────────────────────────────────
  ["We'll get back to you in the next week or two.", WED_NOV_25, BERLIN, 'range', '2026-12-09', '2026-12-02'],
  ['We hope to have an answer over the next week or two.', WED_NOV_25, BERLIN, 'range', '2026-12-09', '2026-12-02'],
  ["We'll get back to you within the next week or two.", WED_NOV_25, BERLIN, 'range', '2026-12-09', '2026-12-02'],
  ["We'll get back to you within the next week.", WED_NOV_25, BERLIN, 'span-days', '2026-12-02'],
  ["We'll get back to you next week or early the week after.", WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-11-30', 'no count: next week'],
  // ── German verb-final promises: the verb closing the clause after the date, not the interview word before it ──────
  ['Nach den Gesprächen werden wir uns bis zum 15. Januar bei Ihnen melden.', WED_NOV_25, BERLIN, 'date', '2027-01-15'],
  ['Wir werden Ihnen nach dem Vorstellungsgespräch bis Freitag Bescheid geben.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Nach den Gesprächen können wir Ihnen bis Freitag Bescheid geben.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, '"Bescheid geben" closes the clause'],
  ['Wir möchten uns nach den Vorstellungsgesprächen bis zum 15. Januar bei Ihnen melden.', WED_NOV_25, BERLIN, 'date', '2027-01-15'],
  ['Nach den Gesprächen geben wir Ihnen bis Freitag Bescheid.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Nach den Gesprächen werden wir uns Anfang nächster Woche bei Ihnen melden.', WED_NOV_25, BERLIN, 'range', '2026-12-01', '2026-11-30', '"werden wir": the subject is "wir", not the interviews'],
  ['Das Gespräch findet am Dienstag, 12. Januar um 10 Uhr statt.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot'],
  ['Wir möchten Sie zu einem Gespräch am 12. Januar einladen.', WED_NOV_25, BERLIN, null, null, undefined, 'a slot'],
  ['Nach dem Gespräch am Freitag melden wir uns bei Ihnen.', WED_NOV_25, BERLIN, null, null, undefined, 'the interview\'s day: "melden" comes before the subject, it closes nothing'],
  // ── the employer's own time ("please allow", "prévoir un délai", "Bearbeitungszeit") is a promise, not a request ────
  ['Please allow up to 10 working days for a response.', WED_NOV_25, BERLIN, 'span-business-days', '2026-12-09', undefined, 'within 10 business days'],
  ['Please allow 5-7 business days for us to review your application.', WED_NOV_25, BERLIN, 'range', '2026-12-04', '2026-12-02'],
  ['Please allow two weeks for a response.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Merci de prévoir un délai de 10 jours.', WED_NOV_25, BERLIN, 'span-days', '2026-12-05'],
  ['Bitte rechnen Sie mit einer Bearbeitungszeit von zwei Wochen.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Please allow about 1-2 hours for your interview.', WED_NOV_25, BERLIN, null, null, undefined, 'the length of a task, as "the test takes 4 hours"'],
  ['Please reply within 10 working days.', WED_NOV_25, BERLIN, null, null, undefined, 'the candidate\'s limit'],
  // ── what the employer will need from the candidate is no promise; what it will do stays one ──────────────────────
  ['Wir werden Ihre Unterlagen bis Freitag benötigen.', WED_NOV_25, BERLIN, null, null, undefined, 'a request: "benötigen" closes the clause'],
  ['We will need your documents by Friday.', WED_NOV_25, BERLIN, null, null],
  ['Wir werden das Angebot bis Freitag offen halten.', WED_NOV_25, BERLIN, null, null, undefined, 'an offer held open'],
  ['Wir werden Ihnen den unterschriebenen Vertrag bis Freitag zurücksenden.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'the employer\'s act'],
  // ── more words: "aviso", "te falo", "nach Neujahr", "une dizaine de jours" ──────────────────────────────────────
  ['Tras la entrevista, le daremos aviso antes del viernes.', WED_NOV_25, BERLIN, 'date', '2026-11-27', undefined, 'a promise, not the interview'],
  ['Depois da entrevista te falo até sexta.', WED_NOV_25, BERLIN, 'date', '2026-11-27'],
  ['Wir melden uns nach Neujahr bei Ihnen.', WED_NOV_25, BERLIN, 'range', '2027-01-10', '2027-01-01', 'early January, as "nach den Feiertagen"'],
  ['Wir melden uns nach Neujahr bei Ihnen.', WED_DEC_30, NY, 'range', '2027-01-10', '2027-01-01'],
  ['Nous reviendrons vers vous dans une dizaine de jours.', WED_NOV_25, BERLIN, 'span-days', '2026-12-05', undefined, 'about ten days: counted as ten'],
  // ── "next week or the week after" reaches the end of the week after (Mon 11-30 to Fri 12-11) ─────────────────────
  ["We'll get back to you next week or the week after.", WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-11-30'],
  ['Nous reviendrons vers vous la semaine prochaine ou la suivante.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-11-30'],
  ['Wir melden uns nächste oder übernächste Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-11-30', 'not the week after next alone'],
  ['Wir melden uns in der nächsten oder übernächsten Woche.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-11-30'],
  ['Le responderemos la próxima semana o la siguiente.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-11-30'],
  ['Entraremos em contato na próxima semana ou na seguinte.', WED_NOV_25, BERLIN, 'range', '2026-12-11', '2026-11-30'],
  // ── a count before words naming the email counts from it; "dos semanas después" alone names no day to count from ───
  ['Le responderemos dos semanas después de hoy.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09', undefined, 'not "hoy"'],
  ['Le responderemos dos semanas a partir de hoy.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Le responderemos dos semanas después de recibir este correo.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Le responderemos dentro de dos semanas.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Le responderemos dos semanas después.', WED_NOV_25, BERLIN, null, null, undefined, 'two weeks after what? an event told before, most likely'],
  ['Le responderemos dos semanas después de la entrevista.', WED_NOV_25, BERLIN, null, null, undefined, 'counted from the interview'],
  ['We will decide two weeks from today.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09', undefined, 'not "today"'],
  ['Daremos retorno duas semanas a partir de hoje.', WED_NOV_25, BERLIN, 'span-days', '2026-12-09'],
  ['Nous vous répondrons dans les 5 jours suivant la réception de ce message.', WED_NOV_25, BERLIN, 'span-days', '2026-11-30'],
  // ── an absence is no promise ─────────────────────────────────────────────────────────────
  ['The hiring manager is traveling this week, so it will take a few more days before we can share feedback.', WED_NOV_25, BERLIN, 'vague', '2026-11-30', undefined, 'not "this week"'],
];

describe('extractTimeline (R4.5)', () => {
  it('has at least 80 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  for (const [text, reference, timeZone, kind, date, earliest] of ROWS) it(`R4.5: ${text} (ref ${reference}, ${timeZone}) → ${kind} ${date}`, () => {
    const r = extractTimeline(text, { reference, timeZone });
    if (kind === null) {
      expect(r).toBeNull();
      return;
    }
    expect(r).not.toBeNull();
    expect(r?.kind).toBe(kind);
    expect(r?.date).toBe(date);
    if (earliest !== undefined) expect(r?.earliest).toBe(earliest);
    if (r !== null) expect(text.slice(r.span.start, r.span.end)).toBe(r.span.text);
  });

  it('R4.4: counts business days and the end of a week in the employer calendar', () => {
    const reference = WED_DEC_30;
    // Holiday on Fri 2027-01-01: the week Mon 12-28 … Sun 01-03 ends on Thu 12-31.
    expect(extractTimeline('We will decide by the end of the week.', { reference, timeZone: NY, calendar: newYearHoliday })?.date).toBe('2026-12-31');
    // Thu 12-31 (1), Fri 01-01 is a holiday, Mon 01-04 (2), Tue 01-05 (3).
    expect(extractTimeline('We will reply in the next 3 business days.', { reference, timeZone: NY, calendar: newYearHoliday })?.date).toBe('2027-01-05');
    // Without a calendar, Friday counts.
    expect(extractTimeline('We will reply in the next 3 business days.', { reference, timeZone: NY })?.date).toBe('2027-01-04');
  });

  it('R4.5: reports the matched words and a span into the original input', () => {
    const text = 'Hi Ana,\n\nThanks again! We will let you know by the end of next week.\n\nBest regards,\nTom';
    const r = extractTimeline(text, { reference: WED_NOV_25, timeZone: BERLIN });
    expect(r?.span.text).toBe('by the end of next week');
    expect(r?.phrase).toBe('by the end of next week');
    expect(r?.span.field).toBe('text');
  });

  // Text copied from a PDF, or sent by some systems, comes decomposed: "ä" as "a" and U+0308. Every row with an
  // accented letter reads the same so, and its span quotes the decomposed input.
  for (const [text, reference, timeZone, kind, date] of ROWS.filter(([t]) => t.normalize('NFD') !== t)) it(`R4.5: decomposed: ${text}`, () => {
    const input = text.normalize('NFD');
    const r = extractTimeline(input, { reference, timeZone });
    expect(r?.kind ?? null).toBe(kind);
    expect(r?.date ?? null).toBe(date);
    if (r !== null) expect(input.slice(r.span.start, r.span.end)).toBe(r.span.text);
  });

  it('R4.4: a calendar with only isBusinessDay and addBusinessDays counts weeks from Monday', () => {
    const calendar = createCalendar({ weekend: [5, 6] });
    const bare = { isBusinessDay: (d: number) => calendar.isBusinessDay(d), addBusinessDays: (d: number, n: number) => calendar.addBusinessDays(d, n) };
    const r = extractTimeline('We will get back to you by Friday.', { reference: WED_NOV_25, timeZone: BERLIN, calendar: bare as unknown as typeof calendar });
    expect(r?.date).toBe('2026-11-27');
  });

  it('R4.4: weeks follow the calendar\'s weekend: with Friday and Saturday off, a week runs from Sunday to Thursday', () => {
    const calendar = createCalendar({ weekend: [5, 6] });
    const read = (text: string) => {
      const r = extractTimeline(text, { reference: '2026-11-25T10:00:00+02:00', timeZone: 'Asia/Jerusalem', calendar });
      return [r?.earliest ?? null, r?.date ?? null];
    };
    expect(read('We will get back to you by the end of next week.')).toEqual([null, '2026-12-03']);
    expect(read('We will get back to you by the end of the week.')).toEqual([null, '2026-11-26']);
    expect(read('We will get back to you early next week.')).toEqual(['2026-11-29', '2026-11-30']);
    expect(read('We will get back to you next week.')).toEqual(['2026-11-29', '2026-12-03']);
    expect(read('We will get back to you this week.')).toEqual(['2026-11-25', '2026-11-26']);
    expect(read('We will get back to you next Tuesday.')).toEqual([null, '2026-12-01']);
  });

  it('R4.5: a phrase ends with its last word, not the space before a dash, a smiley or a parenthesis', () => {
    for (const text of ['We will get back to you by Friday - thanks.', 'We will get back to you by Friday :) thanks', 'We will get back to you by Friday (hopefully).', 'We will be in touch this week - thanks.']) {
      const r = extractTimeline(text, { reference: WED_NOV_25, timeZone: BERLIN });
      expect(r?.span.text).toMatch(/^(?:by Friday|this week)$/);
    }
  });

  it('R4.5: spans index the original HTML', () => {
    const html = '<p>We&#39;ll get back to you <b>by Friday</b>.</p>';
    const r = extractTimeline({ html }, { reference: WED_NOV_25, timeZone: BERLIN });
    expect(r?.span.field).toBe('html');
    expect(html.slice(r?.span.start, r?.span.end)).toBe(r?.span.text);
    expect(r?.span.text).toBe('by Friday');
  });

  it('R4.5: ignores promises in quoted earlier messages', () => {
    const text = 'Thank you!\n\nOn Mon, Nov 23, 2026 at 9:00 AM Jane <j@example.com> wrote:\n> We will get back to you by Friday.';
    expect(extractTimeline(text, { reference: WED_NOV_25, timeZone: BERLIN })).toBeNull();
  });

  it('R4.5: vague promises have a low confidence; firm ones a high one', () => {
    const vague = extractTimeline("We'll be in touch soon.", { reference: WED_NOV_25, timeZone: BERLIN });
    const firm = extractTimeline('We will get back to you by Friday.', { reference: WED_NOV_25, timeZone: BERLIN });
    expect(vague?.confidence).toBeLessThanOrEqual(0.35);
    expect(firm?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('R4.5: the TSDoc example', () => {
    expect(extractTimeline('We will get back to you by the end of next week.', { reference: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Berlin' })?.date).toBe('2026-12-04');
  });

  it('R4.5: a Date works as the reference', () => {
    expect(extractTimeline('We will reply by Friday.', { reference: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC' })?.date).toBe('2026-11-27');
  });

  it('throws typed errors for bad options', () => {
    const bad = (f: () => unknown, code: string) => {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(isFollowUpError(e)).toBe(true);
        expect((e as { code: string }).code).toBe(code);
      }
    };
    bad(() => extractTimeline('by Friday', { reference: '2026-11-25', timeZone: 'UTC' }), 'INVALID_DATE');
    // The error names the option, the value and what would be valid.
    expect(() => extractTimeline('by Friday', { reference: '2026-11-25', timeZone: 'UTC' })).toThrow(/options\.reference "2026-11-25".*ISO 8601 instant/);
    bad(() => extractTimeline('by Friday', { reference: WED_NOV_25, timeZone: 'Mars/Olympus' }), 'UNKNOWN_TIME_ZONE');
    expect(() => extractTimeline('by Friday', { reference: WED_NOV_25 } as never)).toThrow(/^Invalid options\.timeZone: missing time zone: expected an IANA zone name/);
    // A Date or an array is no options object.
    expect(() => extractTimeline('by Friday', new Date(WED_NOV_25) as never)).toThrow(/^Invalid options Date\(2026-11-25T09:00:00\.000Z\): expected an object/);
    expect(() => extractTimeline('by Friday', [] as never)).toThrow(/^Invalid options \[\]: expected an object/);
    bad(() => extractTimeline(42 as unknown as string, { reference: WED_NOV_25, timeZone: 'UTC' }), 'INVALID_ARGUMENT');
    bad(() => extractTimeline('x', { reference: WED_NOV_25, timeZone: 'UTC', calendar: {} as never }), 'INVALID_ARGUMENT');
    bad(() => extractTimeline('x', null as never), 'INVALID_ARGUMENT');
  });
});
