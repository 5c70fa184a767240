import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { cleanReply } from './cleanReply.js';

const body = (input: Parameters<typeof cleanReply>[0]): string => {
  const fields = cleanReply(input);
  return fields[fields.length - 1]?.text ?? '';
};

/** A short message that the lines around it in the tests below must leave as it is. */
const MESSAGE = 'Dear Ana,\n\nThank you for your application. We will get back to you by Friday.';

describe('cleanReply (R7)', () => {
  it('R7: drops "On … wrote:" and the quoted lines below it', () => {
    expect(body('Sounds good!\n\nOn Tue, Dec 1, 2026 at 9:00 AM Ann <a@example.com> wrote:\n> old text')).toBe('Sounds good!');
  });

  it('R7: handles a reply header wrapped over two lines', () => {
    expect(body('Great.\n\nOn Tue, Dec 1, 2026 at 9:00 AM Ann Example <a@example.com>\nwrote:\n> old')).toBe('Great.');
  });

  it.each([
    ['Danke!\n\nAm 01.12.2026 um 09:00 schrieb Anna Berg <a@example.de>:\n> alt', 'Danke!'],
    ['Merci !\n\nLe mar. 1 déc. 2026 à 09:00, Anne <a@example.fr> a écrit :\n> ancien', 'Merci !'],
    ['¡Gracias!\n\nEl mar, 1 dic 2026 a las 9:00, Ana <a@example.es> escribió:\n> antiguo', '¡Gracias!'],
    ['Obrigada!\n\nEm ter., 1 de dez. de 2026 às 09:00, Ana <a@example.com.br> escreveu:\n> antigo', 'Obrigada!'],
  ])('R7: drops German, French, Spanish and Portuguese reply headers: %s', (input, expected) => {
    expect(body(input)).toBe(expected);
  });

  it.each([
    'Ok.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\nSubject: x\n\nold',
    'Ok.\n\n-----Ursprüngliche Nachricht-----\nVon: Ann\nGesendet: Montag\n\nalt',
    'Ok.\n\nFrom: Ann <a@example.com>\nSent: Monday, December 1, 2026 9:00 AM\nTo: Bo\nSubject: Re: x\n\nold',
    'Ok.\n\nVon: Anna <a@example.de>\nGesendet: Montag, 1. Dezember 2026 09:00\nAn: Bo\nBetreff: x\n\nalt',
    'Ok.\n\nDe : Anne <a@example.fr>\nEnvoyé : lundi 1 décembre 2026 09:00\nÀ : Bo\nObjet : x\n\nancien',
    'Ok.\n\nDe: Ana <a@example.es>\nEnviado: lunes, 1 de diciembre de 2026 9:00\nPara: Bo\nAsunto: x\n\nantiguo',
    'Ok.\n\nDe: Ana <a@example.com.br>\nEnviado em: segunda-feira, 1 de dezembro de 2026 09:00\nPara: Bo\nAssunto: x\n\nantigo',
    'Ok.\n\n-----Mensagem original-----\nDe: Ana\nEnviada: segunda-feira\n\nantigo',
  ])('R7: drops Outlook header blocks in five languages (%#)', (input) => {
    expect(body(input)).toBe('Ok.');
  });

  it.each([
    'Ok.\n\n________________________________\nFrom: Ann <a@example.com>\nSent: Monday, December 1, 2026 9:00 AM\nTo: Bo\nSubject: x\n\nold',
    'Ok.\n\n________________________________\n\nVon: Anna <a@example.de>\nGesendet: Montag\n\nalt',
    'Ok.\n\n----------------------------------------\nDe : Anne <a@example.fr>\nEnvoyé : lundi\n\nancien',
    'Ok.\n\n________________________________\n*From:* Ann <a@example.com>\n*Sent:* Monday\n*To:* Bo\n\nold',
    'Ok.\n\n________________________________\n**From:** Ann <a@example.com>\n**Sent:** Monday\n\nold',
  ])('R7: a rule with a header block right below it starts the quoted message (%#)', (input) => {
    expect(body(input)).toBe('Ok.');
  });

  it('R7: a rule with no header below it underlines a heading or sets a part apart, and the message reads on', () => {
    expect(body('Application update\n------------------\n\nDear Ana,\n\nWe are pleased to offer you the role.')).toBe(
      'Application update\n------------------\n\nDear Ana,\n\nWe are pleased to offer you the role.',
    );
    expect(body('We are pleased to offer you the role.\n\n________________\n\nPlease sign the offer by Friday.\n\nBest regards,\nJane')).toBe(
      'We are pleased to offer you the role.\n\n________________\n\nPlease sign the offer by Friday.',
    );
    // A line that only looks like a header's first field is the message's.
    expect(body('Interview day\n--------------------\nFrom: 9 am to 5 pm\nLocation: Berlin office\n\nPlease confirm by Friday.')).toBe(
      'Interview day\n--------------------\nFrom: 9 am to 5 pm\nLocation: Berlin office\n\nPlease confirm by Friday.',
    );
    // A rule at the end is a line of the message, as it is between two paragraphs.
    expect(body('We are pleased to offer you the role.\n\n--------------------')).toBe('We are pleased to offer you the role.\n\n--------------------');
  });

  it('R7: character references in plain text are read as the characters they stand for, mapped to the references', () => {
    const input = 'We won&#39;t move forward &amp; wish you luck, Ren&eacute;e.&nbsp;Thanks&#x21;';
    const [field] = cleanReply(input);
    expect(field?.text).toBe('We won\'t move forward & wish you luck, Renée. Thanks!');
    const apostrophe = field!.text.indexOf("'");
    expect(input.slice(field!.starts[apostrophe], field!.ends[apostrophe])).toBe('&#39;');
    const accent = field!.text.indexOf('é');
    expect(input.slice(field!.starts[accent], field!.ends[accent])).toBe('&eacute;');
  });

  it('R7: an ampersand that starts no reference (no semicolon, or a name HTML has not) stays as written', () => {
    expect(body('AT&T and R&D; Q&A at 5 &amp then &foo; and &#;')).toBe('AT&T and R&D; Q&A at 5 &amp then &foo; and &#;');
  });

  it.each([
    "[You don't often get email from jobs@acme.example. Learn why this is important at https://aka.ms/LearnAboutSenderIdentification ]",
    "[Some people who received this message don't often get email from jobs@acme.example. Learn why this is important at https://aka.ms/LearnAboutSenderIdentification ]",
    '[Sie erhalten nicht häufig E-Mails von jobs@acme.example. Weitere Informationen, warum dies wichtig ist, finden Sie unter https://aka.ms/LearnAboutSenderIdentification ]',
    '[Vous ne recevez pas souvent de courriers de jobs@acme.example. Découvrez pourquoi ceci est important à https://aka.ms/LearnAboutSenderIdentification ]',
    '[Certaines personnes qui ont reçu ce message ne reçoivent pas souvent de courriers de jobs@acme.example. Découvrez pourquoi ceci est important à https://aka.ms/LearnAboutSenderIdentification ]',
    'Sie erhalten nicht oft eine E-Mail von jobs@acme.example. Erfahren Sie, warum dies wichtig ist',
    '[Einige Personen, die diese Nachricht erhalten haben, erhalten nicht oft E-Mails von jobs@acme.example. Erfahren Sie, warum dies wichtig ist unter https://aka.ms/LearnAboutSenderIdentification ]',
    'No suele recibir correo electrónico de jobs@acme.example. Por qué es esto importante',
    '[Algunas personas que recibieron este mensaje no suelen recibir correos electrónicos de jobs@acme.example. Por qué es esto importante ]',
    'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
    '[EXTERNAL] This email originated from outside the University. Use caution with links and attachments.',
    'CAUTION: External Sender',
    'EXTERNAL EMAIL: Do not click links or open attachments unless you know the content is safe',
  ])('R7: a mail service\'s banner above a message is not read (%#)', (banner) => {
    expect(body(`${banner}\n\nDear Ana,\n\nWe are pleased to offer you the role.`)).toBe('Dear Ana,\n\nWe are pleased to offer you the role.');
  });

  it('R7: a banner below the start of a message (a forward\'s note, a heading) is dropped, and the message reads on', () => {
    const banner = "[You don't often get email from jane@acme.example. Learn why this is important at https://aka.ms/LearnAboutSenderIdentification ]";
    expect(body(`Acme Careers\n\n${banner}\n\nDear Ana,\n\nWe are pleased to offer you the role.`)).toBe('Acme Careers\n\nDear Ana,\n\nWe are pleased to offer you the role.');
    const forwarded = `For my records.\n\n---------- Forwarded message ---------\nFrom: Jane <jane@acme.example>\nDate: Mon, Dec 1, 2026\nSubject: Offer\nTo: me\n\n${banner}\n\nDear Ana,\n\nWe are pleased to offer you the role.`;
    expect(body(forwarded)).toBe('For my records.\n\nDear Ana,\n\nWe are pleased to offer you the role.');
  });

  it.each([
    'Warning: do not pay any fee to anyone who offers you a job at Acme. We never ask for one.',
    'Caution: do not click links in messages that claim to offer you a job at Acme.',
    "I know you don't often get email from a hiring manager directly, but I wanted to write myself.",
    'This email originated from outside our usual system, but it is from us: we are pleased to write to you.',
    'Vous ne recevez pas souvent de courriers de notre part, mais nous avons une bonne nouvelle.',
    'Sie erhalten nicht oft E-Mails von uns, aber heute haben wir gute Nachrichten.',
    'No suele recibir correos electrónicos de nuestra parte, pero hoy tenemos buenas noticias.',
  ])('R7: a line that only starts like a banner is the message\'s (%#)', (line) => {
    const text = `Dear Ana,\n\n${line}\n\nWe are pleased to offer you the role.`;
    expect(body(text)).toBe(text);
  });

  it('R7: a first-contact tip wrapped over two lines is dropped whole', () => {
    const tip = "[You don't often get email from j@acme.example. Learn why this is\nimportant at https://aka.ms/LearnAboutSenderIdentification ]";
    const text = 'Thank you!\n\nYour application to Acme\n\nWe have received your application and will review it.';
    expect(body(`${tip}\n\n${text}`)).toBe(text);
  });

  it('R7: a header block with bold field names is skipped above a forwarded message too', () => {
    expect(body('________\n*From:* Jane <j@acme.com>\n*Sent:* Mon\n*To:* Ana\n*Subject:* Offer\n\nDear Ana,\n\nWe are pleased to offer you the role.')).toBe(
      'Dear Ana,\n\nWe are pleased to offer you the role.',
    );
  });

  it.each([
    'Interview slot\n--------\nFrom: 10:00 am\nTo: 11:00 am\n\nPlease confirm by Friday.',
    'Interview slot\n\nFrom: 10:00 am\nTo: 11:00 am\n\nPlease confirm by Friday.',
    'Créneau\n\nDe : 10h\nÀ : 11h\n\nMerci de confirmer avant vendredi.',
  ])('R7: a schedule\'s "From: 10:00 am / To: 11:00 am" is the message\'s, not a header block (%#)', (text) => {
    expect(body(text)).toBe(text);
  });

  it('R7: a line of links only is kept but neither opens a message nor begins it', () => {
    const text = 'Thank you!\n\nYour application to Acme\n\nWe have received your application and will review it soon.';
    expect(body(`https://www.acme.com/careers\n\n${text}`)).toBe(`https://www.acme.com/careers\n\n${text}`);
    expect(body(`[image: Acme] <https://www.acme.com/>\n\n${text}`)).toBe(`[image: Acme] <https://www.acme.com/>\n\n${text}`);
  });

  it('R7: a line of inline images\' markers is kept but neither opens a message nor begins it', () => {
    // Without the markers, "Gracias!" opens the message; with them above it, it still does (and is no sign-off ending it).
    const text = 'Gracias!\n\nSu solicitud de trabajo ha sido registrada. Le contactaremos en breve.';
    expect(body(`[image: Acme]\n[cid:image001.png@01DA0285.844FA910]\n\n${text}`)).toBe(`[image: Acme]\n[cid:image001.png@01DA0285.844FA910]\n\n${text}`);
    expect(body(`[image: Acme]\n\n${text}\n\nSaludos,\nAna`)).toBe(`[image: Acme]\n\n${text}`);
  });

  it('R7: references HTML names for Portuguese capitals are decoded', () => {
    expect(body('INFORMA&Ccedil;&Otilde;ES GERAIS: S&Atilde;O PAULO')).toBe('INFORMAÇÕES GERAIS: SÃO PAULO');
  });

  it('R7: Portuguese sign-offs, phone footers and confidentiality notices end the message', () => {
    expect(body('Gostaríamos de convidá-la para uma entrevista.\n\nAtenciosamente,\nEquipe de RH')).toBe('Gostaríamos de convidá-la para uma entrevista.');
    expect(body('Recebemos sua candidatura.\n\nEnviado do meu iPhone')).toBe('Recebemos sua candidatura.');
    expect(body('Recebemos sua candidatura.\n\nEsta mensagem pode conter informação confidencial e é destinada apenas ao destinatário.')).toBe('Recebemos sua candidatura.');
  });

  it('R7: a greeting or a message that calls itself confidential is not a sign-off or a notice', () => {
    for (const text of [
      'Prezada Ana,\n\nSaudações!\n\nTemos o prazer de lhe oferecer a vaga de Analista de Dados.',
      'Prezada Ana,\n\nEsta mensagem contém a sua proposta de trabalho, de caráter confidencial: salário de R$ 10.000.\nPor favor, responda até sexta-feira.',
      'Estimada Ana:\n\nEste correo contiene su oferta de empleo, de carácter confidencial.',
    ]) expect(body(text)).toBe(text);
  });

  it.each([
    'AVISO DE CONFIDENCIALIDADE: esta mensagem pode conter informação privilegiada.',
    'As informações contidas nesta mensagem são confidenciais e destinadas apenas ao destinatário.',
    'O conteúdo deste e-mail é confidencial.',
    'Esta mensagem pode conter informação confidencial.',
    'Enviado do Email para Windows',
    'Aviso de confidencialidad: este mensaje puede contener información privilegiada.',
  ])('R7: a Portuguese or Spanish notice or footer ends the message: %s', (notice) => {
    expect(body(`Recebemos sua candidatura.\n\n${notice}`)).toBe('Recebemos sua candidatura.');
  });

  it('R7: a Portuguese forwarded message is read past its header block', () => {
    const input = 'Segue.\n\n---------- Mensagem encaminhada ---------\nDe: RH <rh@example.com>\nData: seg., 1 de dez. de 2026\nAssunto: Proposta\nPara: eu\n\nTemos o prazer de lhe oferecer a vaga.';
    expect(body(input)).toBe('Segue.\n\nTemos o prazer de lhe oferecer a vaga.');
  });

  describe('the subject (R7)', () => {
    const subject = (s: string): string => cleanReply({ subject: s, text: 'x' })[0]!.text;

    it.each([
      'Re: Following up on my interview', 'RE: RE: Data Analyst', 'AW: Ihre Bewerbung', 'Antw: Bewerbung', 'RES: Entrevista', 'Re[2]: x',
      'Re : Votre candidature', 'Réf. : Votre candidature', '[EXTERNAL] Re: Interview', 'Fwd: Re: Offer', '[External Email] RE: References',
      '[EXTERNAL]: RE: Concern', 'EXTERNAL: RE: x', '*EXTERNAL* RE: x', '(External) Re: x', '[EXT]: RE: x',
    ])(
      'R7: the subject of a reply is left out, whoever wrote it: %s',
      (s) => expect(subject(s)).toBe(''),
    );

    it.each([
      ['Fwd: Offer letter – Data Analyst', 'Offer letter – Data Analyst'],
      ['WG: Einladung zum Gespräch', 'Einladung zum Gespräch'],
      ['TR : Votre candidature', 'Votre candidature'],
      ['RV: Oferta de empleo', 'Oferta de empleo'],
      ['ENC: Proposta', 'Proposta'],
      ['[EXTERNAL] Interview invitation', 'Interview invitation'],
      ['Fw: [EXT] FW: Next steps', 'Next steps'],
    ])('R7: a forwarded or tagged subject is read without its marks: %s', (s, expected) => {
      const [field] = cleanReply({ subject: s, text: 'x' });
      expect(field!.text).toBe(expected);
      // Still mapped to the characters of the subject as given.
      expect(s.slice(field!.starts[0], field!.ends[expected.length - 1])).toBe(expected);
    });

    it.each(['Reunião: amanhã às 10h', 'Re-application window', 'Research: next steps', 'Tr. 2 results', 'Resultado: aprovado', 'Ref: 12345 Software Engineer interview', 'External candidate: interview'])(
      'R7: a subject that only starts like a mark is read whole: %s',
      (s) => expect(subject(s)).toBe(s),
    );
  });

  it('R7: a line break that only wraps a long line reads as a space, one character for one', () => {
    const wrapped = 'Thank you for taking the time to meet with our team last week. We were\nimpressed by your experience and would like to invite you to a second\ninterview with our director.';
    const [field] = cleanReply(wrapped);
    expect(field!.text).toBe(wrapped.replaceAll('\n', ' '));
    // Still mapped to the input: the space at the first break points at the line break it stands for.
    const at = wrapped.indexOf('\n');
    expect(field!.starts[at]).toBe(at);
  });

  it('R7: a line break before white space never wraps, whatever the line above it', () => {
    // U+1680 (the Ogham space mark) is the one white space besides the space that normalisation leaves as it is.
    const text = 'Thank you for taking the time to meet with our team last week and for\n\u1680your questions.';
    expect(body(text)).toBe(text);
    expect(body(text.replace('\n\u1680', '\nyour '))).toBe(text.replace('\n\u1680', ' your '));
  });

  it.each(['-', '*', '•', '–', '—', '·', '▪', '◦', '→', '1.', 'a)', 'b.'])('R7: a list item stays on its own line after a long heading: %s', (bullet) => {
    const text = `Here is an overview of the remaining steps in our process for the Data Analyst role\n${bullet} technical interview with the team lead next week\n${bullet} offer decision by December 18`;
    expect(body(text)).toBe(text);
  });

  it.each([
    ['a line that ends its sentence', 'We were impressed by your experience and your portfolio of recent work.\nThe team will be in touch.'],
    ['a short line', 'Dear Alex\nThank you for your application.'],
    ['a list item', 'Please bring the following documents to the interview with you\n- your passport'],
    ['a greeting with a comma', 'Dear Alex and everyone else who applied to the Data Analyst role,\nwe would like to invite you to an interview.'],
  ])('R7: a line break stays one when it ends %s', (_, text) => {
    expect(body(text)).toBe(text);
  });

  it('R7: a forwarded message is read past its header block', () => {
    const input = 'FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@example.com>\nDate: Mon, Dec 1, 2026\nSubject: Offer\nTo: me\n\nWe are pleased to offer you the role.';
    expect(body(input)).toBe('FYI\n\nWe are pleased to offer you the role.');
  });

  it('R7: drops the signature, sign-off and disclaimer', () => {
    const input = 'We will be in touch by Friday.\n\nBest regards,\nJane Doe\nRecruiter | ACME\n\nCONFIDENTIALITY NOTICE: this e-mail is confidential.';
    expect(body(input)).toBe('We will be in touch by Friday.');
    expect(body('Thanks!\n-- \nJane\n+1 555 0100')).toBe('Thanks!');
    expect(body('Bis bald.\n\nMit freundlichen Grüßen\nAnna')).toBe('Bis bald.');
    expect(body('À bientôt.\n\nCordialement,\nAnne')).toBe('À bientôt.');
    expect(body('Hasta pronto.\n\nUn saludo,\nAna')).toBe('Hasta pronto.');
  });

  it('R7: drops mailing footers with their cue-like words', () => {
    expect(body('We will be in touch next week.\n\nYou are receiving this email because you applied for a job. To stop receiving emails about future opportunities, click here.')).toBe('We will be in touch next week.');
    expect(body('Merci !\n\nSe désabonner des offres')).toBe('Merci !');
    // A footer's lines below the line saying why the mail came are not read either (an address, other openings).
    expect(body('We have decided not to move forward.\n\nAcme Talent\n\nYou are receiving this email because you applied at Acme.\nAcme Inc. | 100 Main Street\nOther open roles: Senior Engineer (apply by December 15)')).toBe('We have decided not to move forward.\n\nAcme Talent');
  });

  it.each([
    ['Hi Anna,\n\nThank you!\n\nWe would like to invite you to a second interview with our engineering team next week.\n\nBest,\nJane', 'Hi Anna,\n\nWe would like to invite you to a second interview with our engineering team next week.'],
    ['Estimada Ana:\n\nReciba un cordial saludo.\n\nLe informamos que su candidatura ha sido seleccionada para la siguiente fase.\n\nAtentamente,\nRRHH', 'Estimada Ana:\n\nLe informamos que su candidatura ha sido seleccionada para la siguiente fase.'],
    ['Empleo Talento\nSaludos\nDesde Empleo Talento queremos confirmar que se ha registrado correctamente tu postulación.', 'Empleo Talento\nDesde Empleo Talento queremos confirmar que se ha registrado correctamente tu postulación.'],
    ['¡Felicidades, has sido seleccionado!\nSaludos cordiales,\nEstimado/a Ana,\nTu postulación a la oferta laboral de analista de datos ha sido seleccionada.', '¡Felicidades, has sido seleccionado!\nEstimado/a Ana,\nTu postulación a la oferta laboral de analista de datos ha sido seleccionada.'],
    ['Sehr geehrte Frau Berg,\n\nDanke!\n\nWir freuen uns, Sie zu einem zweiten Gespräch mit unserer Abteilungsleitung einzuladen.', 'Sehr geehrte Frau Berg,\n\nWir freuen uns, Sie zu einem zweiten Gespräch mit unserer Abteilungsleitung einzuladen.'],
    ['Bonjour Anne,\n\nCordialement,\n\nNous avons le plaisir de vous proposer le poste de chargée de communication.', 'Bonjour Anne,\n\nNous avons le plaisir de vous proposer le poste de chargée de communication.'],
    ['Hi Ana,\n\nThank you!\n\nWe would love to offer you the position.\nCan you start on Monday?\n\nBest,\nTom', 'Hi Ana,\n\nWe would love to offer you the position.\nCan you start on Monday?'],
    ['Olá Ana,\n\nObrigada!\n\nGostaríamos de convidá-la para uma segunda entrevista com a nossa diretora na próxima semana.', 'Olá Ana,\n\nGostaríamos de convidá-la para uma segunda entrevista com a nossa diretora na próxima semana.'],
  ])('R7: a sign-off-like line right after the greeting or a heading, before the message, is dropped, not its end (%#)', (input, cleaned) => {
    expect(body(input)).toBe(cleaned);
  });

  it('R7: a sign-off after the first line still ends the message when no sentence follows it (a signature does)', () => {
    expect(body('Congratulations!\n\nBest regards,\nJane Doe\nSenior Recruiter\nAcme Corp')).toBe('Congratulations!');
    // A name first: a signature, even with long lines after it.
    expect(body('Congratulations!\n\nBest regards,\nJane Doe\nAcme Corporation is an equal opportunity employer. All qualified applicants will receive consideration.')).toBe('Congratulations!');
    expect(body('Thank you!\n\nBest,\nJane\nSchedule a call with me: https://calendly.com/jane-doe-acme/30min')).toBe('Thank you!');
    expect(body('Thank you!\n\nBest,\nJane\n\nOn Mon, Nov 23, 2026 at 9:00 AM Ann <a@example.com> wrote:\n> We will get back to you by Friday with a decision on the role you interviewed for.')).toBe('Thank you!');
    // A first line that says something (a sentence) is not an opening.
    expect(body('Your application was received.\n\nRegards,\nThe recruiting team of Acme Corporation, 100 Main Street, Springfield, USA')).toBe('Your application was received.');
  });

  it('R7: text decomposed into letters and accents reads as the same text composed, mapped to the input', () => {
    const composed = 'Sehr geehrte Frau Müller,\n\nwir freuen uns über Ihre Bewerbung.\n\nMit freundlichen Grüßen\nIhr Personalteam';
    const input = composed.normalize('NFD');
    expect(input).not.toBe(composed);
    const [field] = cleanReply({ text: input });
    // The sign-off, written composed in the cleaner's lines, is found in decomposed text too.
    expect(field!.text).toBe('Sehr geehrte Frau Müller,\n\nwir freuen uns über Ihre Bewerbung.');
    // "ü" maps to the "u" and the accent after it.
    const at = field!.text.indexOf('ü');
    expect(input.slice(field!.starts[at], field!.ends[at])).toBe('u\u0308');
    for (let k = 0; k < field!.text.length; k++) expect(input.slice(field!.starts[k], field!.ends[k]).normalize('NFC')).toBe(field!.text[k] === '\n' ? '\n' : field!.text[k]);
  });

  it('R7: a letter and accent that Unicode has no one character for stay two, both mapped to the pair', () => {
    const input = 'Bonjour q\u0301 et e\u0301 et q\u0301.';
    const [field] = cleanReply({ text: input });
    expect(field!.text).toBe('Bonjour q\u0301 et é et q\u0301.');
    const at = field!.text.indexOf('q');
    expect([field!.starts[at], field!.ends[at], field!.starts[at + 1], field!.ends[at + 1]]).toEqual([8, 10, 8, 10]);
  });

  it('R7: a decomposed subject and HTML body are composed too, their maps into the input', () => {
    const subject = 'Réponse à votre candidature'.normalize('NFD');
    const html = '<p>Nous avons le plaisir de vous proposer le poste de chargée de projet.</p>'.normalize('NFD');
    const [s, h] = cleanReply({ subject, html });
    expect(s!.text).toBe('Réponse à votre candidature');
    expect(subject.slice(s!.starts[1], s!.ends[1])).toBe('e\u0301');
    expect(h!.text).toBe('Nous avons le plaisir de vous proposer le poste de chargée de projet.');
    const at = h!.text.indexOf('é');
    expect(html.slice(h!.starts[at], h!.ends[at])).toBe('e\u0301');
  });

  it('R7: HTML passed as the text part is read as HTML, its spans into the text given', () => {
    const text = '<div><p>Dear Ana,</p><p>We are pleased to offer you the role of&nbsp;Data Analyst.</p><p>Best regards,<br>Tom</p></div>';
    const [field] = cleanReply({ text });
    expect(field!.field).toBe('text');
    expect(field!.text).toBe('Dear Ana,\n\nWe are pleased to offer you the role of Data Analyst.');
    const at = field!.text.indexOf('offer');
    expect(text.slice(field!.starts[at], field!.ends[at + 4])).toBe('offer');
    // Outlook's and Word's HTML, a comment or a heading first: HTML too.
    const outlook = '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><body><p>The position has been filled.</p></body></html>';
    expect(cleanReply({ text: outlook })[0]!.text).toBe('The position has been filled.');
    expect(cleanReply({ text: '<!DOCTYPE html>\n<!-- x -->\n<html><body><p>Hi</p></body></html>' })[0]!.text).toBe('Hi');
    expect(cleanReply({ text: '<h1>Congratulations!</h1>\n<p>We are pleased to offer you the role.</p>' })[0]!.text).toBe('Congratulations!\n\nWe are pleased to offer you the role.');
    // A plain text that starts with an inline tag or a name in angle brackets keeps its lines.
    expect(cleanReply({ text: '<b>Update</b>\n\nWe will get back to you next week.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Ana <ana@example.com> wrote:\n> Hi' })[0]!.text).toBe('<b>Update</b>\n\nWe will get back to you next week.');
    expect(cleanReply({ text: '<Meta Careers> Your application\nWe will get back to you.' })[0]!.text).toBe('<Meta Careers> Your application\nWe will get back to you.');
    // A plain text that only mentions a sign in angle brackets, or quotes markup further down, stays plain text.
    expect(cleanReply({ text: 'Please bring your ID <passport or card> on Monday.' })[0]!.text).toBe('Please bring your ID <passport or card> on Monday.');
    expect(cleanReply({ text: 'Thanks!\nSee you Monday.\n\nOn Mon, Dec 1, 2026 at 9:12 AM Alex <a@example.com> wrote:\n> <p>Hi</p>' })[0]!.text).toBe('Thanks!\nSee you Monday.');
  });

  it('R7: keeps a one-line "Thank you!" reply', () => {
    expect(body('Thank you!')).toBe('Thank you!');
  });

  it('R7: keeps the quoted text when nothing else is there', () => {
    expect(body('> We are pleased to offer you the role.')).toBe('We are pleased to offer you the role.');
  });

  it('R7: normalises whitespace and typographic quotes, mapping every character back', () => {
    const input = 'We’re  happy\u00a0to\t“offer”   you\r\n\r\n\r\n\r\nthe role.';
    const [field] = cleanReply(input);
    expect(field?.text).toBe('We\'re happy to "offer" you\n\nthe role.');
    for (let i = 0; i < (field?.text.length ?? 0); i++) {
      const s = field?.starts[i] ?? -1;
      const e = field?.ends[i] ?? -1;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(input.length);
    }
  });

  it('R7: spaces at the start and end of a line and between accented words collapse like any other', () => {
    const input = 'Très  bien, merci \n   Nächste Étape:  zwei\u00a0Wochen   \n\n \n\nÀ bientôt';
    const [field] = cleanReply(input);
    expect(field?.text).toBe('Très bien, merci\nNächste Étape: zwei Wochen\n\nÀ bientôt');
    for (let k = 0; k < (field?.text.length ?? 0); k++) {
      const s = field?.starts[k] ?? -1;
      if (field?.text[k] !== ' ' && field?.text[k] !== '\n') expect(input[s], `${k}`).toBe(field?.text[k]);
    }
  });

  it('R7: a long text chopped by collapsed spaces is normalised the same way, every character mapped back', () => {
    const input = 'offer   \t'.repeat(3000) + 'end\u00a0\u00a0 now  \n';
    const [field] = cleanReply(input);
    expect(field?.text).toBe(`${'offer '.repeat(3000)}end now`);
    for (let k = 0; k < (field?.text.length ?? 0); k++) {
      const s = field?.starts[k] ?? -1;
      expect(field?.ends[k], `${k}`).toBe(s + 1);
      if (field?.text[k] !== ' ') expect(input[s], `${k}`).toBe(field?.text[k]);
    }
  });

  it('R7: HTML in a string is detected and stripped', () => {
    expect(body('<p>Hello</p><p>We are <b>pleased</b>.</p>')).toBe('Hello\n\nWe are pleased.');
  });

  it('R7: prefers text over html and falls back to html when text is blank', () => {
    expect(cleanReply({ text: 'plain', html: '<p>rich</p>' }).map((f) => f.field)).toEqual(['text']);
    expect(cleanReply({ text: '  ', html: '<p>rich</p>' }).map((f) => [f.field, f.text])).toEqual([['html', 'rich']]);
  });
});

