import { describe, expect, it } from 'vitest';
import { detectLanguageOfTokens } from './detectLanguage.js';
import { foldText } from './foldText.js';
import { tokenize } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

const detect = (text: string) => detectLanguageOfTokens([tokenize(foldText(text))]);

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
});
