import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { classifyReply } from './classifyReply.js';
import { CUE_TABLES } from './cues/index.js';
import { extractTimeline } from './extractTimeline.js';
import { LABEL_NAMES, REVIEW_THRESHOLDS, TOPIC_NAMES } from './model/weights.generated.js';
import { REPLY_LABELS, REPLY_TOPICS, TOPIC_LABELS } from './types.js';
import type { ReplyInput, ReplyLabel, ReplyLanguage } from './types.js';

type Case = readonly [name: string, input: ReplyInput, label: ReplyLabel, language: ReplyLanguage];

/**
 * The hard cases of R7, each in the four languages where it applies (our own wording). The reader is learned from
 * real mail, so these invented sentences are a floor, not a list of promises: most must come out right, and the
 * misses are printed when the floor breaks.
 */
const CASES: readonly Case[] = [
  // praise first, decision after the contrast word
  ['praise then however', 'Dear Lena,\n\nWe were really impressed by your portfolio and enjoyed meeting you. However, we have decided to move forward with other candidates for this role.\n\nKind regards,\nMark', 'rejection', 'en'],
  ['praise then leider', 'Liebe Frau Wolf,\n\nIhr Profil hat uns sehr gut gefallen und das Gespräch war angenehm. Leider haben wir uns für eine andere Kandidatin entschieden.\n\nMit freundlichen Grüßen\nAnna Berg', 'rejection', 'de'],
  ['praise then malheureusement', 'Bonjour Paul,\n\nNous avons beaucoup apprécié votre parcours. Malheureusement, nous avons retenu un autre candidat pour ce poste.\n\nCordialement,\nJulie', 'rejection', 'fr'],
  ['praise then lamentablemente', 'Hola Marta:\n\nNos gustó mucho conocerte y tu experiencia es muy interesante. Lamentablemente, hemos decidido continuar con otro candidato.\n\nUn saludo,\nLuis', 'rejection', 'es'],
  // "move forward" with other candidates is a rejection
  ['move forward with other candidates', 'Thanks for your time. We decided to move forward with other candidates.', 'rejection', 'en'],
  ['seguir adelante con otros candidatos', 'Gracias por tu tiempo. Hemos decidido seguir adelante con otros candidatos.', 'rejection', 'es'],
  // résumé on file
  ['keep your résumé on file', 'Thank you for applying. The team chose not to proceed, but we will keep your résumé on file for future openings.', 'rejection', 'en'],
  ['Unterlagen im Talentpool', 'Wir können Ihre Bewerbung leider nicht weiter berücksichtigen. Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf.', 'rejection', 'de'],
  ['conserver votre CV', "Votre candidature n'a pas été retenue. Nous conserverons votre CV pour de futures opportunités.", 'rejection', 'fr'],
  ['conservaremos su CV', 'Su candidatura no ha sido seleccionada. Conservaremos su CV para futuros procesos.', 'rejection', 'es'],
  // position filled
  ['position has been filled', 'Hi Sam, just a note that the position has been filled. Thanks for your interest.', 'rejection', 'en'],
  ['Stelle besetzt', 'Hallo Herr Kurz, die Stelle ist inzwischen besetzt. Vielen Dank für Ihr Interesse.', 'rejection', 'de'],
  ['poste pourvu', 'Bonjour, le poste a été pourvu. Merci pour votre intérêt.', 'rejection', 'fr'],
  ['puesto cubierto', 'Hola, el puesto ya ha sido cubierto. Gracias por tu interés.', 'rejection', 'es'],
  // negation
  ['not able to offer', 'After careful thought we are not able to offer you the position at this time.', 'rejection', 'en'],
  ['kein Angebot', 'Wir können Ihnen leider kein Angebot für die Stelle machen.', 'rejection', 'de'],
  ['pas en mesure de proposer', 'Nous ne sommes pas en mesure de vous proposer le poste.', 'rejection', 'fr'],
  ['no podemos ofrecer', 'No podemos ofrecerle el puesto en este momento.', 'rejection', 'es'],
  // offers that mention next steps or references
  ['offer with next steps', 'Hi Jo,\n\nWe are delighted to offer you the Data Engineer role! Next steps: review the attached offer letter and sign it by Friday.\n\nCheers,\nKim', 'offer', 'en'],
  ['offer contingent on references', 'We are pleased to extend you an offer for the Analyst position. The offer is contingent on satisfactory references, so please send us two referees.', 'offer', 'en'],
  ['Angebot vorbehaltlich Referenzen', 'Wir freuen uns, Ihnen die Stelle als Controller anbieten zu können. Das Angebot steht unter dem Vorbehalt positiver Referenzen.', 'offer', 'de'],
  ['offre sous réserve des références', "Nous sommes heureux de vous proposer le poste d'analyste. Cette offre est conditionnée à la vérification de vos références.", 'offer', 'fr'],
  ['oferta sujeta a referencias', 'Nos complace ofrecerle el puesto de analista. La oferta está sujeta a la comprobación de sus referencias.', 'offer', 'es'],
  // next round with "unfortunately" about scheduling
  ['next round, unfortunately about dates', 'Hi Ray,\n\nWe would like to invite you to a second interview with our CTO. Unfortunately she is travelling next week, so could you do Monday the 14th instead?\n\nBest,\nIda', 'next_round', 'en'],
  ['zweites Gespräch, leider Termin', 'Hallo Frau Roth,\n\nwir möchten Sie gerne zu einem zweiten Gespräch einladen. Leider ist unser Teamleiter diese Woche krank, deshalb schlagen wir einen Termin am Dienstag vor.\n\nViele Grüße\nTom', 'next_round', 'de'],
  ['deuxième entretien, malheureusement agenda', "Bonjour Léa,\n\nNous souhaitons vous inviter à un deuxième entretien. Malheureusement, l'agenda de notre directrice est complet cette semaine; seriez-vous disponible lundi ?\n\nCordialement", 'next_round', 'fr'],
  ['segunda entrevista, lamentablemente agenda', 'Hola Ana:\n\nQueremos invitarte a una segunda entrevista. Lamentablemente la agenda del director está llena esta semana, ¿te vendría bien el lunes?\n\nSaludos', 'next_round', 'es'],
  // reference checks that say "final stage"
  ['references at the final stage', "You're in the final stage of our process! Could you send me the contact details of two references, ideally former managers?", 'reference_check', 'en'],
  ['Referenzen in der letzten Phase', 'Sie sind in der letzten Phase unseres Auswahlverfahrens. Könnten Sie uns bitte zwei Referenzen von ehemaligen Vorgesetzten nennen?', 'reference_check', 'de'],
  ['références en dernière étape', 'Vous êtes à la dernière étape du processus. Pourriez-vous nous transmettre les coordonnées de deux références ?', 'reference_check', 'fr'],
  ['referencias en la fase final', 'Estás en la fase final del proceso. ¿Nos puedes enviar los datos de contacto de dos referencias laborales?', 'reference_check', 'es'],
  // status updates mentioning other candidates
  ['status update with other candidates', 'Quick update: we are still interviewing a few other candidates this week and have not made a decision yet. We will keep you posted.', 'pending', 'en'],
  ['Zwischenstand mit anderen Bewerbern', 'Kurzer Zwischenstand: Wir führen diese Woche noch Gespräche mit anderen Bewerbern und haben noch keine Entscheidung getroffen.', 'pending', 'de'],
  ['point d’étape avec autres candidats', "Petit point d'étape : nous rencontrons encore d'autres candidats et n'avons pas encore pris de décision.", 'pending', 'fr'],
  ['actualización con otros candidatos', 'Una breve actualización: todavía estamos entrevistando a otros candidatos y aún no hemos tomado una decisión.', 'pending', 'es'],
  // one-line replies
  ['one line offer', "We'd love to make you an offer!", 'offer', 'en'],
  ['one line rejection', "Sorry, we've gone with someone else.", 'rejection', 'en'],
  ['one line next round', 'Can you come back Thursday to meet the founders?', 'next_round', 'en'],
  // subject-only signals
  ['subject-only offer', { subject: 'Offer letter – Senior Designer', text: 'Attached.\n\nMaria' }, 'offer', 'en'],
  ['subject-only Arbeitsvertrag', { subject: 'Ihr Arbeitsvertrag', text: 'Anbei.' }, 'offer', 'de'],
  ['subject-only invitation', { subject: 'Invitation: second interview', text: 'See you then!' }, 'next_round', 'en'],
  // a withdrawn offer is a rejection, and the offer words inside it do not count
  ['offer rescinded', 'Dear Tom,\n\nI am sorry to tell you that the offer of employment we sent last week has been withdrawn after a budget review.\n\nRegards,\nHR', 'rejection', 'en'],
  ['Angebot zurückziehen', 'Sehr geehrte Frau Roth,\n\nwir müssen das Ihnen unterbreitete Stellenangebot leider zurückziehen, da das Projekt gestoppt wurde.\n\nMit freundlichen Grüßen\nHR', 'rejection', 'de'],
  ['Rücknahme der Zusage', { subject: 'Rücknahme unserer Zusage', text: 'Hallo Jan, das tut uns sehr leid. Melde dich, wenn du Fragen hast.' }, 'rejection', 'de'],
  ["retirer la promesse d'embauche", "Madame,\n\nNous sommes au regret de devoir retirer l'offre d'emploi qui vous avait été transmise, le poste n'étant plus budgété.\n\nLa DRH", 'rejection', 'fr'],
  ['anular la oferta', 'Estimado Sr. Gil:\n\nNos vemos en la obligación de anular la oferta de trabajo que le enviamos, ya que la vacante ha sido suprimida.\n\nRR. HH.', 'rejection', 'es'],
  // an NDA to sign before an interview is neither an offer nor a next round by itself
  ['NDA before the interview', 'Hi Pat,\n\nBefore Tuesday we need you to sign the attached confidentiality agreement, since the team will show you a prototype.\n\nThanks,\nLegal', 'other', 'en'],
  ['Geheimhaltungsvereinbarung', 'Hallo Frau Ott,\n\nbitte unterschreiben Sie die beigefügte Geheimhaltungsvereinbarung und schicken Sie sie uns zurück.\n\nDanke\nLegal', 'other', 'de'],
  ['accord de confidentialité', "Bonjour,\n\nMerci de signer l'accord de confidentialité joint avant notre rencontre de jeudi.\n\nLe service juridique", 'other', 'fr'],
  ['acuerdo de confidencialidad', 'Hola Leo:\n\nTe pedimos que firmes el acuerdo de confidencialidad adjunto antes de la reunión del martes.\n\nGracias,\nLegal', 'other', 'es'],
  // offers in plain words
  ['offer of employment in the subject', { subject: 'Offer of employment – Warehouse Lead', text: 'Hi Ana, see the attachment. Call me with any questions.' }, 'offer', 'en'],
  ['you got the job', 'Great news, Chris: you got the job! We will send the contract by email tomorrow.', 'offer', 'en'],
  ['the role is yours', 'Hi Mo, the role is yours if you still want it. Let me know and I will sort out the paperwork.', 'offer', 'en'],
  ['Wir haben uns für Sie entschieden', 'Hallo Frau Lenz, wir haben uns für Sie entschieden! Den Arbeitsvertrag schicken wir Ihnen diese Woche zu.', 'offer', 'de'],
  ['que vous nous rejoigniez', "Bonjour Marc, toute l'équipe serait ravie que vous nous rejoigniez. Je vous envoie le contrat demain.", 'offer', 'fr'],
  ['retenue pour le poste, sous réserve de références', "Madame, vous êtes retenue pour le poste de comptable. Cette proposition est conditionnée à la prise de références auprès de votre ancien employeur.", 'offer', 'fr'],
  ['seleccionado para el puesto, sujeto a referencias', 'Estimado Sr. Ruiz: le hemos seleccionado para el puesto de técnico. La oferta está sujeta a la verificación de sus referencias con su anterior empleador.', 'offer', 'es'],
  // still deciding, not a rejection
  ['still interviewing other candidates', 'Hi Lou, no decision yet: we are still interviewing other candidates this week and will get back to you after that.', 'pending', 'en'],
  ['manager on leave', 'Hi Kai, the hiring manager is on leave until Monday, so there will be no update until she is back.', 'pending', 'en'],
  ['noch nichts entschieden', 'Hallo Herr Beck, es ist noch nichts entschieden. Wir melden uns nach der Rückkehr unserer Teamleiterin.', 'pending', 'de'],
  ['rien de décidé', 'Bonjour, rien de décidé pour le moment, je vous tiens au courant la semaine prochaine.', 'pending', 'fr'],
  ['el proceso sigue abierto', 'Hola Eva, el proceso sigue abierto y todavía entrevistamos a otros candidatos. Te daremos una respuesta pronto.', 'pending', 'es'],
  // next round: trial shifts and assessment centres
  ['trial shift', 'Hi Sam, we would like you to come in for a trial shift on Friday from 5pm.', 'next_round', 'en'],
  ['assessment centre', 'Dear Ali, we are pleased to invite you to our assessment centre on 12 June.', 'next_round', 'en'],
  ['Probetag', 'Hallo Nina, hättest du Lust auf einen Probetag bei uns nächste Woche?', 'next_round', 'de'],
  ['Assessment-Center', 'Sehr geehrter Herr Maier, wir laden Sie zu unserem Assessment-Center am 4. Juli ein.', 'next_round', 'de'],
  ["centre d'évaluation", "Bonjour Léa, nous vous convions à une journée en centre d'évaluation le 3 juin.", 'next_round', 'fr'],
  ['jornada de prueba', 'Hola Dani, nos gustaría que vinieras a una jornada de prueba el sábado.', 'next_round', 'es'],
  // filled internally, chosen elsewhere
  ['appointed an internal candidate', 'Dear Jo, thank you for interviewing with us. We have appointed an internal candidate to the role.', 'rejection', 'en'],
  ['intern besetzen', 'Hallo Herr Graf, danke für das Gespräch. Wir werden die Stelle intern besetzen.', 'rejection', 'de'],
  ['pourvu en interne', "Bonjour, merci pour l'entretien. Le poste sera finalement pourvu en interne.", 'rejection', 'fr'],
  ['cubrir internamente', 'Hola Sara, gracias por la entrevista. Hemos decidido cubrir la plaza internamente.', 'rejection', 'es'],
  ['chose a person with more experience', "Chère Inès, la décision a été difficile, mais nous avons choisi une personne ayant plus d'expérience en gestion d'équipe.", 'rejection', 'fr'],
  // acknowledgements of receipt
  ['we have received your application', 'Thank you, we have received your application and will review it carefully.', 'other', 'en'],
  ['Eingangsbestätigung', { subject: 'Eingangsbestätigung Ihrer Bewerbung', text: 'Vielen Dank, wir prüfen Ihre Unterlagen und melden uns.' }, 'other', 'de'],
  ['accusons bonne réception', 'Bonjour, nous accusons bonne réception de votre dossier et reviendrons vers vous.', 'other', 'fr'],
  ['acuse de recibo', { subject: 'Acuse de recibo de su candidatura', text: 'Gracias por su interés. Revisaremos su perfil.' }, 'other', 'es'],
  // a status page in HTML
  ['HTML status page awaiting a decision', { subject: 'Application update', html: '<table><tr><td><p>Status: <b>In review</b> – awaiting a decision by the team.</p><p>We will email you once a decision has been made.</p></td></tr></table>' }, 'pending', 'en'],
  // nothing to go on
  ['nothing matches', 'The office is on the third floor; parking is behind the building.', 'other', 'en'],
];


