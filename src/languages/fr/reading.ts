import type { EveryReplyWords, LexiconWords } from '../../classifier/cues/types.js';
import type { CleaningVocabulary } from '../cleaningVocabulary.js';
import type { TimelineVocabulary } from '../timelineVocabulary.js';

/** French words of the timeline reader (R4.5). */
export function timeline(): TimelineVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'fr',
    numericDateOrder: 'day-month',
    weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
    months: {
      janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
      octobre: 10, novembre: 11, décembre: 12, janv: 1, févr: 2, sept: 9, oct: 10, nov: 11, déc: 12,
    },
    ambiguousMonths: ['sept', 'oct', 'nov', 'janv', 'févr', 'déc'],
    numbers: {
      un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
      onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30,
    },
    fewWords: ['quelques', 'plusieurs'],
    about: ['environ', 'à peu près', 'approximativement', 'près de'],
    rangeJoiners: ['à', 'a'],
    weekdayRangeJoiners: ['au', '-', '–'],
    orWords: ['ou'],
    between: ['entre'],
    and: ['et'],
    units: {
      'business-days': ['jours ouvrés', 'jours ouvrables', 'jours de travail', 'jours ouvres', 'jour ouvré', 'jour ouvrable'],
      days: ['jours', 'jour'],
      weeks: ['semaines', 'semaine'],
      months: ['mois'],
      hours: ['heures', 'heure', 'h'],
    },
    countUnits: { huitaine: [7, 'days'], quinzaine: [14, 'days'] },
    countSuffixes: ['à venir', 'prochains', 'prochaines', 'qui viennent', 'suivants', 'suivantes'],
    countInfixes: [],
    weekWords: ['semaine'],
    monthWords: ['mois'],
    periodWords: {},
    calendarWeekWords: [],
    next: { before: ['prochain', 'prochaine', 'prochains', 'prochaines'], after: ['prochaine', 'prochain', 'suivante', 'suivant', 'qui vient', 'à venir'] },
    current: { before: ['cette', 'ce'], after: ['en cours', 'courante'] },
    nextWeekday: 'coming',
    parts: { fin: 'end', début: 'early', debut: 'early', milieu: 'mid', mi: 'mid', courant: 'rest', 'la fin': 'end', 'le début': 'early' },
    partLinks: ['de la', 'du', 'de', "d'", 'de cette', 'du mois de', 'de ce'],
    articles: ['la', 'le', 'les', "l'"],
    dayWords: {
      "aujourd'hui": 0, 'ce soir': 0, 'cet après-midi': 0, 'en fin de journée': 0, 'dans la journée': 0, 'demain': 1,
      'demain matin': 1, 'après-demain': 2, 'apres-demain': 2,
    },
    notDayWords: [],
    deadlinePrepositions: [
      "d'ici", "d'ici le", "d'ici au", 'avant', 'avant le', "jusqu'au", "jusqu'à", 'au plus tard', 'au plus tard le', 'au plus tard pour le',
      'pour', 'pour le', 'dès', 'sous', 'dans un délai de', 'dans les', 'au plus tard d\'ici',
    ],
    prepositions: ['le', 'en', 'dans', 'durant', 'à partir du', 'à partir de', 'à compter du', 'après le', 'après', 'pendant', 'vers', 'vers le', 'au'],
    countPrepositions: [
      'dans', 'sous', "d'ici", 'en', 'durant', 'au cours des', 'au cours de la', 'dans un délai de', 'dans un délai d\'', 'dans les',
      'd\'ici les', 'dans la', 'pendant',
    ],
    rollingPrepositions: [],
    ordinalSuffixes: ['er'],
    dayMonthLinks: [],
    yearLinks: [],
    timeOfDay: ['h', 'heures', 'heure', 'h00', 'h30'],
    vague: {
      'dans les prochains jours': 'days', 'dans les prochaines semaines': 'weeks', 'dans les jours à venir': 'days', 'dans les jours qui viennent': 'days',
      'dans les semaines à venir': 'weeks', prochainement: 'days', rapidement: 'days', 'sous peu': 'days', 'dans les plus brefs délais': 'days',
      'dans les meilleurs délais': 'days', bientôt: 'days', 'dès que possible': 'days', 'au plus vite': 'days', 'très vite': 'days',
      'dans quelques temps': 'weeks', 'dans quelque temps': 'weeks', 'dans un avenir proche': 'weeks', 'très prochainement': 'days',
      'aussi vite que possible': 'days', 'aussitôt que possible': 'days', 'immédiatement': 'days',
    },
    promise: [
      'nous allons', 'nous reviendrons', 'vous recevrez', 'vous aurez', 'je reviendrai', 'nous vous enverrons', 'nous vous confirmerons',
      'revenir', 'reviendr', 'revenons', 'retour', 'réponse', 'décid', 'décision', 'tiendr', 'nouvelles', 'recontact', 'répond',
      'communiquer', 'faire savoir', 'prévenir', 'préviendr', 'concret', 'informer', 'informerons', 'contact', 'serez',
      'aviser', 'tenir informé', 'tenir au courant', 'nous vous ferons',
    ],
    request: [
      'merci de', 'veuillez', 'pourriez', 'pouvez', 'pourrais', 'peux-tu', 'vos disponibilités', 'remercions de nous', 'nous vous prions',
      'nous vous invitons à nous', 'renvoyer', 'retourner', 'signer', 'compléter', 'confirmer', 'date limite', 'avant la date',
      'il vous suffit', 'vous devez', 'expire', 'il vous reste', 'nous faire parvenir', 'faire parvenir', 'nous transmettre', 'nous envoyer',
    ],
    slot: [
      'entretien', 'rendez-vous', 'rencontre', 'rencontrer', 'réunion', 'visio', 'convoc', 'disponible', 'créneau', 'date :', 'heure :',
      'lieu :', 'vous accueillir', 'journée d\'essai', 'assessment',
    ],
    other: [
      'prise de poste', 'entrée en fonction', 'date de début', 'débutera', 'à compter du', 'période d\'essai', 'contrat', 'salaire',
      'vous lire', 'de vous lire',
    ],
    absence: ['absente', 'absent', 'en congé', 'en congés', 'quitte', 'hors du bureau', 'en vacances'],
  };
}

