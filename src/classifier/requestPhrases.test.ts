import { describe, expect, it } from 'vitest';
import { findRequestPhrases } from './findRequests.js';
import { readReply } from './model/features.js';
import type { ReplyLanguage, RequestKind } from './types.js';

/** The request kinds the phrase lists find in `text`, read as `language`, before the label decides which ones fit. */
function kinds(text: string, language: ReplyLanguage): RequestKind[] {
  return findRequestPhrases(readReply({ text }, language)).map((r) => r.kind);
}

/**
 * Sentences written for these tests in the way employers phrase each request, each with the kind it asks for. The phrase
 * lists before December 2026 missed or misread 35 of the 43.
 */
const ASKS: readonly [ReplyLanguage, string, RequestKind][] = [
  // English
  ['en', 'Could you please confirm your attendance at the assessment centre?', 'confirm_attendance'],
  ['en', 'Please review the offer details and respond within five days.', 'respond_to_offer'],
  ['en', 'Kindly accept or decline through the candidate portal.', 'respond_to_offer'],
  ['en', 'Please let us know your decision by Friday.', 'respond_to_offer'],
  ['en', 'Would you be available for a call on Thursday afternoon?', 'send_availability'],
  ['en', 'Please select a time slot that suits you.', 'book_slot'],
  ['en', 'Use the button below to schedule your interview.', 'book_slot'],
  ['en', 'We require two referees from your most recent roles.', 'send_references'],
  ['en', 'Please provide your consent for the screening through the link below.', 'send_documents'],
  ['en', 'Please complete the identity verification before your first day.', 'send_documents'],
  ['en', 'Remember to finish your application before the deadline.', 'send_documents'],
  ['en', 'You can start the assessment whenever you are ready.', 'complete_assessment'],
  ['en', 'Please take the written exam online this week.', 'complete_assessment'],
  // German
  ['de', 'Bitte wählen Sie einen Termin für das Gespräch.', 'book_slot'],
  ['de', 'Über den Link können Sie Ihren Wunschtermin auswählen und buchen.', 'book_slot'],
  ['de', 'Lass uns wissen, wann es dir passt.', 'send_availability'],
  ['de', 'Bestätige uns bitte den Termin.', 'confirm_attendance'],
  ['de', 'Wir bitten Sie, uns Ihre Zeugnisse bis Ende der Woche einzureichen.', 'send_documents'],
  ['de', 'Es fehlen noch folgende Unterlagen.', 'send_documents'],
  ['de', 'Absolvieren Sie bitte den Online-Test.', 'complete_assessment'],
  ['de', 'Bitte teilen Sie uns Ihre Entscheidung bis Freitag mit.', 'respond_to_offer'],
  // French
  ['fr', 'Merci de nous faire parvenir les documents demandés.', 'send_documents'],
  ['fr', 'Remplissez le formulaire en ligne avant lundi.', 'send_documents'],
  ['fr', 'Nous vous proposons un exercice technique à réaliser chez vous.', 'complete_assessment'],
  ['fr', 'Nous aimerions que vous répondiez à quelques questions.', 'complete_assessment'],
  ['fr', 'Nous attendons votre réponse avant vendredi.', 'respond_to_offer'],
  ['fr', 'Merci de nous confirmer si vous serez présent.', 'confirm_attendance'],
  ['fr', 'Quelles dates vous conviendraient pour un échange ?', 'send_availability'],
  ['fr', 'Pourriez-vous nous proposer quelques créneaux pour la semaine prochaine ?', 'send_availability'],
  ['fr', 'Vous pouvez accepter le contrat en le signant en ligne.', 'sign_offer'],
  // Spanish
  ['es', 'Te invitamos a que realices la prueba técnica.', 'complete_assessment'],
  ['es', 'Necesitamos que nos aportes tu documentación.', 'send_documents'],
  ['es', 'Sube tu CV desde el portal.', 'send_documents'],
  ['es', 'Por favor, completa tus datos en la plataforma.', 'send_documents'],
  ['es', 'Indícanos un horario para la llamada.', 'send_availability'],
  ['es', 'Haz clic en el enlace para agendar tu entrevista.', 'book_slot'],
  ['es', 'Recuerda devolver el contrato firmado.', 'sign_offer'],
  ['es', 'Confírmanos si puedes asistir.', 'confirm_attendance'],
  // Portuguese
  ['pt', 'Você pode enviar o seu currículo por aqui?', 'send_documents'],
  ['pt', 'Atualize seu cadastro até sexta-feira.', 'send_documents'],
  ['pt', 'Informe se deseja aceitar a proposta.', 'respond_to_offer'],
  ['pt', 'O prazo para entregar o desafio é segunda-feira.', 'complete_assessment'],
  ['pt', 'Me confirma, por favor!', 'confirm_attendance'],
];

