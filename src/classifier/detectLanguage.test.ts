import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { CUE_TABLES } from './cues/index.js';
import { LEAD_STOP_WORDS, detectLanguageOfTokens } from './detectLanguage.js';
import { foldText } from './foldText.js';
import { tokenize } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

const detect = (text: string) => detectLanguageOfTokens([tokenize(foldText(text))]);
/** Detection of a reply with a subject, as the reader tokenises it (the subject is the first field). */
const detectWithSubject = (subject: string, body: string) =>
  detectLanguageOfTokens([tokenize(foldText(subject), 64), tokenize(foldText(body))], 1);

/** Employer mail and the paragraphs that end up below it (our own wording). */
const DE_REJECTION = 'Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben.';
const FR_INVITATION = 'Bonjour Alex,\n\nNous avons le plaisir de vous inviter à un entretien la semaine prochaine.';
const EN_REJECTION = 'Hi Alex,\n\nThank you for your interest. We have decided to move forward with other candidates.';
const EN_EEO = 'Acme is an equal opportunity employer. We value diversity and are committed to building an inclusive workplace ' +
  'for everyone. All qualified applicants will be considered for employment without regard to race, colour, religion, ' +
  'sex, sexual orientation, gender identity, national origin, age, disability or veteran status. If you need an ' +
  'adjustment at any point of the process, just let us know.';
const DE_FOOTER = 'Wir nehmen den Schutz Ihrer Daten sehr ernst. Die Angaben aus Ihrer Bewerbung verwenden wir nur für dieses ' +
  'Auswahlverfahren und bewahren sie höchstens sechs Monate auf. Sie können jederzeit Auskunft über die bei uns ' +
  'gespeicherten Daten verlangen oder ihre Löschung beantragen; schreiben Sie dazu an datenschutz@acme.example.';
const DE_EEO = 'Wir schätzen Vielfalt und freuen uns über Bewerbungen von allen Menschen, unabhängig von Geschlecht, ' +
  'Nationalität, Religion, Behinderung, Alter oder sexueller Identität.';

/** Per language, stop words that are no other language's (as the tokenizer reads them). */
const OWN_STOP_WORDS = CUE_TABLES.map((t, k) => t.stopWords.filter((w) => {
  const tok = tokenize(foldText(w));
  return tok.count === 1 && tok.infos[0]!.stop === 1 << k;
}));

/**
 * Short replies in Portuguese (Brazilian and European) and Spanish that say the same thing (our own wording): the two
 * languages share many function words ("que", "de", "para", "por"), so each side must win on its own ones.
 */
const PAIRS: readonly (readonly [pt: string, es: string])[] = [
  ['Infelizmente não seguiremos com sua candidatura.', 'Lamentablemente no continuaremos con su candidatura.'],
  ['Obrigado pelo seu interesse na vaga. Entraremos em contato em breve.', 'Gracias por su interés en el puesto. Nos pondremos en contacto pronto.'],
  ['Você foi aprovado no processo seletivo! Parabéns.', '¡Ha sido seleccionado en el proceso! Enhorabuena.'],
  ['Gostaríamos de convidá-lo para uma entrevista na próxima semana.', 'Nos gustaría invitarle a una entrevista la próxima semana.'],
  ['Estamos a analisar a sua candidatura e entraremos em contacto brevemente.', 'Estamos revisando su candidatura y le contactaremos en breve.'],
  ['A vaga já foi preenchida, mas manteremos o seu currículo no nosso banco de talentos.', 'El puesto ya ha sido cubierto, pero conservaremos su currículum en nuestra base de datos.'],
  ['Por favor, confirme sua presença até sexta-feira.', 'Por favor, confirme su asistencia antes del viernes.'],
];

describe('detectLanguageOfTokens (R7)', () => {
  it('R7: tells Portuguese from Spanish in one-line replies, and is sure of both', () => {
    for (const [pt, es] of PAIRS) {
      for (const [text, language] of [[pt, 'pt'], [es, 'es']] as const satisfies readonly (readonly [string, ReplyLanguage])[]) {
        const d = detect(text);
        expect(d.language, text).toBe(language);
        expect(d.sure, text).toBe(true);
      }
    }
  });

  it('R7: a reply without a stop word of any language is English, and not sure', () => {
    expect(detect('Zoom 14:00')).toEqual({ language: 'en', sure: false, stopWords: 0 });
  });

  it.each([
    ['de', DE_REJECTION, EN_EEO],
    ['fr', FR_INVITATION, EN_EEO],
    ['en', EN_REJECTION, DE_FOOTER],
  ] as const)('R7: a paragraph in another language below the message does not change its language (%s)', (language, text, footer) => {
    expect(detect(text).language).toBe(language);
    const d = detect(`${text}\n\n${footer}`);
    expect(d.language).toBe(language);
    expect(d.sure).toBe(true);
    // Its stop words are those of the whole reply, footer included (the timeline reads them as before).
    expect(d.stopWords).toBeGreaterThanOrEqual(detect(text).stopWords);
  });

  it('R7: bilingual mail (the same text twice) is read in the language it starts in', () => {
    expect(detect(`${DE_EEO}\n\n${EN_EEO.slice(0, EN_EEO.indexOf('.', 60) + 1)}`).language).toBe('de');
    expect(detect(`${EN_EEO}\n\n${DE_EEO}`).language).toBe('en');
  });

  it("R7: an applicant-tracking system's English subject does not decide the body's language", () => {
    const subject = 'An update on your application for the role of Data Analyst at Acme and what it means for you';
    expect(detectWithSubject(subject, 'Hallo Alex,\n\nleider haben wir uns für jemand anderen entschieden.').language).toBe('de');
    // A body with too few stop words to decide alone is read with its subject, as every reply is.
    expect(detectWithSubject('Leider keine Zusage für die Stelle', 'Hallo Alex, danke!').language).toBe('de');
  });

  it('R7: a body whose sentences never reach the lead is read by all its words', () => {
    expect(LEAD_STOP_WORDS).toBeGreaterThan(1);
    expect(detect('Danke. Thanks and all the best.').language).toBe('en');
  });

  it('every language has stop words of its own for the property below', () => {
    for (const own of OWN_STOP_WORDS) expect(own.length).toBeGreaterThanOrEqual(5);
  });

  test.prop([
    fc.integer({ min: 0, max: CUE_TABLES.length - 1 }),
    fc.integer({ min: 0, max: CUE_TABLES.length - 1 }),
    fc.integer({ min: LEAD_STOP_WORDS, max: 30 }),
    fc.array(fc.nat(), { minLength: 0, maxLength: 300 }),
    fc.array(fc.nat(), { minLength: 0, maxLength: 20 }),
    fc.array(fc.nat(), { maxLength: 40 }),
  ], { numRuns: runs(200) })(
    'R7: a paragraph with LEAD_STOP_WORDS or more stop words of its language decides, whatever follows it or stands in the subject',
    (a, b, n, after, subject, picks) => {
      const own = OWN_STOP_WORDS[a]!;
      const other = OWN_STOP_WORDS[b]!;
      const pick = (list: readonly string[], i: number): string => list[i % list.length]!;
      const first = Array.from({ length: n }, (_, i) => pick(own, picks[i] ?? i)).join(' ');
      const rest = after.map((i) => pick(other, i)).join(' ');
      const text = `${first}.\n\n${rest}.`;
      expect(detect(text).language).toBe(CUE_TABLES[a]!.language);
      expect(detectWithSubject(subject.map((i) => pick(other, i)).join(' '), text).language).toBe(CUE_TABLES[a]!.language);
    },
  );
});
