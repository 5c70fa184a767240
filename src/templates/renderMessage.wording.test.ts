import { describe, expect, it } from 'vitest';
import { messageSamples, requiredOnlySamples } from '../../test/arbitraries/templates.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { HIRING_STAGES } from '../hiring/candidateFacingStage.js';
import { stagePhrase } from '../hiring/stagePhrase.js';
import { draftOfferReply } from './draftOfferReply.js';
import { formatMessageDate } from './formatMessageDate.js';
import { MESSAGE_KINDS } from './messageData.js';
import { PREP_FORMATS } from './prepFormats.js';
import { renderMessage } from './renderMessage.js';
import { MESSAGE_LOCALES } from './resolveLocale.js';

/*
 * The wording a native-speaker review of every message kind in every locale asked for, checked on the rendered text.
 */

const tz = { timeZone: 'Europe/Berlin' };
const PORTUGUESE = ['pt', 'pt-BR', 'pt-PT'] as const;

describe('renderMessage: Portuguese', () => {
  it('R1, R5, R7–R10: names the company after "empresa" in every kind, so no article depends on its gender', () => {
    const company = 'Banco do Brasil';
    for (const locale of PORTUGUESE) {
      for (const kind of MESSAGE_KINDS) {
        const data = { ...(messageSamples('pt')[kind] as object), company } as never;
        const { subject, text } = renderMessage(kind, data, { locale, ...tz });
        const before = [...`${subject}\n${text}`.matchAll(/(\S+) Banco do Brasil/g)].map((m) => m[1]);
        expect(before.length, `${kind} (${locale})`).toBeGreaterThan(0);
        expect(new Set(before), `${kind} (${locale})`).toEqual(new Set(['empresa']));
      }
      const decline = renderMessage('offerDecline', { ...messageSamples('pt').offerDecline, company }, { locale }).text;
      expect(decline, locale).toContain('tenho a empresa Banco do Brasil em alta estima.');
    }
  });

  it('R8.3: asks whether the date suits the employer in the words of each region, also through draftOfferReply', () => {
    const data = { candidate: { name: 'Maria Schmidt-Oliveira' }, company: 'Banco do Brasil', role: 'Analista de dados' };
    const draft = (locale: string): string => draftOfferReply(data, { calendar: createCalendar(), receivedOn: '2026-12-03', locale }).text;
    expect(draft('pt-PT')).toContain('a minha resposta chegará até segunda-feira, 7 de dezembro. Agradeço que me indique se este prazo lhe convém.\n');
    for (const locale of ['pt', 'pt-BR']) {
      expect(draft(locale), locale).toContain('a minha resposta chegará até segunda-feira, 7 de dezembro. Peço, por gentileza, que me informe se esse prazo é adequado.\n');
    }
    for (const locale of PORTUGUESE) expect(draft(locale), locale).not.toMatch(/aguard/);
  });

  it('R7: offerNotice offers the role to the candidate and asks them to join the team (equipa in pt-PT)', () => {
    for (const [locale, team] of [['pt', 'equipe'], ['pt-BR', 'equipe'], ['pt-PT', 'equipa']] as const) {
      const { text } = renderMessage('offerNotice', messageSamples('pt').offerNotice, { locale });
      expect(text, locale).toContain('Tenho o prazer de lhe oferecer a vaga de Engenheira de backend sênior na empresa Vento Norte Logística.');
      expect(text, locale).toContain(`e gostaríamos muito que fizesse parte da ${team}.\n`);
      expect(text, locale).not.toContain('presença');
    }
  });

  it('R1, R5, R7–R10: pt-BR writes Brazilian forms, pt-PT keeps the European ones', () => {
    const samples = messageSamples('pt');
    const cases = [
      ['referenceRequest', 'Meu nome é Joana Ribeiro', 'O meu nome é Joana Ribeiro'],
      ['rejectionReply', 'Meus melhores votos a toda a equipe.', 'Os meus melhores votos a toda a equipa.'],
      ['followUp', 'Compreendo que esses processos levam tempo', 'Compreendo que estes processos levam tempo'],
      ['nextRoundReply', 'saber também como vai funcionar a próxima etapa,', 'saber também como a próxima etapa vai decorrer,'],
    ] as const;
    for (const [kind, brazil, portugal] of cases) {
      for (const locale of ['pt', 'pt-BR']) {
        const text = renderMessage(kind, samples[kind] as never, { locale, ...tz }).text;
        expect(text, `${kind} (${locale})`).toContain(brazil);
      }
      expect(renderMessage(kind, samples[kind] as never, { locale: 'pt-PT', ...tz }).text, kind).toContain(portugal);
    }
    const executive = renderMessage('nextRoundInvite', { ...samples.nextRoundInvite, format: 'executive' }, { locale: 'pt-PT', ...tz }).text;
    expect(executive).toContain('\nFormato: reunião com a direção\n');
  });

  it('R9: rejectionReply thanks once per sentence', () => {
    for (const locale of PORTUGUESE) {
      const { text } = renderMessage('rejectionReply', messageSamples('pt').rejectionReply, { locale });
      expect(text, locale).toContain('Recebi a mensagem sobre a vaga de Engenheira de backend sênior. Embora a notícia me desaponte, agradeço sinceramente');
      const sentences = text.split(/(?<=[.?!])\s+/);
      sentences.forEach((sentence, i) => {
        if (/agradeç/i.test(sentence)) expect(sentences[i + 1] ?? '', `${locale}: ${sentence}`).not.toMatch(/agradeç/i);
      });
    }
  });
});

