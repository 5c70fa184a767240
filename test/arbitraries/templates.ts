/**
 * Generators for the template properties: adversarial values (template syntax, HTML, quotes,
 * emoji, right-to-left text, very long strings) and realistic message data.
 */
import { fc } from '@fast-check/vitest';
import type { MessageData, MessageKind } from '../../src/templates/messageData.js';
import type { MessageLocale } from '../../src/templates/resolveLocale.js';

/** Fragments that break naive template engines and HTML output. */
export const NASTY_FRAGMENTS = [
  '{{', '}}', '{{x}}', '{{#s}}', '{{/s}}', '{{name|x}}', '{', '}', '|',
  '<script>alert(1)</script>', '<b>', '</p>', '<img src=x onerror=alert(1)>', '&amp;', '&', '&lt;',
  '"', "'", '`', '\\', '${x}', '$&', '$1',
  '😀', '👩🏽‍💻', '🇩🇪', 'שלום', 'مرحبا', '\u202Eevil\u202C', '\u200F', 'Zoë', 'Łódź', 'ß', '東京',
  '__proto__', 'constructor', 'toString', '\t', ' ',
] as const;

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const isBlank = (s: string): boolean => s.trim() === '';
/** NUL and lone surrogates are rewritten by HTML parsers; CR/LF and other line breaks are kept out of one-line values. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;
const UNSAFE = /[\u0000\uD800-\uDFFF]/gu;

/** A non-blank one-line value made of adversarial fragments (valid Unicode, no NUL). */
export const lineValueArb: fc.Arbitrary<string> = fc
  .array(fragment, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(LINE_BREAKS, ' ').replace(UNSAFE, '?'))
  .filter((s) => !isBlank(s));

/** A very long one-line value (thousands of characters). */
export const longValueArb: fc.Arbitrary<string> = fc
  .tuple(lineValueArb, fc.integer({ min: 200, max: 800 }))
  .map(([s, n]) => s.repeat(Math.ceil((n * 5) / s.length) + 1).slice(0, n * 5).replace(UNSAFE, '?'))
  .filter((s) => !isBlank(s));

/** Any non-blank one-line value: mostly short, sometimes very long. */
export const valueArb: fc.Arbitrary<string> = fc.oneof({ weight: 9, arbitrary: lineValueArb }, { weight: 1, arbitrary: longValueArb });

/**
 * A value with a line break between two non-blank parts, so that it stays after the blank space around the value is
 * trimmed: must be rejected in a subject.
 */
export const lineBreakValueArb: fc.Arbitrary<string> = fc
  .tuple(lineValueArb, fc.constantFrom('\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085'), lineValueArb)
  .map(([a, br, b]) => `${a}${br}${b}`);

/** Realistic person names, including accents and non-Latin scripts. */
export const personNameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Ana', 'Tom', 'Zoë', 'Łukasz', 'María José', 'Jean-Luc', "Siobhán", 'Yūki', 'Olumide', 'Ngọc Anh', 'Søren', 'Noor', 'אבי', 'Ахмед'),
    fc.constantFrom('Ruiz', 'Li', 'Müller', "O'Brien", 'Nowak', 'García-López', 'Dubois', 'Tanaka', 'Adeyemi', 'Nguyen', 'Kjær', 'Haddad', 'כהן', 'Иванов'),
  )
  .map(([first, last]) => `${first} ${last}`);

/** Short realistic noun phrases for discussed points (R1.3b). */
export const pointArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('your plan to', 'the team’s work to', 'how you intend to', 'the roadmap to', 'your approach to'),
    fc.constantFrom('migrate billing', 'rebuild the data platform', 'cut on-call load', 'hire two more engineers', 'open an office in Lisbon', 'improve onboarding'),
    fc.constantFrom('', ' next year', ' before the summer', ' in small steps', ' with <b>no</b> downtime & "zero" regressions'),
  )
  .map(([a, b, c]) => `${a} ${b}${c}`);

/** A safe identifier for a template path segment. */
export const identArb: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);

// ---- Realistic message data, per locale (long-ish values, to exercise the R1.4 and R5 limits). ----

