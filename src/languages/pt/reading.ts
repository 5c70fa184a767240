import type { EveryReplyWords, LexiconWords } from '../../classifier/cues/types.js';
import type { CleaningVocabulary } from '../cleaningVocabulary.js';
import type { TimelineVocabulary } from '../timelineVocabulary.js';

/**
 * Portuguese words of the timeline reader (R4.5), Brazilian and European: "entraremos em contato" and "em contacto",
 * "equipe" and "equipa", "estamos analisando" and "estamos a analisar".
 */
export function timeline(): TimelineVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'pt',
    numericDateOrder: 'day-month',
    weekdays: {
      domingo: 0, 'segunda-feira': 1, segunda: 1, 'terça-feira': 2, 'terca-feira': 2, terça: 2, terca: 2, 'quarta-feira': 3, quarta: 3,
      'quinta-feira': 4, quinta: 4, 'sexta-feira': 5, sexta: 5, sábado: 6, sabado: 6, dom: 0, seg: 1, ter: 2, qua: 3, qui: 4, sex: 5, sáb: 6,
    },
    months: {
      janeiro: 1, fevereiro: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10,
      novembro: 11, dezembro: 12, jan: 1, fev: 2, mar: 3, abr: 4, mai: 5, jun: 6, jul: 7, ago: 8, set: 9, out: 10, nov: 11, dez: 12,
    },
    // "mar" is the sea, "set" and "out" are English, "dez" is ten: abbreviations are read only next to a day.
    ambiguousMonths: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    numbers: {
      um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
      onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, 'um par de': 2,
    },
    fewWords: ['alguns', 'algumas', 'poucos', 'poucas', 'uns', 'umas', 'uns poucos', 'umas poucas', 'alguns poucos', 'uns quantos'],
    about: ['aproximadamente', 'cerca de', 'por volta de', 'em torno de', 'uns', 'umas', 'mais ou menos'],
    rangeJoiners: ['a'],
    weekdayRangeJoiners: ['-', '–', 'à'],
    orWords: ['ou'],
    between: ['entre'],
    and: ['e'],
    units: {
      'business-days': ['dias úteis', 'dias uteis', 'dia útil', 'dia util'],
      days: ['dias', 'dia'],
      weeks: ['semanas', 'semana'],
      months: ['meses', 'mês', 'mes'],
      hours: ['horas', 'hora'],
    },
    countUnits: { quinzena: [14, 'days'] },
    countSuffixes: ['seguintes', 'próximos', 'próximas', 'a partir de hoje', 'a contar de hoje'],
    countInfixes: [],
    weekWords: ['semana'],
    monthWords: ['mês', 'mes'],
    periodWords: {},
    calendarWeekWords: [],
    next: { before: ['próximo', 'próxima', 'próximos', 'próximas'], after: ['que vem', 'seguinte', 'próxima', 'próximo'] },
    current: { before: ['este', 'esta', 'neste', 'nesta', 'nesse', 'nessa', 'esse', 'essa'], after: ['em curso', 'corrente', 'atual'] },
    nextWeekday: 'coming',
    parts: {
      fim: 'end', final: 'end', finais: 'end', início: 'early', inicio: 'early', começo: 'early', comeco: 'early', princípio: 'early',
      principio: 'early', meados: 'mid', meio: 'mid', decorrer: 'rest', resto: 'rest',
    },
    partLinks: ['de', 'do', 'da', 'deste', 'desta', 'desse', 'dessa', 'do mês de'],
    articles: ['o', 'a', 'os', 'as'],
    dayWords: {
      hoje: 0, 'hoje mesmo': 0, 'ainda hoje': 0, 'hoje à tarde': 0, 'hoje à noite': 0, 'esta tarde': 0, 'esta noite': 0, 'final do dia': 0,
      'fim do dia': 0, 'final do dia de hoje': 0, 'ao longo do dia': 0, amanhã: 1, 'amanhã de manhã': 1, 'amanhã cedo': 1,
      'amanhã à tarde': 1, 'depois de amanhã': 2,
    },
    // Ordinals that are also weekday names ("segunda" is Monday and "second"): "a segunda etapa" names no day.
    notDayWords: [
      'hoje em dia', 'segunda etapa', 'segunda fase', 'segunda entrevista', 'segunda rodada', 'segunda vez', 'segunda chance',
      'segunda oportunidade', 'segunda parte', 'segunda questão', 'segunda pergunta', 'segunda reunião', 'segunda conversa',
      'segunda semana', 'segunda quinzena', 'segunda opção', 'segunda língua', 'quarta etapa', 'quarta fase', 'quarta semana',
      'quinta etapa', 'quinta fase', 'sexta etapa', 'sexta fase',
    ],
    deadlinePrepositions: [
      'até', 'até o', 'até a', 'até ao', 'até à', 'até dia', 'até o dia', 'até ao dia', 'até no máximo', 'até no máximo o',
      'até no máximo dia', 'até no máximo o dia', 'no máximo até', 'o mais tardar até', 'impreterivelmente até', 'antes de', 'antes do',
      'antes da', 'antes do dia', 'em ou antes de', 'para', 'para o', 'para a', 'para o dia', 'dentro de', 'no prazo de',
      'no prazo máximo de', 'num prazo de', 'num prazo máximo de', 'em até', 'prazo:',
    ],
    prepositions: [
      'em', 'no', 'na', 'nos', 'nas', 'no dia', 'do dia', 'dia', 'a partir de', 'a partir do', 'a partir da', 'a partir do dia', 'desde',
      'durante', 'após', 'depois do', 'por volta de', 'por volta do dia', 'ao longo de', 'ao longo da',
    ],
    countPrepositions: [
      'em', 'dentro de', 'dentro dos', 'dentro das', 'no prazo de', 'no prazo máximo de', 'num prazo de', 'num prazo máximo de', 'em até',
      'durante', 'nos', 'nas', 'ao longo de', 'ao longo da', 'ao longo dos', 'ao longo das', 'no decorrer de', 'no decorrer da',
      'no decorrer dos', 'no decorrer das', 'daqui a',
    ],
    rollingPrepositions: [],
    ordinalSuffixes: ['º', 'ª', 'o'],
    dayMonthLinks: ['de'],
    yearLinks: ['de'],
    timeOfDay: ['h', 'hs', 'hrs', 'horas', 'h00', 'h30'],
    vague: {
      'em breve': 'days', 'muito em breve': 'days', 'dentro em breve': 'days', brevemente: 'days', logo: 'days', 'logo logo': 'days',
      'o mais breve possível': 'days', 'o mais brevemente possível': 'days', 'o mais rápido possível': 'days', 'o quanto antes': 'days',
      'quanto antes': 'days', 'assim que possível': 'days', 'logo que possível': 'days', 'com a maior brevidade': 'days',
      'com a maior brevidade possível': 'days', 'nos próximos dias': 'days', 'nos próximos dias úteis': 'days', 'nos dias seguintes': 'days',
      'nas próximas semanas': 'weeks', 'nas semanas seguintes': 'weeks', 'nos próximos dias ou semanas': 'weeks', 'em pouco tempo': 'days',
      'daqui a pouco': 'days', 'em tempo hábil': 'weeks', oportunamente: 'weeks', 'no devido tempo': 'weeks',
    },
    promise: [
      'vamos', 'iremos', 'entraremos', 'entrará', 'entrarão', 'entrar em contato', 'entrar em contacto', 'contato', 'contacto', 'contatad',
      'contactad', 'retorn', 'respond', 'informar', 'informaremos', 'comunicar', 'comunicaremos', 'avisar', 'avisaremos', 'voltar',
      'voltaremos', 'volto', 'daremos', 'damos', 'te damos', 'te conta', 'enviaremos', 'será enviad', 'receberá', 'receberás', 'terá',
      'teremos', 'decid', 'decisão', 'resposta', 'resultado', 'feedback', 'notícias', 'novidades', 'avali', 'analis', 'finaliz',
      'concluir', 'ligaremos', 'ligar-lhe', 'estaremos',
    ],
    request: [
      'por favor', 'favor', 'solicitamos', 'pedimos', 'peço', 'agradecemos a sua resposta', 'agradecemos sua resposta',
      'agradecemos a vossa resposta', 'agradeceríamos', 'poderia', 'poderias', 'pode', 'podes', 'responda', 'respondam', 'envie',
      'enviem', 'enviar', 'confirme', 'confirmem', 'confirmar', 'preencha', 'preencher', 'assine', 'assinar', 'complete', 'completar',
      'conclua', 'prazo', 'data limite', 'data-limite', 'deverá', 'deve', 'devem', 'precisa', 'precisamos', 'expira', 'vence',
      'aceite', 'aceitar', 'sua disponibilidade', 'nos informe', 'informe-nos', 'avise-nos', 'nos avise', 'entre em contato conosco',
      'entre em contacto connosco', 'indique',
    ],
    slot: [
      'entrevista', 'reunião', 'videochamada', 'chamada', 'call', 'ligação', 'encontro', 'bate-papo', 'disponível', 'convoca', 'convid',
      'comparecer', 'data:', 'hora:', 'horário:', 'local:', 'agendad', 'marcad', 'te esperamos', 'esperamos você',
    ],
    other: [
      'data de início', 'início das atividades', 'início do contrato', 'admissão', 'começará', 'contrato', 'salário',
      'período de experiência', 'notícias suas', 'notícias tuas', 'no futuro',
    ],
    absence: ['fora do escritório', 'de férias', 'em férias', 'ausente', 'de licença', 'deixo a empresa', 'estarei fora'],
  };
}