describe("cleanReply: the sender's lines that look like a thread's or a notice's (R7)", () => {
  it.each([
    ['Hi Anna,\n\nHere is what the hiring manager wrote:\n\n"Strong SQL, but we need more streaming experience."\n\nUnfortunately, we will not move forward.\n\nBest regards,\nSarah', 'Hi Anna,\n\nHere is what the hiring manager wrote:\n\n"Strong SQL, but we need more streaming experience."\n\nUnfortunately, we will not move forward.'],
    ['Hallo Anna,\n\nUnser Teamleiter schrieb:\n\n"Sehr überzeugend."\n\nWir melden uns bis Freitag.', 'Hallo Anna,\n\nUnser Teamleiter schrieb:\n\n"Sehr überzeugend."\n\nWir melden uns bis Freitag.'],
    ['Bonjour,\n\nNotre directeur technique a écrit :\n\n"Très bon entretien."\n\nNous vous recontactons vendredi.', 'Bonjour,\n\nNotre directeur technique a écrit :\n\n"Très bon entretien."\n\nNous vous recontactons vendredi.'],
  ])('R7: a line ending in "wrote:" with no date, address or quoted lines is the sender\'s, and the message reads on (%#)', (input, cleaned) => {
    expect(body(input)).toBe(cleaned);
  });

  it('R7: a reply header still ends the message with a date, an address, quoted lines or nothing below it', () => {
    expect(body('Thanks!\n\nJane Doe <jane@example.com> wrote:\nold')).toBe('Thanks!');
    expect(body('Thanks!\n\nOn 1 Dec 2026, Jane wrote:\nold')).toBe('Thanks!');
    expect(body('Thanks!\n\nJane Doe wrote:\n\n> old')).toBe('Thanks!');
    // In HTML the quote goes with its <blockquote>: the header is the last line.
    expect(body({ html: '<p>Thanks!</p><div>Jane Doe wrote:</div><blockquote>old</blockquote>' })).toBe('Thanks!');
  });

  it.each([
    ['Hi Anna,\n\nThis email and the attached offer letter are confidential, so please do not share them.\n\nWe are delighted to offer you the position.\n\nBest regards,\nSarah', 'Hi Anna,\n\nThis email and the attached offer letter are confidential, so please do not share them.\n\nWe are delighted to offer you the position.'],
    ['Bonjour,\n\nCe message contient notre proposition : merci de la garder confidentielle.\n\nNous avons le plaisir de vous proposer le poste.\n\nCordialement,\nAnne', 'Bonjour,\n\nCe message contient notre proposition : merci de la garder confidentielle.\n\nNous avons le plaisir de vous proposer le poste.'],
  ])('R7: a notice-like line with a sign-off below it is the sender\'s, and the message reads on (%#)', (input, cleaned) => {
    expect(body(input)).toBe(cleaned);
  });

  it('R7: a notice still ends the message with no text of the message between it and a sign-off, or text for long', () => {
    expect(body('We will be in touch by Friday.\n\nThis email is confidential and intended solely for the addressee.\nAcme Inc')).toBe('We will be in touch by Friday.');
    expect(body('See you soon.\n\nThis message is confidential.\n\n> Best regards,\n> Ana')).toBe('See you soon.');
    expect(body('See you soon.\n\nUnsubscribe\nThis email is confidential.\n\nBest regards')).toBe('See you soon.');
    // A notice above the sign-off (as some mail systems put it) ends the message.
    expect(body('Hi Goce,\nWe decided to go with another candidate.\n\nThis email and any attachments are confidential and intended solely for the addressee.\n\nRegards,\nBojan')).toBe('Hi Goce,\nWe decided to go with another candidate.');
    // A mailing footer's lines before a far sign-off are not read.
    expect(body('We will be in touch within two weeks.\n\nTo unsubscribe from job alerts click here.\nRecommended jobs for you:\nMarketing Lead, closes Friday\nData Analyst\nThanks,\nAcme Careers')).toBe('We will be in touch within two weeks.');
    // Before the message begins, a notice is dropped and the message read.
    expect(body('This email is confidential.\n\nWe are pleased to offer you the role.\n\nBest regards,\nJane')).toBe('We are pleased to offer you the role.');
  });

  it('R7: "From:" and "To:" lines of closing days, with no address and no third field, are the message\'s', () => {
    const input = 'Hi Anna,\n\nOur office will be closed over the holidays:\n\nFrom: Thursday, December 24\nTo: Sunday, January 3\n\nWe will get back to you by Friday, January 8.';
    expect(body(input)).toBe(input);
    // Outlook's block without an address: three fields below the sender.
    expect(body('Ok.\n\nFrom: Ann Lee\nSent: Monday, December 1, 2026 9:00 AM\nTo: Bo\nSubject: x\n\nold')).toBe('Ok.');
  });
});

