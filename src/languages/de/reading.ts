import type { EveryReplyWords, LexiconWords } from '../../classifier/cues/types.js';
import type { CleaningVocabulary } from '../cleaningVocabulary.js';
import type { TimelineVocabulary } from '../timelineVocabulary.js';

/** German words of the timeline reader (R4.5). */
export function timeline(): TimelineVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'de',
    numericDateOrder: 'day-month',
    weekdays: {
      sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
    },
    months: {
      januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, april: 4, apr: 4, mai: 5, juni: 6,
      juli: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
      dezember: 12, dez: 12,
    },
    ambiguousMonths: ['mai', 'jan', 'feb', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
    numbers: {
      ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
      acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, vierzehn: 14, zwanzig: 20, dreißig: 30,
    },
    fewWords: ['ein paar', 'paar', 'einigen', 'einige', 'wenigen', 'wenige', 'weniger', 'mehreren', 'mehrere'],
    about: ['etwa', 'ca.', 'ca', 'circa', 'rund', 'ungefähr', 'voraussichtlich'],
    rangeJoiners: ['bis'],
    weekdayRangeJoiners: ['-', '–'],
    orWords: ['oder'],
    between: ['zwischen'],
    and: ['und'],
    units: {
      'business-days': ['werktagen', 'werktage', 'werktag', 'arbeitstagen', 'arbeitstage', 'arbeitstag', 'geschäftstagen', 'geschäftstage', 'geschäftstag'],
      days: ['tagen', 'tage', 'tag'],
      weeks: ['wochen', 'woche'],
      months: ['monaten', 'monate', 'monat'],
      hours: ['stunden', 'stunde'],
    },
    countUnits: {},
    countSuffixes: [],
    countInfixes: [],
    weekWords: ['woche'],
    monthWords: ['monats', 'monat'],
    calendarWeekWords: ['kw', 'kalenderwoche'],
    next: {
      before: ['nächsten', 'nächste', 'nächster', 'nächstem', 'kommenden', 'kommende', 'kommender', 'folgenden', 'folgende', 'folgender'],
      after: [],
    },
    current: { before: ['diese', 'diesen', 'dieser', 'diesem', 'dieses'], after: [] },
    nextWeekday: 'coming',
    parts: { ende: 'end', anfang: 'early', beginn: 'early', mitte: 'mid', laufe: 'rest' },
    periodWords: { monatsende: ['month', 'end'], wochenende: ['week', 'end'] },
    partLinks: ['der', 'des', 'dieser', 'dieses', 'diesen'],
    articles: ['der', 'die', 'den', 'dem', 'des'],
    dayWords: { heute: 0, 'heute abend': 0, 'heute nachmittag': 0, morgen: 1, 'morgen früh': 1, übermorgen: 2, 'im laufe des tages': 0 },
    notDayWords: ['guten morgen', 'am morgen', 'jeden morgen', 'heute vor'],
    deadlinePrepositions: [
      'bis', 'bis zum', 'bis zur', 'bis spätestens', 'bis spätestens zum', 'bis zum spätestens', 'spätestens', 'spätestens am',
      'spätestens bis', 'spätestens bis zum', 'vor', 'vor dem', 'innerhalb', 'innerhalb von', 'binnen', 'noch vor',
    ],
    prepositions: ['am', 'im', 'in', 'zum', 'ab', 'ab dem', 'nach', 'nach dem', 'für', 'für den', 'gegen', 'um', 'seit'],
    countPrepositions: ['innerhalb von', 'innerhalb', 'binnen', 'in', 'in den', 'in der', 'im laufe der', 'im laufe von', 'während der'],
    rollingPrepositions: [],
    ordinalSuffixes: ['.'],
    dayMonthLinks: [],
    yearLinks: [],
    timeOfDay: ['uhr', 'h'],
    vague: {
      'in den nächsten tagen': 'days', 'in den kommenden tagen': 'days', 'in den nächsten wochen': 'weeks', 'in den kommenden wochen': 'weeks',
      'in nächster zeit': 'weeks', 'in kürze': 'days', zeitnah: 'days', bald: 'days', baldmöglichst: 'days', schnellstmöglich: 'days',
      'so bald wie möglich': 'days', 'so schnell wie möglich': 'days', 'so bald als möglich': 'days', demnächst: 'days',
      'in den nächsten paar tagen': 'days', umgehend: 'days', 'in absehbarer zeit': 'weeks',
    },
    promise: [
      'wir werden', 'werden wir', 'wir melden', 'ich werde', 'werde ich', 'sie erhalten', 'erhalten sie', 'sie hören', 'sie bekommen',
      'melden', 'meldet', 'ruckmeldung', 'rückmeldung', 'entscheid', 'bescheid', 'informieren', 'nachricht', 'antwort', 'zurückkommen',
      'zurück', 'mitteilen', 'konkret', 'neuigkeit', 'ergebnis', 'kontaktieren', 'in verbindung', 'hören', 'benachrichtig', 'abschließen',
      'abgeschlossen', 'beantworte', 'zukommen lassen', 'zusenden',
    ],
    request: [
      'bitte', 'bitten', 'könnten sie', 'kannst du', 'können sie', 'senden sie', 'schicken sie', 'teilen sie', 'geben sie uns',
      'lassen sie uns', 'sagen sie', 'zurücksenden', 'unterschreiben', 'unterzeichne', 'bestätigen sie', 'frist', 'einreichen',
      'reichen sie', 'sie müssen', 'wir benötigen', 'bestätige', 'kontaktiere', 'melde dich', 'melden sie sich', 'läuft ab', 'gültig bis',
    ],
    slot: [
      'gespräch', 'vorstellungsgespräch', 'interview', 'termin', 'treffen', 'kennenlern', 'einladen', 'laden sie', 'einladung',
      'verfügbar', 'zeit haben', 'zeitfenster', 'uhrzeit', 'datum:', 'uhrzeit:', 'ort:', 'besuch', 'probetag', 'assessment',
    ],
    other: [
      'eintritt', 'beginn', 'arbeitsbeginn', 'startdatum', 'ersten arbeitstag', 'probezeit', 'vertrag', 'gehalt', 'gelöscht', 'löschen',
      'von ihnen zu hören', 'von dir zu hören', 'freuen uns auf',
    ],
    absence: ['nicht im büro', 'abwesend', 'urlaub', 'verlasse', 'außer haus', 'abwesenheit'],
  };
}