/**
 * Portuguese words the reply reader looks for in every reply, whatever its language (R7): the stop words that tell
 * the language, and the contrast words after which the rest of a message dominates. Apart from {@link reading}, so
 * that reading a reply makes the whole lexicon of its own language (and English) only.
 */
export function everyReply(): EveryReplyWords {
  return {
    language: 'pt',
    stopWords: [
      'de', 'que', 'para', 'por', 'se', 'como', 'esta', 'este', 'te', 'tu', 'nos', 'semana', 'proxima', 'dias', 'estamos', 'noticias',
      'os', 'do', 'da', 'das', 'na', 'nas', 'no', 'em', 'um', 'uma', 'ao', 'aos', 'pelo', 'pela', 'nao', 'voce', 'voces', 'seu', 'sua',
      'seus', 'suas', 'nosso', 'nossa', 'nossos', 'nossas', 'muito', 'obrigado', 'obrigada', 'ola', 'oi', 'prezado', 'prezada', 'prezados',
      'atenciosamente', 'cumprimentos', 'equipe', 'equipa', 'vaga', 'foi', 'sao', 'ja', 'tambem', 'isso', 'esse', 'essa', 'neste', 'nesta',
      'ate', 'lhe', 'pra', 'ainda', 'agora', 'tem', 'temos', 'ter', 'gostariamos', 'recebemos', 'aguardamos', 'conosco', 'connosco',
      'senhor', 'senhora', 'vossa', 'vosso', 'entao', 'estao', 'o', 'ele', 'ela', 'eles', 'elas', 'seja', 'apos', 'tudo', 'bem', 'bom',
      'boa', 'num', 'numa', 'pelos', 'pelas', 'deste', 'desta', 'mesmo', 'gostaria', 'processo', 'seletivo', 'contato', 'oportunidade',
      'sucesso', 'parabens',
    ],
    contrast: ['infelizmente', 'lamentavelmente', 'lamentamos', 'porem', 'contudo', 'entretanto', 'entanto'],
  };
}