describe('cleanReply: forwarded messages (R7)', () => {
  const forwarded = 'From: Acme Recruiting <jobs@acme.com>\nSubject: Your application\nDate: 23 November 2026 at 09:12:00 CET\nTo: Anna Schmidt <anna@example.com>\n\nDear Anna,\n\nWe are pleased to offer you the Data Engineer role.\n\nBest,\nAcme';

  it('R7: a forward heading with a blank line below it is read past its header block (Apple Mail)', () => {
    expect(body(`FYI, see below.\n\nBegin forwarded message:\n\n${forwarded}`)).toBe('FYI, see below.\n\nDear Anna,\n\nWe are pleased to offer you the Data Engineer role.');
    expect(body(`Anfang der weitergeleiteten Nachricht:\n\n${forwarded}`)).toBe('Dear Anna,\n\nWe are pleased to offer you the Data Engineer role.');
  });

  it('R7: under a forward\'s subject, the header block below the note begins the forwarded message (Outlook)', () => {
    const text = `See below.\n\n________________________________\n${forwarded}`;
    expect(body({ subject: 'FW: Your application', text })).toBe('See below.\n\nDear Anna,\n\nWe are pleased to offer you the Data Engineer role.');
    // Under a reply's subject, or none, the block is a quoted message's.
    expect(body({ subject: 'RE: Your application', text })).toBe('See below.');
    expect(body(text)).toBe('See below.');
  });

  it('R7: Apple Mail\'s HTML forward (the message in <blockquote>) is read, with a note above it or not', () => {
    const quote = '<blockquote type="cite"><div><b>From:</b> Acme Recruiting &lt;jobs@acme.com&gt;<br><b>Subject:</b> Your application<br><b>Date:</b> 23 November 2026<br><b>To:</b> Anna</div><br><div><p>Dear Anna,</p><p>We are delighted to offer you the role.</p></div></blockquote>';
    expect(body({ subject: 'Fwd: Your application', html: `<div>Begin forwarded message:<br><br></div>${quote}` })).toBe('Dear Anna,\n\nWe are delighted to offer you the role.');
    expect(body({ subject: 'Fwd: Your application', html: `<div>FYI</div><div>Begin forwarded message:<br><br></div>${quote}` })).toBe('FYI\n\nDear Anna,\n\nWe are delighted to offer you the role.');
    // Nothing but a quote, with no forward's subject: the quote is read, as plain text with quoted lines only is.
    expect(body({ html: quote })).toBe('Dear Anna,\n\nWe are delighted to offer you the role.');
    // A reply above a quote: the quote is not read.
    expect(body({ subject: 'Re: Your application', html: `<p>Thanks!</p>${quote}` })).toBe('Thanks!');
  });
});