/**
 * German words the reply reader looks for in every reply, whatever its language (R7): the stop words that tell
 * the language, and the contrast words after which the rest of a message dominates. Apart from {@link reading}, so
 * that reading a reply makes the whole lexicon of its own language (and English) only.
 */
export function everyReply(): EveryReplyWords {
  return {
    language: 'de',
    stopWords: [
      'der', 'die', 'das', 'und', 'sie', 'ihr', 'ihre', 'ihnen', 'wir', 'ist', 'nicht', 'mit', 'fur', 'eine', 'ein',
      'zu', 'den', 'dem', 'uns', 'bei', 'auf', 'vielen', 'dank', 'leider', 'wird', 'haben', 'ich', 'sehr', 'geehrte',
      'geehrter', 'hallo', 'liebe', 'lieber', 'des', 'auch', 'noch', 'unser', 'unsere', 'werden', 'konnen', 'mochten',
      'du', 'mir', 'dir', 'dich', 'bis', 'kannst', 'kann', 'im', 'am', 'um', 'von', 'vom', 'zum', 'zur', 'als', 'wie', 'oder', 'aber', 'nur', 'schon', 'anbei', 'grusse', 'es', 'ja', 'nein', 'woche', 'nachster', 'nachste', 'tagen',
    ],
    contrast: ['leider', 'jedoch', 'allerdings', 'bedauerlicherweise', 'dennoch', 'trotzdem', 'bedauern'],
  };
}