const MORE_CASES: readonly Case[] = [
  ['background check (en)', 'Next, an outside firm will run a background check on your employment history. Please note this is not an offer of employment.', 'reference_check', 'en'],
  ['Hintergrundüberprüfung', 'Als nächsten Schritt führen wir eine Hintergrundüberprüfung durch. Dies bedeutet noch keine Zusage.', 'reference_check', 'de'],
  ['vérification des antécédents', 'Nous allons procéder à une vérification de vos antécédents professionnels. Cela ne constitue pas une offre.', 'reference_check', 'fr'],
  ['verificación de antecedentes', 'Vamos a realizar una verificación de antecedentes laborales. Esto no constituye una oferta de empleo.', 'reference_check', 'es'],
  ['budget cut, role frozen', 'Sadly the budget was cut and the role has been frozen, so we are closing this search without a hire.', 'rejection', 'en'],
  ['a different direction', "They've decided to go in a different direction with this one, sorry.", 'rejection', 'en'],
  ['Einstellungsstopp', 'Aufgrund eines Einstellungsstopps wurde die Stelle leider gestrichen.', 'rejection', 'de'],
  ['gel des recrutements', 'En raison d’un gel des recrutements, le poste ne sera finalement pas pourvu.', 'rejection', 'fr'],
  ['vacante congelada', 'Por un ajuste de presupuesto se ha congelado la vacante y cerramos el proceso.', 'rejection', 'es'],
  ['Sie haben die Stelle', 'Gute Nachrichten: Sie haben die Stelle! Den Vertrag schicken wir Ihnen morgen.', 'offer', 'de'],
  ['Stelle anderweitig besetzt', 'Leider haben wir die Stelle inzwischen mit einer anderen Person besetzt.', 'rejection', 'de'],
  ['still in the running', 'Apologies for the long silence on our end. You are still very much in the running and we hope to have an update for you soon.', 'pending', 'en'],
  ['not forgotten', "Quick note so you know you haven't been forgotten: the panel meets again on Thursday.", 'pending', 'en'],
  ['weiterhin im Rennen', 'Entschuldigen Sie bitte die lange Wartezeit. Sie sind weiterhin im Rennen, wir melden uns bald.', 'pending', 'de'],
  ['toujours en lice', 'Désolée pour ce long silence : vous êtes toujours en lice et nous revenons vers vous rapidement.', 'pending', 'fr'],
  ['todavía no hay decisión', 'Disculpa la demora. Todavía no hay decisión; el comité decidirá la próxima semana y te aviso enseguida.', 'pending', 'es'],
  ['Einstellungszusage', { subject: 'Einstellungszusage', text: 'Die Einstellung erfolgt zum 1. März. Bitte teilen Sie uns bis Freitag mit, ob Sie die Stelle annehmen.' }, 'offer', 'de'],
  ['Stellenangebot vom 2. Mai zurückziehen', 'Sehr geehrte Frau Roth, leider müssen wir unser Stellenangebot vom 2. Mai zurückziehen, da die Stelle gestrichen wurde.', 'rejection', 'de'],
];