describe('cleanReply: footers, banners and sign-offs in the forms mail arrives in (R7)', () => {

  it('R7: a notice written as one line longer than 300 characters ends the message, unless a sign-off follows the text below it', () => {
    const notice = 'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please notify the sender immediately and delete it. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden. Acme Corp accepts no liability for any damage caused by any virus transmitted by this e-mail.';
    expect(notice.length).toBeGreaterThan(300);
    expect(body(`${MESSAGE}\n\n${notice}`)).toBe(MESSAGE);
    expect(body(`${MESSAGE}\n\nThanks & Regards,\nJordan Smith\n\n${notice}`)).toBe(MESSAGE);
    // Datenschutzhinweis, a heading on the paragraph's one line.
    expect(body(`Sehr geehrte Frau Berg,\n\nwir melden uns bis Freitag.\n\nDatenschutzhinweis: Ihre personenbezogenen Daten verarbeiten wir gemäß Art. 6 DSGVO ausschließlich zum Zweck des Bewerbungsverfahrens. Nach Abschluss des Verfahrens speichern wir Ihre Unterlagen für 6 Monate und löschen sie anschließend. Weitere Informationen finden Sie in unserer Datenschutzerklärung.`)).toBe('Sehr geehrte Frau Berg,\n\nwir melden uns bis Freitag.');
    // The sender's own long line that starts as a notice does, with the message and a sign-off below it, is read.
    const own = `Hi Anna,\n\nThis email and the attached offer letter are confidential, so please do not share them with anyone outside your household: they set out the salary, the bonus, the equity grant, the relocation package and the start date we discussed on Monday, and they are meant for you alone until you have signed them.\n\nWe are delighted to offer you the position.`;
    expect(body(`${own}\n\nBest regards,\nSarah`)).toBe(own);
  });

  it.each([
    '[EXTERNAL] This email was sent from outside of your organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
    'This Message Is From an External Sender\nThis message came from outside your organization.',
    'ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.',
    "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les liens à moins de connaître l'expéditeur.",
  ])('R7: other wordings of the banner above mail from outside are not read (%#)', (banner) => {
    expect(body(`${banner}\n\n${MESSAGE}`)).toBe(MESSAGE);
  });

  it.each([
    'Please do not reply to this email. This mailbox is not monitored.',
    'This is an automated message, please do not reply.',
    '*** This is an automated message - please do not reply ***',
    'Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht direkt auf diese E-Mail.',
    '*** Dies ist eine automatisch generierte Nachricht – bitte nicht antworten ***',
    'Merci de ne pas répondre à ce message, il a été envoyé automatiquement.',
    'Ceci est un email automatique, merci de ne pas y répondre.',
    'Por favor, no responda a este correo electrónico; este buzón no se supervisa.',
    'Este es un mensaje automático, por favor no responda.',
    'Por favor, não responda a este e-mail. Esta é uma mensagem automática.',
    'Este e-mail foi enviado automaticamente. Por favor, não responda esta mensagem.',
  ])('R7: a line asking not to reply ends the message: %s', (line) => {
    expect(body(`${MESSAGE}\n\n${line}\n\nAcme Inc. | 100 Main Street`)).toBe(MESSAGE);
  });

  it.each([
    'If you do not reply by Friday, we will offer the position to another candidate.',
    'Esta é uma mensagem automática para avisar que a sua entrevista foi marcada para segunda-feira.',
    'Your application was automatically forwarded to the hiring manager, who will reply by Friday.',
  ])('R7: a sentence that only mentions not replying or automatic mail is the message\'s (%#)', (line) => {
    const text = `${MESSAGE}\n\n${line}\n\nWe look forward to speaking with you.`;
    expect(body(text)).toBe(text);
  });

  it.each([
    'Privacy notice: https://acme.example/candidate-privacy',
    'Privacy Policy | Terms of Use',
    'Protección de datos: sus datos personales serán tratados con la única finalidad de gestionar su candidatura.',
    'Protection des données : https://acme.example/confidentialite',
    'Privacidade: https://acme.example/privacidade',
    '© 2026 Acme Corp · Privacy Policy · Unsubscribe',
    'Copyright 2026 Acme Corp. All rights reserved.',
    'Geschäftsführer: Max Mustermann · Amtsgericht Charlottenburg HRB 123456 B',
    'SAS au capital de 10 000 € – RCS Paris 123 456 789',
    'CNPJ 12.345.678/0001-90',
  ])('R7: a privacy heading, a copyright line or a company-register line ends the message: %s', (line) => {
    expect(body(`${MESSAGE}\n\n${line}\n\nJordan`)).toBe(MESSAGE);
  });

  it.each([
    'The information contained in this email is confidential and may be legally privileged. It is intended solely for the addressee.',
    'Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt.',
    "Avertissement : ce courriel et les pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
    'Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.',
    'AVISO: Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário.',
  ])('R7: more wordings of a confidentiality notice end the message (%#)', (notice) => {
    expect(body(`${MESSAGE}\n\n${notice}`)).toBe(MESSAGE);
  });

  it.each([
    'Thanks & Regards,', 'Thanks and regards,', 'Kindest regards,', 'Best regard,', 'Warmly,', 'Best regards 😊', 'Best, Jordan',
    'Schöne Grüße', 'Freundliche Grüsse / Kind regards', 'Très cordialement,', 'Belle journée,', 'Un abrazo,', 'Saudações,',
  ])('R7: the sign-off "%s" ends the message with the signature below it', (signOff) => {
    expect(body(`${MESSAGE}\n\n${signOff}\nJordan Smith\nTalent Acquisition Partner | Acme Corp\n+1 555 0100 | www.acme.example`)).toBe(MESSAGE);
  });

  it.each([
    'Sent from Outlook for Android', 'Sent from Yahoo Mail for iPhone', 'Von Outlook für Android gesendet', 'Outlook für iOS beziehen',
    'Gesendet von meinem Samsung Galaxy Smartphone.', 'Gesendet von Mail für Windows', 'Envoyé depuis mon smartphone Samsung Galaxy.',
    'Obtenir Outlook pour iOS', 'Enviado desde Correo para Windows', 'Obtener Outlook para iOS', 'Enviado do Outlook para Android',
  ])('R7: the mobile or desktop client footer "%s" ends the message', (footer) => {
    expect(body(`${MESSAGE}\n\n${footer}\n\nJordan Smith\nRecruiter`)).toBe(MESSAGE);
  });

  it('R7: directional marks (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) are dropped as other invisible characters are', () => {
    const marked = `\u200e${MESSAGE.replace(/\n(?=\S)/g, '\n\u202a')}\n\n\u2066Best regards,\u2069\n\u200fJordan`;
    const fields = cleanReply(marked);
    expect(fields[0]?.text).toBe(MESSAGE);
    // Each character still maps to its own in the input.
    const { text, starts } = fields[0]!;
    for (let i = 0; i < text.length; i++) expect(marked[starts[i]!]).toBe(text[i]);
  });

  it.each([
    ['Questions? Our candidate support team answers within 48 hours: careers@acme.example', 'en'],
    ['Fragen? Unser Bewerberservice antwortet innerhalb von 48 Stunden: karriere@acme.example', 'de'],
    ['Des questions ? Notre service candidats répond sous 48 heures : carrieres@acme.example', 'fr'],
    ['¿Preguntas? Nuestro equipo de atención al candidato responde en 48 horas: empleo@acme.example', 'es'],
    ['Dúvidas? Nossa equipe de atendimento ao candidato responde em até 48 horas: vagas@acme.example', 'pt'],
  ])('R7: a line pointing to a support desk, with its response time, is dropped wherever it stands: %s', (line) => {
    expect(body(`${MESSAGE}\n\n${line}`)).toBe(MESSAGE);
    expect(body(`${line}\n\n${MESSAGE}`)).toBe(MESSAGE);
  });

  it('R7: a line that only gives a job\'s reference is dropped wherever it stands, and the message reads on', () => {
    for (const line of ['Reference: R-2026-0412', 'Requisition ID: R-2026-0412', 'Job ID: 699335', 'Referenznummer: R-2026-0412', 'Référence : R-2026-0412', 'Referencia: R-2026-0412', 'Referência: R-2026-0412', 'Código da vaga: R-2026-0412']) {
      expect(body(`Position: Data Analyst\n${line}\n\n${MESSAGE}`)).toBe(`Position: Data Analyst\n\n${MESSAGE}`);
    }
    // A line about references (the candidate's referees) is the message's.
    const text = `${MESSAGE}\n\nReferences: please send us two by Friday.`;
    expect(body(text)).toBe(text);
  });
});