/** Sentences that use a request's words without asking for it: the phrase lists before December 2026 read 12 of the 14 as that request. */
const DOES_NOT_ASK: readonly [ReplyLanguage, string, RequestKind][] = [
  ['en', 'We are happy to answer any questions you may have.', 'complete_assessment'],
  ['en', 'Please bring a photo ID to the interview.', 'send_documents'],
  ['en', 'Thank you for submitting your application.', 'send_documents'],
  ['en', 'Thank you for sharing your availability.', 'send_availability'],
  ['en', 'Decision to revoke the job offer.', 'respond_to_offer'],
  ['de', 'Bitte bringen Sie Ihre Unterlagen zum Gespräch mit.', 'send_documents'],
  ['fr', 'Nous restons disponibles pour répondre à vos questions.', 'complete_assessment'],
  ['fr', 'Nous avons le plaisir de confirmer la réception de votre candidature.', 'confirm_attendance'],
  ['fr', 'Pensez à apporter votre CV le jour de l’entretien.', 'send_documents'],
  ['fr', 'Vous serez contacté dans les 24 heures pour convenir d’un créneau.', 'send_availability'],
  ['es', 'Nos gustaría agendar una llamada contigo.', 'book_slot'],
  ['es', 'Tu entrevista será en el horario indicado.', 'send_availability'],
  ['es', 'Encontrarás mis datos en la firma del correo.', 'sign_offer'],
  ['pt', 'Por favor, confirme o recebimento deste e-mail.', 'confirm_attendance'],
];

describe('request phrases (R7)', () => {
  it.each(ASKS)('R7: [%s] "%s" asks for %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each(DOES_NOT_ASK)('R7: [%s] "%s" does not ask for %s', (language, text, kind) => {
    expect(kinds(text, language)).not.toContain(kind);
  });
});

/**
 * Sentences written for these tests in the common ways of asking for documents, a test, an answer to an offer or a
 * confirmation that the phrase lists of December 2026 did not read, each with the kind it asks for.
 */
const MORE_ASKS: readonly [ReplyLanguage, string, RequestKind][] = [
  ['en', 'Your coding assessment has been assigned to you in the portal.', 'complete_assessment'],
  ['en', 'Please upload a scan of your degree.', 'send_documents'],
  ['en', 'This offer expires on March 3.', 'respond_to_offer'],
  ['en', 'The offer is valid for five working days.', 'respond_to_offer'],
  ['en', 'Please review the contract and respond at your earliest convenience.', 'respond_to_offer'],
  ['en', 'Let us know whether you accept by Monday.', 'respond_to_offer'],
  ['en', 'We need a decision by Friday.', 'respond_to_offer'],
  ['en', 'To accept this position, click the button below.', 'respond_to_offer'],
  ['en', 'Please acknowledge receipt of this invitation.', 'confirm_attendance'],
  ['fr', "Cette offre est valable jusqu'au 10 mars.", 'respond_to_offer'],
  ['es', 'Tienes dos pruebas pendientes en el portal.', 'complete_assessment'],
  ['es', 'Los tests han sido asignados a tu perfil.', 'complete_assessment'],
  ['es', 'Pulsa en Iniciar Assessment para comenzar.', 'complete_assessment'],
  ['es', 'Esperamos tu respuesta antes del viernes.', 'respond_to_offer'],
  ['es', 'Responde CONFIRMO para reservar tu plaza.', 'confirm_attendance'],
  ['es', 'Te pedimos registrar tu informaci\u00f3n en la bolsa de empleo.', 'send_documents'],
  ['pt', 'O desafio foi enviado para o seu e-mail.', 'complete_assessment'],
  ['pt', 'O teste t\u00e9cnico est\u00e1 no link abaixo.', 'complete_assessment'],
];

/** Sentences near those phrases that ask for nothing of the kind: a test's result, a decision taken, a file already sent. */
const MORE_DOES_NOT_ASK: readonly [ReplyLanguage, string, RequestKind][] = [
  ['en', 'Your assessment result is pending review.', 'complete_assessment'],
  ['en', 'The assessment takes place at our office on Monday.', 'complete_assessment'],
  ['en', 'Your documents were uploaded successfully.', 'send_documents'],
  ['en', 'We will send you your application number shortly.', 'send_documents'],
  ['en', 'We came to a decision after the final round.', 'respond_to_offer'],
  ['en', 'We acknowledge receipt of your application.', 'confirm_attendance'],
  ['fr', "Cette offre d'emploi a expir\u00e9.", 'respond_to_offer'],
  ['es', 'Tu prueba est\u00e1 pendiente de revisi\u00f3n.', 'complete_assessment'],
  ['es', 'Si no puedes asistir, responde este correo para reagendar.', 'confirm_attendance'],
  ['es', 'Tu informaci\u00f3n quedar\u00e1 registrada en nuestra base de datos.', 'send_documents'],
  ['pt', 'Obrigado pelo envio do desafio.', 'complete_assessment'],
];