/**
 * French words the reply reader looks for in every reply, whatever its language (R7): the stop words that tell
 * the language, and the contrast words after which the rest of a message dominates. Apart from {@link reading}, so
 * that reading a reply makes the whole lexicon of its own language (and English) only.
 */
export function everyReply(): EveryReplyWords {
  return {
    language: 'fr',
    stopWords: [
      'le', 'la', 'les', 'de', 'des', 'et', 'vous', 'nous', 'est', 'pour', 'une', 'un', 'que', 'qui', 'votre', 'vos',
      'avec', 'dans', 'pas', 'ne', 'sur', 'au', 'aux', 'merci', 'cette', 'bonjour', 'madame', 'monsieur', 'nos',
      'notre', 'avons', 'sommes', 'suite', 'du', 'ce', 'je', 'tres', 'bien', 'toi', 'semaine', 'prochaine', 'jours', 'cordialement', 'te', 'ton', 'ta', 'tes',
      'mon', 'ma', 'mes', 'il', 'elle', 'se', 'desole', 'desolee', 'on', 'votre', 'vous', 'ete', 'etes',
    ],
    contrast: ['malheureusement', 'cependant', 'toutefois', 'neanmoins', 'helas', 'regret'],
  };
}

/** French cues (R7). Patterns are matched on folded words (`é` → `e`, `ç` → `c`); `n'a` is `n`, `a`. */
export function reading(): LexiconWords {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'fr',
    negators: ['ne', 'n', 'pas', 'jamais', 'aucun*', 'ni'],
    conditionals: ['avant', 'si', 'lorsque', 'constitue', 'vaut', 'garantit', 'agit'],
    yet: ['encore', 'toujours'],
    thanks: ['merci', 'remercions', 'remercie', 'remercier'],
    clauseBreaks: ['et', 'mais', 'cependant', 'toutefois', 'si', 'car', 'que', 'qui', 'donc', 'or'],
    scheduling: [
      'planning', 'agenda*', 'calendrier*', 'creneau*', 'horaire*', 'reporter', 'report*', 'deplac*', 'decal*', 'disponibilit*',
      'empeche*', 'malade', 'conges', 'absent*', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'salle',
    ],
    requests: [
      { id: 'quiz', kind: 'complete_assessment', pattern: 'participer|repondre|realiser|passer ... quiz|questionnaire|questions|test|tests|exercices' },
      { id: 'send-documents-verb-first', kind: 'send_documents', pattern: 'envoyer|transmettre|fournir|remplir|completer|joindre|retourner|apporter|telecharger|envoyez|transmettez|fournissez ... documents|document|justificatif*|pieces|dossier|formulaire|copie|attestation*|diplome*' },
      { id: 'availability', kind: 'send_availability', pattern: 'disponibilite|disponibilites|creneau|creneaux' },
      { id: 'when-available', kind: 'send_availability', pattern: 'quand|quel|quels .. disponible|disponibles|convient' },
      { id: 'book', kind: 'book_slot', pattern: 'reserver|reservez|reservation|calendly|planifier|selectionner' },
      { id: 'link-book', kind: 'book_slot', pattern: 'lien ... choisir|reserver|selectionner|prendre' },
      { id: 'references', kind: 'send_references', pattern: 'references|referent|referents|recommandation*' },
      { id: 'send-documents', kind: 'send_documents', pattern: 'documents|document|justificatif*|pieces|dossier|formulaire|copie|attestation*|diplome* ... envoyer|transmettre|fournir|remplir|completer|joindre|retourner|apporter|telecharger' },
      { id: 'fill', kind: 'send_documents', pattern: 'remplir|completer|renseigner .. formulaire|questionnaire|dossier' },
      { id: 'assessment', kind: 'complete_assessment', pattern: 'test|tests|exercice|questionnaire|cas|evaluation|evaluations ... completer|realiser|passer|remplir|effectuer|repondre' },
      { id: 'do-test', kind: 'complete_assessment', pattern: 'completer|realiser|passer|effectuer ... test|tests|exercice|evaluation|questionnaire' },
      { id: 'respond-offer', kind: 'respond_to_offer', pattern: 'accepter|decision|reponse|retour ... offre|proposition' },
      { id: 'sign', kind: 'sign_offer', pattern: 'signer|signe|signee|signature|contresigner' },
      { id: 'confirm', kind: 'confirm_attendance', pattern: 'confirmer|confirmez|confirmation ... presence|participation|venue|disponibilite|reception|creneau|rendez|entretien' },
    ],
    cues: [
      // -- rejection ----------------------------------------------------------------------------
      { id: 'offer-withdrawn', label: 'rejection', pattern: 'retir*|annul*|revoqu*|revenir .. offre|promesse|proposition' },
      { id: 'offer-cancelled', label: 'rejection', pattern: 'offre|promesse|proposition .. annulee|retiree|revoquee|caduque' },
      { id: 'filled-internally', label: 'rejection', pattern: 'pourvu*|pourvoir|attribue*|recrut*|choisi|privilegie .. interne|internement|mobilite' },
      { id: 'internal-candidate', label: 'rejection', pattern: 'candidat|candidate|candidature|profil|mobilite|promotion interne' },
      { id: 'chose-a-person', label: 'rejection', pattern: 'choisi|retenu|selectionne|privilegie|recrute [un|une] candidat|candidate|personne|profil' },
      { id: 'more-experience', label: 'rejection', pattern: 'experience plus|davantage longue|solide|approfondie|importante|significative|proche' },
      { id: 'more-experience-2', label: 'rejection', pattern: 'plus|davantage d experience' },
      { id: 'paths-cross', label: 'rejection', pattern: 'chemins .. recrois*|croise*|croiser' },
      { id: 'disappointing', label: 'rejection', pattern: 'decevant*|deception|decu|decue' },
      { id: 'malheureusement', label: 'rejection', pattern: 'malheureusement|helas', contrast: true },
      { id: 'regret', label: 'rejection', pattern: 'regret|regrettons|regrette .. informer|annoncer|vous|que|de' },
      { id: 'not-retained', label: 'rejection', pattern: 'pas [ete] [pu] retenu*|retenir|selectionne*|donner|donne|poursuivre|continuer|favorable|aboutir|aboutie|abouti|avancer|proposer|faire|repondre' },
      { id: 'no-follow-up', label: 'rejection', pattern: 'pas .. suite|suites [favorable]' },
      { id: 'unfavourable', label: 'rejection', pattern: 'defavorable|negative|negatif|infructueuse' },
      { id: 'chose-other', label: 'rejection', pattern: 'retenu*|choisi*|privilegi*|opte|selectionne*|poursuivre|continuer|propose|proposee|offert|attribue ... autre|autres candidat*|profil*|candidature*|personne' },
      { id: 'other-candidate', label: 'rejection', pattern: 'autre|autres candidat*|candidature*|profil*|collaborat*' },
      { id: 'profiles-closer', label: 'rejection', pattern: 'profil*|candidat*|experience* .. correspond*|adapte*|proche*|aligne* .. davantage|plus|mieux' },
      { id: 'closer', label: 'rejection', pattern: 'davantage|mieux|plus .. adapte*|correspond*|proche*|adequation' },
      { id: 'cancelled', label: 'rejection', pattern: 'annule|annulee|annules|suspendu|suspendue|gele|gelee' },
      { id: 'restructuring', label: 'rejection', pattern: 'reorganisation|restructuration' },
      { id: 'position-filled', label: 'rejection', pattern: 'poste|postes|position .. pourvu*|attribue*' },
      { id: 'keep-cv', label: 'rejection', pattern: 'conserv*|garder|gardons|garderons|enregistr* .. cv|candidature|profil|coordonnees|dossier' },
      { id: 'talent-pool', label: 'rejection', pattern: 'vivier|cvtheque' },
      { id: 'good-luck', label: 'rejection', pattern: 'bonne|pleine continuation|chance|reussite' },
      { id: 'wish-success', label: 'rejection', pattern: 'souhait* .. succes|reussite|chance|meilleur' },
      { id: 'job-search', label: 'rejection', pattern: 'recherche* .. emploi|professionnelle*|poste' },
      { id: 'future-positions', label: 'rejection', pattern: 'futur*|prochain*|ulterieur* .. opportunit*|postes|offres|recrutement*' },
      { id: 'many-applications', label: 'rejection', pattern: 'nombreu*|grand|nombre .. candidatures|candidats' },
      { id: 'not-successful', label: 'rejection', pattern: 'pas .. aboutir|aboutie|abouti|favorable' },
      { id: 'does-not-match', label: 'rejection', pattern: 'ne correspond|correspondent|repond|repondent pas' },
      { id: 'careful-review', label: 'rejection', pattern: 'apres|suite .. examen|etude|analyse|lecture attentif|attentive|approfondi*|minutieu*' },
      // -- offer --------------------------------------------------------------------------------
      { id: 'retained-for-role', label: 'offer', pattern: 'retenu*|selectionne*|choisi* pour [le|ce|la|cette] poste|emploi|role|fonction|job' },
      { id: 'join-us', label: 'offer', pattern: 'nous rejoign*|rejoindre' },
      { id: 'join-team', label: 'offer', pattern: 'rejoindre|rejoign* .. equipe|entreprise|societe|groupe' },
      { id: 'send-contract', label: 'offer', pattern: 'envoy*|transmett*|adress*|prepar* .. contrat' },
      { id: 'job-is-yours', label: 'offer', pattern: 'poste|job est a|pour vous|toi' },
      { id: 'got-the-job', label: 'offer', pattern: 'obtenu|decroche [le] poste|job' },
      { id: 'offer-word', label: 'offer', pattern: 'offre' },
      { id: 'offer-kind', label: 'offer', pattern: 'offre|proposition|promesse [d|de] emploi|embauche|ferme|contrat|officielle|formelle|ecrite' },
      { id: 'offer-contingent', label: 'offer', pattern: 'offre|proposition .. conditionne*|soumise|sous|subordonne*' },
      { id: 'propose-role', label: 'offer', pattern: 'propos*|offrir .. poste|contrat|cdi|cdd|emploi|role|position|embauche' },
      { id: 'make-offer', label: 'offer', pattern: 'faire|adresser|transmettre|envoyer|soumettre|formuler .. offre|proposition' },
      { id: 'pleased', label: 'offer', pattern: 'plaisir|heureux|heureuse*|ravi|ravie|ravis|ravies|enchante* .. proposer|offre|annoncer|accueillir|confirmer' },
      { id: 'retained', label: 'offer', pattern: 'retenu|retenue|selectionne|selectionnee' },
      { id: 'welcome', label: 'offer', pattern: 'bienvenue|accueillir .. equipe|bord|parmi|entreprise' },
      { id: 'contract', label: 'offer', pattern: 'contrat de travail|embauche' },
      { id: 'start-date', label: 'offer', pattern: 'date .. debut|demarrage|entree|arrivee|prise' },
      { id: 'taking-up', label: 'offer', pattern: 'prise de poste|fonction*' },
      { id: 'salary', label: 'offer', pattern: 'salaire|remuneration|brut|package' },
      { id: 'congratulations', label: 'offer', pattern: 'felicitations|felicite*|bravo' },
      { id: 'sign', label: 'offer', pattern: 'signer|signature|signe|contresign*' },
      // -- next_round ---------------------------------------------------------------------------
      { id: 'trial-day', label: 'next_round', pattern: 'journee|jour|service|soiree d essai|immersion' },
      { id: 'assessment-centre', label: 'next_round', pattern: 'centre|journee d evaluation|assessment' },
      { id: 'assessment-centre-en', label: 'next_round', pattern: 'assessment center|centre' },
      { id: 'nth-interview', label: 'next_round', pattern: 'second|seconde|deuxieme|troisieme|prochain|prochaine|dernier|derniere|final|finale|nouvel|nouveau|nouvelle|autre entretien*|entrevue*|etape|tour|echange|rencontre' },
      { id: 'interview-nth', label: 'next_round', pattern: 'entretien*|entrevue* .. technique|final|individuel|physique|complementaire|supplementaire|visio|video|telephonique|distance' },
      { id: 'available-for', label: 'next_round', pattern: 'seriez|serais|etes|es vous|tu disponible|disponibles' },
      { id: 'for-an-interview', label: 'next_round', pattern: 'pour|a un|une|nouvel|nouvelle entretien|entrevue|echange' },
      { id: 'suits-you', label: 'next_round', pattern: 'conviendrait|convient|conviendraient|conviennent|liberer' },
      { id: 'invite', label: 'next_round', pattern: 'inviter|invitation|convier|convions|convoquer|convocation|invitons .. entretien*|entrevue*|rencontre*|echange*|etape|locaux|visite' },
      { id: 'meet-you', label: 'next_round', pattern: 'rencontrer|revoir' },
      { id: 'availability', label: 'next_round', pattern: 'disponibilit*|creneau*|creneaux|calendly' },
      { id: 'schedule', label: 'next_round', pattern: 'planifier|organiser|fixer|caler|programmer .. entretien*|echange|rencontre|appel|rendez' },
      { id: 'task', label: 'next_round', pattern: 'test|exercice|cas technique|pratique|ecrit' },
      { id: 'situation', label: 'next_round', pattern: 'mise en situation' },
      { id: 'case', label: 'next_round', pattern: 'etude de cas|situation' },
      { id: 'next-step', label: 'next_round', pattern: 'prochaine etape|etapes' },
      { id: 'step-next', label: 'next_round', pattern: 'etape suivante' },
      { id: 'retained-for', label: 'next_round', pattern: 'retenu*|selectionne*|qualifie* .. pour .. entretien*|etape|tour|suite' },
      { id: 'pleased-invite', label: 'next_round', pattern: 'plaisir|heureux|heureuse*|ravi|ravie|ravis|souhait* ... convier|inviter|convoquer|rencontrer|echanger|entretenir' },
      { id: 'caught-attention', label: 'next_round', pattern: 'retenu|retient [toute] notre|mon attention' },
      // -- reference_check ----------------------------------------------------------------------
      { id: 'references', label: 'reference_check', pattern: 'references|referents|referent' },
      { id: 'hiring-freeze', label: 'rejection', pattern: 'gel|gele|gelee|geler|suspendu|suspendre|suspension .. recrutement*|poste|embauche*|processus' },
      { id: 'reference', label: 'reference_check', pattern: 'reference' },
      { id: 'background-check', label: 'reference_check', pattern: 'verification|verifications|controle|controles|enquete .. antecedents|diplomes|parcours|casier|moralite|antecedent' },
      { id: 'reference-check', label: 'reference_check', pattern: 'prise|prendre|verification|contacts|coordonnees|personnes .. references|referents' },
      { id: 'former-boss', label: 'reference_check', pattern: 'ancien|anciens|ancienne*|precedent*|dernier*|actuel* .. employeur*|manager*|responsable*|superieur*|collegue*' },
      { id: 'final-step', label: 'reference_check', pattern: 'derniere|ultime|finale etape|phase' },
      // -- pending ------------------------------------------------------------------------------
      { id: 'still-in-running', label: 'pending', pattern: 'toujours|encore en lice|course' },
      { id: 'sorry-wait', label: 'pending', pattern: 'desole|desolee|desoles|excuse*|pardon ... attente|delai|delais|silence|retard' },
      { id: 'nothing-decided', label: 'pending', pattern: 'rien .. decide|decision|arrete|tranche|acte|definitif' },
      { id: 'decide-soon', label: 'pending', pattern: 'trancher|statuer|arbitrer' },
      { id: 'awaiting', label: 'pending', pattern: 'attente .. decision|validation|retour|approbation|accord' },
      { id: 'until-back', label: 'pending', pattern: 'son|leur|a|des retour [de] [conges|vacances]' },
      { id: 'still-ongoing', label: 'pending', pattern: 'toujours|encore|actuellement .. cours|etude|examen|evaluation|reflexion|entretiens|processus' },
      { id: 'in-progress', label: 'pending', pattern: 'en cours d|de .. etude|examen|evaluation|analyse|selection|recrutement' },
      { id: 'no-decision-yet', label: 'pending', pattern: 'pas encore .. decision|decide|pris|termine|finalise|arrete*' },
      { id: 'still-in', label: 'pending', pattern: 'toujours|encore .. partie|course|lice|processus' },
      { id: 'remaining-interviews', label: 'pending', pattern: 'reste|restent|encore .. entretiens|candidats|candidatures' },
      { id: 'waiting-on', label: 'pending', pattern: 'attend|attendons .. validation|accord|budget|decision|retour|approbation' },
      { id: 'patience', label: 'pending', pattern: 'patience' },
      { id: 'delay', label: 'pending', pattern: 'retard|retarde*|longtemps|suspendu*|gele|pause' },
      { id: 'get-back', label: 'pending', pattern: 'revenir|reviendr*|revenons|informer|tiendr*|tenir|tiens|tenons .. vers|informe*|courant|vous' },
      { id: 'point', label: 'pending', pattern: 'point d etape' },
      { id: 'progress', label: 'pending', pattern: 'avancement' },
      { id: 'not-forgotten', label: 'pending', pattern: 'pas oublie*' },
      // -- other ---------------------------------------------------------------------------------
      { id: 'nda', label: 'other', pattern: 'accord|engagement|clause|convention|contrat de confidentialite' },
      { id: 'nda-word', label: 'other', pattern: 'nda' },
      { id: 'non-disclosure', label: 'other', pattern: 'non divulgation' },
      { id: 'receipt', label: 'other', pattern: 'accusons|accuse|accusant [bonne] reception' },
      { id: 'well-received', label: 'other', pattern: 'bien recu|recue' },
      { id: 'coming-days', label: 'pending', pattern: 'prochains|prochaines|quelques .. jours|semaines' },
    ],
  };
}

/** French lines of the reply cleaner (R7). A space may stand before a colon, as French typography has it. */
export function cleaning(): CleaningVocabulary {
  // long: data (the words of one language), made on first read rather than at import
  return {
    language: 'fr',
    replyHeaders: ['le\\s.{0,250}\\ba\\s+[ée]crit'],
    replyVerbs: ['a [ée]crit'],
    replyOpeners: ['le'],
    quoteSeparators: ["message d'origine"],
    forwardSeparators: ['message transf[ée]r[ée]'],
    forwardHeadings: ['d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée]) ?'],
    fromFields: ['de', 'exp[ée]diteur'],
    headerFields: ['envoy[ée]', 'date', '[àa]', 'objet'],
    footers: ['envoy[ée] de mon\\b.{0,60}'],
    closings: [
      '(?:bien )?cordialement', 'bien (?:à|a) vous', '(?:sinc[èe]res |meilleures )?salutations(?: distingu[ée]es)?',
      'bonne (?:journ[ée]e|soir[ée]e)', 'merci',
    ],
    disclaimers: [String.raw`ce (?:message|courriel|e-?mail)\b.{0,100}\bconfidenti`, 'se d[ée]sabonner', 'se d[ée]sinscrire'],
  };
}
