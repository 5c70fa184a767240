import { describe, expect, it } from 'vitest';
import { prepChecklists, prepFormatLabels } from '../templates/prepChecklists.js';
import { LANGUAGES } from './index.js';
import { MESSAGES } from './messages.js';

/*
 * Checks on the catalogue data alone, independent of the template engine. A small oracle below
 * (`fill`) renders the contract syntax by plain string replacement, including the rule that a
 * section tag alone on its line takes that line with it.
 */

type Locale = keyof typeof MESSAGES;
type Kind = keyof (typeof MESSAGES)['en'];
type Text = { readonly subject: string; readonly body: string };

const LOCALES = Object.keys(MESSAGES) as Locale[];
const KINDS = [
  'thankYou', 'followUp', 'offerReply', 'offerAccept', 'offerDecline', 'rejectionReply', 'nextRoundReply',
  'withdrawal', 'statusUpdate', 'rejectionNotice', 'nextRoundInvite', 'referenceRequest', 'offerNotice',
] as const satisfies readonly Kind[];

const CANDIDATE_SIDE = ['thankYou', 'followUp', 'offerReply', 'offerAccept', 'offerDecline', 'rejectionReply', 'nextRoundReply', 'withdrawal'];

const CANDIDATE = ['candidate.name', 'company', 'role'];
const RECRUITER = ['recruiter.name', 'candidate.name', 'company', 'role'];

/** Fields per kind, exactly as the template contract lists them. */
const CONTRACT: Record<Kind, { required: readonly string[]; optional: readonly string[]; booleans?: readonly string[] }> = {
  thankYou: { required: ['candidate.name', 'interviewer.name', 'company', 'role', 'point', 'connection'], optional: ['interviewer.title'] },
  followUp: { required: [...CANDIDATE, 'interviewDate'], optional: ['recipient.name', 'timelineDate'] },
  offerReply: { required: [...CANDIDATE, 'decisionDate'], optional: ['recipient.name'] },
  offerAccept: { required: CANDIDATE, optional: ['recipient.name', 'startDate'] },
  offerDecline: { required: CANDIDATE, optional: ['recipient.name', 'reason'] },
  rejectionReply: { required: CANDIDATE, optional: ['recipient.name', 'askFeedback'], booleans: ['askFeedback'] },
  nextRoundReply: { required: [...CANDIDATE, 'slots'], optional: ['recipient.name', 'format'] },
  withdrawal: { required: CANDIDATE, optional: ['recipient.name', 'reason'] },
  statusUpdate: { required: [...RECRUITER, 'expectedDate'], optional: ['stage'] },
  rejectionNotice: { required: RECRUITER, optional: ['feedbackOffer'], booleans: ['feedbackOffer'] },
  nextRoundInvite: { required: [...RECRUITER, 'format'], optional: ['slots', 'interviewers'] },
  referenceRequest: { required: [...RECRUITER, 'referee.name'], optional: ['deadline'] },
  offerNotice: { required: [...RECRUITER, 'responseDate'], optional: ['salary', 'startDate'] },
};

type Values = Readonly<Record<string, string | boolean>>;