/**
 * Portuguese cues (R7), Brazilian and European. Patterns are matched on folded words (`ç` → `c`, `ã` → `a`); a hyphen
 * splits a word, so "convidá-lo" is `convida`, `lo` and "bem-vindo" is `bem`, `vindo`. The contrast words "mas" and
 * "todavia" are clause breaks only: the contrast list is shared by every language, and they are Spanish "más" and
 * "todavía" once folded.
 */
export function reading(): LexiconWords {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'pt',
    negators: ['nao', 'nem', 'nunca', 'sem', 'nenhum*', 'nenhuma*', 'jamais', 'tampouco'],
    conditionals: ['antes', 'caso', 'quando', 'constitui', 'garante', 'implica', 'significa'],
    yet: ['ainda'],
    thanks: ['obrigado', 'obrigada', 'agradecemos', 'agradeco', 'agradecer'],
    clauseBreaks: ['e', 'mas', 'porem', 'contudo', 'entretanto', 'entanto', 'todavia', 'embora', 'porque', 'pois', 'que'],
    scheduling: [
      'agend*', 'reagend*', 'remarc*', 'calendario*', 'agenda', 'horario*', 'adiar', 'adiad*', 'disponibilidade', 'viag*', 'doente',
      'feira', 'terca', 'sala', 'conflito', 'imprevisto',
    ],
    requests: [
      { id: 'answer-questions', kind: 'complete_assessment', pattern: 'responda|responder|respondesse|responde .. perguntas|questionario|teste|entrevista' },
      { id: 'send-documents-verb-first', kind: 'send_documents', pattern: 'enviar|envie|anexar|anexe|apresentar|apresente|entregar|entregue|encaminhar|encaminhe|remeter ... documentos|documento|documentacao|formulario|copia|certificado*|comprovante*|diploma*|declaracao|itens' },
      { id: 'need-documents', kind: 'send_documents', pattern: 'precisamos|necessitamos|solicitamos|solicitar .. documentos|documentacao|informacoes|comprovante*' },
      { id: 'availability', kind: 'send_availability', pattern: 'disponibilidade|disponibilidades' },
      { id: 'when', kind: 'send_availability', pattern: 'quando .. disponivel|disponiveis|melhor' },
      { id: 'book', kind: 'book_slot', pattern: 'agende|reserve|reservar|calendly|escolha|selecione' },
      { id: 'link-to-book', kind: 'book_slot', pattern: 'link|botao|plataforma ... agendar|escolher|reservar|selecionar' },
      { id: 'book-with', kind: 'book_slot', pattern: 'agendar|escolher .. link|abaixo|botao|plataforma|data|horario|dia' },
      { id: 'references', kind: 'send_references', pattern: 'referencias|recomendacao|recomendacoes' },
      { id: 'send-documents', kind: 'send_documents', pattern: 'documentos|documentacao|formulario|copia|comprovante*|certificado* ... enviar|envie|anexar|anexe|preencher|preencha|entregar|entregue|apresentar|apresente|encaminhar|encaminhe' },
      { id: 'fill', kind: 'send_documents', pattern: 'preencher|preencha|completar|complete .. formulario|questionario|cadastro|ficha' },
      { id: 'assessment', kind: 'complete_assessment', pattern: 'teste|testes|avaliacao|exercicio|desafio|case|prova|questionario ... realizar|realize|fazer|faca|completar|complete|responder|resolver|concluir|entregar' },
      { id: 'do-test', kind: 'complete_assessment', pattern: 'realizar|realize|realizasse|fazer|faca|completar|complete|resolver|concluir|acessar|acesse|iniciar|grave|gravar .. teste|testes|avaliacao|exercicio|desafio|case|prova|questionario|video' },
      { id: 'respond-offer', kind: 'respond_to_offer', pattern: 'aceitar|aceite|aceitacao|resposta|decisao|concordancia ... proposta|oferta' },
      { id: 'sign', kind: 'sign_offer', pattern: 'assinar|assine|assinando|assinado|assinada|assinatura' },
      { id: 'confirm', kind: 'confirm_attendance', pattern: 'confirmar|confirme|confirma|confirmem|confirmacao ... presenca|participacao|comparecimento|recebimento|entrevista' },
      { id: 'await-confirmation', kind: 'confirm_attendance', pattern: 'aguardamos [a|sua] [sua] confirmacao' },
      { id: 'confirm-to-us', kind: 'confirm_attendance', pattern: 'confirma|confirme pra|para|nos [a] [gente]' },
    ],
    cues: [
      // -- rejection ----------------------------------------------------------------------------
      { id: 'offer-withdrawn', label: 'rejection', pattern: 'retir*|anul*|revog*|cancel* .. proposta|oferta' },
      { id: 'offer-cancelled', label: 'rejection', pattern: 'proposta|oferta .. retirada|anulada|revogada|cancelada' },
      { id: 'filled-internally', label: 'rejection', pattern: 'preencher|preenchida|preenchido|ocupar|ocupada|ocupado .. internamente|interno|interna' },
      { id: 'hiring-freeze', label: 'rejection', pattern: 'congelad*|congelar|congelamento .. contrata*|vaga|vagas|posicao|processo' },
      { id: 'closed-process', label: 'rejection', pattern: 'encerr*|cancel*|fechad*|fechamos .. processo|vaga|selecao|candidatura' },
      { id: 'internal-candidate', label: 'rejection', pattern: 'candidato|candidata|perfil|promocao interno|interna' },
      { id: 'more-experience', label: 'rejection', pattern: 'mais experiencia' },
      { id: 'more-experience-2', label: 'rejection', pattern: 'experiencia mais ampla|solida|longa|extensa|alinhada|aderente' },
      { id: 'paths-cross', label: 'rejection', pattern: 'caminhos .. cruzem|cruzarao|voltem' },
      { id: 'infelizmente', label: 'rejection', pattern: 'infelizmente|lamentavelmente|lamentamos', contrast: true },
      {
        id: 'not-selected', label: 'rejection',
        pattern: 'nao [foi|foram|fomos|sera|seremos|vamos|iremos|vai|ira|podemos|poderemos|conseguimos|conseguiremos|daremos|dara|passou|seguira|seguiremos] [o|a|lhe|te|ser|dar|mais|com|para] selecionad*|selecionou|aprovad*|escolhid*|classificad*|avancar*|prosseguir*|seguir|seguira|seguiremos|continuar|continuaremos|continuidade|sequencia|passou|passar|rolar|adiante|frente',
      },
      { id: 'chose-other', label: 'rejection', pattern: 'decidimos|optamos|selecionamos|escolhemos|seguir|seguiremos|avancar|prosseguir|continuar|contratamos|contratar ... outro|outra|outros|outras candidat*|perfis|perfil|pessoa|profissiona*|desenvolvedores|solucoes' },
      { id: 'other-candidate', label: 'rejection', pattern: 'outro|outra|outros|outras candidat*|perfis|perfil|profissiona*' },
      { id: 'cancelled', label: 'rejection', pattern: 'cancelado|cancelada|anulado|anulada|congelado|congelada' },
      { id: 'restructuring', label: 'rejection', pattern: 'reorganizacao|reestruturacao' },
      { id: 'profile-fit', label: 'rejection', pattern: 'perfil|perfis .. nao .. encaixa|adequa|atende|corresponde' },
      { id: 'closer', label: 'rejection', pattern: 'mais|melhor alinhad*|aderente*|adequad*|compativ*' },
      { id: 'position-filled', label: 'rejection', pattern: 'vaga|vagas|posicao|cargo|funcao .. preenchid*|ocupad*|encerrad*|fechad*' },
      { id: 'keep-cv', label: 'rejection', pattern: 'manteremos|mantemos|manter|guardaremos|guardar|arquivaremos|conservaremos .. curriculo|cv|curriculum|dados|perfil|contato|contacto|teste|candidatura|cadastro' },
      { id: 'talent-pool', label: 'rejection', pattern: 'banco|base de talentos|dados|curriculos|candidatos' },
      { id: 'wish-luck', label: 'rejection', pattern: 'desejamos|desejo|desejar|desejando .. sucesso|sorte|melhor' },
      { id: 'search', label: 'rejection', pattern: 'busca|procura .. emprego|profissional|trabalho|recolocacao' },
      { id: 'future-positions', label: 'rejection', pattern: 'futur*|proxim*|nova|novas .. oportunidade*|vagas|processos|posicoes' },
      { id: 'positions-future', label: 'rejection', pattern: 'oportunidade*|vagas|processos|posicoes futur*' },
      { id: 'many-applications', label: 'rejection', pattern: 'grande|numero|quantidade|volume|muitas|muitos .. candidaturas|candidatos|inscricoes|curriculos' },
      { id: 'decided-not', label: 'rejection', pattern: 'decidimos|decidiu|decisao|optamos .. nao' },
      { id: 'this-time', label: 'rejection', pattern: 'desta|dessa vez' },
      // -- offer --------------------------------------------------------------------------------
      { id: 'selected-for-role', label: 'offer', pattern: 'selecionad*|escolhid*|aprovad* para [a|o|esta|este|essa|esse] vaga|cargo|posicao|funcao' },
      { id: 'offer-contingent', label: 'offer', pattern: 'proposta|oferta .. sujeita|condicionada|condicional' },
      { id: 'job-proposal', label: 'offer', pattern: 'proposta de trabalho|emprego|contratacao' },
      { id: 'proposal-kind', label: 'offer', pattern: 'proposta formal|salarial|economica' },
      { id: 'offer-letter', label: 'offer', pattern: 'carta [de] proposta|oferta' },
      { id: 'send-contract', label: 'offer', pattern: 'enviar*|enviaremos|envio|mandar*|encaminhar*|encaminharemos .. contrato' },
      { id: 'job-is-yours', label: 'offer', pattern: 'vaga|cargo|trabalho|emprego e seu|sua' },
      { id: 'offer-word', label: 'offer', pattern: 'proposta' },
      { id: 'offer-of-job', label: 'offer', pattern: 'oferta de emprego|trabalho|contratacao' },
      { id: 'offer-role', label: 'offer', pattern: 'oferecer|oferecemos|oferecendo|oferecer-lhe .. vaga|cargo|posicao|emprego|contrato|funcao|proposta' },
      { id: 'pleased', label: 'offer', pattern: 'prazer|satisfacao|alegria|felizes|orgulho .. oferecer*|informar*|comunicar*|anunciar*|aprovacao|aprovad*|selecionad*' },
      { id: 'approved', label: 'offer', pattern: 'aprovado|aprovada|aprovados|aprovadas' },
      { id: 'approved-in-process', label: 'offer', pattern: 'aprovad*|aprovacao [no|em] [processo] seletivo|selecao' },
      { id: 'selected', label: 'offer', pattern: 'selecionado|selecionada|escolhido|escolhida' },
      { id: 'selected-for', label: 'next_round', pattern: 'selecionad*|aprovad*|escolhid*|classificad* para .. entrevista*|fase|etapa|proxima|seguinte' },
      { id: 'welcome', label: 'offer', pattern: 'bem vindo|vinda|vindos|vindas .. equipe|equipa|time|bordo|empresa|familia' },
      { id: 'congratulations', label: 'offer', pattern: 'parabens|felicitacoes|felicidades' },
      { id: 'salary', label: 'offer', pattern: 'salario|remuneracao|vencimento|ordenado|bruto|brutos' },
      { id: 'start-date', label: 'offer', pattern: 'data .. inicio|admissao|ingresso' },
      { id: 'contract', label: 'offer', pattern: 'contrato' },
      { id: 'sign', label: 'offer', pattern: 'assinar|assinatura|assinado|assinada|assinando|assine' },
      // -- next_round ---------------------------------------------------------------------------
      { id: 'trial-day', label: 'next_round', pattern: 'dia de teste|experiencia' },
      { id: 'nth-interview', label: 'next_round', pattern: 'segunda|terceira|proxima|nova|outra|ultima entrevista*|fase|etapa|rodada' },
      { id: 'interview-nth', label: 'next_round', pattern: 'entrevista*|etapa|fase .. tecnica|final|presencial|seguinte|individual|comportamental|pratica|teorica' },
      { id: 'for-an-interview', label: 'next_round', pattern: 'para|pra [uma|nova|outra] entrevista|conversa|papo|call' },
      { id: 'invite', label: 'next_round', pattern: 'convid*|convoc* ... entrevista*|reuniao|conversa|etapa|fase|teste|desafio|comparecer|participar|papo|call' },
      { id: 'availability', label: 'next_round', pattern: 'disponibilidade|horarios|calendly' },
      { id: 'schedule', label: 'next_round', pattern: 'agendar|agende|agendamos|marcar|marcarmos|combinar|organizar .. entrevista*|reuniao|conversa|call|papo|encontro|ligacao|videochamada' },
      { id: 'interview-scheduled', label: 'next_round', pattern: 'entrevista .. agendada|marcada|confirmada' },
      { id: 'task', label: 'next_round', pattern: 'teste|desafio|case|prova|exercicio .. tecnico|tecnica|pratico|pratica|comportamental|teorico|teorica' },
      { id: 'challenge', label: 'next_round', pattern: 'desafio|desafios' },
      { id: 'hold-interview', label: 'next_round', pattern: 'realizar|realizaremos|realizara|realizado|faremos|fazer|teremos|ter .. entrevista*|call|reuniao|conversa|papo' },
      { id: 'test-available', label: 'next_round', pattern: 'teste|testes|desafio|case|prova|etapa .. disponivel|disponibilizad*|liberad*' },
      { id: 'available-test', label: 'next_round', pattern: 'disponibilizad*|liberad*|disponivel .. teste|testes|desafio|case|prova|etapa' },
      { id: 'next-step', label: 'next_round', pattern: 'proximo|proxima|proximos|proximas passo|passos|fase|etapa|etapas' },
      { id: 'advance', label: 'next_round', pattern: 'avancar|avancou|avancaram|passar|passou|passe|seguir|seguiu|prosseguir .. proxima|seguinte|etapa|fase' },
      { id: 'meet-you', label: 'next_round', pattern: 'conhecer|conhece' },
      // -- reference_check ----------------------------------------------------------------------
      { id: 'references', label: 'reference_check', pattern: 'referencias' },
      { id: 'reference', label: 'reference_check', pattern: 'referencia' },
      { id: 'background-check', label: 'reference_check', pattern: 'verificacao|verificacoes|checagem|consulta|pesquisa|investigacao .. antecedentes|historico|referencias|trajetoria|idoneidade' },
      { id: 'criminal-record', label: 'reference_check', pattern: 'certidao|atestado|registo|registro .. antecedentes|criminais|criminal' },
      { id: 'reference-contacts', label: 'reference_check', pattern: 'contatos|contactos|dados|nomes|pessoas|contato|contacto .. referencia*' },
      { id: 'former-boss', label: 'reference_check', pattern: 'antigo*|antiga*|anterior*|ultimo*|ultima*|atual .. chefe*|gestor*|gestora*|empregador*|supervisor*|lider*|gerente*' },
      { id: 'your-reference', label: 'reference_check', pattern: 'sua|suas|tua|tuas referencia|referencias' },
      { id: 'recommendation', label: 'reference_check', pattern: 'carta|cartas de recomendacao|referencia' },
      // -- pending ------------------------------------------------------------------------------
      { id: 'still-in-running', label: 'pending', pattern: 'continua|segue|permanece no|na|em processo|disputa|selecao' },
      { id: 'not-yet', label: 'pending', pattern: 'ainda nao' },
      { id: 'will-decide', label: 'pending', pattern: 'decidira|decidirao|decidiremos|definiremos|definira' },
      { id: 'will-contact', label: 'pending', pattern: 'entraremos|entrara|entrarao|retornaremos|daremos|informaremos|comunicaremos|manteremos|avisaremos|responderemos|enviaremos' },
      { id: 'not-forgotten', label: 'pending', pattern: 'esquecido|esquecida|esquecemos' },
      { id: 'sorry-wait', label: 'pending', pattern: 'desculp*|perdao|lamento|lamentamos ... espera|demora|atraso|silencio' },
      { id: 'process-open', label: 'pending', pattern: 'processo|vaga .. segue|continua|esta|permanece|encontra aberto|aberta|ativo|ativa|andamento|curso' },
      { id: 'in-progress', label: 'pending', pattern: 'em andamento|analise|avaliacao|curso' },
      { id: 'still-reviewing', label: 'pending', pattern: 'ainda|seguimos|continuamos|atualmente|estamos .. analisando|avaliando|revisando|entrevistando|considerando|finalizando|analisar|avaliar|rever|decisao' },
      { id: 'being-reviewed', label: 'pending', pattern: 'sendo|ser analisad*|avaliad*|revisad*' },
      { id: 'no-decision-yet', label: 'pending', pattern: 'nao .. decisao|decidido|definido|concluido|finalizado|encerrado' },
      { id: 'remaining-interviews', label: 'pending', pattern: 'faltam|restam .. entrevistas|candidatos|candidaturas' },
      { id: 'write-soon', label: 'pending', pattern: 'retornaremos|responderemos|escreveremos|daremos .. breve|logo|possivel|retorno' },
      { id: 'waiting-on', label: 'pending', pattern: 'aguardando|esperando .. aprovacao|orcamento|decisao|validacao|definicao|gestor|gestora' },
      { id: 'wait', label: 'pending', pattern: 'aguarde|aguardem' },
      { id: 'soon', label: 'pending', pattern: 'em breve|brevemente' },
      { id: 'patience', label: 'pending', pattern: 'paciencia' },
      { id: 'delay', label: 'pending', pattern: 'atraso|atrasado|demora|pausa|pausad*|suspens*|suspend*|adiad*|hold|espera' },
      { id: 'feedback-sent', label: 'pending', pattern: 'feedback|retorno|resultado|resposta .. enviad*|comunicad*|divulgad*|informad*' },
      { id: 'coming-days', label: 'pending', pattern: 'proximos|proximas|alguns|algumas|poucos|poucas .. dias|semanas' },
      // -- other ---------------------------------------------------------------------------------
      { id: 'nda', label: 'other', pattern: 'acordo|termo|clausula de confidencialidade|sigilo' },
      { id: 'nda-word', label: 'other', pattern: 'nda' },
      { id: 'receipt', label: 'other', pattern: 'recebemos|recebida|recebido .. candidatura|curriculo|cv|inscricao|aplicacao' },
      { id: 'application-received', label: 'other', pattern: 'candidatura|inscricao|curriculo ... recebid*|confirmad*|registrad*|enviad*|cadastrad*' },
      { id: 'confirmation', label: 'other', pattern: 'confirmacao|confirmamos' },
      { id: 'with-success', label: 'other', pattern: 'com sucesso' },
      { id: 'documents', label: 'other', pattern: 'documentos|documentacao|comprovante|rg|cpf' },
      { id: 'follow-status', label: 'other', pattern: 'acompanhar|acompanhe|consultar .. andamento|status|candidatura|processo|etapas' },
      { id: 'automatic', label: 'other', pattern: 'email|mail|mensagem automatic*|automaticamente' },
      { id: 'onboarding', label: 'other', pattern: 'admissao|integracao|onboarding' },
    ],
  };
}

/**
 * Portuguese lines of the reply cleaner (R7): none yet, so Portuguese replies are cleaned by the other languages'
 * lines alone, as the reader was trained.
 */
export function cleaning(): CleaningVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'pt',
    replyHeaders: [],
    replyVerbs: [],
    replyOpeners: [],
    quoteSeparators: [],
    forwardSeparators: [],
    forwardHeadings: [],
    fromFields: [],
    headerFields: [],
    footers: [],
    closings: [],
    disclaimers: [],
  };
}
