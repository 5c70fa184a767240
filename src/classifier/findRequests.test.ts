import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { classifyReply } from './classifyReply.js';
import { extractTimeline } from './extractTimeline.js';
import { findTimePhrases } from './findTimePhrases.js';
import { findRequests } from './findRequests.js';
import { readReply } from './model/features.js';
import { REQUEST_LABELS } from './model/weights.generated.js';
import { REQUEST_KINDS } from './types.js';

const received = { reference: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Berlin' } as const; // a Tuesday

describe('classifyReply requests (R7, R8, R10)', () => {
  it('R8: an offer that asks for a signature by Friday has a sign request due that Friday', () => {
    const text = 'Dear Ana,\n\nWe are delighted to offer you the position. Please sign and return the attached offer letter by Friday, December 4.\n\nBest,\nTom';
    const r = classifyReply(text, received);
    const sign = r.requests.find((q) => q.kind === 'sign_offer');
    expect(sign).toBeDefined();
    expect(text.slice(sign!.span.start, sign!.span.end)).toBe(sign!.span.text);
    expect(sign!.due).toBe('2026-12-04');
    expect(sign!.dueSpan?.text).toContain('Friday');
  });

  it('R8: an offer that asks for the signed contract by Friday has a sign request due that Friday, in English, German and French', () => {
    for (const text of [
      'We are delighted to offer you the position of Analyst. Please sign and return the contract by Friday.',
      'Wir freuen uns, Ihnen die Stelle anzubieten. Bitte senden Sie uns den unterschriebenen Vertrag bis Freitag zurück.',
      'Nous avons le plaisir de vous proposer le poste. Merci de nous retourner le contrat signé avant vendredi.',
    ]) {
      const sign = classifyReply(text, received).requests.find((q) => q.kind === 'sign_offer');
      expect(sign?.due, text).toBe('2026-12-04');
    }
  });

  it('R8: an offer that only says how long it stands is answered by then: its respond_to_offer request is due that day', () => {
    const answer = (text: string, options: typeof received | null = received) =>
      classifyReply(text, options ?? undefined).requests.filter((q) => q.kind === 'respond_to_offer').map((q) => q.due ?? null);
    expect(answer('We are pleased to offer you the position of Analyst at a salary of 50,000 EUR. This offer is valid until December 10.')).toEqual(['2026-12-10']);
    expect(answer('We are pleased to offer you the position of Analyst. Please let us know your decision by Friday.')).toEqual(['2026-12-04']);
    expect(answer('Wir freuen uns, Ihnen die Stelle anbieten zu können. Das Angebot ist bis zum 10. Dezember gültig.')).toEqual(['2026-12-10']);
    // A deadline another request claims is not the answer's; no time limit, or no reference to count from: no due date.
    const both = classifyReply('We are pleased to offer you the position of Analyst. Please complete the background check form by Friday.', received).requests;
    expect(both.find((q) => q.kind === 'send_documents')?.due).toBe('2026-12-04');
    expect(both.find((q) => q.kind === 'respond_to_offer')?.due).toBeUndefined();
    expect(answer('We are pleased to offer you the position of Analyst at a salary of 50,000 EUR.')).toEqual([null]);
    expect(answer('We are pleased to offer you the position of Analyst. This offer is valid until December 10.', null)).toEqual([null]);
  });

  it('R7: a deadline belongs to the request of its own sentence; a request in another sentence takes it only when none there does', () => {
    const dues = (text: string) => Object.fromEntries(classifyReply(text, received).requests.map((q) => [q.kind, q.due ?? null]));
    // The offer's answer is due Friday; the form asked for in the next sentence has no deadline.
    expect(dues('We are delighted to offer you the role of Analyst. Please review the offer letter and let us know your decision by Friday, December 11. Once accepted, please complete the background check form.'))
      .toMatchObject({ respond_to_offer: '2026-12-11', send_documents: null });
    // The deadline inside the request's words is its own, not the slot request's of the sentence before.
    expect(dues('Gerne möchten wir Sie zu einem zweiten Gespräch einladen. Bitte wählen Sie über den folgenden Link einen Termin aus. Außerdem bitten wir Sie, uns Ihre Zeugnisse bis Freitag einzureichen.'))
      .toMatchObject({ book_slot: null, send_documents: '2026-12-04' });
    // Two requests of one sentence share its deadline; a deadline in the next sentence, which asks for nothing, is the request's.
    expect(dues('We are pleased to offer you the position. Please sign the contract and send us your documents by Friday.'))
      .toMatchObject({ sign_offer: '2026-12-04', send_documents: '2026-12-04' });
    expect(dues('We would like to invite you to a second interview. Please complete the coding exercise. The deadline is Friday.'))
      .toMatchObject({ complete_assessment: '2026-12-04' });
  });

  it('R7: a request takes the deadline after it, not that of the request before it in the sentence', () => {
    const dues = (text: string) => Object.fromEntries(classifyReply(text, received).requests.map((q) => [q.kind, q.due ?? null]));
    expect(dues('We are excited to have you join us! Please sign and return it by Wednesday, and send us a scanned copy of your ID and your diploma by Friday.'))
      .toMatchObject({ sign_offer: '2026-12-02', send_documents: '2026-12-04' });
    expect(dues('Por favor, envíanos tu disponibilidad antes del martes y completa la prueba técnica antes del viernes.'))
      .toMatchObject({ send_availability: '2026-12-08', complete_assessment: '2026-12-04' });
    // With no deadline after it, the one before is still the request's.
    expect(dues('Please sign and return the contract by Wednesday, and send us a copy of your ID.'))
      .toMatchObject({ sign_offer: '2026-12-02', send_documents: '2026-12-02' });
    // A deadline two sentences on, in a sentence that asks for the same again, is the request's.
    expect(dues('Als nächsten Schritt bitten wir Sie, unseren Online-Test zu absolvieren. Den Link erhalten Sie in einer separaten E-Mail. Bitte schließen Sie den Test innerhalb von 3 Tagen ab.'))
      .toMatchObject({ complete_assessment: '2026-12-04' });
  });

  it('R7: a deadline after words that also promise ("datos de contacto", "respondendo este e-mail", "nous communiquer") is the request\'s', () => {
    for (const [text, kind, date] of [
      ['¿Podría enviarnos los datos de contacto de dos referencias laborales antes del viernes?', 'send_references', '2026-12-04'],
      ['Por favor, envíenos los datos de contacto de dos referencias antes del viernes.', 'send_references', '2026-12-04'],
      ['Poderia nos enviar o contato de duas referências profissionais até segunda-feira?', 'send_references', '2026-12-07'],
      ['Sua entrevista está agendada para terça-feira às 14h. Por favor, confirme sua presença respondendo este e-mail até amanhã.', 'confirm_attendance', '2026-12-02'],
      ['Nous avons le plaisir de vous convier à un second entretien. Merci de nous communiquer vos disponibilités avant jeudi.', 'send_availability', '2026-12-03'],
    ] as const) {
      expect(classifyReply(text, received).requests.find((q) => q.kind === kind)?.due, text).toBe(date);
      expect(extractTimeline(text, received), text).toBeNull();
    }
  });

  it('R7: the wordings of German, Portuguese and English requests with their deadlines', () => {
    const due = (text: string, kind: string, options: { reference: string; timeZone: string } = received) =>
      classifyReply(text, options).requests.find((q) => q.kind === kind)?.due ?? null;
    expect(due('Bitte teilen Sie uns bis Donnerstag mit, an welchen Tagen Sie in der nächsten Woche Zeit haben.', 'send_availability')).toBe('2026-12-03');
    expect(due('Vielen Dank für Ihre Bewerbung. Bitte schließen Sie den Test bis Freitag ab.', 'complete_assessment')).toBe('2026-12-04');
    expect(due('Bitte geben Sie die Unterlagen bis Freitag ab.', 'send_documents')).toBe('2026-12-04');
    expect(due('Parabéns por avançar para a próxima etapa. Por favor, conclua o teste até o dia 10 de dezembro.', 'complete_assessment')).toBe('2026-12-10');
    expect(due('Here is the link to the case study for the Strategy Analyst role. Please complete it in the next 3 days and send your slides to me.', 'complete_assessment')).toBe('2026-12-04');
    // An answer asked for about a slot offered instead: due when asked, the slot no deadline.
    const moved = 'Unfortunately our hiring manager has a conflict on Thursday. Would Friday, December 11 at 11am work instead? Please let me know by Wednesday.';
    expect(due(moved, 'send_availability')).toBe('2026-12-02');
    expect(findTimePhrases(moved, received).map((p) => [p.role, p.date])).toEqual([['slot', '2026-12-11'], ['request', '2026-12-02']]);
  });

  it('R7: a request that sets a deadline is kept whatever the label, unless it answers or signs an offer', () => {
    const text = 'Just a reminder that the coding assessment we sent you is still open. Please complete it by December 10 so we can review your results. Please also sign and return the offer letter by Friday.';
    // As if the label fitted none of them: only the assessment, which sets a deadline and is no offer's, is kept.
    const kept = findRequests(text, readReply(text), received, () => false);
    expect(kept.map((q) => [q.kind, q.due])).toEqual([['complete_assessment', '2026-12-10']]);
    // Without a reference no deadline is read, and the label decides alone.
    expect(findRequests(text, readReply(text), undefined, () => false)).toEqual([]);
  });

  it('R7: "confirm our offer" is the employer confirming, and a slot "that works for you" in a booking link\'s sentence is the slot to book', () => {
    const offer = classifyReply('Dear Aisha,\n\nI am pleased to confirm our offer of employment for the role of Financial Analyst at a base salary of $85,000 per year.');
    expect(offer.requests.map((q) => [q.kind, q.implied ?? false])).toEqual([['respond_to_offer', true]]);
    const book = classifyReply('Great news: we would like to move you forward. Please use the link below to book a 60-minute slot that works for you: https://calendly.com/northwind/tech-interview');
    expect(book.requests.map((q) => q.kind)).toEqual(['book_slot']);
    // Availability asked for in a sentence of its own is still asked for.
    expect(classifyReply('Please let us know which times work for you next week. Alternatively, book a slot via the link below.').requests.map((q) => q.kind))
      .toEqual(['send_availability', 'book_slot']);
  });

  it('R10: a booking link names its tool: "schedule … at https://calendly.com/…" is a book_slot request, its evidence the words before the link', () => {
    const text = 'Please schedule an interview call at https://calendly.com/s/G3qXuEnz . Looking forward to it.';
    const r = classifyReply(text);
    const book = r.requests.find((q) => q.kind === 'book_slot');
    expect(book).toBeDefined();
    expect(text.slice(book!.span.start, book!.span.end)).toBe(book!.span.text);
    expect(book!.span.text).toBe('schedule an interview call at https://calendly');
    // The rest of the link says nothing: another tool's code or path reads the same.
    expect(classifyReply(text.replace('s/G3qXuEnz', 'acme-recruiting/45min?month=2026-12')).requests.map((q) => q.kind)).toEqual(r.requests.map((q) => q.kind));
  });

  it('R10: a second-round invitation that asks for availability has a send_availability request', () => {
    const r = classifyReply('We would like to invite you to a second interview with our CTO. Please let us know your availability for next week.');
    expect(r.requests.map((q) => q.kind)).toContain('send_availability');
  });

  it('R7: a reference request asks the candidate to send references', () => {
    const r = classifyReply('As a final step, could you please provide the names and contact details of two professional references?');
    expect(r.requests.map((q) => q.kind)).toContain('send_references');
  });

  it('R7: requests are read in German, French and Spanish too', () => {
    expect(classifyReply('Bitte senden Sie uns Ihre Zeugnisse bis Freitag zu.').requests.map((q) => q.kind)).toContain('send_documents');
    expect(classifyReply('Merci de nous indiquer vos disponibilités pour un entretien.').requests.map((q) => q.kind)).toContain('send_availability');
    expect(classifyReply('Le rogamos que firme el contrato adjunto.').requests.map((q) => q.kind)).toContain('sign_offer');
  });

  it('R7: a document request is read when it asks to resubmit a file, update one\'s details or fill in a sheet', () => {
    // The phrases alone, with every label allowed: what a one-sentence message is labelled moves with each retraining,
    // and a request is kept only with a label the training mail asked for it under (tested below).
    const kinds = (text: string): string[] => findRequests(text, readReply(text), undefined, () => true).map((q) => q.kind);
    expect(kinds('Thank you for the upload. Please resubmit the document as a clear scan so that we can continue your verification.')).toContain('send_documents');
    expect(kinds('Before we continue, please log in and update your contact details and work history.')).toContain('send_documents');
    expect(kinds('Para continuar con el proceso, cargue los documentos solicitados en la plataforma.')).toContain('send_documents');
    expect(kinds('Merci de compléter votre fiche de renseignement avant la suite du processus.')).toContain('send_documents');
  });

  it('R7: without a reference and a zone, no deadline is resolved; a plain rejection asks for nothing', () => {
    const r = classifyReply('Please sign and return the offer letter by Friday.');
    for (const q of r.requests) expect(q.due).toBeUndefined();
    expect(classifyReply('We have decided to move forward with other candidates. We wish you all the best.').requests).toEqual([]);
  });

  it('R7: a request is reported only with a label the training mail asked for it under (no "sign" in a rejection)', () => {
    for (const [kind, labels] of Object.entries(REQUEST_LABELS)) {
      expect(REQUEST_KINDS, kind).toContain(kind);
      expect(labels.length, kind).toBeGreaterThan(0);
    }
    expect(REQUEST_LABELS.sign_offer).not.toContain('rejection');
    const rejection = classifyReply(
      'Unfortunately we have decided not to move forward with your application. Please sign and return the attached privacy form.',
    );
    expect(rejection.label).toBe('rejection');
    expect(rejection.requests.map((q) => q.kind)).not.toContain('sign_offer');
    const offer = classifyReply('We are delighted to offer you the position. Please sign and return the attached offer letter.');
    expect(offer.label).toBe('offer');
    expect(offer.requests.map((q) => q.kind)).toContain('sign_offer');
    for (const r of [rejection, offer]) {
      for (const q of r.requests) expect(REQUEST_LABELS[q.kind] as readonly string[], q.kind).toContain(r.label);
    }
  });

  it('R7: each request kind is reported once, in reading order, with a known kind', () => {
    const text = 'Please send your availability. Also send your availability for a call. Then complete the online assessment.';
    const r = classifyReply(text);
    const kinds = r.requests.map((q) => q.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const k of kinds) expect(REQUEST_KINDS).toContain(k);
    const starts = r.requests.map((q) => q.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('an offer waits for an answer (R8)', () => {
  it('R8: in an offer, "please confirm" asks for the answer to the offer, not for attendance', () => {
    const kinds = (text: string) => classifyReply(text, received).requests.map((q) => [q.kind, q.span.text, q.due ?? null]);
    expect(kinds('We are pleased to offer you the position of Analyst at a salary of 50,000 EUR. Please confirm by Friday.'))
      .toEqual([['respond_to_offer', 'Please confirm', '2026-12-04']]);
    expect(kinds('Nous avons le plaisir de vous proposer le poste. Merci de confirmer votre participation avant vendredi.').map((r) => r[0]))
      .toEqual(['respond_to_offer']);
    // An invitation still asks for attendance.
    expect(kinds('We would like to invite you to a second interview on Tuesday at 10 am. Please confirm your attendance.').map((r) => r[0]))
      .toContain('confirm_attendance');
  });

  it('R8: an offer that does not ask for an answer in words still has a respond_to_offer request, at the offer\'s words', () => {
    const text = 'Hi Sam, we are delighted to offer you the role of Data Analyst, starting in January.';
    const r = classifyReply(text);
    expect(r.label).toBe('offer');
    const answer = r.requests.find((q) => q.kind === 'respond_to_offer');
    expect(answer).toMatchObject({ implied: true });
    expect(text.slice(answer!.span.start, answer!.span.end)).toBe(answer!.span.text);
    // An answer asked for in words is not implied.
    const asked = classifyReply('We are delighted to offer you the role of Data Analyst. Please let us know your decision by Friday.').requests;
    expect(asked.filter((q) => q.kind === 'respond_to_offer').map((q) => q.implied)).toEqual([undefined]);
  });

  it('R8: an offer that asks for a signature is not given a second, implied request', () => {
    const r = classifyReply('We are delighted to offer you the role. Please sign and return the attached offer letter.');
    expect(r.requests.filter((q) => q.kind === 'respond_to_offer' || q.kind === 'sign_offer').map((q) => q.kind)).toEqual(['sign_offer']);
  });
});

describe('deadline options are checked whether or not the reply asks for anything (R4.5)', () => {
  it.each([
    [{ reference: 'yesterday', timeZone: 'UTC' }, 'INVALID_DATE', /options\.reference "yesterday"/],
    [{ reference: new Date(Number.NaN), timeZone: 'UTC' }, 'INVALID_DATE', /options\.reference/],
    [{ reference: '2026-12-01T09:00:00Z', timeZone: 'Mars/Olympus' }, 'UNKNOWN_TIME_ZONE', /options\.timeZone.*Mars\/Olympus/],
    [{ reference: '2026-12-01T09:00:00Z' }, 'UNKNOWN_TIME_ZONE', /options\.timeZone/],
    [{ timeZone: 'UTC' }, 'INVALID_ARGUMENT', /Invalid options\.reference \(missing\): expected/],
    [{ calendar: 5 }, 'INVALID_ARGUMENT', /options\.calendar 5/],
  ] as const)('R4.5: %j is a typed error naming the field', (options, code, message) => {
    try {
      classifyReply('Thanks for your time.', options as never);
      expect.unreachable();
    } catch (e) {
      expect(isFollowUpError(e, code)).toBe(true);
      expect((e as Error).message).toMatch(message);
    }
  });

  it('R4.5: an unknown option key is refused, with the key it most likely misspells, by all three readers', () => {
    const calendar = { isBusinessDay: () => true, addBusinessDays: (d: string) => d };
    const options = { reference: '2026-12-01T09:00:00Z', timeZone: 'UTC', calender: calendar } as never;
    for (const read of [() => classifyReply('Please reply by Friday.', options), () => extractTimeline('We will reply by Friday.', options), () => findTimePhrases('by Friday', options)]) {
      try {
        read();
        expect.unreachable();
      } catch (e) {
        expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
        expect((e as Error).message).toBe('Invalid options key "calender": expected one of reference, timeZone, calendar, language (did you mean "calendar"?).');
      }
    }
    expect(() => classifyReply('Thanks.', { langauge: 'de' } as never)).toThrow(/options key "langauge".*did you mean "language"/);
    expect(() => classifyReply('Thanks.', { strict: true } as never)).toThrow(/^Invalid options key "strict": expected one of reference, timeZone, calendar, language\.$/);
    // A key set to undefined is absent.
    expect(classifyReply('Thanks.', { extra: undefined } as never).label).toBe(classifyReply('Thanks.').label);
  });

  it('R4.5: a valid Date is accepted as the reference', () => {
    const r = classifyReply('Please sign and return the offer letter by Friday, December 4.', { reference: new Date('2026-12-01T08:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(r.requests.find((q) => q.kind === 'sign_offer')?.due).toBe('2026-12-04');
  });
});

// Plain-text mail is wrapped at about 72 characters: a line break inside a sentence does not end it (R4.5, R7).
describe('a sentence wrapped over two lines reads as on one line', () => {
  const at = { reference: '2026-12-02T10:00:00-05:00', timeZone: 'America/New_York' };
  it.each([
    ['Thank you for your time last week. Before we move forward, could you please send us the names and contact details of two professional references\nby Friday?', 'send_references'],
    ['We are delighted to offer you the position. Please sign and return the offer\nletter by Monday, December 7.', 'sign_offer'],
    ['Vielen Dank für das Gespräch. Bitte senden Sie uns die Kontaktdaten von zwei\nReferenzen bis Freitag zu.', 'send_references'],
  ] as const)('R7: %j keeps its request with the deadline, and the deadline is no promise of the employer', (text, kind) => {
    const wrapped = classifyReply(text, at);
    const flat = classifyReply(text.replace('\n', ' '), at);
    const due = kind === 'sign_offer' ? '2026-12-07' : '2026-12-04';
    expect(wrapped.requests.find((q) => q.kind === kind)?.due).toBe(due);
    expect(flat.requests.find((q) => q.kind === kind)?.due).toBe(due);
    expect(extractTimeline(text, at)).toBeNull();
  });

  it('R4.5: a promise wrapped before its date is still a promise', () => {
    expect(extractTimeline('Thanks for your patience. We are still interviewing and expect to make a decision\nby Friday.', at)?.date).toBe('2026-12-04');
  });

  it('R4.5: short lines, closing punctuation, blank lines and list items still end a sentence', () => {
    // A greeting, a signature and a list: the date after them is not read into the line before.
    expect(extractTimeline('Hi Jo,\nby Friday we will let you know.', at)?.date).toBe('2026-12-04');
    const list = 'Please complete the following steps for the onboarding of your new role at Acme\n- Friday: meet the team\n- Monday: first day';
    expect(classifyReply(list, at).requests.every((q) => q.due === undefined)).toBe(true);
  });
});

describe('a booking asked for within a number of days is due at its end (R4.5, R7)', () => {
  it.each([
    ['Olá Ana, agende sua entrevista nos próximos 3 dias pelo link abaixo.', 'nos próximos 3 dias'],
    ['Olá Ana, agende um horário nos próximos 3 dias.', 'nos próximos 3 dias'],
    ['Hola Ana, agende su entrevista en los próximos 3 días mediante el enlace.', 'en los próximos 3 días'],
    ['Bonjour Ana, réservez un créneau dans les 3 prochains jours via le lien ci-dessous.', 'dans les 3 prochains jours'],
    ['Hallo Ana, bitte buchen Sie innerhalb der nächsten 3 Tage einen Termin.', 'innerhalb der nächsten 3 Tage'],
    ['Hi Ana, please use the link below to schedule your interview within the next 3 days.', 'within the next 3 days'],
  ])('R7: "%s" asks to book a slot by the third day from the reply', (text, words) => {
    const booking = classifyReply(text, received).requests.find((r) => r.kind === 'book_slot');
    expect(booking?.due).toBe('2026-12-04');
    expect(booking?.dueSpan?.text).toBe(words);
  });

  it('R4.5: the employer\'s own step in the next days stays a promise', () => {
    for (const text of ['Entraremos em contato nos próximos 3 dias.', 'Te contactaremos en los próximos 3 días.']) {
      expect(findTimePhrases(text, received).map((p) => p.role)).toEqual(['promise']);
    }
  });
});