describe('cleanReply: the marker line of a helpdesk or an applicant-tracking system (R7)', () => {

  it.each([
    '##- Please type your reply above this line -##',
    '--- Reply above this line ---',
    '## Please reply above this line ##',
    'Bitte antworten Sie oberhalb dieser Zeile',
    '##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##',
    'Répondez au-dessus de cette ligne',
    '##- Veuillez écrire votre réponse au-dessus de cette ligne. -##',
    'Responda por encima de esta línea',
    '##- Escriba su respuesta por encima de esta línea -##',
    '##- Digite sua resposta acima desta linha -##',
  ])('R7: "%s" at the top is dropped, and the message below it (the newest, as Zendesk and Freshdesk send it) is read', (marker) => {
    expect(body(`${marker}\n\n${MESSAGE}`)).toBe(MESSAGE);
    expect(body(`${marker}\n${MESSAGE}`)).toBe(MESSAGE);
    // Below the start of a message (a forward's note) it is dropped too, and the message reads on.
    expect(body(`Acme Careers\n\n${marker}\n\n${MESSAGE}`)).toBe(`Acme Careers\n\n${MESSAGE}`);
  });

  it('R7: a sentence that mentions the line is the message\'s', () => {
    const text = `${MESSAGE}\n\nPlease reply above this line so that our system files your answer.`;
    expect(body(text)).toBe(text);
  });
});