/** Example data of every kind; dates are civil dates, slots are instants (written in `Europe/Berlin`). */
export type MessageSamples = { readonly [K in MessageKind]: MessageData<K> };

interface LocaleValues {
  readonly candidate: string;
  readonly interviewer: string;
  readonly title: string;
  readonly recipient: string;
  readonly referee: string;
  readonly company: string;
  readonly role: string;
  readonly point: string;
  readonly connection: string;
  readonly reason: string;
  readonly stage: string;
  readonly salary: string;
}

const VALUES: Readonly<Record<MessageLocale, LocaleValues>> = {
  en: {
    candidate: 'Maria Schmidt-Oliveira', interviewer: 'Anna Berger', title: 'Head of Platform Engineering', recipient: 'Jordan Ellis',
    referee: 'Priya Raman', company: 'Northwind Logistics', role: 'Senior Backend Engineer',
    point: "your team's plan to move billing to event sourcing over the next year",
    connection: 'I led a similar migration at Acme, moving twelve services to an event log without downtime',
    reason: 'I have accepted a role that is closer to my family.', stage: 'reference checks', salary: 'EUR 78,000 per year',
  },
  de: {
    candidate: 'Maria Schmidt-Oliveira', interviewer: 'Anna Berger', title: 'Leiterin der Plattformentwicklung', recipient: 'Jonas Keller',
    referee: 'Petra Hoffmann', company: 'Nordwind Logistik GmbH', role: 'Senior Backend-Entwicklerin',
    point: 'die Pläne Ihres Teams, die Abrechnung im kommenden Jahr auf Event Sourcing umzustellen',
    connection: 'Bei Acme habe ich eine vergleichbare Migration geleitet und zwölf Dienste ohne Ausfallzeit auf ein Event-Log umgestellt',
    reason: 'Ich habe mich für eine Stelle näher an meiner Familie entschieden.', stage: 'Einholen von Referenzen', salary: '78.000 EUR brutto im Jahr',
  },
  fr: {
    candidate: 'Maria Schmidt-Oliveira', interviewer: 'Anne Bertin', title: 'responsable de l’ingénierie plateforme', recipient: 'Julien Marchand',
    referee: 'Claire Dubois', company: 'Vent du Nord Logistique', role: 'Ingénieure backend senior',
    point: 'le projet de votre équipe de faire passer la facturation à l’event sourcing dans l’année',
    connection: 'j’ai dirigé une migration comparable chez Acme, en basculant douze services vers un journal d’événements sans interruption',
    reason: 'J’ai accepté un poste plus proche de ma famille.', stage: 'vérification des références', salary: '58 000 € bruts par an',
  },
  es: {
    candidate: 'María Schmidt-Oliveira', interviewer: 'Ana Bermúdez', title: 'responsable de Ingeniería de Plataforma', recipient: 'Javier Ortega',
    referee: 'Lucía Navarro', company: 'Viento Norte Logística', role: 'Ingeniera de backend sénior',
    point: 'el plan de su equipo de migrar la facturación a event sourcing durante el próximo año',
    connection: 'dirigí una migración similar en Acme, en la que trasladamos doce servicios a un registro de eventos sin interrupciones',
    reason: 'He aceptado un puesto más cerca de mi familia.', stage: 'comprobación de referencias', salary: '52.000 € brutos anuales',
  },
  pt: {
    candidate: 'Maria Schmidt-Oliveira', interviewer: 'Ana Bermudes', title: 'responsável pela Engenharia de Plataforma', recipient: 'Joana Ribeiro',
    referee: 'Luísa Navarro', company: 'Vento Norte Logística', role: 'Engenheira de backend sênior',
    point: 'o plano da equipe de migrar o faturamento para event sourcing no próximo ano',
    connection: 'liderei uma migração parecida na Acme, em que transferimos doze serviços para um registro de eventos sem interrupções',
    reason: 'Aceitei uma vaga mais perto da minha família.', stage: 'verificação de referências', salary: 'R$ 12.000 mensais',
  },
};