describe('request phrases for documents, tests, answers and confirmations (R7)', () => {
  it.each(MORE_ASKS)('R7: [%s] "%s" asks for %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each(MORE_DOES_NOT_ASK)('R7: [%s] "%s" does not ask for %s', (language, text, kind) => {
    expect(kinds(text, language)).not.toContain(kind);
  });
});

/** Wordings of a review's realistic emails (December 2026) that the phrase lists missed, each with the kind it asks for. */
const REVIEW_ASKS: readonly [ReplyLanguage, string, RequestKind][] = [
  ['en', 'Please complete it in the next 3 days and send your slides to me.', 'complete_assessment'],
  ['en', 'Please complete it by November 30 so we can review your results.', 'complete_assessment'],
  ['en', 'Would Friday, November 20 at 11am work instead?', 'send_availability'],
  ['de', 'Bitte teilen Sie uns bis Donnerstag mit, an welchen Tagen Sie in der nächsten Woche Zeit haben.', 'send_availability'],
  ['de', 'Bitte schließen Sie den Test bis Freitag ab.', 'complete_assessment'],
  ['de', 'Bitte schließen Sie das Assessment bis zum 20. November ab.', 'complete_assessment'],
  ['de', 'Bitte geben Sie die Unterlagen bis Freitag ab.', 'send_documents'],
  ['pt', 'Por favor, conclua o teste até o dia 21 de abril.', 'complete_assessment'],
  ['pt', 'Por favor, finalize o teste até o dia 21 de abril.', 'complete_assessment'],
  ['pt', 'Enquanto isso, poderia nos enviar seu portfólio atualizado?', 'send_documents'],
  ['es', 'Por favor, reserva un horario en este enlace y envíanos tu portafolio antes del miércoles.', 'send_documents'],
];

/** Sentences of the same review that use a request's words without asking for it. */
const REVIEW_DOES_NOT_ASK: readonly [ReplyLanguage, string, RequestKind][] = [
  ['en', 'Please use the link below to book a 60-minute slot that works for you.', 'send_availability'],
  ['en', 'I am pleased to confirm our offer of employment for the role of Financial Analyst.', 'respond_to_offer'],
  ['en', 'This letter will confirm in writing the verbal offer that I extended to you.', 'respond_to_offer'],
];

describe('request phrases of a review of realistic emails (R7)', () => {
  it.each(REVIEW_ASKS)('R7: [%s] "%s" asks for %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each(REVIEW_DOES_NOT_ASK)('R7: [%s] "%s" does not ask for %s', (language, text, kind) => {
    expect(kinds(text, language)).not.toContain(kind);
  });

  it('R7: "confirm your acceptance" still asks for the answer to an offer', () => {
    expect(kinds('Please confirm your acceptance of the offer by Friday.', 'en')).toContain('respond_to_offer');
    expect(kinds('Please confirm if you accept the offer and the start date.', 'en')).toContain('respond_to_offer');
  });
});

/** The answer to an offer asked for by a date, in each language ("please let us know your decision by …"). */
const DECISION_BY: readonly [ReplyLanguage, string][] = [
  ['pt', 'Solicitamos que nos informe sua decisão até 30/11/2026.'],
  ['pt', 'Pedimos que nos informe a sua decisão até 30 de novembro.'],
  ['pt', 'Aguardamos a sua resposta até sexta-feira.'],
  ['en', 'Please let us know your decision by November 30.'],
  ['de', 'Bitte teilen Sie uns Ihre Entscheidung bis zum 30. November mit.'],
  ['fr', 'Merci de nous faire part de votre décision avant le 30 novembre.'],
  ['es', 'Le rogamos nos comunique su decisión antes del 30 de noviembre.'],
];

describe('request phrases: the decision on an offer by a date (R7)', () => {
  it.each(DECISION_BY)('R7: [%s] "%s" asks for the answer to the offer', (language, text) => {
    expect(kinds(text, language)).toContain('respond_to_offer');
  });

  it('R7: [pt] a decision the employer takes asks for nothing', () => {
    expect(kinds('Informaremos a decisão até sexta-feira.', 'pt')).not.toContain('respond_to_offer');
  });
});