/**
 * Share of the hard cases that must come out right. Measured 92.8% (90/97) when set; the misses were rescinded
 * offers, internal fills, background checks in French and Spanish, and a "not forgotten" note (too rare in real mail).
 */
const HARD_CASE_FLOOR = 0.88;

describe('classifyReply (R7)', () => {
  it(`R7: at least ${HARD_CASE_FLOOR * 100}% of the hard cases get their label, and every case its language`, () => {
    const all = [...CASES, ...MORE_CASES];
    const misses: string[] = all.filter(([, input, label]) => classifyReply(input).label !== label).map(([name, input, label]) => `${name}: ${label} → ${classifyReply(input).label}`);
    if (process.env.SHOW_HARD_CASES !== undefined) console.log(all.length, misses);
    expect((all.length - misses.length) / all.length, misses.join('\n')).toBeGreaterThanOrEqual(HARD_CASE_FLOOR);
    for (const [name, input, , language] of all) expect(classifyReply(input).language, name).toBe(language);
  });

  it('R7: a link after a sentence, bare or in angle brackets as text parts write it, reads as its host\'s name', () => {
    const message = 'Dear Ana,\n\nThank you for applying to the Data Analyst role. We will review your application and get back to you within two weeks.';
    const read = (text: string) => {
      const r = classifyReply(text);
      return [r.label, r.topic, r.requests.map((q) => q.kind)];
    };
    const alone = read(message);
    for (const link of ['<https://acme.example/careers?utm_source=ats&id=8812>', 'https://acme.example/careers?utm_source=ats&id=8812', '<https://u1234567.ct.sendgrid.net/ls/click?upn=Rk9P>']) {
      expect(read(`${message} ${link}`), link).toEqual(alone);
      expect(read(`${message}\n\nAcme Careers ${link}`), link).toEqual(read(`${message}\n\nAcme Careers`));
    }
  });

  it('R7: evidence spans point at the words in the original input', () => {
    const input = 'Dear Jo,\n\nUnfortunately, we have decided to move forward with other candidates.\n\nBest regards,\nAnn';
    const result = classifyReply(input);
    expect(result.label).toBe('rejection');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      expect(input.slice(e.start, e.end)).toBe(e.text);
      expect(e.field).toBe('text');
      expect(e.label).toBe('rejection');
      expect(e.weight).toBeGreaterThan(0);
    }
    expect(result.evidence.some((e) => 'move forward with other candidates'.includes(e.text.toLowerCase()) || e.text.toLowerCase().includes('other candidates'))).toBe(true);
  });

  it('R7: evidence in an object input says which field it indexes', () => {
    const input = { subject: 'Your offer letter', html: '<p>We are delighted to offer you the role.</p><p>Please find <b>attached</b> the details.</p>' };
    const result = classifyReply(input);
    expect(result.label).toBe('offer');
    const inSubject = result.evidence.filter((e) => e.field === 'subject');
    for (const e of inSubject) expect(input.subject.slice(e.start, e.end)).toBe(e.text);
    for (const e of result.evidence.filter((x) => x.field === 'html')) expect(input.html.slice(e.start, e.end)).toBe(e.text);
  });

  it('R7: a short text part that only points to the HTML part ("use an HTML-capable client") gives way to the HTML', () => {
    const html = '<html><body><p>Dear Jo,</p><p>Thank you for taking the time to interview with us for the Data Engineer position. After careful consideration, we regret to inform you that we have decided to move forward with another candidate whose experience more closely matches our current needs.</p><p>We appreciate your interest in Acme and wish you every success in your job search.</p><p>Kind regards,<br>Kim Adams</p></body></html>';
    const stub = { text: 'This message is in HTML format. Please use an HTML-capable email client to view it.', html };
    const result = classifyReply(stub);
    expect(result.label).toBe('rejection');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      expect(e.field).toBe('html');
      expect(html.slice(e.start, e.end)).toBe(e.text);
    }
    // A text part of its own length is the message, whatever the HTML says.
    const text = `${'We have received your application for the Data Engineer role and will review it carefully. '.repeat(4)}Thank you.`;
    expect(classifyReply({ text, html }).evidence.every((e) => e.field === 'text')).toBe(true);
  });

  it('R7: spans map through HTML entities and tags', () => {
    const html = '<div>We&nbsp;are <b>pleased</b> to offer you the role.</div>';
    const result = classifyReply({ html });
    expect(result.label).toBe('offer');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(html.slice(e.start, e.end)).toBe(e.text);
  });

  it('R7: quoted earlier messages do not count', () => {
    const input = 'Thanks for the update, talk soon!\n\nOn Tue, Dec 1, 2026 at 9:00 AM Ann <ann@example.com> wrote:\n> We are pleased to offer you the position.';
    expect(classifyReply(input).label).not.toBe('offer');
  });

  it('R7: scores are probabilities summing to 1, the label has the highest, and needsReview follows confidence', () => {
    const r = classifyReply('We would like to invite you to a final round interview.');
    expect(Object.keys(r.scores)).toEqual([...REPLY_LABELS]);
    const sum = Object.values(r.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 2);
    for (const v of Object.values(r.scores)) expect(v).toBeLessThanOrEqual(r.scores[r.label]);
    expect(r.confidence).toBeCloseTo(r.scores[r.label], 3);
    expect(r.needsReview).toBe(r.confidence < REVIEW_THRESHOLDS[LABEL_NAMES.indexOf(r.label)]!);
  });

  describe('automatic replies (R7)', () => {
    const ooo = 'I am out of the office until Monday, December 14, with limited access to email. I will get back to you when I return.';
    it.each([
      'Automatic reply: Following up on my Data Analyst interview', 'Out of Office: Re: Interview', 'OOO', 'Auto-Reply: your message',
      '[EXTERNAL] Out of office - back on the 14th', 'Automatische Antwort: Nachfrage zu meiner Bewerbung', 'Abwesenheitsnotiz: Ihre Nachricht',
      'Réponse automatique : Suivi de ma candidature', 'Absence du bureau : votre message', 'Respuesta automática: Seguimiento',
      'Fuera de la oficina', 'Resposta automática: Acompanhamento da minha candidatura', 'Fora do escritório: sua mensagem',
      'Out of Office AutoReply: Interview', 'Auto: Interview', 'Out-of-Office: x', 'Autoresponder: x', 'Fuera de oficina: x',
      'Absent du bureau : x', 'Out of Office — back on the 14th', '[External Email] Automatic reply: x', 'EXTERNAL: Out of office',
    ])('R7: "%s" is an automatic reply: flagged for review, its subject not read', (subject) => {
      const r = classifyReply({ subject, text: ooo });
      expect(r.autoReply).toBe(true);
      expect(r.needsReview).toBe(true);
      const { autoReply: _a, needsReview: _n, ...rest } = r;
      const { autoReply: _b, needsReview: _m, ...alone } = classifyReply({ text: ooo });
      expect(rest).toEqual(alone);
    });

    it.each([
      'Re: Following up on my interview', 'Absence of feedback on my application', 'Outcome of your interview', 'Automation Engineer – next steps',
      'Ausente de respuesta', 'Absence – report de votre entretien', 'Absence: your interviewer is ill, interview moved', 'Abwesend – Termin verschoben',
      'Ausente - nova data para sua entrevista', '[Acme Careers] Out of office: interview rescheduled', 'Auto-generated: your application',
    ])(
      'R7: "%s" is not an automatic reply',
      (subject) => expect(classifyReply({ subject, text: ooo }).autoReply).toBe(false),
    );

    it("R7: the input's autoReply (its headers, as parseEmail reads them) marks one too; a wrong type is refused", () => {
      expect(classifyReply({ text: ooo, autoReply: true })).toMatchObject({ autoReply: true, needsReview: true });
      expect(classifyReply({ text: ooo, autoReply: false }).autoReply).toBe(false);
      // The subject still says so.
      expect(classifyReply({ subject: 'Out of office', text: ooo, autoReply: false }).autoReply).toBe(true);
      expect(() => classifyReply({ text: ooo, autoReply: 'yes' } as never)).toThrow(/Invalid reply\.autoReply "yes": expected true, false or nothing/);
    });

    it('R7: without a subject nothing is judged an automatic reply, whatever the body says', () => {
      expect(classifyReply(ooo).autoReply).toBe(false);
      expect(classifyReply({ text: ooo }).autoReply).toBe(false);
    });
  });

  it('R7: the topic is one of the label\'s own topics', () => {
    for (const [, input] of [...CASES, ...MORE_CASES]) {
      const r = classifyReply(input);
      expect(TOPIC_LABELS[r.topic]).toBe(r.label);
    }
  });

  it('R7: options.language overrides detection', () => {
    expect(classifyReply('Absage', { language: 'de' }).language).toBe('de');
    expect(classifyReply('Thank you for your application', { language: 'fr' }).language).toBe('fr');
  });

  it('R7: evidence leaves out words that moved the label by less than a fifth of the strongest feature', () => {
    const email = 'Hi Jordan,\nThanks again for your time last week. We enjoyed the conversation and would like to invite you to a\nfinal round with our VP of Product. Could you share a few slots for next week?\nBest, Mia';
    const { evidence } = classifyReply(email);
    expect(evidence.map((e) => e.text)).toContain('like to invite');
    const strongest = Math.max(...evidence.map((e) => e.weight));
    for (const e of evidence) expect(e.weight, e.text).toBeGreaterThanOrEqual(0.2 * strongest - 0.01);
    // Fewer than the six it may show: the words of small weight ("round", "Could", "next") are not among them.
    expect(evidence.length).toBeLessThan(6);
  });

  it('R7: each evidence span is reported once', () => {
    const { evidence } = classifyReply('We would like to invite you to a final round with our VP of Product. Please share your availability for the final round.');
    const spans = evidence.map((e) => `${e.field}:${e.start}:${e.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('R7: evidence never shows function words alone ("by", "us", "you the"): each word or word pair has a word that says something', () => {
    const stop = new Set(CUE_TABLES.flatMap((t) => t.stopWords));
    for (const text of [
      'Dear Sam,\n\nWe are delighted to offer you the role of Analyst. Please confirm by Friday. Please also send us your transcripts by Monday.',
      'Hi Sam, thank you for your time. We will get back to you by the end of next week.',
      'Sehr geehrte Frau Roth, leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.',
      'Bonjour, nous avons le plaisir de vous inviter à un second entretien avec notre directrice.',
    ]) {
      // Words and word pairs, of the body (w:, b:) and of the subject (s:, sb:); a phrase or concept names its meaning.
      for (const e of classifyReply(text).evidence.filter((x) => /^s?[wb]:|^s:/.test(x.cue))) {
        const words = e.text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
        expect(words.every((w) => stop.has(w)), `${e.cue} "${e.text}" in: ${text}`).toBe(false);
      }
    }
  });

  it('R7: an empty reply is other, not an error', () => {
    expect(classifyReply('').label).toBe('other');
    expect(classifyReply({ html: '' }).label).toBe('other');
  });

  it('R7: the TSDoc example', () => {
    expect(classifyReply('We were impressed by your profile; however, we have decided to move forward with other candidates.').label).toBe('rejection');
  });

  it('throws InvalidArgumentError for input that is not a reply', () => {
    for (const bad of [42, null, undefined, ['x'], { subject: 'x' }, { text: 3 }, { subject: 1, text: 'x' }]) {
      try {
        classifyReply(bad as unknown as ReplyInput);
        expect.unreachable();
      } catch (e) {
        expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
      }
    }
    expect(() => classifyReply('x', { language: 'it' as never })).toThrow(/options.language/);
    expect(() => classifyReply('x', 5 as never)).toThrow(/options/);
    // A Date or an array is no options object (it was read as one with no options set).
    expect(() => classifyReply('x', new Date(0) as never)).toThrow(/^Invalid options Date\(1970-01-01T00:00:00\.000Z\): expected an object/);
    expect(() => classifyReply('x', [] as never)).toThrow(/^Invalid options \[\]: expected an object/);
  });
});

describe('the reply reader on calendar invitations for an analyst role (R4.5)', () => {
  it('R4.5: "Analista" (a job title) is no Portuguese promise word, so an invitation\'s time is not the employer\'s promise', () => {
    const read = { reference: '2026-11-25T10:00:00Z', timeZone: 'Europe/Berlin' } as const;
    const invitation = 'Entrevista: Analista de Dados - Alex Moreau\nsegunda-feira, 7 de dez. de 2026 ⋅ 10:00 – 11:00\nHorário Padrão de Brasília - São Paulo';
    expect(extractTimeline(invitation, read)).toBeNull();
    expect(extractTimeline(`Olá Ana,\n\nVamos analisar o seu perfil e entraremos em contato até sexta-feira.\n\n${invitation}`, read)?.date).toBe('2026-11-27');
    // The verb and the noun still promise.
    expect(extractTimeline('Sua candidatura será analisada até 4 de dezembro.', read)?.date).toBe('2026-12-04');
  });
});

describe('the weights module and the public lists (R7)', () => {
  it('R7: the weights rows follow REPLY_LABELS and REPLY_TOPICS', () => {
    expect([...LABEL_NAMES]).toEqual([...REPLY_LABELS]);
    expect([...TOPIC_NAMES]).toEqual([...REPLY_TOPICS]);
  });
});