describe('renderMessage: next round', () => {
  const choose = {
    en: 'Please reply to let us know what suits you.',
    de: 'Bitte teilen Sie uns mit, wann es Ihnen passt.',
    fr: 'Merci de nous indiquer ce qui vous convient.',
    es: 'Por favor, indíquenos qué le viene mejor.',
    pt: 'Por favor, indique o horário da sua preferência.',
  };
  const availability = {
    en: 'Please let us know your availability.',
    de: 'Bitte teilen Sie uns mit, wann Sie verfügbar sind.',
    fr: 'Merci de nous indiquer vos disponibilités.',
    es: 'Indíquenos, por favor, su disponibilidad para los próximos días.',
    pt: 'Indique-nos, por favor, a sua disponibilidade.',
  };

  it('R10: nextRoundInvite asks to choose among the slots it offers, and without slots asks for availability', () => {
    for (const locale of MESSAGE_LOCALES) {
      const withSlots = renderMessage('nextRoundInvite', messageSamples(locale).nextRoundInvite, { locale, ...tz }).text;
      expect(withSlots, locale).toMatch(new RegExp(`\\n- [^\\n]+\\n\\n${choose[locale]} `));
      expect(withSlots, locale).not.toContain(availability[locale]);
      const without = renderMessage('nextRoundInvite', requiredOnlySamples(locale).nextRoundInvite, { locale, ...tz }).text;
      expect(without, locale).toMatch(new RegExp(`\\n\\n${availability[locale]} `));
      expect(without, locale).not.toContain(choose[locale]);
      expect(without, locale).not.toMatch(/\n- /);
    }
  });

  it('R10: nextRoundReply reads right with one slot and with several, and offers to fit another time', () => {
    const another = {
      en: 'If you would prefer another time, I will gladly find one.',
      de: 'Falls Ihnen das nicht passt, richte ich mich gern nach einem anderen Termin.',
      fr: 'Si cela ne vous convient pas, je m’adapterai volontiers à un autre créneau.',
      es: 'Si no resultara conveniente, buscaré con gusto otro momento.',
      pt: 'Caso não seja conveniente, fico à disposição para combinar outro horário.',
    };
    const plural = /none of these|following times|keiner dieser|folgenden Zeiten|aucun de ces|créneaux suivants|ninguno de ellos|siguientes horarios|nenhum deles|seguintes horários/;
    for (const locale of MESSAGE_LOCALES) {
      for (const slots of [['2026-12-07T10:00:00+01:00'], messageSamples(locale).nextRoundReply.slots]) {
        const { text } = renderMessage('nextRoundReply', { ...messageSamples(locale).nextRoundReply, slots }, { locale, ...tz });
        expect(text, `${locale}, ${slots.length} slots`).toContain(`\n\n${another[locale]} `);
        expect(text, `${locale}, ${slots.length} slots`).not.toMatch(plural);
      }
    }
    const literal = /finde ich gern eine andere Zeit|je trouverai volontiers une autre date|procurarei com prazer outro momento/;
    for (const locale of MESSAGE_LOCALES) expect(renderMessage('nextRoundReply', messageSamples(locale).nextRoundReply, { locale, ...tz }).text, locale).not.toMatch(literal);
  });

  it('R10: nextRoundInvite thanks the candidate for taking part in the interviews (es, pt)', () => {
    expect(renderMessage('nextRoundInvite', messageSamples('es').nextRoundInvite, { locale: 'es', ...tz }).text).toContain('\n\nGracias por su participación en las entrevistas para el puesto de Ingeniera de backend sénior en Viento Norte Logística.');
    for (const locale of PORTUGUESE) {
      expect(renderMessage('nextRoundInvite', messageSamples('pt').nextRoundInvite, { locale, ...tz }).text, locale).toContain('\n\nAgradecemos a sua participação nas entrevistas para a vaga de Engenheira de backend sênior na empresa Vento Norte Logística.');
    }
  });

  it('R10: a list of interviewers is joined for the full locale (en-GB writes no serial comma)', () => {
    const data = { ...messageSamples('en').nextRoundInvite, interviewers: ['Anna Berger', 'Tom Li', 'Zoë Adeyemi'] };
    expect(renderMessage('nextRoundInvite', data, { locale: 'en-GB', ...tz }).text).toContain('\nYou will meet: Anna Berger, Tom Li and Zoë Adeyemi\n');
    expect(renderMessage('nextRoundInvite', data, { locale: 'en-US', ...tz }).text).toContain('\nYou will meet: Anna Berger, Tom Li, and Zoë Adeyemi\n');
  });
});