/** German cues (R7). Patterns are matched on folded words (`ä` → `a`, `ß` kept). */
export function reading(): LexiconWords {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'de',
    negators: ['nicht', 'kein*', 'nie', 'niemals', 'weder'],
    conditionals: ['bevor', 'ehe', 'falls', 'wenn', 'sofern', 'ob', 'garantie', 'garantiert', 'bedeutet'],
    yet: ['noch', 'bisher', 'bislang'],
    thanks: ['dank', 'danke', 'bedanken', 'danken'],
    clauseBreaks: ['und', 'aber', 'jedoch', 'sondern', 'wenn', 'falls', 'da', 'weil', 'dass', 'ob', 'denn'],
    scheduling: [
      'termin*', 'verschieb*', 'kalender*', 'verfugbar*', 'uhrzeit*', 'zeitfenster', 'zeitslot*', 'krank*',
      'reise*', 'dienstreise*', 'urlaub*', 'umplan*', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'raum',
    ],
    requests: [
      { id: 'answer-questions', kind: 'complete_assessment', pattern: 'beantworten|beantworte|bearbeiten|starten ... fragen|fragebogen|vorstellungsgesprach|quiz|test' },
      { id: 'questions-answer', kind: 'complete_assessment', pattern: 'fragen|fragebogen|quiz ... beantworten|beantworte|bearbeiten' },
      { id: 'confirm-imperative', kind: 'confirm_attendance', pattern: 'bestatigen sie|bestatige .. termin|teilnahme|gesprach|einladung' },
      { id: 'send-documents-verb-first', kind: 'send_documents', pattern: 'senden|schicken|ubermitteln|ubersenden|reichen|laden|bringen|fullen ... unterlagen|dokumente|zeugnis*|nachweis*|formular*|bewerbungsunterlagen|personalfragebogen|lebenslauf|kopie*' },
      { id: 'availability', kind: 'send_availability', pattern: 'verfugbarkeit*|terminvorschlag*|zeitfenster|zeitraum|wunschtermin*' },
      { id: 'when-time', kind: 'send_availability', pattern: 'wann sie .. zeit|verfugbar|konnen' },
      { id: 'book-link', kind: 'book_slot', pattern: 'buchen|buchung|terminbuchung|calendly' },
      { id: 'link-appointment', kind: 'book_slot', pattern: 'link|lin* ... termin|termine .. wahlen|buchen|auswahlen|vereinbaren' },
      { id: 'references', kind: 'send_references', pattern: 'referenz*|referenzgeber*|empfehlungsschreiben' },
      { id: 'send-documents', kind: 'send_documents', pattern: 'unterlagen|dokumente|zeugnis*|nachweis*|formular*|bewerbungsunterlagen|personalfragebogen|lebenslauf ... senden|schicken|einreichen|zukommen|mitbringen|hochladen|ausfullen|ubermitteln|nachreichen' },
      { id: 'fill-form', kind: 'send_documents', pattern: 'ausfullen|nachreichen|hochladen' },
      { id: 'assessment', kind: 'complete_assessment', pattern: 'test|tests|aufgabe|aufgaben|fallstudie|case|assessment|eignungstest|probearbeit* ... bearbeiten|absolvieren|durchfuhren|losen|ausfullen|einreichen' },
      { id: 'respond-offer', kind: 'respond_to_offer', pattern: 'angebot|vertragsangebot ... annehmen|entscheidung|ruckmeldung|zusage|antwort' },
      { id: 'sign', kind: 'sign_offer', pattern: 'unterschreib*|unterzeichn*|gegengezeichnet|unterschrieben*|unterschrift' },
      { id: 'confirm', kind: 'confirm_attendance', pattern: 'bitte ... bestatigen|zusagen|bestatigung|ruckmeldung' },
    ],
    cues: [
      // -- rejection ----------------------------------------------------------------------------
      { id: 'offer-withdrawn', label: 'rejection', pattern: 'angebot*|vertragsangebot*|stellenangebot*|jobangebot*|zusage ... zuruckzieh*|zuruckgezogen|zuruckzunehmen|zurucknehmen|zuruckgenommen|widerrufen|zuruckzuziehen|stornier*|annullier*' },
      { id: 'withdraw-offer', label: 'rejection', pattern: 'rucknahme|widerruf|zuruckziehung|stornierung ... angebot*|vertragsangebot*|stellenangebot*|jobangebot*|zusage' },
      { id: 'withdraw-split', label: 'rejection', pattern: 'ziehen|ziehe|nehmen|nehme .. angebot*|zusage .. zuruck' },
      { id: 'filled-internally', label: 'rejection', pattern: 'intern|interne*|hausintern* .. besetz*|nachbesetz*|vergeben|entschieden|losung' },
      { id: 'hiring-freeze', label: 'rejection', pattern: 'einstellungsstopp*|stellenstopp*|eingefroren|einfrieren|gestrichen' },
      { id: 'internal-candidate', label: 'rejection', pattern: 'interne*|internen kandidat*|bewerber*|besetzung' },
      { id: 'more-experience', label: 'rejection', pattern: 'mehr|langere|umfassendere|tiefere|einschlagigere berufserfahrung|erfahrung' },
      { id: 'paths-cross', label: 'rejection', pattern: 'wege .. kreuzen|begegnen' },
      { id: 'disappointing', label: 'rejection', pattern: 'enttausch*' },
      { id: 'leider', label: 'rejection', pattern: 'leider|bedauerlicherweise', contrast: true },
      { id: 'absage', label: 'rejection', pattern: 'absage*|absagen' },
      { id: 'not-considered', label: 'rejection', pattern: 'nicht|keine [weiter|weiterhin|mehr|langer|naher|weiteren] [zu] berucksichtig*|weiterverfolg*|verfolg*|fortsetz*|fortfuhr*|eingeladen|ausgewahlt|einladen|weiterfuhr*|weiterkommen|beruck*|zum|entsprechen|anbieten|passt|fortzusetzen|weiterzuverfolgen|weiterzufuhren|mehr' },
      { id: 'other-candidate', label: 'rejection', pattern: 'anderen|andere|anderer|anderes .. bewerber*|kandidat*|bewerbung*|profil*|person|mitbewerber*' },
      { id: 'decided-for-other', label: 'rejection', pattern: 'fur .. anderen|andere|anderer|einen|eine .. bewerber*|kandidat*|profil*|person .. entschieden|entscheiden' },
      { id: 'other-got-it', label: 'rejection', pattern: 'anderen|andere|anderer .. bewerber*|kandidat*|person .. angeboten|entschieden|ausgewahlt|gegeben|zugesagt|vergeben|zuschlag' },
      { id: 'no-longer-filled', label: 'rejection', pattern: 'nicht mehr besetzt|ausgeschrieben|vergeben|verfugbar|offen' },
      { id: 'restructuring', label: 'rejection', pattern: 'umstrukturierung*|reorganisation|restrukturierung' },
      { id: 'someone-else', label: 'rejection', pattern: 'jemand|jemanden|jemandem anderem|anderen|anders' },
      { id: 'otherwise-filled', label: 'rejection', pattern: 'anderweitig .. besetzt|besetzen|vergeben|entschieden' },
      { id: 'decided-against', label: 'rejection', pattern: 'gegen .. entschieden|entscheiden|entscheidung' },
      { id: 'position-filled', label: 'rejection', pattern: 'stelle|position|vakanz|stellen|posten .. besetzt|vergeben|nachbesetzt' },
      { id: 'keep-documents', label: 'rejection', pattern: 'unterlagen|daten|profil|bewerbung .. evidenz|aufbewahr*|speicher*|talentpool|bewerberpool|pool|datenbank|kartei' },
      { id: 'talent-pool', label: 'rejection', pattern: 'talentpool|talent|bewerberpool|evidenz' },
      { id: 'future-wishes', label: 'rejection', pattern: 'berufliche*|weiteren|weitere|kunftig*|privat* zukunft|weg|stellensuche|jobsuche|werdegang|laufbahn|suche' },
      { id: 'all-the-best', label: 'rejection', pattern: 'alles|viel|weiterhin gute|erfolg' },
      { id: 'better-fit', label: 'rejection', pattern: 'besser|eher|starker|genauer passend*|passt|passen|entspricht|entsprechen|geeignet*|uberein*' },
      { id: 'no-good-news', label: 'rejection', pattern: 'keine positive*|gute*|erfreuliche*|bessere* nachricht*|ruckmeldung|mitteilung' },
      { id: 'not-successful', label: 'rejection', pattern: 'nicht erfolgreich' },
      { id: 'future-positions', label: 'rejection', pattern: 'zukunftig*|kunftig*|spater* .. stellen|positionen|vakanzen|ausschreibung*|moglichkeit*' },
      { id: 'competitive', label: 'rejection', pattern: 'vielzahl|zahlreich*|viele|hohe|groß* .. bewerbung*|bewerber*|zahl' },
      { id: 'difficult-decision', label: 'rejection', pattern: 'schwer*|leicht* .. entscheidung|gefallen' },
      { id: 'careful-review', label: 'rejection', pattern: 'sorgfaltig*|eingehend*|grundlich*|intensiv*|reiflich* prufung|abwagung|durchsicht|uberlegung|sichtung|auswertung' },
      // -- offer --------------------------------------------------------------------------------
      { id: 'accept-position', label: 'offer', pattern: 'ob sie|du .. stelle|angebot|position annehmen|antreten' },
      { id: 'hiring-confirmed', label: 'offer', pattern: 'einstellungszusage*|einstellung erfolgt|erfolgen' },
      { id: 'send-contract', label: 'offer', pattern: 'vertrag|vertrage|arbeitsvertrag .. schick*|send*|zukommen|ubermittel*|zuschick*|zusend*' },
      { id: 'chose-you', label: 'offer', pattern: 'fur sie|dich entschieden' },
      { id: 'got-the-job', label: 'offer', pattern: 'sie|du haben|hast .. den|die job|stelle|zuschlag' },
      { id: 'we-filled', label: 'rejection', pattern: 'haben|wurde|ist .. stelle|position|vakanz ... besetzt|vergeben|nachbesetzt' },
      { id: 'join-us', label: 'offer', pattern: 'uns|team|unser .. verstarken' },
      { id: 'make-offer', label: 'offer', pattern: 'angebot|vertragsangebot|stellenangebot|jobangebot .. unterbreit*|machen|zukommen|schicken|senden|ubermitteln|ubersenden|anbei|beigefugt|anhang' },
      { id: 'contract-offer', label: 'offer', pattern: 'vertragsangebot|arbeitsvertrag*|vertragsentwurf|arbeitsvertrags*|angebotsschreiben|zusage' },
      { id: 'offer-word', label: 'offer', pattern: 'angebot|angebots' },
      { id: 'offer-you-role', label: 'offer', pattern: 'stelle|position|rolle|posten .. anbieten|anzubieten' },
      { id: 'offer-verb', label: 'offer', pattern: 'anbieten|anzubieten' },
      { id: 'pleased', label: 'offer', pattern: 'freuen|freue|freut .. mitteilen|mitzuteilen|anbieten|anzubieten|zusage|willkommen|begrußen' },
      { id: 'welcome', label: 'offer', pattern: 'willkommen|begrußen .. team|bord|unternehmen' },
      { id: 'start-date', label: 'offer', pattern: 'eintrittsdatum|startdatum|arbeitsbeginn|einstiegsdatum|eintrittstermin|starttermin|vertragsbeginn' },
      { id: 'first-day', label: 'offer', pattern: 'ersten arbeitstag' },
      { id: 'salary', label: 'offer', pattern: 'gehalt|jahresgehalt|bruttojahresgehalt|grundgehalt|vergutung|festgehalt|verguten|bonus' },
      { id: 'congratulations', label: 'offer', pattern: 'gluckwunsch|gratulier*|gluckwunsche' },
      { id: 'sign', label: 'offer', pattern: 'unterschrieben|unterschreiben|unterzeichn*|gegengezeichnet|unterschrift' },
      // -- next_round ---------------------------------------------------------------------------
      { id: 'round-n', label: 'next_round', pattern: 'runde 2|3|4|zwei|drei' },
      { id: 'trial-day', label: 'next_round', pattern: 'probearbeit*|probetag*|probeschicht*|schnuppertag*|hospitation*' },
      { id: 'assessment-centre', label: 'next_round', pattern: 'assessment center|centre|tag' },
      { id: 'assessment-centre-word', label: 'next_round', pattern: 'assessmentcenter|assessmentcentre|auswahltag|auswahlworkshop' },
      { id: 'nth-interview', label: 'next_round', pattern: 'zweit*|nachst*|final*|abschließend*|letzt*|dritt*|personlich*|technisch*|fachlich* [runde] gesprach*|interview*|vorstellungsgesprach*|kennenlern*|fachgesprach*|auswahlgesprach*|gesprachsrunde|auswahlrunde|runde|stufe|auswahlstufe' },
      { id: 'invite', label: 'next_round', pattern: 'einladen|einladung|einzuladen' },
      { id: 'invite-split', label: 'next_round', pattern: 'laden .. ein' },
      { id: 'follow-up-talk', label: 'next_round', pattern: 'folgegesprach*|zweitgesprach*|folgetermin|zweittermin|abschlussgesprach*' },
      { id: 'time-for-talk', label: 'next_round', pattern: 'zeit .. fur .. gesprach*|telefonat|call|austausch|termin|kennenlernen' },
      { id: 'introduce', label: 'next_round', pattern: 'bekannt machen' },
      { id: 'meet-again', label: 'next_round', pattern: 'weiteres mal|nochmal|nochmals|erneut .. sprechen|treffen|kennenlernen|austauschen' },
      { id: 'would-be-possible', label: 'next_round', pattern: 'ware|waren|hatten .. moglich|zeit' },
      { id: 'for-an-interview', label: 'next_round', pattern: 'zu|zum einem|weiteren gesprach|interview|vorstellungsgesprach|fachgesprach|kennenlernen' },
      { id: 'get-to-know', label: 'next_round', pattern: 'kennenlernen|kennenzulernen|kennenlerngesprach|kennenlerntermin' },
      { id: 'appointment', label: 'next_round', pattern: 'terminvorschlag*|terminvorschlage|terminfindung|terminabstimmung|zeitfenster|zeitslot*|verfugbarkeit*' },
      { id: 'termin', label: 'next_round', pattern: 'termin|termine' },
      { id: 'when-available', label: 'next_round', pattern: 'wann .. zeit|verfugbar|passt|konnen' },
      { id: 'task', label: 'next_round', pattern: 'fallstudie|case|aufgabe|prasentation|assessment*|coding|testaufgabe|arbeitsprobe|test|onlinetest' },
      { id: 'next-step', label: 'next_round', pattern: 'nachste*|weiter* schritt*|runde|phase|stufe' },
      { id: 'on-site', label: 'next_round', pattern: 'vor ort' },
      { id: 'move-on', label: 'next_round', pattern: 'weiter* .. im|ins|in|zum .. prozess|auswahlverfahren|verfahren|bewerbungsprozess' },
      // -- reference_check ----------------------------------------------------------------------
      { id: 'references', label: 'reference_check', pattern: 'referenz|referenzen|referenzgeber*|referenzperson*|referenzkontakt*|referenzeinhol*|referenzauskunft*|referenzcheck*|referenzprufung' },
      { id: 'former-boss', label: 'reference_check', pattern: 'ehemalig*|fruher*|vorherig*|bisherig*|letzt*|aktuell* vorgesetzt*|arbeitgeber*|kolleg*|chef*|fuhrungskraft*|manager*' },
      { id: 'contact-persons', label: 'reference_check', pattern: 'ansprechpartner*|ansprechperson*|kontaktperson* .. fruher*|ehemalig*|vorherig*|auskunft' },
      { id: 'background-check', label: 'reference_check', pattern: 'hintergrundprufung*|hintergrunduberprufung*|hintergrundcheck*|backgroundcheck*|fuhrungszeugnis*|zuverlassigkeitsprufung*|sicherheitsuberprufung*' },
      { id: 'verify-history', label: 'reference_check', pattern: 'prufung|uberprufung|verifizierung .. ihrer|deiner|des|der werdegang*|lebenslauf*|abschluss*|zeugnis*|angaben|beschaftigungs*' },
      { id: 'certificates', label: 'reference_check', pattern: 'arbeitszeugnis*|zeugnisse|zeugnis' },
      { id: 'final-phase', label: 'reference_check', pattern: 'letzte*|finale*|abschließende* phase|stufe|schritt' },
      // -- pending ------------------------------------------------------------------------------
      { id: 'still-in-running', label: 'pending', pattern: 'noch|weiterhin im rennen|spiel|auswahlverfahren|verfahren' },
      { id: 'sorry-wait', label: 'pending', pattern: 'entschuldig*|sorry ... warte*|wartezeit|verzogerung|geduld|funkstille' },
      { id: 'nothing-decided', label: 'pending', pattern: 'noch|bisher|bislang nichts .. entschieden|entscheidung|fest|festgelegt|beschlossen' },
      { id: 'decision-pending', label: 'pending', pattern: 'entscheidung .. steht|aus|ausstehend' },
      { id: 'until-back', label: 'pending', pattern: 'nach|bis|sobald .. ruckkehr|zuruck' },
      { id: 'no-decision-yet', label: 'pending', pattern: 'noch .. keine|nicht .. entscheidung|entschieden|getroffen|abgeschlossen|fertig' },
      { id: 'still-running', label: 'pending', pattern: 'noch|weiterhin|derzeit|aktuell|momentan .. gepruft|gesichtet|bearbeitet|prufung|prufen|sicht*|auswahl*|laufen*|gange|bearbeit*|interview*|gesprach*|auswert*|abstimm*' },
      { id: 'patience', label: 'pending', pattern: 'geduld|gedulden' },
      { id: 'delay', label: 'pending', pattern: 'verzoger*|pausiert|zuruckgestellt|gestoppt' },
      { id: 'takes-longer', label: 'pending', pattern: 'dauert|dauern|braucht|brauchen|benotigt .. langer' },
      { id: 'will-report', label: 'pending', pattern: 'melden|melde|zurückmelden|zuruckkommen [wir|ich] uns|mich|wieder|zuruck|bei' },
      { id: 'in-progress', label: 'pending', pattern: 'in bearbeitung|prufung' },
      { id: 'keep-informed', label: 'pending', pattern: 'laufenden|bescheid' },
      { id: 'in-the-running', label: 'pending', pattern: 'im rennen' },
      { id: 'waiting-on', label: 'pending', pattern: 'warten .. auf .. freigabe*|budget*|entscheidung|ruckmeldung|zustimmung|genehmigung' },
      { id: 'takes-time', label: 'pending', pattern: 'zeit in anspruch' },
      { id: 'still-open', label: 'pending', pattern: 'noch offen|ausstehend|nicht abgeschlossen' },
      // -- other ---------------------------------------------------------------------------------
      { id: 'nda', label: 'other', pattern: 'vertraulichkeitsvereinbarung*|geheimhaltungsvereinbarung*|verschwiegenheitserklarung*|verschwiegenheitsvereinbarung*|geheimhaltungserklarung*|vertraulichkeitserklarung*|nda' },
      { id: 'receipt', label: 'other', pattern: 'eingang .. unterlagen|bewerbung|bestatig*' },
      { id: 'receipt-confirmation', label: 'other', pattern: 'bestatigen|bestatigt|bestatige .. eingang' },
      { id: 'receipt-confirmation-word', label: 'other', pattern: 'eingangsbestatigung*|empfangsbestatigung*' },
      { id: 'interim', label: 'pending', pattern: 'zwischenstand|zwischeninfo*|zwischennachricht|zwischenbescheid|zwischenmeldung|statusupdate|sachstand' },
      { id: 'not-forgotten', label: 'pending', pattern: 'nicht vergessen' },
      { id: 'coming-days', label: 'pending', pattern: 'kommenden|nachsten|paar .. tagen|wochen|tage' },
    ],
  };
}