/** Realistic data of every kind for `locale`, with every optional field filled in. */
export function messageSamples(locale: MessageLocale): MessageSamples {
  const v = VALUES[locale];
  const candidate = { name: v.candidate };
  const recipient = { name: v.recipient };
  const recruiter = { name: v.recipient };
  const base = { candidate, recipient, company: v.company, role: v.role };
  const side = { recruiter, candidate, company: v.company, role: v.role };
  const slots = ['2026-12-07T10:00:00+01:00', '2026-12-08T14:30:00+01:00', '2026-12-09T09:00:00+01:00'];
  return {
    thankYou: { candidate, interviewer: { name: v.interviewer, title: v.title }, company: v.company, role: v.role, point: v.point, connection: v.connection },
    followUp: { ...base, interviewDate: '2026-12-03', timelineDate: '2026-12-11' },
    offerReply: { ...base, decisionDate: '2026-12-16' },
    offerAccept: { ...base, startDate: '2027-02-01' },
    offerDecline: { ...base, reason: v.reason },
    rejectionReply: { ...base, askFeedback: true },
    nextRoundReply: { ...base, slots, format: 'case-study' },
    withdrawal: { ...base, reason: v.reason },
    statusUpdate: { ...side, stage: v.stage, expectedDate: '2026-12-18' },
    rejectionNotice: { ...side, feedbackOffer: true },
    nextRoundInvite: { ...side, format: 'presentation', slots, interviewers: [v.interviewer, 'Tom Li'] },
    referenceRequest: { ...side, referee: { name: v.referee }, deadline: '2026-12-14' },
    offerNotice: { ...side, responseDate: '2026-12-22', salary: v.salary, startDate: '2027-02-01' },
  };
}

/** The same data with only the required fields of each kind. */
export function requiredOnlySamples(locale: MessageLocale): MessageSamples {
  const s = messageSamples(locale);
  const strip = <T extends object>(o: T, keys: readonly string[]): T =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as T;
  return {
    thankYou: { ...s.thankYou, interviewer: { name: s.thankYou.interviewer.name } },
    followUp: strip(s.followUp, ['recipient', 'timelineDate']),
    offerReply: strip(s.offerReply, ['recipient']),
    offerAccept: strip(s.offerAccept, ['recipient', 'startDate']),
    offerDecline: strip(s.offerDecline, ['recipient', 'reason']),
    rejectionReply: strip(s.rejectionReply, ['recipient', 'askFeedback']),
    nextRoundReply: strip(s.nextRoundReply, ['recipient', 'format']),
    withdrawal: strip(s.withdrawal, ['recipient', 'reason']),
    statusUpdate: strip(s.statusUpdate, ['stage']),
    rejectionNotice: strip(s.rejectionNotice, ['feedbackOffer']),
    nextRoundInvite: strip(s.nextRoundInvite, ['slots', 'interviewers']),
    referenceRequest: strip(s.referenceRequest, ['deadline']),
    offerNotice: strip(s.offerNotice, ['salary', 'startDate']),
  };
}

/** Realistic job titles, short enough for the R1.4 subject limit in every language. */
export const roleArb: fc.Arbitrary<string> = fc.constantFrom(
  'Data Engineer', 'Senior Backend Engineer', 'Product Designer', 'Staff SRE', 'Head of Finance', 'UX Researcher',
  'Ingénieure QA', 'Entwicklerin', 'Analista de datos', 'Account Manager', 'iOS Developer', 'CTO',
);

/** Realistic company names. */
export const companyArb: fc.Arbitrary<string> = fc.constantFrom(
  'Acme', 'Northwind Logistics', 'Müller & Söhne GmbH', 'Café "Central"', 'L’Atelier <Bleu>', 'Viento Norte S.A.', '東京テック', 'O\'Reilly Media',
);

/** Realistic connections (R1.3c): one clause about the candidate's own experience. */
export const connectionArb: fc.Arbitrary<string> = fc.constantFrom(
  'I led a similar migration at my last job',
  'I ran the on-call rotation for three years',
  'I built onboarding guides that halved ramp-up time',
  'I have hired and mentored four engineers',
);
