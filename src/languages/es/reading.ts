import type { EveryReplyWords, LexiconWords } from '../../classifier/cues/types.js';
import type { CleaningVocabulary } from '../cleaningVocabulary.js';
import type { TimelineVocabulary } from '../timelineVocabulary.js';

/** Spanish words of the timeline reader (R4.5). */
export function timeline(): TimelineVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'es',
    numericDateOrder: 'day-month',
    weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6 },
    months: {
      enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
      setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
    },
    ambiguousMonths: ['mayo'],
    numbers: {
      un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
      once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, 'un par de': 2,
    },
    fewWords: ['unos', 'unas', 'algunos', 'algunas', 'pocos', 'pocas', 'unos pocos', 'unas pocas', 'unos cuantos', 'unas cuantas'],
    about: ['aproximadamente', 'alrededor de', 'unos', 'unas', 'cerca de', 'más o menos'],
    rangeJoiners: ['a'],
    weekdayRangeJoiners: ['-', '–', 'al'],
    orWords: ['o'],
    between: ['entre'],
    and: ['y'],
    units: {
      'business-days': ['días hábiles', 'dias habiles', 'días laborables', 'dias laborables', 'día hábil', 'día laborable'],
      days: ['días', 'dias', 'día', 'dia'],
      weeks: ['semanas', 'semana'],
      months: ['meses', 'mes'],
      hours: ['horas', 'hora'],
    },
    countUnits: {},
    countSuffixes: ['siguientes', 'próximos', 'próximas'],
    countInfixes: [],
    weekWords: ['semana'],
    monthWords: ['mes'],
    periodWords: {},
    calendarWeekWords: [],
    next: { before: ['próximo', 'próxima', 'próximos', 'próximas', 'siguiente', 'siguientes'], after: ['que viene', 'próxima', 'próximo', 'siguiente', 'entrante'] },
    current: { before: ['este', 'esta'], after: ['en curso'] },
    nextWeekday: 'coming',
    parts: {
      fin: 'end', finales: 'end', final: 'end', principios: 'early', comienzos: 'early', inicios: 'early', inicio: 'early',
      mediados: 'mid', principio: 'early', transcurso: 'rest',
    },
    partLinks: ['de la', 'del', 'de', 'de esta', 'de este'],
    articles: ['el', 'la', 'los', 'las'],
    dayWords: {
      hoy: 0, 'esta tarde': 0, 'esta noche': 0, 'el día de hoy': 0, 'a lo largo del día': 0, 'final del día': 0, mañana: 1,
      'mañana por la mañana': 1, 'pasado mañana': 2,
    },
    notDayWords: ['la mañana', 'las mañanas', 'esta mañana', 'de la mañana', 'por la mañana', 'buenos días'],
    deadlinePrepositions: [
      'antes de', 'antes del', 'para', 'para el', 'hasta', 'hasta el', 'a más tardar', 'a más tardar el', 'como máximo', 'como máximo el',
      'dentro de', 'en un plazo de', 'en un plazo máximo de', 'en el plazo de', 'no más tarde de', 'no más tarde del', 'plazo:',
    ],
    prepositions: ['el', 'en', 'durante', 'a partir del', 'a partir de', 'desde el', 'a', 'a lo largo de', 'a lo largo de la', 'hacia', 'después del'],
    countPrepositions: [
      'en', 'dentro de', 'en un plazo de', 'en un plazo máximo de', 'en el plazo de', 'en el plazo máximo de', 'durante', 'en los', 'en las',
      'dentro de los', 'dentro de las', 'a lo largo de', 'a lo largo de la', 'en el transcurso de', 'en el transcurso de la',
    ],
    rollingPrepositions: [],
    ordinalSuffixes: ['º', 'o'],
    dayMonthLinks: ['de'],
    yearLinks: ['de', 'del'],
    timeOfDay: ['h', 'hrs', 'horas', 'hs'],
    vague: {
      'en los próximos días': 'days', 'en las próximas semanas': 'weeks', 'en los próximos días hábiles': 'days', 'en breve': 'days',
      pronto: 'days', próximamente: 'days', 'a la mayor brevedad': 'days', 'a la mayor brevedad posible': 'days', 'lo antes posible': 'days',
      'cuanto antes': 'days', 'en los días siguientes': 'days', 'en los días que vienen': 'days', 'en las próximas fechas': 'days',
      'en los próximos días o semanas': 'weeks', 'en las semanas siguientes': 'weeks', 'en las siguientes semanas': 'weeks',
      'en los siguientes días': 'days', 'a la brevedad': 'days', 'en breves días': 'days', 'en unos días': 'days',
    },
    promise: [
      'vamos a', 'le enviaremos', 'te enviaremos', 'recibirá', 'recibirás', 'tendrá', 'tendrás', 'le confirmaremos', 'te confirmaremos',
      'respuesta', 'decid', 'decisión', 'informar', 'informaremos', 'contactar', 'contactaremos', 'contacto', 'noticias', 'novedad',
      'comunicar', 'volver', 'volveremos', 'escribir', 'escribiremos', 'pondremos', 'responder', 'responderemos', 'avisar',
      'avisaremos', 'diremos', 'contest', 'respond', 'llamar', 'llamaré', 'pondremos', 'comunicaremos', 'estaremos', 'algo concreto', 'te tengo algo', 'haremos saber', 'resultado', 'resolución',
    ],
    request: [
      'por favor', 'favor de', 'le agradeceríamos', 'le agradecemos', 'te agradecemos', 'podrías', 'podría', 'puedes', 'me puedes',
      'nos puedes', 'tu disponibilidad', 'su disponibilidad', 'le rogamos', 'te rogamos', 'envíanos', 'envíenos', 'enviar', 'firmar',
      'firmado', 'completar', 'confirmar', 'confírma', 'fecha límite', 'plazo', 'deberá', 'debes', 'debe', 'expirará', 'vencerá', 'envíenos',
      'contáctenos', 'escríbenos',
    ],
    slot: [
      'entrevista', 'reunión', 'cita', 'videollamada', 'llamada', 'disponible', 'convoca', 'encuentro', 'conocerte', 'conocerle',
      'fecha:', 'hora:', 'lugar:', 'te esperamos', 'le esperamos', 'prueba',
    ],
    other: [
      'fecha de inicio', 'inicio de labores', 'incorporación', 'incorporarte', 'comenzará', 'horario', 'contrato', 'salario',
      'periodo de prueba', 'saber de ti', 'saber de usted',
    ],
    absence: ['fuera de la oficina', 'de vacaciones', 'dejo la empresa', 'ausente', 'de permiso'],
  };
}