describe('cleanReply: a data-protection paragraph without a heading (R7)', () => {

  it.each([
    'We will keep your data for 12 months after the end of the recruitment process in accordance with GDPR. You can withdraw your consent at any time.',
    'Ihre Daten werden gemäß DSGVO für 6 Monate gespeichert und anschließend gelöscht.',
    'Vos données seront conservées pendant 24 mois conformément au RGPD.',
    'De acuerdo con el RGPD, sus datos se conservarán durante 12 meses. Puede retirar su consentimiento en cualquier momento.',
    'Seus dados serão mantidos por 12 meses em conformidade com a LGPD.',
  ])('R7: at the end of the message it is dropped, before a sign-off too: %s', (notice) => {
    expect(body(`${MESSAGE}\n\n${notice}`)).toBe(MESSAGE);
    expect(body(`${MESSAGE}\n${notice}`)).toBe(MESSAGE);
    expect(body(`${MESSAGE}\n\n${notice}\n\nBest regards,\nJordan`)).toBe(MESSAGE);
    // Below a short message that ends without a full stop too.
    expect(body(`Welcome to the team ;)\n\n${notice}`)).toBe('Welcome to the team ;)');
  });

  it('R7: in the middle of the message, after a greeting alone, or after data protection in a later sentence, it is the sender\'s', () => {
    const notice = 'We will keep your data for 12 months in accordance with GDPR.';
    const middle = `${MESSAGE}\n\n${notice}\n\nWe look forward to speaking with you.`;
    expect(body(middle)).toBe(middle);
    expect(body(`Dear Ana,\n\n${notice}`)).toBe(`Dear Ana,\n\n${notice}`);
    const later = `${MESSAGE}\n\nUnfortunately we will not move forward. We will keep your data in accordance with GDPR.`;
    expect(body(later)).toBe(later);
  });
});

