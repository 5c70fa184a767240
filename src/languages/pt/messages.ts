import type { HiringStagePhrases, InterviewMediumLabels, MessageTexts, SalaryPeriodWords, PrepFormatLabels, RegionalPhrases } from '../types.js';

/**
 * Built-in Portuguese messages, formal address: the same 13 kinds and fields as the English ones
 * (R1, R3.5, R5, R8–R10). The pack is written in Brazilian Portuguese; {@link regional} lists what
 * European Portuguese (`pt-PT`) writes differently.
 *
 * The sentences avoid the pronoun of address ("você", "o senhor"; where a sentence needs one, the clitic "lhe", as in
 * "Tenho o prazer de lhe oferecer a vaga") and words that agree with the sender's or recipient's gender
 * ("obrigado/a", "interessado/a"), since neither is known; where the recipient may be a team (no
 * `recipient.name`), they read well for one person or several. The company's gender is not known either: it is
 * always named with "empresa" ("na empresa {{company}}", "da empresa {{company}}"), so that no article agrees with
 * the name ("na empresa Banco do Brasil", never "na Banco do Brasil").
 * Greetings: "Bom dia, Joana Ribeiro," with a name, "Prezada equipe de recrutamento," without one.
 *
 * Shape of the free-text values the sentences expect (Portuguese):
 * - `role`: the job title without article, read after "a vaga de", e.g. `"Engenheira de backend sênior"`.
 * - `company`: the name alone, read after "empresa" ("na empresa Acme", "a empresa Banco do Brasil").
 * - `point` (thankYou, R1.3 b): a noun phrase with its article, read after "a sua visão sobre",
 *   e.g. `"o plano da equipe de migrar o faturamento para event sourcing"`.
 * - `connection` (thankYou, R1.3 c): a first-person clause without a final full stop, read after
 *   a colon, in lower case, e.g. `"liderei uma migração parecida na Acme"`.
 * - `interviewer.title`: a job title read after "como", e.g. `"responsável pela Plataforma"`.
 * - `reason` (offerDecline, withdrawal): one or more complete sentences (a full stop is added when the last has none).
 * - `format`: a noun phrase without article, read after "Formato:" and, in `nextRoundReply`, in parentheses after
 *   "o encontro (", e.g. `"estudo de caso"` ("aguardo com interesse o encontro (estudo de caso)").
 * - `stage`: a short step name read after a colon, e.g. `"verificação de referências"`.
 * - `slots`: an already-formatted list, one option per line; it is placed on its own lines. In `nextRoundInvite` it is
 *   written `{{slots|…}}`: without slots, the fallback asks for the candidate's availability instead.
 * - `interviewers`: names written as a phrase, e.g. `"Ana Bermudes e Tom Li"`.
 * - `salary`: an amount with its period, e.g. `"R$ 12.000 mensais"` (an amount `{ amount, currency, period? }` or a number is written for the locale).
 *
 * @example
 * ```ts
 * messages.thankYou.subject //=> "Agradecimento pela entrevista – {{role}}"
 * ```
 */