describe('renderMessage: single sentences', () => {
  it('R3.5: statusUpdate blames the wait on internal procedures, not "steps"', () => {
    const expected = { es: 'nuestros procedimientos internos', fr: 'nos procédures internes', pt: 'aos nossos processos internos' } as const;
    for (const locale of ['es', 'fr', 'pt'] as const) {
      const { text } = renderMessage('statusUpdate', messageSamples(locale).statusUpdate, { locale });
      expect(text, locale).toContain(expected[locale]);
      expect(text, locale).not.toMatch(/pasos internos|étapes internes|etapas internas/);
    }
  });

  it('R3.4: referenceRequest asks how the referee describes the candidate, by name (es, pt)', () => {
    expect(renderMessage('referenceRequest', messageSamples('es').referenceRequest, { locale: 'es' }).text).toContain(
      'y saber cómo describiría la forma de trabajar de María Schmidt-Oliveira y su relación con los compañeros.',
    );
    for (const locale of PORTUGUESE) {
      expect(renderMessage('referenceRequest', messageSamples('pt').referenceRequest, { locale }).text, locale).toContain(
        'e saber como descreveria a forma de trabalhar de Maria Schmidt-Oliveira e a relação com os colegas.',
      );
    }
  });

  it('R9: German rejectionReply thanks in one verb; R7: Spanish offerNotice offers to answer questions', () => {
    expect(renderMessage('rejectionReply', messageSamples('de').rejectionReply, { locale: 'de' }).text).toContain(
      'Auch wenn ich natürlich enttäuscht bin, danke ich Ihnen und Ihren Kolleginnen und Kollegen für die Zeit,',
    );
    expect(renderMessage('offerNotice', messageSamples('es').offerNotice, { locale: 'es' }).text).toContain('tiene cualquier pregunta, quedo a su disposición para resolverla.\n');
  });
});