describe('cleanReply: markers and data-protection paragraphs never take the message\'s own text (R7)', () => {
  // Paragraphs of sentences made of plain words (no sign-off, notice or header among them).
  const word = fc.constantFrom('we', 'reviewed', 'your', 'application', 'for', 'the', 'role', 'team', 'interview', 'next', 'week', 'data');
  const sentence = fc.array(word, { minLength: 3, maxLength: 10 }).map((w) => `${w.join(' ')}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
  const message = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => `Dear Ana,\n\n${p.join('\n\n')}`);
  const notice = 'We will keep your data for 12 months in accordance with GDPR.';

  test.prop([message], { numRuns: runs(100) })('R7: a marker line above the message changes nothing of it', (text) => {
    expect(body(`##- Please type your reply above this line -##\n\n${text}`)).toBe(body(text));
  });

  test.prop([message, paragraph], { numRuns: runs(100) })('R7: a data-protection paragraph is dropped at the end, and read in the middle', (text, tail) => {
    expect(body(`${text}\n\n${notice}`)).toBe(body(text));
    expect(body(`${text}\n\n${notice}\n\n${tail}`)).toBe(`${body(text)}\n\n${notice}\n\n${tail}`);
  });
});

describe("cleanReply: LinkedIn's lines around a recruiter's message (R7)", () => {
  const INMAIL = 'Hi Alex,\n\nI came across your profile and would love to talk about a Data Analyst role at Acme. Are you free for a call this week?';

  it('R7: the wrapper\'s lines above and below the message are dropped', () => {
    const plain = `LinkedIn\n\n${INMAIL}\n\nView message\n\nReply\n\nYou are receiving LinkedIn notification emails.\n\nUnsubscribe | Help\n\nThis email was intended for Alex Moreau (Data Analyst).\nLearn why we included this.\n\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`;
    expect(body(plain)).toBe(INMAIL);
    const links = `${INMAIL}\n\nView message: https://www.linkedin.com/comm/messaging/thread/2-abc\nReply: https://www.linkedin.com/comm/messaging/thread/2-abc\n\nThis email was intended for Alex Moreau (Data Analyst at Acme)\nLearn why we included this: https://www.linkedin.com/help/linkedin/answer/4788\nYou are receiving LinkedIn notification emails.\nHelp: https://www.linkedin.com/help/linkedin/answer/67\n(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`;
    expect(body(links)).toBe(INMAIL);
    expect(body(`${INMAIL}\n\nHelp\n\n(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`)).toBe(INMAIL);
  });

  it.each([
    'I saw your post on LinkedIn and would love to talk.',
    'Please reply',
    'Reply by Friday to confirm.',
    'Let me know if you need help.',
    'You are receiving LinkedIn messages from us because you applied.',
    'This email was intended for every candidate of the second round.',
  ])('R7: a line of the message that only mentions them is read: %s', (line) => {
    const text = `${INMAIL}\n\n${line}\n\nWe look forward to hearing from you.`;
    expect(body(text)).toBe(text);
  });
});

describe('cleanReply TSDoc example', () => {
  it('R7: keeps the message and drops the sign-off', () => {
    expect(cleanReply('Hi!\n\nWe are pleased to offer you the role.\n\nBest regards,\nAnna')[0]?.text).toBe('Hi!\n\nWe are pleased to offer you the role.');
  });
});
