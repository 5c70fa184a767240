import { describe, expect, it } from 'vitest';
import { extractTimeline } from './extractTimeline.js';
import { findTimePhrases } from './findTimePhrases.js';
import { createCalendar } from '../calendar/index.js';

const ref = { reference: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Berlin' }; // Wednesday 2026-11-25
const roles = (text: string) => findTimePhrases(text, ref).map((p) => [p.role, p.kind, p.date, p.earliest ?? null]);
/** Each phrase's role and date, the text read as `language`. */
const of = (text: string, language: 'en' | 'de' | 'fr' | 'es' | 'pt') => findTimePhrases(text, { ...ref, language }).map((p) => [p.role, p.date]);

describe('findTimePhrases (R4.5)', () => {
  it('R4.5: the TSDoc example', () => {
    expect(findTimePhrases('We will decide by Friday. Please send your references by Wednesday.', ref).map((p) => [p.role, p.date]))
      .toEqual([['promise', '2026-11-27'], ['request', '2026-12-02']]);
  });

  it('R4.5: tells a promise from a request and from an interview slot', () => {
    expect(roles('Please reply by Friday.')).toEqual([['request', 'date', '2026-11-27', null]]);
    expect(roles('Would Tuesday at 2pm work for you?')).toEqual([['slot', 'date', '2026-12-01', null]]);
    expect(extractTimeline('Please reply by Friday.', ref)).toBeNull();
  });

  it('R4.5: reported speech is a promise', () => {
    expect(roles("They said they'd let me know by Friday.")).toEqual([['promise', 'date', '2026-11-27', null]]);
  });

  it('R4.5: count ranges and rolling weeks are ranges', () => {
    expect(roles('We will get back to you in 1–3 weeks.')).toEqual([['promise', 'range', '2026-12-16', '2026-12-02']]);
    expect(roles("We'll get back to you in a day or two.")).toEqual([['promise', 'range', '2026-11-27', '2026-11-26']]);
    expect(roles("We'll get back to you over the next week.")).toEqual([['promise', 'range', '2026-12-02', '2026-11-26']]);
    expect(roles('Please let us know your availability for a call sometime in the coming week.')).toEqual([['slot', 'range', '2026-12-02', '2026-11-26']]);
    expect(roles('We will get back to you next week.')).toEqual([['promise', 'range', '2026-12-04', '2026-11-30']]);
    expect(roles('Nous reviendrons vers vous dans un délai de 2 à 3 semaines.')).toEqual([['promise', 'range', '2026-12-16', '2026-12-09']]);
  });

  it('R4.5: day words and month periods in all four languages', () => {
    expect(roles('Wir melden uns morgen.')).toEqual([['promise', 'date', '2026-11-26', null]]);
    expect(roles('Nous vous répondrons demain.')).toEqual([['promise', 'date', '2026-11-26', null]]);
    expect(roles('We will decide mid-March.')).toEqual([['promise', 'range', '2027-03-20', '2027-03-11']]);
    expect(roles('Le contactaremos el próximo lunes.')).toEqual([['promise', 'date', '2026-11-30', null]]);
  });

  it('R4.5: Portuguese, Brazilian and European: weekday names, not the ordinals spelled like them', () => {
    const read = (text: string) => findTimePhrases(text, { ...ref, language: 'pt' }).map((p) => [p.role, p.kind, p.date, p.earliest ?? null]);
    // "segunda" is Monday and "second": the second stage names no day, "até segunda" does.
    expect(read('Convidamos você para a segunda etapa do processo.')).toEqual([]);
    expect(read('Por favor, responda até segunda.')).toEqual([['request', 'date', '2026-11-30', null]]);
    expect(read('Entraremos em contato até sexta-feira.')).toEqual([['promise', 'date', '2026-11-27', null]]);
    expect(read('Entraremos em contacto na semana que vem.')).toEqual([['promise', 'range', '2026-12-04', '2026-11-30']]);
    expect(read('Daremos um retorno em até 5 dias úteis.')).toEqual([['promise', 'span-business-days', '2026-12-02', null]]);
    expect(read('Responderemos depois de amanhã.')).toEqual([['promise', 'date', '2026-11-27', null]]);
    expect(read('Teremos uma decisão em meados de março.')).toEqual([['promise', 'range', '2027-03-20', '2027-03-11']]);
    expect(read('Estamos a analisar as candidaturas e daremos notícias nos próximos dias.').map(([role, kind]) => [role, kind])).toEqual([['promise', 'vague']]);
  });

  it('R4.5: a time limit in the phrase itself ("valid for", "you have", "válido por") is a request', () => {
    expect(roles('The link is valid for 7 days.')).toEqual([['request', 'span-days', '2026-12-02', null]]);
    expect(roles('You have 48 hours to select a slot.')).toEqual([['request', 'span-days', '2026-11-27', null]]);
    expect(findTimePhrases('Enlace válido por 7 días.', { ...ref, language: 'es' }).map((p) => [p.role, p.date])).toEqual([['request', '2026-12-02']]);
    expect(findTimePhrases('Vous disposez de 5 jours ouvrés pour répondre.', { ...ref, language: 'fr' }).map((p) => [p.role, p.kind, p.date]))
      .toEqual([['request', 'span-business-days', '2026-12-02']]);
  });

  it('R4.5: a date after a deadline noun ("Deadline:", "Frist", "prazo") is the candidate\'s time limit', () => {
    expect(roles('This is a reminder that the deadline for finishing the application is December 4th.')).toEqual([['request', 'date', '2026-12-04', null]]);
    expect(findTimePhrases('Prazo de conclusão: dia 03/12/2026', { ...ref, language: 'pt' }).map((p) => [p.role, p.date])).toEqual([['request', '2026-12-03']]);
    expect(findTimePhrases('Einsendeschluss ist der 4. Dezember.', { ...ref, language: 'de' }).map((p) => [p.role, p.date])).toEqual([['request', '2026-12-04']]);
    expect(roles('Deadline: 2-3 days')).toEqual([['request', 'range', '2026-11-28', '2026-11-27']]);
  });

  it('R4.5: a promise in the passive or future ("será revisada", "vous seront communiquées", "Sie werden kontaktiert")', () => {
    const first = (text: string, language: 'es' | 'fr' | 'de' | 'en') => findTimePhrases(text, { ...ref, language }).map((p) => [p.role, p.kind])[0];
    expect(first('Tu postulación ha sido recibida y será revisada a la brevedad.', 'es')).toEqual(['promise', 'vague']);
    expect(first('Les prochaines étapes vous seront communiquées prochainement.', 'fr')).toEqual(['promise', 'vague']);
    expect(first('Sie werden bald kontaktiert.', 'de')).toEqual(['promise', 'vague']);
    expect(first('We look forward to updating you soon.', 'en')).toEqual(['promise', 'vague']);
    expect(findTimePhrases('Nous vous contacterons dans les deux prochaines semaines.', { ...ref, language: 'fr' }).map((p) => [p.role, p.kind, p.date]))
      .toEqual([['promise', 'span-days', '2026-12-09']]);
  });

  it('R4.5: hours written as "48h" are a count; under a day, "14h" is a time of day', () => {
    const fr = (text: string) => findTimePhrases(text, { ...ref, language: 'fr' }).map((p) => [p.role, p.kind, p.date]);
    expect(fr('Nous vous recontacterons dans les 48h.')).toEqual([['promise', 'span-days', '2026-11-27']]);
    expect(roles('We will get back to you within 24h.')).toEqual([['promise', 'span-days', '2026-11-26', null]]);
    expect(fr('Merci de confirmer votre présence pour 14h.').filter(([, kind]) => kind === 'span-days')).toEqual([]);
    // Business hours count whole business days: from Wednesday, 48 of them end on Friday and 72 on Monday.
    expect(findTimePhrases('Notre équipe vous contactera sous 48 à 72 heures ouvrées.', { ...ref, language: 'fr' }).map((p) => [p.role, p.kind, p.date, p.earliest]))
      .toEqual([['promise', 'range', '2026-11-30', '2026-11-27']]);
    expect(findTimePhrases('Le responderemos en 72 horas hábiles.', { ...ref, language: 'es' }).map((p) => [p.kind, p.date])).toEqual([['span-business-days', '2026-11-30']]);
  });

  it('R4.5: a range of days of one month is a range from its first day to its last, in every language', () => {
    const may = { reference: '2027-05-20T10:00:00+01:00', timeZone: 'Europe/Berlin' };
    const range = (text: string) => findTimePhrases(text, may).map((p) => [p.kind, p.earliest ?? null, p.date, p.span.text]);
    const june = (span: string) => [['range', '2027-06-09', '2027-06-14', span]];
    expect(range('We will make our decision June 9-14.')).toEqual(june('June 9-14'));
    expect(range('We will make our decision from June 9 to 14.')).toEqual(june('from June 9 to 14'));
    expect(range('We will make our decision 9–14 June.')).toEqual(june('9–14 June.'));
    expect(range('Nous prendrons notre décision du 9 au 14 juin.')).toEqual(june('9 au 14 juin.'));
    expect(range('Wir entscheiden vom 9. bis 14. Juni über die Stelle.')).toEqual(june('9. bis 14. Juni'));
    expect(range('Tomaremos la decisión del 9 al 14 de junio.')).toEqual(june('9 al 14 de junio'));
    expect(range('Tomaremos a decisão de 9 a 14 de junho.')).toEqual(june('9 a 14 de junho'));
    // A time after the day, or a last day the month does not have, is no range.
    expect(range('We will decide on June 9 to 10am.')).toEqual([['date', null, '2027-06-09', 'on June 9']]);
    expect(range('We will decide June 30 - 31.')).toEqual([['date', null, '2027-06-30', 'June 30']]);
  });

  it('R4.5: the day of writing is no date to act on, unless promised, asked for, a deadline or given a time', () => {
    expect(findTimePhrases('Leider müssen wir Ihnen heute mitteilen, dass wir Sie nicht berücksichtigen können.', { ...ref, language: 'de' })).toEqual([]);
    expect(roles('Thanks so much for chatting with our team today!')).toEqual([]);
    expect(roles('We will let you know today.')).toEqual([['promise', 'date', '2026-11-25', null]]);
    expect(roles('Today is the last day to submit your documents.')).toEqual([['request', 'date', '2026-11-25', null]]);
    expect(roles('Your interview is today at 2 pm.')).toEqual([['slot', 'date', '2026-11-25', null]]);
    expect(roles('Please make sure the documents are uploaded by the end of day.')).toEqual([['request', 'date', '2026-11-25', null]]);
    // Right after a request, the day of writing is its limit; a "please note" that opened the sentence sets none.
    expect(roles('Please reply today.')).toEqual([['request', 'date', '2026-11-25', null]]);
    expect(findTimePhrases('Si ese día no te queda posible, respóndenos hoy mismo.', { ...ref, language: 'es' }).map((p) => [p.role, p.date])).toEqual([['request', '2026-11-25']]);
    expect(roles('Please note that we met with the whole team today.')).toEqual([]);
  });

  it('R4.5: "if you do not receive it within …" promises it within that time', () => {
    expect(roles('If you do not receive the email within two weeks, please contact us.')).toEqual([['promise', 'span-days', '2026-12-09', null]]);
    expect(findTimePhrases("Si vous n'avez pas de nouvelle dans 15 jours, relancez-nous.", { ...ref, language: 'fr' }).map((p) => [p.role, p.date]))
      .toEqual([['promise', '2026-12-10']]);
    expect(roles('It may take up to two weeks to receive the clearance email.')).toEqual([['promise', 'span-days', '2026-12-09', null]]);
    expect(roles("If you don't receive any information within a month, please apply again.").map((r) => r[0])).toEqual(['promise']);
  });

  it('R4.5: reminders and "you will need to" ask the candidate; future openings are no promise about them', () => {
    expect(roles("Don't forget to do it as soon as possible.").map(([role, kind]) => [role, kind])).toEqual([['request', 'vague']]);
    expect(roles('You will need to submit the required information within 10 days.')).toEqual([['request', 'span-days', '2026-12-05', null]]);
    expect(roles('We will be advertising similar positions in the coming weeks.').map(([role, kind]) => [role, kind])).toEqual([['other', 'vague']]);
  });

  it('R4.5: a count from another event, or a rate, gives no date; a count from this email does', () => {
    expect(roles('You must complete it within 48 hours of receiving the email from HireRight.')).toEqual([]);
    expect(findTimePhrases('Os links expiram em 7 dias a partir de [data].', { ...ref, language: 'pt' })).toEqual([]);
    expect(roles('The role is between 32 and 40 hours a week.')).toEqual([]);
    expect(roles('Please reply within 48 hours of receiving this email.')).toEqual([['request', 'span-days', '2026-11-27', null]]);
  });

  it('R4.5: data kept or deleted, a missed appointment and several months give no date', () => {
    expect(roles('Your closed applications will be automatically deleted in 4 weeks.')).toEqual([]);
    expect(findTimePhrases('Deine Daten werden in 4 Wochen automatisch gelöscht.', { ...ref, language: 'de' })).toEqual([]);
    expect(roles('We were expecting you for our interview today at 2 PM but did not hear from you.')).toEqual([]);
    expect(roles('We are in growth mode over the next six months.')).toEqual([]);
    expect(roles('If you do not hear from us within a month, please assume we have moved on.').map(([role, kind, date]) => [role, kind, date]))
      .toEqual([['promise', 'date', '2026-12-25']]);
  });

  it('R4.5: "looking forward to hearing from you soon" asks the candidate to reply', () => {
    expect(roles('Looking forward to hearing from you soon.').map(([role, kind]) => [role, kind])).toEqual([['request', 'vague']]);
  });

  it('R4.5: the dots of an address do not end the sentence; "reply to this email", "give me", "@ 14:00" are read', () => {
    expect(roles('If you need to reschedule, please contact us at jobs@acme.example.com within 24 hours.')).toEqual([['request', 'span-days', '2026-11-26', null]]);
    expect(roles('If you are still interested, reply to this email within two business days.')).toEqual([['request', 'span-business-days', '2026-11-27', null]]);
    expect(roles('Looks good, give me a couple of days to review this.')).toEqual([['promise', 'span-days', '2026-11-27', null]]);
    expect(findTimePhrases('Wir schlagen ein kurzes Telefonat vor: 03.12.2026 @ 14:00 Uhr', { ...ref, language: 'de' }).map((p) => [p.role, p.date]))
      .toEqual([['slot', '2026-12-03']]);
  });

  it('R4.5: the time the employer\'s step takes ("may take a few days", "nos toma un par de días") is a promise; a task\'s hours give no date', () => {
    const lang = (language: 'de' | 'fr' | 'es' | 'pt', text: string) => findTimePhrases(text, { ...ref, language }).map((p) => [p.role, p.kind, p.date]);
    expect(roles('Please note that this process may take a few days.').map(([role, kind]) => [role, kind])).toEqual([['promise', 'vague']]);
    expect(roles('We might take a couple of days to check your fit.')).toEqual([['promise', 'span-days', '2026-11-27', null]]);
    expect(roles('It may yet take us another couple of weeks.')).toEqual([['promise', 'span-days', '2026-12-09', null]]);
    expect(lang('es', 'Por lo general, responder postulaciones nos toma un par de días.')).toEqual([['promise', 'span-days', '2026-11-27']]);
    expect(lang('fr', 'Cela peut prendre environ deux semaines.')).toEqual([['promise', 'span-days', '2026-12-09']]);
    expect(lang('de', 'Das Auswahlverfahren dauert etwa zwei Wochen.')).toEqual([['promise', 'span-days', '2026-12-09']]);
    expect(lang('de', 'Die Bearbeitung der Bewerbungen wird einige Zeit in Anspruch nehmen.').map(([role, kind]) => [role, kind])).toEqual([['promise', 'vague']]);
    expect(lang('pt', 'A análise pode levar alguns dias.').map(([role, kind]) => [role, kind])).toEqual([['promise', 'vague']]);
    expect(roles('The test takes 4 hours to complete.')).toEqual([]);
    expect(lang('de', 'Das Gespräch dauert 1 Stunde.')).toEqual([]);
  });

  it('R4.5: "this morning", "heute Morgen", "esta mañana" are the day of writing; one no one acts on gives no date', () => {
    expect(roles('This morning, we had a candidate accept an offer for this role.')).toEqual([]);
    expect(roles('How about 10am this morning?')).toEqual([['slot', 'date', '2026-11-25', null]]);
    expect(findTimePhrases('Ich habe heute Morgen mit dem Team gesprochen.', { ...ref, language: 'de' })).toEqual([]);
    expect(findTimePhrases('¿Podemos hablar esta mañana a las 11:00?', { ...ref, language: 'es' }).map((p) => [p.role, p.date])).toEqual([['slot', '2026-11-25']]);
    expect(roles('We noticed that you did not respond to the interview invite within 48 hours.')).toEqual([]);
    expect(findTimePhrases('As instruções serão enviadas em um e-mail separado nos próximos minutos.', { ...ref, language: 'pt' }).map((p) => [p.role, p.kind]))
      .toEqual([['promise', 'vague']]);
  });

  it('R4.5: "the next business day" is counted in the calendar, in all five languages', () => {
    // From Friday 2026-11-27 the next business day is Monday 2026-11-30.
    const friday = { reference: '2026-11-27T10:00:00+01:00', timeZone: 'Europe/Berlin' };
    const next = (language: 'en' | 'de' | 'fr' | 'es' | 'pt', text: string) => findTimePhrases(text, { ...friday, language }).map((p) => [p.role, p.kind, p.date]);
    expect(next('en', 'We will reply on the next business day.')).toEqual([['promise', 'date', '2026-11-30']]);
    expect(next('de', 'Wir bearbeiten sie am nächsten Werktag.')).toEqual([['promise', 'date', '2026-11-30']]);
    expect(next('fr', 'Nous vous répondrons le jour ouvré suivant.')).toEqual([['promise', 'date', '2026-11-30']]);
    expect(next('es', 'Le responderemos el siguiente día hábil.')).toEqual([['promise', 'date', '2026-11-30']]);
    expect(next('pt', 'Responderemos no próximo dia útil.')).toEqual([['promise', 'date', '2026-11-30']]);
  });

  it('R4.5: "sooner", "later" and "at a later date" are vague promises; "remain open for" sets the candidate\'s limit', () => {
    expect(roles("They'll be in touch with you sooner if they want to arrange an interview.").map(([role, kind]) => [role, kind])).toEqual([['promise', 'vague']]);
    expect(roles('We will get back to you later.').map(([role, kind]) => [role, kind])).toEqual([['promise', 'vague']]);
    expect(roles('We will get back to you no later than Friday.')).toEqual([['promise', 'date', '2026-11-27', null]]);
    expect(roles('The offer will remain open for five business days.')).toEqual([['request', 'span-business-days', '2026-12-02', null]]);
  });

  it('R4.5: days offered as alternatives are one range; a new deadline after "and" is not', () => {
    // Reference Wednesday 2026-11-25: next Monday is 2026-11-30, the coming Tuesday 2026-12-01.
    expect(roles('Are you available next Monday or Tuesday?')).toEqual([['slot', 'range', '2026-12-01', '2026-11-30']]);
    expect(roles('Could you share your availability for 12/1, 12/2 and 12/4?')).toEqual([['slot', 'range', '2026-12-04', '2026-12-01']]);
    // The first of a list of bare dates opens it: no preposition is needed.
    expect(roles('Are you available 12/1, 12/2 and 12/4?')).toEqual([['slot', 'range', '2026-12-04', '2026-12-01']]);
    expect(roles('Reference 10/25, 11/3')).toEqual([]);
    expect(findTimePhrases('Haben Sie am Montag oder Dienstag Zeit für ein Gespräch?', { ...ref, language: 'de' }).map((p) => [p.role, p.kind, p.date, p.earliest]))
      .toEqual([['slot', 'range', '2026-12-01', '2026-11-30']]);
    expect(roles('We will interview on Monday, and by Friday we will decide.')).toEqual([
      ['slot', 'date', '2026-11-30', null],
      ['promise', 'date', '2026-11-27', null],
    ]);
  });

  it('R4.5: a deadline with no cue around it is the employer\'s ("Présélection sous 5 à 7 jours ouvrables")', () => {
    expect(findTimePhrases('Présélection sous 5 à 7 jours ouvrables', { ...ref, language: 'fr' }).map((p) => [p.role, p.kind, p.date, p.earliest]))
      .toEqual([['promise', 'range', '2026-12-04', '2026-12-02']]);
    expect(roles('It would be within May 10.')).toEqual([['promise', 'date', '2027-05-10', null]]);
  });

  it('R4.5: "the week of December 14", "la semaine du 14 décembre" is that day to the end of its week; an interview "in 2 hours" is a day', () => {
    expect(roles('Are you available the week of December 14?')).toEqual([['slot', 'range', '2026-12-18', '2026-12-14']]);
    expect(roles('We plan to interview during the week of 14 December.').map(([role, kind, date, earliest]) => [role, kind, date, earliest]))
      .toEqual([['slot', 'range', '2026-12-18', '2026-12-14']]);
    expect(findTimePhrases('Nous organiserons les entretiens la semaine du 14 décembre.', { ...ref, language: 'fr' }).map((p) => [p.kind, p.date, p.earliest]))
      .toEqual([['range', '2026-12-18', '2026-12-14']]);
    expect(findTimePhrases('Die Gespräche finden in der Woche vom 14. Dezember statt.', { ...ref, language: 'de' }).map((p) => [p.kind, p.date, p.earliest, p.span.text]))
      .toEqual([['range', '2026-12-18', '2026-12-14', 'in der Woche vom 14. Dezember']]);
    // With Friday 2026-12-18 a holiday in the calendar, the week ends on Thursday.
    const calendar = createCalendar({ holidays: ['2026-12-18'] });
    expect(findTimePhrases('Are you available the week of December 14?', { ...ref, calendar }).map((p) => [p.date, p.earliest])).toEqual([['2026-12-17', '2026-12-14']]);
    expect(findTimePhrases('Entrevista em 2 horas', { ...ref, language: 'pt' }).map((p) => [p.role, p.kind, p.date])).toEqual([['slot', 'date', '2026-11-25']]);
    expect(findTimePhrases('Entrevista em 2 horas', { reference: '2026-11-25T23:00:00+01:00', timeZone: 'Europe/Berlin', language: 'pt' }).map((p) => p.date)).toEqual(['2026-11-26']);
  });

  it('R4.5: "in May" is a month; a count range after a request is its deadline; a count after "After the deadline," gives no date', () => {
    expect(roles('You will hear back from us in May.')).toEqual([['promise', 'range', '2027-05-31', '2027-05-01']]);
    expect(roles('We may contact you again.')).toEqual([]);
    expect(findTimePhrases('Wir melden uns im Mai.', { ...ref, language: 'de' }).map((p) => [p.kind, p.date, p.earliest])).toEqual([['range', '2027-05-31', '2027-05-01']]);
    expect(roles('We recommend trying to submit this in 3-5 business days.')).toEqual([['request', 'range', '2026-12-02', '2026-11-30']]);
    expect(findTimePhrases('Das Bewerbungsgespräch findet am 17.12.2026 statt.', { ...ref, language: 'de' }).map((p) => [p.role, p.date])).toEqual([['slot', '2026-12-17']]);
    expect(roles('After the application deadline, project mentors will take a couple weeks to decide.')).toEqual([]);
    expect(roles('Project mentors will take a couple weeks to decide.')).toEqual([['promise', 'span-days', '2026-12-09', null]]);
    // "for the coming week" is the next seven days, like "over the next week"; "for next week" is next calendar week.
    expect(roles('Please send your availability for the coming week.')).toEqual([['slot', 'range', '2026-12-02', '2026-11-26']]);
    expect(roles('Please send your availability for next week.')).toEqual([['slot', 'range', '2026-12-04', '2026-11-30']]);
    expect(roles('After completing that, you should receive the test today; we ask that you complete it within 5 days.')).toContainEqual(['request', 'span-days', '2026-11-30', null]);
  });

  it('R4.5: an onboarding step\'s own future is no promise; a round\'s is a slot, and so is a date in parentheses before a time', () => {
    expect(roles('The new hire orientation will be on December 3.')).toEqual([['other', 'date', '2026-12-03', null]]);
    expect(roles('Payroll will be processed on December 15.')).toEqual([['other', 'date', '2026-12-15', null]]);
    expect(roles('The final round will be on December 3.')).toEqual([['slot', 'date', '2026-12-03', null]]);
    expect(of('A entrevista será na quarta-feira (2/12) às 14h.', 'pt')).toEqual([['slot', '2026-12-02'], ['slot', '2026-12-02']]);
    expect(of('La entrevista será el miércoles (2/12) a las 10:00.', 'es')).toEqual([['slot', '2026-12-02'], ['slot', '2026-12-02']]);
    // Near misses: the employer's step stays a promise, and a weekday in parentheses after a date is no slot of its own.
    expect(roles('Your contract will be sent on Friday.')).toEqual([['promise', 'date', '2026-11-27', null]]);
    expect(roles('You will hear from us about the next round next week.')).toEqual([['promise', 'range', '2026-12-04', '2026-11-30']]);
    expect(of('Le confirmaremos la fecha de incorporación antes del viernes.', 'es')).toEqual([['promise', '2026-11-27']]);
    expect(of('Entregue o teste até o dia 3/12 (quinta) às 11h.', 'pt')).toEqual([['promise', '2026-12-03']]);
  });

  it('R4.5: "the 4th floor", "Referenznummer: 10/25" and "118 3/2 street" are no dates; a bare date with a time, in parentheses or in a list is', () => {
    expect(roles('Please check in with the security desk on the 4th floor.')).toEqual([]);
    expect(roles('Please reply by the 4th.')).toEqual([['request', 'date', '2026-12-04', null]]);
    expect(findTimePhrases('Fullstack Softwareentwickler:in (m/w/d), Referenznummer: 10/25', { ...ref, language: 'de' })).toEqual([]);
    expect(roles('Location: Floor 18, 118 3/2 street, District 10.')).toEqual([]);
    expect(roles('Interview: 12/4 at 10am').map(([role, , date]) => [role, date])).toEqual([['slot', '2026-12-04']]);
    expect(findTimePhrases('Papo na quarta-feira (02/12) às 10h', { ...ref, language: 'pt' }).some((p) => p.date === '2026-12-02')).toBe(true);
  });

  it('R4.5: a day no word around it gives a role is no date to act on; a start date keeps its date', () => {
    expect(findTimePhrases('Ihre Bewerbung als AI & Data Analyst vom 20.11.2025', { ...ref, language: 'de' })).toEqual([]);
    expect(findTimePhrases('¡Era el miércoles!', { ...ref, language: 'es' })).toEqual([]);
    expect(roles('These shifts take place on the Saturday before the gate opens.')).toEqual([]);
    expect(roles('Your first day is Monday, December 7.')).toEqual([['other', 'date', '2026-12-07', null]]);
  });

  it('R4.5: a contract, a salary or a start date is what a date is about, unless a request or a promise just before it governs a deadline', () => {
    expect(of('Please sign and return the contract by Friday.', 'en')).toEqual([['request', '2026-11-27']]);
    expect(of('We will get back to you about the salary by Friday.', 'en')).toEqual([['promise', '2026-11-27']]);
    expect(of('Bitte senden Sie uns den unterschriebenen Vertrag bis Freitag zurück.', 'de')).toEqual([['request', '2026-11-27']]);
    expect(of('Merci de nous retourner le contrat signé avant vendredi.', 'fr')).toEqual([['request', '2026-11-27']]);
    expect(of("Nous vous enverrons le contrat d'ici vendredi.", 'fr')).toEqual([['promise', '2026-11-27']]);
    expect(of('Te enviaremos el contrato antes del viernes.', 'es')).toEqual([['promise', '2026-11-27']]);
    expect(of('Por favor, devolva o contrato assinado até sexta-feira.', 'pt')).toEqual([['request', '2026-11-27']]);
    expect(of('Please confirm your start date by Friday.', 'en')).toEqual([['request', '2026-11-27']]);
    expect(of('We will let you know your start date by Friday.', 'en')).toEqual([['promise', '2026-11-27']]);
    expect(of('Bitte teilen Sie uns Ihren möglichen Eintrittstermin bis Freitag mit.', 'de')).toEqual([['request', '2026-11-27']]);
    expect(of('Por favor, confirme sua data de início até sexta-feira.', 'pt')).toEqual([['request', '2026-11-27']]);
    // Without a request or a promise before the word, or with no deadline, the date is about it.
    expect(of('Your contract runs until Friday.', 'en')).toEqual([['other', '2026-11-27']]);
    expect(of('Your start date is Monday, November 30.', 'en')).toEqual([['other', '2026-11-30']]);
    expect(of('We will confirm your start date, Monday, November 30.', 'en')).toEqual([['other', '2026-11-30']]);
    expect(of('Please note that your contract starts on Friday.', 'en')).toEqual([['other', '2026-11-27']]);
    expect(of('Ihr Vertrag läuft bis Freitag.', 'de')).toEqual([['other', '2026-11-27']]);
  });

  it('R4.5: the date an event takes place on ("will take place", "will be paid", "tendrá lugar") is the event\'s, in five languages', () => {
    expect(of('The interview will take place on Thursday, December 10.', 'en')).toEqual([['slot', '2026-12-10']]);
    expect(of('The interviews will be held on December 7.', 'en')).toEqual([['slot', '2026-12-07']]);
    expect(of('Your salary will be paid on January 31.', 'en')).toEqual([['other', '2027-01-31']]);
    expect(of('The ceremony will take place on December 10.', 'en')).toEqual([['other', '2026-12-10']]);
    expect(of('Das Gespräch findet am Donnerstag, 10. Dezember statt.', 'de')).toEqual([['slot', '2026-12-10']]);
    expect(of('Die Gespräche werden am 7. Dezember stattfinden.', 'de')).toEqual([['slot', '2026-12-07']]);
    expect(of('Ihr Gehalt wird am 31. Januar ausgezahlt.', 'de')).toEqual([['other', '2027-01-31']]);
    expect(of("L'entretien aura lieu le jeudi 10 décembre.", 'fr')).toEqual([['slot', '2026-12-10']]);
    expect(of("L'entretien se tiendra le jeudi 10 décembre.", 'fr')).toEqual([['slot', '2026-12-10']]);
    expect(of('Votre salaire sera versé le 31 janvier.', 'fr')).toEqual([['other', '2027-01-31']]);
    expect(of('La entrevista tendrá lugar el jueves 10 de diciembre.', 'es')).toEqual([['slot', '2026-12-10']]);
    expect(of('La entrevista se llevará a cabo el jueves 10 de diciembre.', 'es')).toEqual([['slot', '2026-12-10']]);
    expect(of('La entrevista será realizada el jueves 10 de diciembre.', 'es')).toEqual([['slot', '2026-12-10']]);
    expect(of('A entrevista será realizada na quinta-feira, 10 de dezembro.', 'pt')).toEqual([['slot', '2026-12-10']]);
    expect(of('O salário será pago no dia 31 de janeiro.', 'pt')).toEqual([['other', '2027-01-31']]);
    // A plain future whose subject is interviews, in the plural too.
    expect(of('Las entrevistas serán el 7 de diciembre.', 'es')).toEqual([['slot', '2026-12-07']]);
    expect(of('As entrevistas serão no dia 7 de dezembro.', 'pt')).toEqual([['slot', '2026-12-07']]);
    expect(of('Les entretiens seront le 7 décembre.', 'fr')).toEqual([['slot', '2026-12-07']]);
    // The employer's own step, in the passive or with more words before the date, stays a promise.
    expect(of('Feedback from the interview will be shared with you on Monday.', 'en')).toEqual([['promise', '2026-11-30']]);
    expect(of('Your contract will be sent by Friday.', 'en')).toEqual([['promise', '2026-11-27']]);
    expect(of('We will let you know by Friday.', 'en')).toEqual([['promise', '2026-11-27']]);
    expect(of('Votre contrat sera envoyé vendredi.', 'fr')).toEqual([['promise', '2026-11-27']]);
    expect(of('Ihr Vertrag wird Ihnen am Montag zugeschickt.', 'de')).toEqual([['promise', '2026-11-30']]);
    expect(of('Tu contrato será enviado el viernes.', 'es')).toEqual([['promise', '2026-11-27']]);
    expect(of('Seu contrato será enviado na sexta-feira.', 'pt')).toEqual([['promise', '2026-11-27']]);
    // An interview word that ends a clause before the promise is not its subject.
    expect(of('After our chat, I will let you know on Monday.', 'en')).toEqual([['promise', '2026-11-30']]);
  });

  it('R4.5: a weekday offered with one of next week ("Thursday or Friday next week") is next week\'s too', () => {
    const range = (text: string, language: 'en' | 'de' | 'fr' | 'es' | 'pt') => findTimePhrases(text, { ...ref, language }).map((p) => [p.role, p.earliest, p.date]);
    const next = [['promise', '2026-12-03', '2026-12-04']];
    expect(range('We will get back to you Thursday or Friday next week.', 'en')).toEqual(next);
    expect(range('Wir melden uns Donnerstag oder Freitag kommender Woche.', 'de')).toEqual(next);
    expect(range('Nous reviendrons vers vous jeudi ou vendredi de la semaine prochaine.', 'fr')).toEqual(next);
    expect(range('Te contactaremos el jueves o viernes de la próxima semana.', 'es')).toEqual(next);
    expect(range('Entraremos em contato quinta-feira ou sexta-feira da próxima semana.', 'pt')).toEqual(next);
    // Without "next week" the coming days; a day of next week already stays.
    expect(range('We will get back to you Thursday or Friday.', 'en')).toEqual([['promise', '2026-11-26', '2026-11-27']]);
    expect(range('We will get back to you Monday or Friday next week.', 'en')).toEqual([['promise', '2026-11-30', '2026-12-04']]);
    // On a Sunday, next week is the one starting the next day.
    expect(findTimePhrases('We will get back to you Thursday or Friday next week.', { reference: '2026-11-29T10:00:00+01:00', timeZone: 'Europe/Berlin' }).map((p) => [p.earliest, p.date]))
      .toEqual([['2026-12-03', '2026-12-04']]);
  });

  it("R4.5, R8: an offer's time limit (valid until, expires on, a deadline to accept, your decision by) is the candidate's, in five languages", () => {
    const request = (date: string) => [['request', date]];
    expect(of('Your offer expires on December 10.', 'en')).toEqual(request('2026-12-10'));
    expect(of('The deadline to accept this offer is December 10.', 'en')).toEqual(request('2026-12-10'));
    expect(of('This offer will remain open until December 10.', 'en')).toEqual(request('2026-12-10'));
    expect(of('We need your decision on the offer by Friday.', 'en')).toEqual(request('2026-11-27'));
    expect(of('Das Angebot ist bis zum 10. Dezember gültig.', 'de')).toEqual(request('2026-12-10'));
    expect(of("L'offre est valable jusqu'au 10 décembre.", 'fr')).toEqual(request('2026-12-10'));
    expect(of('Merci de nous faire part de votre décision avant vendredi.', 'fr')).toEqual(request('2026-11-27'));
    expect(of('La oferta es válida hasta el 10 de diciembre.', 'es')).toEqual(request('2026-12-10'));
    expect(of('Te pedimos que nos confirmes tu decisión antes del viernes.', 'es')).toEqual(request('2026-11-27'));
    expect(of('A proposta é válida até 10 de dezembro.', 'pt')).toEqual(request('2026-12-10'));
    expect(of('Pedimos que nos dê um retorno até sexta-feira.', 'pt')).toEqual(request('2026-11-27'));
    // Waiting for the candidate's answer, and the offer's expiry.
    expect(of('We would like to have your answer by Monday.', 'en')).toEqual(request('2026-11-30'));
    expect(of('Kindly revert with your acceptance by EOD Friday.', 'en')).toEqual(request('2026-11-27'));
    expect(of('Wir bitten um Rückmeldung bis Freitag.', 'de')).toEqual(request('2026-11-27'));
    expect(of('Das Angebot läuft am 10. Dezember ab.', 'de')).toEqual(request('2026-12-10'));
    expect(of('Nous attendons votre réponse avant le 10 décembre.', 'fr')).toEqual(request('2026-12-10'));
    expect(of("L'offre expire le 10 décembre.", 'fr')).toEqual(request('2026-12-10'));
    expect(of('Quedamos atentos a tu respuesta hasta el viernes.', 'es')).toEqual(request('2026-11-27'));
    expect(of('La oferta vence el 10 de diciembre.', 'es')).toEqual(request('2026-12-10'));
    expect(of('Aguardamos sua resposta até sexta-feira.', 'pt')).toEqual(request('2026-11-27'));
    expect(of('A oferta expira em 10 de dezembro.', 'pt')).toEqual(request('2026-12-10'));
    // The employer's own news stays a promise.
    expect(of('We expect to make a decision by Friday.', 'en')).toEqual([['promise', '2026-11-27']]);
    expect(of('Daremos um retorno até sexta-feira.', 'pt')).toEqual([['promise', '2026-11-27']]);
    expect(of('Te daremos una respuesta antes del viernes.', 'es')).toEqual([['promise', '2026-11-27']]);
  });

  it('R4.5: an office closure is no promise, in five languages; a reply promised after it is', () => {
    const rolesIn = (text: string, language: 'en' | 'de' | 'fr' | 'es' | 'pt') => of(text, language).map(([role]) => role);
    expect(rolesIn('Our office will be closed from December 24 to January 2, so please expect a reply after January 4.', 'en')).toEqual(['other', 'other', 'promise']);
    expect(rolesIn('Unser Büro ist vom 24. Dezember bis 2. Januar geschlossen.', 'de')).toEqual(['other', 'other']);
    expect(rolesIn('Nos bureaux seront fermés du 24 décembre au 2 janvier.', 'fr')).toEqual(['other', 'other']);
    expect(rolesIn('Nuestras oficinas estarán cerradas del 24 de diciembre al 2 de enero.', 'es')).toEqual(['other', 'other']);
    expect(rolesIn('Nosso escritório estará fechado de 24 de dezembro a 2 de janeiro.', 'pt')).toEqual(['other', 'other']);
    expect(extractTimeline('Our office will be closed from December 24 to January 2.', ref)).toBeNull();
  });

  it('R4.5: a reply word right after a request that opens its clause is an answer asked of the candidate, in five languages', () => {
    const request = [['request', '2026-11-27']];
    const promise = [['promise', '2026-11-27']];
    expect(of('Please respond by Friday.', 'en')).toEqual(request);
    expect(of('We need an answer by Friday.', 'en')).toEqual(request);
    expect(of('Could you get back to me by Friday?', 'en')).toEqual(request);
    expect(of('Bitte antworten Sie bis Freitag.', 'de')).toEqual(request);
    expect(of("Merci de nous faire un retour d'ici vendredi.", 'fr')).toEqual(request);
    expect(of('Por favor, responda antes del viernes.', 'es')).toEqual(request);
    expect(of('Favor responder até sexta-feira.', 'pt')).toEqual(request);
    // The employer's own answer, a request further in the sentence or more words before the date stay promises.
    expect(of('We will respond by Friday.', 'en')).toEqual(promise);
    expect(of('Please note that we will respond by Friday.', 'en')).toEqual(promise);
    expect(of("Kindly confirm and we'll send you the contract by Friday.", 'en')).toEqual(promise);
    expect(of('Please give us until Friday to get back to you.', 'en')).toEqual(promise);
    expect(of('Wir antworten Ihnen bis Freitag.', 'de')).toEqual(promise);
    expect(of('Nous vous répondrons avant vendredi.', 'fr')).toEqual(promise);
    expect(of('Le responderemos antes del viernes.', 'es')).toEqual(promise);
    expect(of('Responderemos até sexta-feira.', 'pt')).toEqual(promise);
    expect(of('A empresa deve retornar até sexta-feira.', 'pt')).toEqual(promise);
  });

  it('R4.5: a deadline the candidate is asked to meet is a request after words that also promise ("datos de contacto", "respondendo este e-mail", "nous communiquer")', () => {
    const promise = [['promise', '2026-11-27']];
    expect(of('¿Podría enviarnos los datos de contacto de dos referencias laborales antes del viernes?', 'es')).toEqual([['request', '2026-11-27']]);
    expect(of('Por favor, envíenos los datos de contacto de dos referencias antes del viernes.', 'es')).toEqual([['request', '2026-11-27']]);
    expect(of('Poderia nos enviar o contato de duas referências profissionais até segunda-feira?', 'pt')).toEqual([['request', '2026-11-30']]);
    expect(of('Por favor, confirme sua presença respondendo este e-mail até amanhã.', 'pt')).toEqual([['request', '2026-11-26']]);
    expect(of('Merci de nous communiquer vos disponibilités avant jeudi.', 'fr')).toEqual([['request', '2026-11-26']]);
    // The employer's contact, answer and news stay promises.
    expect(of('Nos pondremos en contacto contigo antes del viernes.', 'es')).toEqual(promise);
    expect(of('Entraremos em contato até sexta-feira.', 'pt')).toEqual(promise);
    expect(of('Aguarde nosso contato até sexta-feira.', 'pt')).toEqual(promise);
    expect(of('Estamos respondendo a todos os candidatos até sexta-feira.', 'pt')).toEqual(promise);
    expect(of('Nous communiquerons notre décision avant vendredi.', 'fr')).toEqual(promise);
    expect(of('Nous informerons les candidats retenus avant vendredi.', 'fr')).toEqual(promise);
  });

  it('R4.5: a manager travelling is an absence, not a promise: the few more days it takes are', () => {
    const text = 'Just a quick update: the hiring manager is traveling this week, so it will take a few more days before we can share feedback.';
    expect(roles(text)).toEqual([['other', 'range', '2026-11-27', '2026-11-25'], ['promise', 'vague', '2026-11-30', null]]);
    expect(extractTimeline(text, ref)?.phrase).toBe('take a few more days');
  });

  it('R4.5: a German count closed by a verb\'s particle ("innerhalb von 3 Tagen ab.") counts from the email; one "ab Erhalt …" from another event', () => {
    expect(of('Bitte schließen Sie den Test innerhalb von 3 Tagen ab.', 'de')).toEqual([['request', '2026-11-28']]);
    expect(of('Bitte reichen Sie die Unterlagen innerhalb von 5 Tagen nach.', 'de')).toEqual([['request', '2026-11-30']]);
    expect(of('Bitte schließen Sie den Test innerhalb von 3 Tagen ab Erhalt des Links ab.', 'de')).toEqual([]);
  });

  it('R4.5: German verb-final: a promise, request or deadline word closing the clause after the date is its verb', () => {
    // After an interview word: the employer's promise, not a slot.
    expect(of('Nach den Gesprächen können wir Ihnen bis Freitag Bescheid geben.', 'de')).toEqual([['promise', '2026-11-27']]);
    expect(of('Wir möchten Ihnen nach dem Vorstellungsgespräch bis Freitag eine Rückmeldung geben.', 'de')).toEqual([['promise', '2026-11-27']]);
    expect(of('Nach den Gesprächen werden wir uns Anfang nächster Woche bei Ihnen melden.', 'de')).toEqual([['promise', '2026-12-01']]);
    // Real slots stay slots: a time, an invitation, or a verb that opens the clause ("melden wir uns").
    expect(of('Das Gespräch findet am Dienstag, 12. Januar um 10 Uhr statt.', 'de')).toEqual([['slot', '2027-01-12']]);
    expect(of('Wir möchten Sie zu einem Gespräch am 12. Januar einladen.', 'de')).toEqual([['slot', '2027-01-12']]);
    expect(of('Nach dem Gespräch am Freitag melden wir uns bei Ihnen.', 'de')).toEqual([['slot', '2026-11-27']]);
    // What the employer will need, or hold open, by a date is the candidate's limit; what it will do is its promise.
    expect(of('Wir werden Ihre Unterlagen bis Freitag benötigen.', 'de')).toEqual([['request', '2026-11-27']]);
    expect(of('Wir werden das Angebot bis Freitag offen halten.', 'de')).toEqual([['request', '2026-11-27']]);
    expect(of('We will need your documents by Friday.', 'en')).toEqual([['request', '2026-11-27']]);
    expect(of('Wir werden Ihnen den unterschriebenen Vertrag bis Freitag zurücksenden.', 'de')).toEqual([['promise', '2026-11-27']]);
    expect(of('Bitte geben Sie uns bis Freitag Bescheid.', 'de')).toEqual([['request', '2026-11-27']]);
    // Other languages put the verb first: a promise word at the end of the sentence changes nothing there.
    expect(of('Can you come in for an interview on Friday so we can decide?', 'en')).toEqual([['slot', '2026-11-27']]);
  });

  it('R4.5: the time the employer asks the candidate to allow is its promise, in three languages', () => {
    const read = (text: string, language: 'en' | 'de' | 'fr') => findTimePhrases(text, { ...ref, language }).map((p) => [p.role, p.kind, p.date, p.earliest ?? null]);
    expect(read('Please allow up to 10 working days for a response.', 'en')).toEqual([['promise', 'span-business-days', '2026-12-09', null]]);
    expect(read('Please allow 5-7 business days for us to review.', 'en')).toEqual([['promise', 'range', '2026-12-04', '2026-12-02']]);
    expect(read('Merci de prévoir un délai de 10 jours.', 'fr')).toEqual([['promise', 'span-days', '2026-12-05', null]]);
    expect(read('Bitte rechnen Sie mit einer Bearbeitungszeit von zwei Wochen.', 'de')).toEqual([['promise', 'span-days', '2026-12-09', null]]);
    // The hours of a task are no wait; a reply asked within a time stays the candidate's limit.
    expect(read('Please allow about 1-2 hours for your interview.', 'en')).toEqual([]);
    expect(read('Please reply within 10 working days.', 'en')).toEqual([['request', 'span-business-days', '2026-12-09', null]]);
  });

  it('R4.5: "daremos aviso", "te falo" are promises over the interview word before them', () => {
    expect(of('Tras la entrevista, le daremos aviso antes del viernes.', 'es')).toEqual([['promise', '2026-11-27']]);
    expect(of('Sobre a entrevista, te falo até sexta.', 'pt')).toEqual([['promise', '2026-11-27']]);
  });

  it('R4.5: the day the employer waits to hear from the candidate, what it will need and an offer held open are no promise', () => {
    const roleOf = (text: string, language: 'en' | 'de' | 'fr' | 'es' | 'pt') => of(text, language).map(([role]) => role);
    expect(roleOf("If we don't hear back from you by Friday, we will assume you are no longer interested.", 'en')).toEqual(['request']);
    expect(roleOf('Sollten wir bis Freitag nichts von Ihnen hören, gehen wir davon aus, dass Sie kein Interesse mehr haben.', 'de')).toEqual(['other']);
    expect(roleOf("Sans réponse de votre part d'ici vendredi, nous considérerons que vous n'êtes plus intéressé.", 'fr')).toEqual(['other']);
    expect(roleOf('Si no recibimos respuesta antes del viernes, entenderemos que ya no le interesa.', 'es')).toEqual(['request']);
    expect(roleOf('Caso não tenhamos retorno até sexta, entenderemos que não tem mais interesse.', 'pt')).toEqual(['request']);
    expect(roleOf("We'll need your references by Monday.", 'en')).toEqual(['request']);
    expect(roleOf("We're holding the offer for you until Friday.", 'en')).toEqual(['request']);
    expect(roleOf('You will have until Friday to accept the offer.', 'en')).toEqual(['request']);
    expect(roleOf('Sie haben bis Freitag Zeit, das Angebot anzunehmen.', 'de')).toEqual(['request']);
    expect(roleOf("Vous avez jusqu'à vendredi pour accepter l'offre.", 'fr')).toEqual(['request']);
    expect(roleOf('Tienes hasta el viernes para aceptar la oferta.', 'es')).toEqual(['request']);
    // Hearing from the employer, its decision and its own need of time stay promises.
    expect(roleOf('If you do not hear from us by Friday, please contact us.', 'en')).toEqual(['promise']);
    expect(roleOf('Sollten Sie bis Freitag nichts von uns hören, melden Sie sich bitte.', 'de')).toEqual(['promise']);
    expect(roleOf("Sans nouvelles de notre part d'ici vendredi, relancez-nous.", 'fr')).toEqual(['promise']);
    expect(roleOf('You will have our decision by Friday.', 'en')).toEqual(['promise']);
    expect(roleOf('We need a few more days and will respond by Friday.', 'en')).toEqual(['promise']);
  });

  it('R4.5: an absence is no promise; a reply promised for the day someone is back is', () => {
    expect(roles('Sarah is away until Friday.').map(([role]) => role)).toEqual(['other']);
    expect(roles('Jane is on PTO until Friday.').map(([role]) => role)).toEqual(['other']);
    expect(roles('The hiring manager will be out until Friday.').map(([role]) => role)).toEqual(['other']);
    expect(roles('The hiring manager is out until Monday, and we will get back to you by Friday.').map(([role, , date]) => [role, date]))
      .toEqual([['other', '2026-11-30'], ['promise', '2026-11-27']]);
    // Not an absence notice: the employer's promise of news on the day she is back.
    expect(roles('We will get back to you once Sarah is back on Friday.').map(([role, , date]) => [role, date])).toEqual([['promise', '2026-11-27']]);
  });

  it('R4.5: a full stop right after a date ends its sentence, even after a number; a German date keeps its dots', () => {
    expect(roles("The position starts on February 1. We'll be in touch.")).toEqual([]);
    expect(of('El programa empieza el 18/01. Le contactaremos pronto.', 'es')).toEqual([['promise', '2026-11-30']]);
    expect(of('Wir melden uns am 4. Dezember.', 'de')).toEqual([['promise', '2026-12-04']]);
    expect(of('Wir geben Ihnen bis Do., 3.12. Bescheid.', 'de')).toEqual([['promise', '2026-12-03']]);
    // Only the words after the date stop there: "the following week" still counts from the day named before.
    expect(roles('Interviews will be held on December 7. We will make our decision the following week.').map(([role, , date]) => [role, date]))
      .toEqual([['slot', '2026-12-07'], ['promise', '2026-12-18']]);
  });

  it('R4.5: a time of day between a deadline word and the date keeps the deadline', () => {
    expect(roles('We will get back to you by 5pm Friday.')).toEqual([['promise', 'date', '2026-11-27', null]]);
    expect(roles('Please submit by 5pm Friday.')).toEqual([['request', 'date', '2026-11-27', null]]);
    expect(roles('The interview is at 2pm on Friday.')).toEqual([['slot', 'date', '2026-11-27', null]]);
  });

  it('R4.5: a task to do by a date is the candidate\'s deadline, in French and Spanish, not a promise or a slot', () => {
    expect(of('Nous vous proposons un exercice technique à réaliser d\'ici lundi prochain.', 'fr')).toEqual([['request', '2026-11-30']]);
    expect(of('Le cas pratique est à rendre avant vendredi.', 'fr')).toEqual([['request', '2026-11-27']]);
    expect(of('Te invitamos a que realices la prueba técnica antes del viernes.', 'es')).toEqual([['request', '2026-11-27']]);
    expect(of('Puedes rendir el examen hasta el viernes.', 'es')).toEqual([['request', '2026-11-27']]);
    // A test set for a date stays a slot.
    expect(of('La prueba técnica será el viernes a las 10:00.', 'es')).toEqual([['slot', '2026-11-27']]);
  });

  it('R4.5: placeholders and weekday schedules are not time phrases', () => {
    for (const text of ['We will let you know by [date].', 'We will let you know by {{date}}.', 'Wir melden uns bis XX.XX.XXXX.', 'Office hours: Monday to Friday.']) {
      expect(findTimePhrases(text, ref), text).toEqual([]);
    }
  });

  it('R4.5: vague phrases stay vague with a low confidence', () => {
    const [soon] = findTimePhrases("We'll be in touch soon.", ref);
    expect(soon?.kind).toBe('vague');
    expect(soon?.confidence).toBeLessThanOrEqual(0.35);
  });

  it('R4.5: spans quote the original input', () => {
    const text = 'Hi,\n\nWe will decide by close of business Friday.\n';
    for (const p of findTimePhrases(text, ref)) expect(text.slice(p.span.start, p.span.end)).toBe(p.span.text);
  });
});