/**
 * Spanish words the reply reader looks for in every reply, whatever its language (R7): the stop words that tell
 * the language, and the contrast words after which the rest of a message dominates. Apart from {@link reading}, so
 * that reading a reply makes the whole lexicon of its own language (and English) only.
 */
export function everyReply(): EveryReplyWords {
  return {
    language: 'es',
    stopWords: [
      'el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'usted', 'su', 'sus', 'para', 'por', 'con', 'una', 'un', 'es',
      'nos', 'le', 'gracias', 'del', 'al', 'muy', 'hemos', 'este', 'esta', 'hola', 'estimado', 'estimada', 'tu',
      'te', 'tus', 'lo', 'se', 'como', 'pero', 'mas', 'nuestro', 'nuestra', 'queremos', 'semana', 'proxima', 'dias', 'saludos',
      'nuestras', 'nuestros', 'tendra', 'noticias', 'estamos', 'hemos', 'muchas',
    ],
    contrast: ['lamentablemente', 'desafortunadamente', 'desgracia', 'embargo', 'lamentamos', 'sentimos', 'lastima'],
  };
}

/** Spanish cues (R7). Patterns are matched on folded words (`ñ` → `n`, `á` → `a`). */
export function reading(): LexiconWords {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'es',
    negators: ['no', 'nunca', 'ningun*', 'ni', 'tampoco', 'jamas'],
    conditionals: ['antes', 'si', 'cuando', 'constituye', 'supone', 'garantiza', 'implica'],
    yet: ['aun', 'todavia'],
    thanks: ['gracias', 'agradecemos', 'agradecer', 'agradezco'],
    clauseBreaks: ['y', 'pero', 'sin', 'embargo', 'si', 'porque', 'que', 'aunque', 'pues'],
    scheduling: [
      'agenda*', 'calendario*', 'horario*', 'reprogram*', 'reagend*', 'aplaz*', 'mover', 'cambiar', 'disponibilidad',
      'viaje*', 'viajando', 'enferm*', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sala', 'conflicto',
    ],
    requests: [
      { id: 'answer-questions', kind: 'complete_assessment', pattern: 'responda|responder|responde|conteste|contestar ... cuestionario|preguntas|prueba|test' },
      { id: 'send-documents-verb-first', kind: 'send_documents', pattern: 'enviar|envie|envienos|adjuntar|adjunte|aportar|presentar|remitir|remitanos ... documentos|documentacion|formulario|copia|certificado*|titulo*|justificante*' },
      { id: 'availability', kind: 'send_availability', pattern: 'disponibilidad|franja*|horarios|horario' },
      { id: 'when', kind: 'send_availability', pattern: 'cuando .. disponible|conveniente' },
      { id: 'book', kind: 'book_slot', pattern: 'reservar|reserve|agendar|agende|calendly|seleccionar|seleccione' },
      { id: 'link', kind: 'book_slot', pattern: 'enlace|link ... reservar|agendar|seleccionar|elegir' },
      { id: 'references', kind: 'send_references', pattern: 'referencias|referentes|recomendacion*' },
      { id: 'send-documents', kind: 'send_documents', pattern: 'documentos|documentacion|formulario|copia|certificado*|titulo*|justificante* ... enviar|envie|envienos|adjuntar|adjunte|completar|complete|rellenar|rellene|aportar|presentar|remitir' },
      { id: 'fill', kind: 'send_documents', pattern: 'completar|complete|rellenar|rellene .. formulario|cuestionario|solicitud' },
      { id: 'assessment', kind: 'complete_assessment', pattern: 'prueba|pruebas|test|evaluacion|ejercicio|caso|cuestionario ... realizar|realice|completar|complete|responder|resolver' },
      { id: 'do-test', kind: 'complete_assessment', pattern: 'realizar|realice|completar|complete|resolver ... prueba|pruebas|test|evaluacion|ejercicio|cuestionario' },
      { id: 'respond-offer', kind: 'respond_to_offer', pattern: 'aceptar|acepte|aceptacion|respuesta|decision ... oferta|propuesta' },
      { id: 'sign', kind: 'sign_offer', pattern: 'firmar|firme|firmado|firmada|firma' },
      { id: 'confirm', kind: 'confirm_attendance', pattern: 'confirmar|confirme|confirma|confirmanos|confirmenos|confirmacion ... asistencia|participacion|disponibilidad|recepcion|entrevista' },
    ],
    cues: [
      // -- rejection ----------------------------------------------------------------------------
      { id: 'offer-withdrawn', label: 'rejection', pattern: 'retir*|anul*|revoc*|rescind*|cancel* .. oferta|propuesta' },
      { id: 'offer-cancelled', label: 'rejection', pattern: 'oferta|propuesta .. retirada|anulada|revocada|cancelada|rescindida' },
      { id: 'filled-internally', label: 'rejection', pattern: 'cubrir|cubierto|cubierta|cubriremos|ocupar|ocupado|ocupada|asignado|asignada .. internamente|interno|interna' },
      { id: 'hiring-freeze', label: 'rejection', pattern: 'congelado|congelada|congelar|congelacion|suspendido|suspendida|suspender .. contratacion*|puesto|posicion|vacante|proceso' },
      { id: 'closed-without-hire', label: 'rejection', pattern: 'cerramos|cerrar|cerrado|cancelamos|cancelado .. proceso|vacante|busqueda' },
      { id: 'internal-candidate', label: 'rejection', pattern: 'candidato|candidata|perfil|promocion interno|interna' },
      { id: 'chose-a-person', label: 'rejection', pattern: 'seleccionado|elegido|optado|decidido|contratado .. por|a un|una candidat*|persona|perfil' },
      { id: 'more-experience', label: 'rejection', pattern: 'mas experiencia' },
      { id: 'more-experience-2', label: 'rejection', pattern: 'experiencia mas amplia|solida|larga|extensa|cercana' },
      { id: 'paths-cross', label: 'rejection', pattern: 'caminos .. crucen|cruzaran|cruzen|vuelvan' },
      { id: 'disappointing', label: 'rejection', pattern: 'decepcion*|decepcionante|decepcionado|decepcionada' },
      { id: 'lamentablemente', label: 'rejection', pattern: 'lamentablemente|desafortunadamente|lamentamos|sentimos|desgracia', contrast: true },
      { id: 'not-selected', label: 'rejection', pattern: 'no [ha|has|han|hemos|ser|sido|fue|podemos|podremos|vamos|a|seguiremos|continuaremos] [sido] [a] seleccionad*|elegid*|continuar|avanzar|seguir|proceder|contar|ofrecer*|ofrecerle|ofrecerte|prosperar|progresar|adelante|favorable|exito' },
      { id: 'chose-other', label: 'rejection', pattern: 'seleccionado|elegido|decidido|optado|continuar|avanzar|seguir|quedado|ofrecido|ofrecer|asignado ... otro|otra|otros|otras candidat*|perfil*|persona|postulant*|aspirante*' },
      { id: 'other-candidate', label: 'rejection', pattern: 'otro|otra|otros|otras candidat*|perfil*|postulant*|aspirante*' },
      { id: 'cancelled', label: 'rejection', pattern: 'cancelado|cancelada|anulado|anulada|congelado|congelada' },
      { id: 'restructuring', label: 'rejection', pattern: 'reorganizacion|reestructuracion' },
      { id: 'profile-closer', label: 'rejection', pattern: 'perfil*|candidat*|experiencia .. ajust*|encaj*|adecu*|alinea* .. mejor|mas' },
      { id: 'closer', label: 'rejection', pattern: 'mejor|mas .. ajust*|encaj*|adecu*|alinea*' },
      { id: 'position-filled', label: 'rejection', pattern: 'puesto|vacante|posicion|plaza|cargo .. cubiert*|ocupad*|asignad*' },
      { id: 'keep-cv', label: 'rejection', pattern: 'conservar*|guardar*|mantener*|guardaremos|mantendremos|conservaremos .. cv|curriculum|datos|perfil|candidatura|hoja' },
      { id: 'database', label: 'rejection', pattern: 'base|bolsa de datos|talento|empleo|candidatos' },
      { id: 'wish-luck', label: 'rejection', pattern: 'deseamos|desearle|desearte|deseo|deseandote|deseandole .. exito*|suerte|mejor' },
      { id: 'search', label: 'rejection', pattern: 'busqueda .. empleo|laboral|profesional|trabajo' },
      { id: 'future-positions', label: 'rejection', pattern: 'futur*|proxim* .. oportunidad*|vacantes|procesos|posiciones' },
      { id: 'many-applications', label: 'rejection', pattern: 'gran|numero|cantidad|elevado|muchas|muchos .. candidaturas|candidatos|solicitudes' },
      { id: 'decided-not', label: 'rejection', pattern: 'decidido|decidimos|decision .. no' },
      { id: 'this-time', label: 'rejection', pattern: 'en esta ocasion' },
      // -- offer --------------------------------------------------------------------------------
      { id: 'selected-for-role', label: 'offer', pattern: 'seleccionad*|elegid*|escogid* para [el|la|este|esta|dicho|dicha] cargo|puesto|posicion|plaza|vacante|rol' },
      { id: 'offer-contingent', label: 'offer', pattern: 'oferta|propuesta .. sujeta|condicionada|supeditada|condicional' },
      { id: 'labour-proposal', label: 'offer', pattern: 'propuesta laboral|formal|economica|de empleo|de trabajo' },
      { id: 'join-team', label: 'offer', pattern: 'unirte|unirse|sumarte|sumarse|unas|sumes .. equipo|nosotros|empresa' },
      { id: 'send-contract', label: 'offer', pattern: 'enviar*|enviaremos|envio|mandar*|mandaremos|enviamos|remitir* .. contrato' },
      { id: 'job-is-yours', label: 'offer', pattern: 'puesto|trabajo|cargo|plaza es tuyo|suyo|tuya|suya' },
      { id: 'got-the-job', label: 'offer', pattern: 'conseguido|conseguiste|obtenido|ganado|ganaste [el|la] puesto|trabajo|cargo|plaza' },
      { id: 'offer-word', label: 'offer', pattern: 'oferta' },
      { id: 'offer-kind', label: 'offer', pattern: 'oferta formal|laboral|economica|escrita|oficial|definitiva|firme' },
      { id: 'offer-of-job', label: 'offer', pattern: 'oferta de empleo|trabajo|incorporacion|contratacion' },
      { id: 'offer-letter', label: 'offer', pattern: 'carta [de] oferta' },
      { id: 'offer-role', label: 'offer', pattern: 'ofrecer|ofrecerle|ofrecerte|ofrecemos|ofrecerles .. puesto|posicion|cargo|empleo|contrato|plaza|incorporacion|rol' },
      { id: 'make-offer', label: 'offer', pattern: 'hacer|hacerle|hacerte|enviar|enviarle|enviarte|presentar|extender|adjuntamos|adjunto .. oferta|propuesta' },
      { id: 'pleased', label: 'offer', pattern: 'complace|complacidos|encantados|encanta|alegra|gusto|grato|grata|placer|satisfaccion .. ofrecer*|oferta|comunicar*|informar*|anunciar*|seleccionad*' },
      { id: 'selected', label: 'offer', pattern: 'seleccionado|seleccionada|elegido|elegida' },
      { id: 'selected-for', label: 'next_round', pattern: 'seleccionad*|elegid* para .. entrevista*|fase|etapa|siguiente|proxima' },
      { id: 'welcome', label: 'offer', pattern: 'bienvenid* .. equipo|bordo|empresa|familia' },
      { id: 'join', label: 'offer', pattern: 'incorporacion|incorporarte|incorporarse|incorpores|incorpore' },
      { id: 'congratulations', label: 'offer', pattern: 'felicidades|enhorabuena|felicitaciones|felicitarle|felicitarte' },
      { id: 'salary', label: 'offer', pattern: 'salario|sueldo|remuneracion|retribucion|bruto|brutos' },
      { id: 'start-date', label: 'offer', pattern: 'fecha .. inicio|incorporacion|alta|comienzo' },
      { id: 'contract', label: 'offer', pattern: 'contrato' },
      { id: 'sign', label: 'offer', pattern: 'firmar|firma|firmado|firmada|firmes' },
      // -- next_round ---------------------------------------------------------------------------
      { id: 'trial-day', label: 'next_round', pattern: 'dia|jornada|turno de prueba' },
      { id: 'assessment-centre', label: 'next_round', pattern: 'centro|jornada de evaluacion' },
      { id: 'assessment-centre-en', label: 'next_round', pattern: 'assessment center|centre' },
      { id: 'nth-interview', label: 'next_round', pattern: 'segunda|tercera|siguiente|proxima|ultima|final|nueva|otra entrevista*|fase|etapa|ronda' },
      { id: 'interview-nth', label: 'next_round', pattern: 'entrevista* .. tecnica|final|presencial|personal|adicional|complementaria' },
      { id: 'suits-you', label: 'next_round', pattern: 'vendria|viene|iria|va|irian bien' },
      { id: 'could-you-come', label: 'next_round', pattern: 'podrias|podria|puedes|puede venir|pasarte|pasarse|acercarte|acercarse' },
      { id: 'for-an-interview', label: 'next_round', pattern: 'a|para una|otra entrevista' },
      { id: 'meet-person', label: 'next_round', pattern: 'conocer a' },
      { id: 'invite', label: 'next_round', pattern: 'invitar*|invitacion|invitamos|convocar*|convocatoria|convocamos .. entrevista*|reunion|conocer*|fase|etapa|oficina*|assessment|centro|jornada|dinamica' },
      { id: 'availability', label: 'next_round', pattern: 'disponibilidad|horarios|huecos|calendly' },
      { id: 'schedule', label: 'next_round', pattern: 'agendar|programar|coordinar|concertar|organizar|fijar .. entrevista*|reunion|llamada|cita|videollamada' },
      { id: 'task', label: 'next_round', pattern: 'prueba|caso|ejercicio|presentacion .. tecnica|practico|tecnico' },
      { id: 'case', label: 'next_round', pattern: 'caso practico|prueba tecnica' },
      { id: 'next-step', label: 'next_round', pattern: 'siguiente|proximo|proxima paso|pasos|fase|etapa' },
      { id: 'advance', label: 'next_round', pattern: 'avanzar|pasar|pasas|pasa|continuar|sigues|seguir|avanzas|avanzado .. siguiente|proxima|fase|etapa|proceso' },
      { id: 'meet-you', label: 'next_round', pattern: 'conocerte|conocerle|conocerla|conocerlo' },
      { id: 'shortlisted', label: 'next_round', pattern: 'preseleccionad*|preseleccion' },
      // -- reference_check ----------------------------------------------------------------------
      { id: 'references', label: 'reference_check', pattern: 'referencias|referentes' },
      { id: 'reference', label: 'reference_check', pattern: 'referencia' },
      { id: 'background-check', label: 'reference_check', pattern: 'verificacion|verificaciones|comprobacion|revision|investigacion|chequeo .. antecedentes|trayectoria|titulos|historial' },
      { id: 'reference-check', label: 'reference_check', pattern: 'contactos|datos|nombres|personas|comprobacion|verificacion|contacto .. referencia*' },
      { id: 'former-boss', label: 'reference_check', pattern: 'anterior*|antiguo*|ultimo*|actual* .. jefe*|jefa*|empleador*|responsable*|supervisor*|companero*|manager*' },
      { id: 'your-reference', label: 'reference_check', pattern: 'su|tu|sus|tus referencia|referencias' },
      { id: 'boss-former', label: 'reference_check', pattern: 'jefe*|jefa*|empleador*|responsable*|supervisor* anterior*|antiguo*|previo*' },
      { id: 'final-step', label: 'reference_check', pattern: 'ultima|final fase|etapa' },
      // -- pending ------------------------------------------------------------------------------
      { id: 'still-in-running', label: 'pending', pattern: 'sigues|sigue|continuas|continua en carrera|liza|el proceso' },
      { id: 'not-yet', label: 'pending', pattern: 'todavia|aun no' },
      { id: 'will-decide', label: 'pending', pattern: 'decidira|decidiran|decidiremos|resolvera|resolveran' },
      { id: 'will-let-know', label: 'pending', pattern: 'te|le|les aviso|avisare|avisaremos|comunicare|comunicaremos' },
      { id: 'not-forgotten', label: 'pending', pattern: 'olvidado|olvidada|olvidamos' },
      { id: 'sorry-wait', label: 'pending', pattern: 'disculpa|disculpe|disculpas|perdon|lamento|sentimos ... espera|demora|retraso|silencio' },
      { id: 'process-open', label: 'pending', pattern: 'proceso .. sigue|continua|esta|permanece abierto|activo|curso' },
      { id: 'nothing-decided', label: 'pending', pattern: 'nada .. decidido|definido|resuelto' },
      { id: 'awaiting', label: 'pending', pattern: 'pendiente|espera de|a .. decision|aprobacion|validacion|respuesta' },
      { id: 'until-back', label: 'pending', pattern: 'a|cuando|hasta su|que regreso|vuelta|vuelva|regrese' },
      { id: 'still-reviewing', label: 'pending', pattern: 'todavia|aun|seguimos|continuamos|actualmente .. revisando|evaluando|proceso|entrevistando|entrevistamos|analizando|valorando|decision|considerando' },
      { id: 'no-decision-yet', label: 'pending', pattern: 'no .. decision|decidido|tomado|concluido|finalizado|cerrado' },
      { id: 'still-in', label: 'pending', pattern: 'sigue|sigues|continua|continuas .. entre|proceso|candidatos|finalistas' },
      { id: 'remaining-interviews', label: 'pending', pattern: 'quedan|faltan .. entrevistas|candidatos|candidaturas' },
      { id: 'write-soon', label: 'pending', pattern: 'escribimos|escribiremos|contestamos|respondemos|contestaremos .. pronto|breve|cuanto' },
      { id: 'waiting-on', label: 'pending', pattern: 'esperando|esperamos .. aprobacion|presupuesto|decision|respuesta|validacion' },
      { id: 'patience', label: 'pending', pattern: 'paciencia' },
      { id: 'delay', label: 'pending', pattern: 'retraso|retrasado|demora|demorado|pausa|pausado|suspendid*|espera' },
      { id: 'will-contact', label: 'pending', pattern: 'pondremos|daremos|informaremos|contactaremos|comunicaremos|volveremos|mantendremos|avisaremos|escribiremos|informado|informada' },
      { id: 'in-process', label: 'pending', pattern: 'en proceso|curso|revision' },
      // -- other ---------------------------------------------------------------------------------
      { id: 'nda', label: 'other', pattern: 'acuerdo|compromiso|convenio|clausula de confidencialidad' },
      { id: 'nda-word', label: 'other', pattern: 'nda' },
      { id: 'receipt-ack', label: 'other', pattern: 'acuse|acusamos [de] recibo' },
      { id: 'receipt', label: 'other', pattern: 'recibido|recibida|recibimos .. candidatura|cv|solicitud' },
      { id: 'we-received', label: 'other', pattern: 'hemos recibido|recibida' },
      { id: 'coming-days', label: 'pending', pattern: 'proximos|proximas|unos|unas|pocos|pocas .. dias|semanas' },
    ],
  };
}

/** Spanish lines of the reply cleaner (R7). */
export function cleaning(): CleaningVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'es',
    replyHeaders: ['el\\s.{0,250}\\bescribi[óo]'],
    replyVerbs: ['escribi[óo]'],
    replyOpeners: ['el'],
    quoteSeparators: ['mensaje original'],
    forwardSeparators: ['mensaje reenviado'],
    forwardHeadings: ['inicio del mensaje reenviado'],
    fromFields: ['de', 'remitente'],
    headerFields: ['enviado', 'fecha', 'para', 'asunto'],
    footers: [String.raw`enviado desde mi\b.{0,60}`],
    closings: [
      'atentamente', '(?:un )?saludos?(?: cordiales)?', '(?:un |reciba un )?(?:cordial|afectuoso) saludo', 'cordiales saludos',
      'muchas gracias', 'gracias',
    ],
    disclaimers: [String.raw`este (?:mensaje|correo)\b.{0,100}\bconfidencial`, 'darse de baja', 'cancelar (?:la )?suscripci[óo]n'],
  };
}