/** Realistic values per locale, on the long side, for the length limits (R1.4, R5). */
const SAMPLES: Record<Locale, Values> = {
  en: {
    'candidate.name': 'Maria Schmidt-Oliveira',
    'interviewer.name': 'Anna Berger',
    'interviewer.title': 'Head of Platform Engineering',
    'recipient.name': 'Jordan Ellis',
    'recruiter.name': 'Jordan Ellis',
    'referee.name': 'Priya Raman',
    company: 'Northwind Logistics',
    role: 'Senior Backend Engineer',
    point: "your team's plan to move billing to event sourcing over the next year",
    connection: 'I led a similar migration at Acme, moving twelve services to an event log without downtime',
    interviewDate: 'Thursday, December 3',
    timelineDate: 'Friday, December 11',
    decisionDate: 'Wednesday, December 16',
    startDate: 'Monday, February 1',
    expectedDate: 'Friday, December 18',
    responseDate: 'Tuesday, December 22',
    deadline: 'Monday, December 14',
    reason: 'I have accepted a role that is closer to my family.',
    format: 'case study',
    stage: 'reference checks',
    slots: '- Monday, December 7, 10:00–12:00\n- Tuesday, December 8, 14:00–16:00\n- Wednesday, December 9, 09:00–11:00',
    interviewers: 'Anna Berger (Head of Platform) and Tom Li (CTO)',
    salary: 'EUR 78,000 per year',
    askFeedback: true,
    feedbackOffer: true,
  },
  de: {
    'candidate.name': 'Maria Schmidt-Oliveira',
    'interviewer.name': 'Anna Berger',
    'interviewer.title': 'Leiterin der Plattformentwicklung',
    'recipient.name': 'Jonas Keller',
    'recruiter.name': 'Jonas Keller',
    'referee.name': 'Petra Hoffmann',
    company: 'Nordwind Logistik GmbH',
    role: 'Senior Backend-Entwicklerin',
    point: 'die Pläne Ihres Teams, die Abrechnung im kommenden Jahr auf Event Sourcing umzustellen',
    connection: 'Bei Acme habe ich eine vergleichbare Migration geleitet und zwölf Dienste ohne Ausfallzeit auf ein Event-Log umgestellt',
    interviewDate: 'Donnerstag, 3. Dezember',
    timelineDate: 'Freitag, 11. Dezember',
    decisionDate: 'Mittwoch, 16. Dezember',
    startDate: 'Montag, 1. Februar',
    expectedDate: 'Freitag, 18. Dezember',
    responseDate: 'Dienstag, 22. Dezember',
    deadline: 'Montag, 14. Dezember',
    reason: 'Ich habe mich für eine Stelle näher an meiner Familie entschieden.',
    format: 'Fallstudie',
    stage: 'Einholen von Referenzen',
    slots: '- Montag, 7. Dezember, 10:00–12:00 Uhr\n- Dienstag, 8. Dezember, 14:00–16:00 Uhr\n- Mittwoch, 9. Dezember, 9:00–11:00 Uhr',
    interviewers: 'Anna Berger (Leiterin Plattform) und Tom Li (CTO)',
    salary: '78.000 EUR brutto im Jahr',
    askFeedback: true,
    feedbackOffer: true,
  },
  fr: {
    'candidate.name': 'Maria Schmidt-Oliveira',
    'interviewer.name': 'Anne Bertin',
    'interviewer.title': 'responsable de l’ingénierie plateforme',
    'recipient.name': 'Julien Marchand',
    'recruiter.name': 'Julien Marchand',
    'referee.name': 'Claire Dubois',
    company: 'Vent du Nord Logistique',
    role: 'Ingénieure backend senior',
    point: 'le projet de votre équipe de faire passer la facturation à l’event sourcing dans l’année',
    connection: 'j’ai dirigé une migration comparable chez Acme, en basculant douze services vers un journal d’événements sans interruption',
    interviewDate: 'jeudi 3 décembre',
    timelineDate: 'vendredi 11 décembre',
    decisionDate: 'mercredi 16 décembre',
    startDate: 'lundi 1er février',
    expectedDate: 'vendredi 18 décembre',
    responseDate: 'mardi 22 décembre',
    deadline: 'lundi 14 décembre',
    reason: 'J’ai accepté un poste plus proche de ma famille.',
    format: 'étude de cas',
    stage: 'vérification des références',
    slots: '- lundi 7 décembre, 10 h – 12 h\n- mardi 8 décembre, 14 h – 16 h\n- mercredi 9 décembre, 9 h – 11 h',
    interviewers: 'Anne Bertin (responsable plateforme) et Tom Li (directeur technique)',
    salary: '58 000 € bruts par an',
    askFeedback: true,
    feedbackOffer: true,
  },
  es: {
    'candidate.name': 'María Schmidt-Oliveira',
    'interviewer.name': 'Ana Bermúdez',
    'interviewer.title': 'responsable de Ingeniería de Plataforma',
    'recipient.name': 'Javier Ortega',
    'recruiter.name': 'Javier Ortega',
    'referee.name': 'Lucía Navarro',
    company: 'Viento Norte Logística',
    role: 'Ingeniera de backend sénior',
    point: 'el plan de su equipo de migrar la facturación a event sourcing durante el próximo año',
    connection: 'dirigí una migración similar en Acme, en la que trasladamos doce servicios a un registro de eventos sin interrupciones',
    interviewDate: 'jueves, 3 de diciembre',
    timelineDate: 'viernes, 11 de diciembre',
    decisionDate: 'miércoles, 16 de diciembre',
    startDate: 'lunes, 1 de febrero',
    expectedDate: 'viernes, 18 de diciembre',
    responseDate: 'martes, 22 de diciembre',
    deadline: 'lunes, 14 de diciembre',
    reason: 'He aceptado un puesto más cerca de mi familia.',
    format: 'caso práctico',
    stage: 'comprobación de referencias',
    slots: '- lunes, 7 de diciembre, de 10:00 a 12:00\n- martes, 8 de diciembre, de 14:00 a 16:00\n- miércoles, 9 de diciembre, de 9:00 a 11:00',
    interviewers: 'Ana Bermúdez (responsable de Plataforma) y Tom Li (director técnico)',
    salary: '52.000 € brutos anuales',
    askFeedback: true,
    feedbackOffer: true,
  },
  pt: {
    'candidate.name': 'Maria Schmidt-Oliveira',
    'interviewer.name': 'Ana Bermudes',
    'interviewer.title': 'responsável pela Engenharia de Plataforma',
    'recipient.name': 'Joana Ribeiro',
    'recruiter.name': 'Joana Ribeiro',
    'referee.name': 'Luísa Navarro',
    company: 'Vento Norte Logística',
    role: 'Engenheira de backend sênior',
    point: 'o plano da equipe de migrar o faturamento para event sourcing no próximo ano',
    connection: 'liderei uma migração parecida na Acme, em que transferimos doze serviços para um registro de eventos sem interrupções',
    interviewDate: 'quinta-feira, 3 de dezembro',
    timelineDate: 'sexta-feira, 11 de dezembro',
    decisionDate: 'quarta-feira, 16 de dezembro',
    startDate: 'segunda-feira, 1º de fevereiro',
    expectedDate: 'sexta-feira, 18 de dezembro',
    responseDate: 'terça-feira, 22 de dezembro',
    deadline: 'segunda-feira, 14 de dezembro',
    reason: 'Aceitei uma vaga mais perto da minha família.',
    format: 'estudo de caso',
    stage: 'verificação de referências',
    slots: '- segunda-feira, 7 de dezembro, das 10:00 às 12:00\n- terça-feira, 8 de dezembro, das 14:00 às 16:00\n- quarta-feira, 9 de dezembro, das 9:00 às 11:00',
    interviewers: 'Ana Bermudes (responsável pela Plataforma) e Tom Li (diretor técnico)',
    salary: 'R$ 12.000 mensais',
    askFeedback: true,
    feedbackOffer: true,
  },
};