/** German lines of the reply cleaner (R7). */
export function cleaning(): CleaningVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'de',
    replyHeaders: [String.raw`am\s.{0,250}\bschrieb\b.{0,120}`],
    replyVerbs: ['schrieb'],
    replyOpeners: ['am'],
    quoteSeparators: ['urspr(?:ü|ue)ngliche nachricht'],
    forwardSeparators: ['weitergeleitete nachricht'],
    forwardHeadings: ['anfang der weitergeleiteten nachricht'],
    fromFields: ['von'],
    headerFields: ['gesendet', 'datum', 'an', 'betreff'],
    footers: [String.raw`von meinem\b.{0,60}`],
    closings: [
      'mit (?:den )?(?:freundlichen|besten|herzlichen) gr(?:ü|ue)(?:ß|ss)en',
      '(?:freundliche|viele|beste|liebe|herzliche|sonnige) gr(?:ü|ue)(?:ß|ss)e(?: aus \\S{1,40})?', 'gr(?:ü|ue)(?:ß|ss)e',
      'mfg', 'lg', 'vg', 'danke',
    ],
    disclaimers: [String.raw`diese (?:e-?mail|nachricht)\b.{0,100}\bvertraulich`, String.raw`abmelden\b`, 'newsletter abbestellen'],
  };
}