describe('renderMessage: regional forms of inserted phrases', () => {
  it('R3.5, R10: Swiss and Liechtenstein German write "ss" in built-in stage phrases and format labels too, never in a value of the caller', () => {
    const samples = messageSamples('de');
    for (const locale of ['de-CH', 'de-LI']) {
      for (const stage of HIRING_STAGES) {
        const text = renderMessage('statusUpdate', { ...samples.statusUpdate, stage: stagePhrase(stage, locale) }, { locale }).text;
        expect(text, `${stage} (${locale})`).not.toContain('ß');
      }
      for (const format of PREP_FORMATS) {
        for (const kind of ['nextRoundReply', 'nextRoundInvite'] as const) {
          expect(renderMessage(kind, { ...samples[kind], format } as never, { locale, ...tz }).text, `${kind} ${format} (${locale})`).not.toContain('ß');
        }
      }
    }
    const offer = renderMessage('statusUpdate', { ...samples.statusUpdate, stage: stagePhrase('offer', 'de-CH') }, { locale: 'de-CH' }).text;
    expect(offer).toContain('in folgendem Schritt: abschliessende Entscheidung.\n');
    expect(renderMessage('statusUpdate', { ...samples.statusUpdate, stage: stagePhrase('offer', 'de') }, { locale: 'de-DE' }).text).toContain('abschließende Entscheidung');
    // The caller's own words: a name, a stage of their own.
    const own = renderMessage('statusUpdate', { ...samples.statusUpdate, candidate: { name: 'Jörg Strauß' }, stage: 'Gespräch mit Frau Weiß' }, { locale: 'de-CH' }).text;
    expect(own).toMatch(/^Guten Tag Jörg Strauß,\n/);
    expect(own).toContain('in folgendem Schritt: Gespräch mit Frau Weiß.\n');
    expect(own).toContain('\nMit freundlichen Grüssen\n');
  });
});

describe('renderMessage: French dates', () => {
  it('R5, R8, R10: French writes no comma after the weekday, even where Intl\'s data for the region has one (fr-CH)', () => {
    const withYear = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
    const notice = renderMessage('offerNotice', { ...messageSamples('fr').offerNotice, responseDate: '2027-01-01', startDate: '2027-01-04' }, { locale: 'fr-CH', dateFormat: withYear }).text;
    expect(notice).toContain('d’ici le vendredi 1er janvier 2027.');
    expect(notice).toContain('Date de début proposée\u00a0: lundi 4 janvier 2027\n');
    const followUp = renderMessage('followUp', { ...messageSamples('fr').followUp, interviewDate: '2026-12-30', timelineDate: '2027-01-01' }, { locale: 'fr-CH' }).text;
    expect(followUp).toContain('d’ici le vendredi 1er janvier 2027.');
    const slots = ['2026-12-30T10:00:00+01:00', '2027-01-04T10:00:00+01:00'];
    const reply = renderMessage('nextRoundReply', { ...messageSamples('fr').nextRoundReply, slots }, { locale: 'fr-CH', ...tz }).text;
    expect(reply).toMatch(/\n- lundi 4 janvier 2027 à 10:00 \S+\n/);
    expect(formatMessageDate('2027-01-01', 'fr-CH', { dateFormat: withYear })).toBe('vendredi 1er janvier 2027');
    for (const kind of MESSAGE_KINDS) {
      const sample = messageSamples('fr')[kind] as object;
      const dates = Object.entries({ slots, interviewDate: '2026-12-30', timelineDate: '2027-01-01' }).filter(([field]) => field in sample);
      const data = { ...sample, ...Object.fromEntries(dates) } as never;
      const text = renderMessage(kind, data, { locale: 'fr-CH', ...tz, dateFormat: withYear }).text;
      expect(text, kind).not.toMatch(/(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),/);
    }
    // Spanish still keeps the comma where a date stands alone.
    expect(formatMessageDate('2027-01-01', 'es', { dateFormat: withYear })).toBe('viernes, 1 de enero de 2027');
  });
});