const TAG = /\{\{([#/]?)([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)(?:\|([^{}]*))?\}\}/g;

interface Tag {
  readonly sigil: '' | '#' | '/';
  readonly name: string;
  readonly fallback: string | undefined;
  readonly index: number;
}

function tagsOf(template: string): Tag[] {
  return [...template.matchAll(TAG)].map((m) => ({
    sigil: (m[1] ?? '') as Tag['sigil'],
    name: m[2] ?? '',
    fallback: m[3],
    index: m.index,
  }));
}

/** Every field or section name a message uses, subject and body together. */
function fieldNames(text: Text): Set<string> {
  return new Set([...tagsOf(text.subject), ...tagsOf(text.body)].map((t) => t.name));
}

function sectionNames(text: Text): Set<string> {
  return new Set(tagsOf(text.body).filter((t) => t.sigil === '#').map((t) => t.name));
}

/** Names of the sections open at `index`. */
function openSectionsAt(template: string, index: number): string[] {
  const open: string[] = [];
  for (const tag of tagsOf(template)) {
    if (tag.index >= index) break;
    if (tag.sigil === '#') open.push(tag.name);
    if (tag.sigil === '/') open.splice(open.lastIndexOf(tag.name), 1);
  }
  return open;
}

/** Plain-replacement oracle for the contract syntax (test-only). */
function fill(template: string, values: Values): string {
  const present = (name: string): boolean => {
    const v = values[name];
    return v === true || (typeof v === 'string' && v.trim() !== '');
  };
  let out = template.replace(/^[ \t]*(\{\{[#/][\w.]+\}\})[ \t]*(?:\n|$)/gm, '$1');
  let previous: string;
  do {
    previous = out;
    out = out.replace(/\{\{#([\w.]+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_m, name: string, inner: string) => (present(name) ? inner : ''));
  } while (out !== previous);
  return out.replace(/\{\{([\w.]+)(?:\|([^{}]*))?\}\}/g, (_m, name: string, fallback: string | undefined) => {
    const v = values[name];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (fallback !== undefined) return fallback;
    throw new Error(`missing required field ${name}`);
  });
}

function onlyRequired(kind: Kind, locale: Locale): Values {
  const sample = SAMPLES[locale];
  return Object.fromEntries(CONTRACT[kind].required.map((f) => [f, sample[f] ?? '']));
}

function words(text: string): number {
  return text.split(/\s+/).filter((t) => t !== '').length;
}

/** The literal wording of a template: tags removed, fallback texts kept. */
function wording(template: string): string {
  return template.replace(TAG, (_m, _s, _n, fallback: string | undefined) => fallback ?? ' ');
}

function each(fn: (locale: Locale, kind: Kind, text: Text) => void): void {
  for (const locale of LOCALES) for (const kind of KINDS) fn(locale, kind, MESSAGES[locale][kind]);
}

describe('message catalogue', () => {
  it('has a text for every language, in the order of LANGUAGES', () => {
    expect(LOCALES).toEqual([...LANGUAGES]);
  });

  it('R1, R5, R8–R10: every locale has all 13 kinds with a non-empty one-line subject and a body', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual([...KINDS].sort());
    }
    each((locale, kind, { subject, body }) => {
      expect(subject.trim(), `${locale}.${kind}.subject`).not.toBe('');
      expect(subject, `${locale}.${kind}.subject`).not.toMatch(/[\r\n]/);
      expect(subject, `${locale}.${kind}.subject`).toBe(subject.trim());
      expect(words(wording(body)), `${locale}.${kind}.body`).toBeGreaterThan(20);
    });
  });

  it('uses the same placeholders and sections per kind in every language', () => {
    for (const kind of KINDS) {
      const reference = [...fieldNames(MESSAGES.en[kind])].sort();
      const sections = [...sectionNames(MESSAGES.en[kind])].filter((s) => s !== 'recipient.name').sort();
      for (const locale of LOCALES) {
        expect([...fieldNames(MESSAGES[locale][kind])].sort(), `${locale}.${kind}`).toEqual(reference);
        // Sections on optional content must exist everywhere; de/fr/es may add a greeting section.
        const own = [...sectionNames(MESSAGES[locale][kind])].filter((s) => s !== 'recipient.name').sort();
        expect(own, `${locale}.${kind} sections`).toEqual(sections);
      }
    }
  });

  it('uses only fields of the contract and every required one', () => {
    each((locale, kind, text) => {
      const allowed = new Set([...CONTRACT[kind].required, ...CONTRACT[kind].optional]);
      const used = fieldNames(text);
      for (const name of used) expect(allowed.has(name), `${locale}.${kind} uses ${name}`).toBe(true);
      for (const name of CONTRACT[kind].required) expect(used.has(name), `${locale}.${kind} misses ${name}`).toBe(true);
    });
  });

  it('keeps optional fields inside their own section or behind a fallback; booleans only as sections', () => {
    each((locale, kind, text) => {
      for (const part of [text.subject, text.body]) {
        for (const tag of tagsOf(part)) {
          if (tag.sigil !== '' || tag.fallback !== undefined) continue;
          const where = `${locale}.${kind}: {{${tag.name}}}`;
          expect(CONTRACT[kind].booleans ?? [], where).not.toContain(tag.name);
          if (CONTRACT[kind].optional.includes(tag.name)) {
            expect(openSectionsAt(part, tag.index), where).toContain(tag.name);
          }
        }
      }
      expect(tagsOf(text.subject).filter((t) => t.sigil !== ''), `${locale}.${kind}.subject`).toEqual([]);
    });
  });

  it('is well-formed: balanced sections, no stray braces, no empty fallback, no HTML', () => {
    each((locale, kind, text) => {
      for (const part of [text.subject, text.body]) {
        const where = `${locale}.${kind}`;
        expect(part.replace(TAG, ''), where).not.toMatch(/\{\{|\}\}/);
        expect(part, where).not.toMatch(/<\/?[a-z][^>]*>/i);
        expect(part, where).not.toMatch(/\$\{/);
        for (const tag of tagsOf(part)) if (tag.fallback !== undefined) expect(tag.fallback.trim(), where).not.toBe('');
        const open: string[] = [];
        for (const tag of tagsOf(part)) {
          if (tag.sigil === '#') {
            expect(open, where).not.toContain(tag.name);
            open.push(tag.name);
          } else if (tag.sigil === '/') {
            expect(open.pop(), where).toBe(tag.name);
          }
        }
        expect(open, where).toEqual([]);
      }
    });
  });

  it('ends every message with a sign-off and the sender name', () => {
    each((locale, kind, { body }) => {
      const sender = CANDIDATE_SIDE.includes(kind) ? '{{candidate.name}}' : '{{recruiter.name}}';
      const lines = body.split('\n');
      expect(lines.at(-1), `${locale}.${kind}`).toBe(sender);
      expect(lines.at(-2), `${locale}.${kind}`).toMatch(/^\p{Lu}[\p{L} ]+,?$/u);
      expect(lines.at(-3), `${locale}.${kind}`).toBe('');
    });
  });

  it('renders cleanly with every optional value present and with none: no tags, no "Dear ,", no stray spaces', () => {
    each((locale, kind, text) => {
      for (const values of [SAMPLES[locale], onlyRequired(kind, locale)]) {
        for (const part of [text.subject, text.body]) {
          const out = fill(part, values);
          const where = `${locale}.${kind}: ${out}`;
          expect(out, where).not.toMatch(/\{\{|\}\}/);
          expect(out, where).not.toMatch(/[^\S\n]\n|\n[^\S\n]|[ ]{2}/);
          expect(out, where).not.toMatch(/ [,.:;?!)]|\( /);
          expect(out, where).not.toMatch(/\n{3}/);
          expect(out.trim(), where).toBe(out);
        }
        const firstLine = fill(text.body, values).split('\n')[0] ?? '';
        expect(firstLine, `${locale}.${kind}`).toMatch(/^\p{Lu}.*\p{L}[,:]$/u);
      }
    });
  });

  it('R1.3: thankYou thanks for the conversation, then the point, then the connection, then restates enthusiasm', () => {
    const thanks: Record<Locale, RegExp> = { en: /Thank you/, de: /vielen Dank/, fr: /remercie/, es: /agradezco/, pt: /Agradeço/ };
    const enthusiasm: Record<Locale, RegExp> = { en: /excited/, de: /begeistert/, fr: /enthousiasme/, es: /entusiasmo/, pt: /entusiasmo/ };
    for (const locale of LOCALES) {
      const body = MESSAGES[locale].thankYou.body;
      const a = body.search(thanks[locale]);
      const b = body.indexOf('{{point}}');
      const c = body.indexOf('{{connection}}');
      const d = body.search(enthusiasm[locale]);
      expect(a, locale).toBeGreaterThan(0);
      expect(body.slice(0, b), `${locale}: (a) names the role`).toContain('{{role}}');
      expect(a, locale).toBeLessThan(b);
      expect(b, locale).toBeLessThan(c);
      expect(c, locale).toBeLessThan(d);
      // Each part is its own step: the point and the connection sit in different sentences.
      expect(body.slice(b, c), locale).toMatch(/[.!]\s/);
    }
  });

  it('R1.4: thankYou stays within 150 words and a 60-character subject with realistic values', () => {
    for (const locale of LOCALES) {
      const { subject, body } = MESSAGES[locale].thankYou;
      const values = SAMPLES[locale];
      expect(fill(subject, values).length, `${locale}: ${fill(subject, values)}`).toBeLessThanOrEqual(60);
      expect(words(fill(body, values)), locale).toBeLessThanOrEqual(150);
    }
  });

  it('R1.5: the thankYou text changes with the point, so two interviewers never get the same note', () => {
    for (const locale of LOCALES) {
      const { body } = MESSAGES[locale].thankYou;
      const first = fill(body, SAMPLES[locale]);
      const second = fill(body, { ...SAMPLES[locale], 'interviewer.name': 'Tom Li', point: 'the on-call rotation' });
      expect(first).not.toBe(second);
    }
  });

  it('R5: followUp names the position, restates interest, asks about the timeline, within 120 words', () => {
    const timeline: Record<Locale, RegExp> = { en: /update on the timeline/, de: /Zeitplan/, fr: /calendrier/, es: /plazos/, pt: /prazo/ };
    const interest: Record<Locale, RegExp> = { en: /interest/, de: /Interesse/, fr: /intérêt/, es: /interés/, pt: /interesse/ };
    for (const locale of LOCALES) {
      const { subject, body } = MESSAGES[locale].followUp;
      expect(body, locale).toContain('{{role}}');
      expect(subject, locale).toContain('{{role}}');
      expect(body, locale).toMatch(interest[locale]);
      expect(body, locale).toMatch(timeline[locale]);
      expect(body, locale).toMatch(/\?/);
      expect(words(fill(body, SAMPLES[locale])), locale).toBeLessThanOrEqual(120);
      expect(wording(body), `${locale}: neutral tone`).not.toMatch(/!|ASAP|immediately|sofort|immédiatement|inmediatamente|urgent|dringend|urgente/i);
    }
  });

  it('R8.1, R8.2: offerReply thanks, asks for the offer in writing with salary, benefits and start date', () => {
    const cues: Record<Locale, readonly RegExp[]> = {
      en: [/Thank you/, /in writing/, /salary/, /benefits/, /start date/],
      de: [/vielen Dank/i, /schriftlich/, /Gehalt/, /Zusatzleistungen/, /Eintrittstermin/],
      fr: [/remercie/, /par écrit/, /salaire/, /avantages/, /date de début/],
      es: [/gracias/i, /por escrito/, /salario/, /beneficios/, /fecha de incorporación/],
      pt: [/Agradeço/, /por escrito/, /salário/, /benefícios/, /data de início/],
    };
    for (const locale of LOCALES) {
      for (const cue of cues[locale]) expect(MESSAGES[locale].offerReply.body, `${locale} ${cue}`).toMatch(cue);
    }
  });

  it('R8.3: offerReply asks for time to decide until the decision date', () => {
    for (const locale of LOCALES) {
      const body = MESSAGES[locale].offerReply.body;
      expect(body, locale).toContain('{{decisionDate}}');
      expect(fill(body, SAMPLES[locale]), locale).toContain(String(SAMPLES[locale].decisionDate));
    }
  });

  it('R9: rejectionReply thanks graciously and asks for feedback only inside {{#askFeedback}}', () => {
    const feedback: Record<Locale, RegExp> = { en: /feedback/i, de: /Rückmeldung/i, fr: /retour/i, es: /comentarios/i, pt: /comentários/i };
    const thanks: Record<Locale, RegExp> = { en: /grateful/, de: /dankbar/i, fr: /remercie/, es: /agradezco/, pt: /agradeço/ };
    for (const locale of LOCALES) {
      const body = MESSAGES[locale].rejectionReply.body;
      const section = /\{\{#askFeedback\}\}([\s\S]*?)\{\{\/askFeedback\}\}/.exec(body);
      expect(section, locale).not.toBeNull();
      expect(section?.[1], locale).toMatch(feedback[locale]);
      expect(body.replace(section?.[0] ?? '', ''), locale).not.toMatch(feedback[locale]);
      expect(body, locale).toMatch(thanks[locale]);
      expect(body, locale).toContain('{{company}}');
      const without = fill(body, { ...SAMPLES[locale], askFeedback: false });
      expect(without, locale).not.toMatch(feedback[locale]);
      expect(fill(body, SAMPLES[locale]), locale).toMatch(feedback[locale]);
    }
  });

  it('R10: nextRoundReply accepts and puts the availability list on its own lines', () => {
    for (const locale of LOCALES) {
      const body = MESSAGES[locale].nextRoundReply.body;
      expect(body, locale).toMatch(/\n\n\{\{slots\}\}\n\n/);
      const out = fill(body, SAMPLES[locale]);
      expect(out, locale).toContain(`\n\n${String(SAMPLES[locale].slots)}\n\n`);
      expect(out, locale).toMatch(/\?/);
    }
  });

  it('R3.5: statusUpdate names the step of the process only when it is given, and the new expected date', () => {
    for (const locale of LOCALES) {
      const body = MESSAGES[locale].statusUpdate.body;
      expect(body, locale).toContain('{{expectedDate}}');
      const withStage = fill(body, SAMPLES[locale]);
      const withoutStage = fill(body, { ...SAMPLES[locale], stage: '' });
      expect(withStage, locale).toContain(String(SAMPLES[locale].stage));
      // The step is one sentence of the paragraph, left out whole without it.
      expect(withoutStage, locale).not.toContain(String(SAMPLES[locale].stage));
      expect(withoutStage.length, locale).toBeLessThan(withStage.length);
      expect(withoutStage.split('\n').length, locale).toBe(withStage.split('\n').length);
    }
  });

  it('R10: prepChecklists has 5–8 distinct, non-empty items per format and locale', () => {
    const formats = ['executive', 'skills-assessment', 'case-study', 'presentation', 'panel', 'technical', 'general'];
    expect(Object.keys(prepChecklists).sort()).toEqual([...formats].sort());
    for (const format of formats) {
      const perLocale = prepChecklists[format as keyof typeof prepChecklists];
      expect(Object.keys(perLocale).sort(), format).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const items: readonly string[] = perLocale[locale];
        expect(items.length, `${format}.${locale}`).toBeGreaterThanOrEqual(5);
        expect(items.length, `${format}.${locale}`).toBeLessThanOrEqual(8);
        expect(new Set(items).size, `${format}.${locale}`).toBe(items.length);
        for (const item of items) {
          expect(item.trim(), `${format}.${locale}`).toBe(item);
          expect(item, `${format}.${locale}`).toMatch(/^\p{Lu}/u);
          expect(item, `${format}.${locale}`).not.toMatch(/[\r\n]|\{\{/);
          expect(words(item), `${format}.${locale}: ${item}`).toBeLessThanOrEqual(25);
        }
      }
      // Same number of items in every language: the lists are translations of one another.
      const counts = LOCALES.map((l) => perLocale[l].length);
      expect(new Set(counts).size, format).toBe(1);
    }
  });

  it('R10: prepFormatLabels names every checklist format in every language and fits the format slot', () => {
    expect(Object.keys(prepFormatLabels).sort()).toEqual(Object.keys(prepChecklists).sort());
    for (const [format, labels] of Object.entries(prepFormatLabels)) {
      for (const locale of LOCALES) {
        const label: string = labels[locale];
        expect(label.trim(), `${format}.${locale}`).not.toBe('');
        expect(label, `${format}.${locale}`).not.toMatch(/[\r\n{}().:]/);
        const out = fill(MESSAGES[locale].nextRoundReply.body, { ...SAMPLES[locale], format: label });
        expect(out, `${format}.${locale}`).toContain(label);
      }
      expect(new Set(LOCALES.map((l) => labels[l])).size, format).toBeGreaterThan(1);
    }
  });

  it('leaves no English words in the German, French and Spanish texts', () => {
    const english = ['Dear', 'Thank you', 'Thanks', 'regards', 'Hiring Team', 'please', 'your', 'with', 'the', 'and', 'interview', 'best', 'Kind', 'offer', 'role', 'next steps', 'Hello', 'Hi'];
    const pattern = new RegExp(`(?<!\\p{L})(?:${english.join('|')})(?!\\p{L})`, 'iu');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const kind of KINDS) {
        const { subject, body } = MESSAGES[locale][kind];
        expect(wording(subject), `${locale}.${kind}.subject`).not.toMatch(pattern);
        expect(wording(body), `${locale}.${kind}.body`).not.toMatch(pattern);
      }
      for (const [format, perLocale] of Object.entries(prepChecklists)) {
        for (const item of perLocale[locale]) expect(item, `${format}.${locale}`).not.toMatch(pattern);
      }
      for (const [format, labels] of Object.entries(prepFormatLabels)) {
        expect(labels[locale], `${format}.${locale}`).not.toMatch(pattern);
      }
    }
  });

  it('never uses informal address in Portuguese (tu, te, teu, contigo, vocês) nor gendered self-description', () => {
    const informal = /(?<!\p{L})(?:tu|te|ti|teu|tua|teus|tuas|contigo|vós|vocês)(?!\p{L})/iu;
    // The sender's and recipient's gender are unknown: no "obrigado", "ansioso", "interessado", "grato".
    const gendered = /(?<!\p{L})(?:obrigad[oa]s?|ansios[oa]s?|interessad[oa]s?|grat[oa]s?|bem-vind[oa]s?)(?!\p{L})/iu;
    for (const kind of KINDS) {
      const body = wording(MESSAGES.pt[kind].body);
      expect(body, `pt.${kind}`).not.toMatch(informal);
      expect(body, `pt.${kind}`).not.toMatch(gendered);
    }
  });

  it('uses formal address in German, French and Spanish (Sie / vous / usted)', () => {
    const informal: Record<'de' | 'fr' | 'es', RegExp> = {
      de: /(?<!\p{L})(?:du|dich|dir|dein\p{L}*|euch|euer)(?!\p{L})/iu,
      fr: /(?<!\p{L})(?:tu|toi|ton|ta|tes|te|t’)(?!\p{L})/iu,
      es: /(?<!\p{L})(?:tú|te|ti|tu|tus|contigo|vosotros|os)(?!\p{L})/iu,
    };
    const formal: Record<'de' | 'fr' | 'es', RegExp> = { de: /\bSie\b|\bIhr|\bIhnen\b/, fr: /\bvous\b|\bvotre\b/, es: /(?<!\p{L})(?:usted|le|su|sus)(?!\p{L})/u };
    for (const locale of ['de', 'fr', 'es'] as const) {
      for (const kind of KINDS) {
        const body = wording(MESSAGES[locale][kind].body);
        expect(body, `${locale}.${kind}`).not.toMatch(informal[locale]);
        expect(body, `${locale}.${kind}`).toMatch(formal[locale]);
      }
    }
  });
});