export const messages = {
  thankYou: {
    subject: 'Agradecimento pela entrevista – {{role}}',
    body: `Bom dia, {{interviewer.name}},

Agradeço sinceramente o tempo dedicado à nossa conversa sobre a vaga de {{role}} na empresa {{company}}.

Achei especialmente valiosa a sua visão{{#interviewer.title}} como {{interviewer.title}}{{/interviewer.title}} sobre {{point}}. É um tema muito ligado à minha própria trajetória: {{connection}}. Seria um prazer trazer essa experiência para a equipe.

A nossa conversa aumentou ainda mais o meu entusiasmo por esta vaga e pela possibilidade de fazer parte da empresa {{company}}. Fico no aguardo de notícias sobre os próximos passos.

Atenciosamente,
{{candidate.name}}`,
  },
  followUp: {
    subject: 'Acompanhamento da minha candidatura – {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

Espero que esteja tudo bem. Escrevo a respeito da minha entrevista de {{interviewDate}}, para a vaga de {{role}} na empresa {{company}}.{{#timelineDate}} Conforme me foi informado, a previsão era de uma decisão até {{timelineDate}}.{{/timelineDate}}

Continuo com grande interesse na vaga e seria uma alegria fazer parte da equipe. Seria possível saber se há novidades sobre o prazo da decisão? Compreendo que esses processos levam tempo e agradeço desde já qualquer informação.

Atenciosamente,
{{candidate.name}}`,
  },
  offerReply: {
    subject: 'Proposta para a vaga de {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

Agradeço muito a proposta para a vaga de {{role}} na empresa {{company}}. É uma excelente notícia, e a perspectiva de fazer parte da equipe me entusiasma muito.

Para poder analisar tudo com calma, seria possível receber a proposta por escrito, com o salário, os benefícios e a data de início?

Gostaria também de um pouco de tempo para avaliá-la: a minha resposta chegará até {{decisionDate}}. Peço, por gentileza, que me informe se esse prazo é adequado.

Atenciosamente,
{{candidate.name}}`,
  },
  offerAccept: {
    subject: 'Aceite da proposta – {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

É com grande satisfação que aceito a proposta para a vaga de {{role}} na empresa {{company}}. Agradeço muito a confiança.

{{#startDate}}Aguardo com entusiasmo o início, previsto para {{startDate}}. {{/startDate}}Fico à disposição para qualquer documento ou formulário necessário antes do primeiro dia.

Será um prazer fazer parte da equipe.

Atenciosamente,
{{candidate.name}}`,
  },
  offerDecline: {
    subject: 'Proposta para a vaga de {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

Agradeço muito a proposta para a vaga de {{role}} na empresa {{company}}, assim como o tempo dedicado ao processo seletivo.

Depois de refletir com cuidado, decidi não aceitar a proposta.{{#reason}} {{reason}}.{{/reason}} Não foi uma decisão fácil: gostei muito de conhecer a equipe e tenho a empresa {{company}} em alta estima.

Gostaria muito de manter o contato e espero que os nossos caminhos voltem a se cruzar.

Atenciosamente,
{{candidate.name}}`,
  },
  rejectionReply: {
    subject: 'Retorno sobre a vaga de {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

Recebi a mensagem sobre a vaga de {{role}}. Embora a notícia me desaponte, agradeço sinceramente o tempo que me dedicaram e a oportunidade de conhecer a empresa {{company}} e as pessoas que fazem parte dela.
{{#askFeedback}}

Se for possível, gostaria muito de receber alguns comentários sobre as minhas entrevistas; eles me ajudariam a continuar melhorando.
{{/askFeedback}}

Espero que voltemos a nos encontrar no futuro. Meus melhores votos a toda a equipe.

Atenciosamente,
{{candidate.name}}`,
  },
  nextRoundReply: {
    subject: 'Próxima entrevista – {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

Agradeço muito o convite para a próxima etapa do processo para a vaga de {{role}} na empresa {{company}}. Aceito com muito prazer{{#format}} e aguardo com interesse o encontro ({{format}}){{/format}}.

Tenho a seguinte disponibilidade:

{{slots}}

Caso não seja conveniente, fico à disposição para combinar outro horário. Seria possível saber também como vai funcionar a próxima etapa, com quem vou conversar e se devo preparar algo?

Atenciosamente,
{{candidate.name}}`,
  },
  withdrawal: {
    subject: 'Desistência da minha candidatura – {{role}}',
    body: `{{#recipient.name}}Bom dia, {{/recipient.name}}{{recipient.name|Prezada equipe de recrutamento}},

Com esta mensagem, gostaria de retirar a minha candidatura à vaga de {{role}} na empresa {{company}}.{{#reason}} {{reason}}.{{/reason}}

Agradeço muito o tempo e as conversas até aqui. Tenho grande estima pela equipe e espero que os nossos caminhos voltem a se cruzar.

Atenciosamente,
{{candidate.name}}`,
  },
  statusUpdate: {
    subject: 'Situação da sua candidatura – {{role}}',
    body: `Bom dia, {{candidate.name}},

Agradecemos a paciência enquanto concluímos o processo seletivo para a vaga de {{role}} na empresa {{company}}. Ainda não tomamos uma decisão.{{#stage}} Neste momento, o processo está na seguinte etapa: {{stage}}.{{/stage}}

Prevemos entrar em contato até {{expectedDate}}. A espera se deve aos nossos processos internos, e não a uma perda de interesse na sua candidatura.

Atenciosamente,
{{recruiter.name}}`,
  },
  rejectionNotice: {
    subject: 'A sua candidatura à vaga de {{role}}',
    body: `Bom dia, {{candidate.name}},

Agradecemos o seu interesse na empresa {{company}} e o tempo dedicado às nossas entrevistas para a vaga de {{role}}.

Após uma avaliação cuidadosa, decidimos seguir com outra candidatura. As conversas foram muito agradáveis, e esta decisão responde às necessidades específicas desta vaga.
{{#feedbackOffer}}

Se for útil, terei prazer em compartilhar alguns comentários sobre as suas entrevistas. Basta responder a esta mensagem para combinarmos uma breve ligação.
{{/feedbackOffer}}

Desejamos muito sucesso nos próximos passos.

Atenciosamente,
{{recruiter.name}}`,
  },
  nextRoundInvite: {
    subject: 'Convite para a próxima entrevista – {{role}}',
    body: `Bom dia, {{candidate.name}},

Agradecemos a sua participação nas entrevistas para a vaga de {{role}} na empresa {{company}}. A impressão foi excelente, e gostaríamos que avançasse para a próxima etapa.

Formato: {{format}}{{#interviewers}}
Participantes: {{interviewers}}{{/interviewers}}

{{#slots}}Temos a seguinte disponibilidade:

{{/slots}}{{slots|Indique-nos, por favor, a sua disponibilidade.}}{{#slots}}

Por favor, indique o horário da sua preferência.{{/slots}} Em caso de qualquer dúvida sobre a próxima etapa, basta responder a esta mensagem.

Atenciosamente,
{{recruiter.name}}`,
  },
  referenceRequest: {
    subject: 'Pedido de referências – {{candidate.name}}',
    body: `Bom dia, {{referee.name}},

Meu nome é {{recruiter.name}} e sou responsável pelo recrutamento para a vaga de {{role}} na empresa {{company}}. {{candidate.name}} se candidatou a esta vaga e indicou o seu nome como referência.

Seria possível compartilhar conosco a sua experiência de trabalho com {{candidate.name}}? Gostaríamos de confirmar as datas e as responsabilidades do cargo ocupado, e saber como descreveria a forma de trabalhar de {{candidate.name}} e a relação com os colegas.

Uma resposta por e-mail ou uma breve ligação serviriam igualmente bem{{#deadline}}, de preferência até {{deadline}}{{/deadline}}. As informações fornecidas serão tratadas de forma confidencial.

Atenciosamente,
{{recruiter.name}}`,
  },
  offerNotice: {
    subject: 'Proposta de emprego – {{role}}',
    body: `Bom dia, {{candidate.name}},

Tenho o prazer de lhe oferecer a vaga de {{role}} na empresa {{company}}. As entrevistas deixaram uma excelente impressão, e gostaríamos muito que fizesse parte da equipe.

{{#salary}}Salário: {{salary}}
{{/salary}}{{#startDate}}Data de início prevista: {{startDate}}
{{/startDate}}A proposta por escrito, com todos os detalhes, incluindo os benefícios, seguirá em separado.

Pedimos que nos comunique a sua decisão até {{responseDate}}. Em caso de qualquer dúvida até lá, fico à disposição para conversar.

Atenciosamente,
{{recruiter.name}}`,
  },
} as const satisfies MessageTexts;

/**
 * What European Portuguese (`pt-PT`) writes differently from the Brazilian text above: nouns ("equipa", "contacto"),
 * the progressive ("a melhorar"), the place of pronouns ("entusiasma-me", "candidatou-se"), the article before a
 * possessive ("O meu nome é"), greetings and closings. Every phrase on the left occurs in the messages above (a test checks it).
 */
export const regional = {
  PT: [
    ['Prezada equipe de recrutamento', 'Cara equipa de recrutamento'],
    ['equipe', 'equipa'],
    ['contato', 'contacto'],
    ['Atenciosamente', 'Com os melhores cumprimentos'],
    ['Fico no aguardo de notícias', 'Fico a aguardar notícias'],
    ['me entusiasma muito', 'entusiasma-me muito'],
    ['me ajudariam a continuar melhorando', 'ajudar-me-iam a continuar a melhorar'],
    ['voltemos a nos encontrar', 'voltemos a encontrar-nos'],
    ['voltem a se cruzar', 'se voltem a cruzar'],
    ['compartilhar conosco', 'partilhar connosco'],
    ['compartilhar', 'partilhar'],
    ['se candidatou', 'candidatou-se'],
    ['ligação', 'chamada'],
    ['A espera se deve', 'A espera deve-se'],
    ['Acompanhamento da minha candidatura', 'Seguimento da minha candidatura'],
    ['Aceite da proposta', 'Aceitação da proposta'],
    ['Retorno sobre', 'Resposta sobre'],
    ['processo seletivo', 'processo de recrutamento'],
    ['Peço, por gentileza, que me informe se esse prazo é adequado.', 'Agradeço que me indique se este prazo lhe convém.'],
    ['Meu nome é', 'O meu nome é'],
    ['Meus melhores votos', 'Os meus melhores votos'],
    ['esses processos', 'estes processos'],
    ['como vai funcionar a próxima etapa', 'como a próxima etapa vai decorrer'],
    ['Ainda não tomamos', 'Ainda não tomámos'],
  ],
} as const satisfies RegionalPhrases;

/**
 * How each checklist format is named inside a message (Portuguese), for the `format` field of `nextRoundReply` and
 * `nextRoundInvite` (R10): read after "Formato:" (in `nextRoundReply` in parentheses), so any of them reads as it is.
 */
export const prepFormatLabels = {
  executive: 'reunião com a direção',
  'skills-assessment': 'avaliação de competências',
  'case-study': 'estudo de caso',
  presentation: 'apresentação',
  panel: 'entrevista com painel',
  technical: 'entrevista técnica',
  general: 'entrevista',
} as const satisfies PrepFormatLabels;

/** How a phone, video or on-site round is named in the same places as {@link prepFormatLabels} (R10). */
export const mediumLabels = {
  phone: 'entrevista por telefone',
  video: 'entrevista por vídeo',
  onsite: 'entrevista presencial',
} as const satisfies InterviewMediumLabels;

/** How a salary's period is written after its amount (`offerNotice`, R8): "78.000 € pro Jahr". */
export const salaryPeriods = {
  year: 'por ano',
  month: 'por mês',
  hour: 'por hora',
} as const satisfies SalaryPeriodWords;

/**
 * How each step of the hiring process is named to a candidate (Portuguese, R3.5): short noun phrases that complete
 * the `statusUpdate` line naming the current step. The wording is neutral and says nothing about the outcome.
 */
export const hiringStages = {
  debrief: 'análise conjunta das entrevistas',
  evaluation: 'avaliação segundo os nossos critérios',
  shortlist: 'pré-seleção de candidaturas',
  references: 'verificação de referências',
  approvals: 'aprovações internas',
  offer: 'decisão final',
} as const satisfies HiringStagePhrases;
