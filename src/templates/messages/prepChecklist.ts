/**
 * Preparation checklists for the next interview round, per announced format and language (R10).
 *
 * The next round often brings senior leaders, skills-based tests, case studies or presentations;
 * each list holds six concrete steps. English items are imperatives; German, French and Spanish
 * items use the infinitive style usual for checklists in those languages. Every format has the
 * same number of items in each language: the lists are translations of one another.
 *
 * @example
 * ```ts
 * prepChecklists['case-study'].en[0] //=> "Practise breaking a business problem into its parts before proposing a solution."
 * ```
 */
export const prepChecklists = {
  executive: {
    en: [
      "Read the company's latest annual report, strategy statements and recent news.",
      'Prepare a two-minute summary of the value you would bring to the business.',
      'Link your achievements to results leaders care about, such as revenue, cost, risk or growth.',
      "Think through how the role supports the department's goals for the coming year.",
      'Prepare two or three strategic questions about priorities and challenges.',
      'Look up the executives you will meet and their areas of responsibility.',
    ],
    de: [
      'Den aktuellen Geschäftsbericht, die Strategie und aktuelle Meldungen des Unternehmens lesen.',
      'Eine zweiminütige Zusammenfassung vorbereiten, welchen Mehrwert Sie dem Unternehmen bringen.',
      'Eigene Erfolge mit Kennzahlen verknüpfen, die der Führung wichtig sind: Umsatz, Kosten, Risiko oder Wachstum.',
      'Durchdenken, wie die Stelle zu den Zielen des Bereichs für das kommende Jahr beiträgt.',
      'Zwei oder drei strategische Fragen zu Prioritäten und Herausforderungen vorbereiten.',
      'Sich über die Führungskräfte, die Sie treffen, und ihre Verantwortungsbereiche informieren.',
    ],
    fr: [
      'Lire le dernier rapport annuel, les orientations stratégiques et l’actualité récente de l’entreprise.',
      'Préparer une synthèse de deux minutes sur ce que vous apporteriez à l’entreprise.',
      'Relier vos réalisations aux résultats qui comptent pour la direction : chiffre d’affaires, coûts, risques ou croissance.',
      'Réfléchir à la manière dont le poste sert les objectifs du service pour l’année à venir.',
      'Préparer deux ou trois questions stratégiques sur les priorités et les défis.',
      'Se renseigner sur les dirigeants que vous rencontrerez et sur leurs domaines de responsabilité.',
    ],
    es: [
      'Leer el último informe anual, la estrategia y las noticias recientes de la empresa.',
      'Preparar un resumen de dos minutos sobre el valor que aportaría a la empresa.',
      'Vincular sus logros con resultados que importan a la dirección: ingresos, costes, riesgos o crecimiento.',
      'Pensar en cómo contribuye el puesto a los objetivos del departamento para el próximo año.',
      'Preparar dos o tres preguntas estratégicas sobre prioridades y retos.',
      'Informarse sobre los directivos con quienes se reunirá y sus áreas de responsabilidad.',
    ],
  },
  'skills-assessment': {
    en: [
      'Ask which skills will be tested, in what format, with which tools and how much time.',
      'Practise with timed exercises similar to the assessment.',
      'Check your equipment, software and internet connection the day before.',
      'Match each skill in the job description to an example from your own work.',
      'Read every instruction carefully before starting, and plan your time.',
      'Show your reasoning where you can: a clear approach counts even when an answer is incomplete.',
    ],
    de: [
      'Nachfragen, welche Fähigkeiten in welchem Format, mit welchen Werkzeugen und in welcher Zeit geprüft werden.',
      'Mit Übungen unter Zeitvorgabe trainieren, die dem Test ähneln.',
      'Am Vortag Geräte, Software und Internetverbindung prüfen.',
      'Jeder geforderten Fähigkeit aus der Stellenanzeige ein Beispiel aus der eigenen Arbeit zuordnen.',
      'Vor dem Start alle Anweisungen genau lesen und die Zeit einteilen.',
      'Den eigenen Lösungsweg zeigen: Ein klares Vorgehen zählt auch bei einer unvollständigen Antwort.',
    ],
    fr: [
      'Demander quelles compétences seront évaluées, sous quelle forme, avec quels outils et en combien de temps.',
      'S’entraîner avec des exercices chronométrés proches de l’évaluation.',
      'Vérifier la veille son matériel, ses logiciels et sa connexion internet.',
      'Associer chaque compétence de l’offre d’emploi à un exemple tiré de son expérience.',
      'Lire attentivement toutes les consignes avant de commencer et répartir son temps.',
      'Expliquer son raisonnement : une démarche claire compte, même si la réponse est incomplète.',
    ],
    es: [
      'Preguntar qué habilidades se evaluarán, en qué formato, con qué herramientas y en cuánto tiempo.',
      'Practicar con ejercicios cronometrados parecidos a la prueba.',
      'Comprobar el día anterior el equipo, el software y la conexión a internet.',
      'Relacionar cada habilidad de la oferta de empleo con un ejemplo de la propia experiencia.',
      'Leer con atención todas las instrucciones antes de empezar y repartir bien el tiempo.',
      'Explicar el razonamiento: un planteamiento claro cuenta aunque la respuesta quede incompleta.',
    ],
  },
  'case-study': {
    en: [
      'Practise breaking a business problem into its parts before proposing a solution.',
      "Learn the company's market, main competitors and business model.",
      'Refresh the figures you may need: market sizing, margins and simple break-even sums.',
      'Ask clarifying questions and state your assumptions out loud.',
      'Structure your answer: problem, analysis, recommendation, risks and next steps.',
      'Rehearse with a friend or with published sample cases, under time pressure.',
    ],
    de: [
      'Üben, ein geschäftliches Problem in seine Teile zu zerlegen, bevor Sie eine Lösung vorschlagen.',
      'Markt, wichtigste Wettbewerber und Geschäftsmodell des Unternehmens kennenlernen.',
      'Benötigte Rechnungen auffrischen: Marktgröße, Margen und einfache Break-even-Rechnungen.',
      'Verständnisfragen stellen und die eigenen Annahmen laut aussprechen.',
      'Die Antwort gliedern: Problem, Analyse, Empfehlung, Risiken und nächste Schritte.',
      'Mit einer vertrauten Person oder veröffentlichten Beispielfällen unter Zeitdruck proben.',
    ],
    fr: [
      'S’exercer à décomposer un problème d’entreprise avant de proposer une solution.',
      'Connaître le marché, les principaux concurrents et le modèle économique de l’entreprise.',
      'Revoir les calculs utiles : taille de marché, marges et seuil de rentabilité simple.',
      'Poser des questions de clarification et énoncer ses hypothèses à voix haute.',
      'Structurer sa réponse : problème, analyse, recommandation, risques et prochaines étapes.',
      'Répéter avec un proche ou avec des cas publiés, en temps limité.',
    ],
    es: [
      'Practicar cómo descomponer un problema de negocio antes de proponer una solución.',
      'Conocer el mercado, los principales competidores y el modelo de negocio de la empresa.',
      'Repasar los cálculos que puedan hacer falta: tamaño de mercado, márgenes y punto de equilibrio.',
      'Hacer preguntas aclaratorias y expresar en voz alta las hipótesis de partida.',
      'Estructurar la respuesta: problema, análisis, recomendación, riesgos y próximos pasos.',
      'Ensayar con otra persona o con casos publicados, con el tiempo limitado.',
    ],
  },
  presentation: {
    en: [
      'Confirm the topic, the audience, the time limit and the equipment available.',
      'Build a clear storyline: the problem, your approach, the results and a recommendation.',
      'Keep slides simple and bring a backup copy in a second format.',
      'Rehearse out loud with a timer, leaving room for questions.',
      'Anticipate likely questions and prepare short answers.',
      "Tailor your examples to the company's products and challenges.",
    ],
    de: [
      'Thema, Publikum, Zeitrahmen und verfügbare Technik bestätigen lassen.',
      'Einen klaren roten Faden aufbauen: Problem, Vorgehen, Ergebnisse und Empfehlung.',
      'Folien schlicht halten und eine Sicherungskopie in einem zweiten Format mitbringen.',
      'Den Vortrag laut und mit Zeitmessung proben und Raum für Fragen lassen.',
      'Wahrscheinliche Fragen vorhersehen und kurze Antworten vorbereiten.',
      'Beispiele auf die Produkte und Herausforderungen des Unternehmens zuschneiden.',
    ],
    fr: [
      'Faire confirmer le sujet, le public, la durée et le matériel disponible.',
      'Construire un fil conducteur clair : le problème, votre démarche, les résultats et une recommandation.',
      'Garder des diapositives sobres et prévoir une copie de secours dans un second format.',
      'Répéter à voix haute, chronomètre en main, en laissant du temps pour les questions.',
      'Anticiper les questions probables et préparer des réponses courtes.',
      'Adapter ses exemples aux produits et aux enjeux de l’entreprise.',
    ],
    es: [
      'Confirmar el tema, el público, la duración y los medios técnicos disponibles.',
      'Construir un hilo conductor claro: el problema, su enfoque, los resultados y una recomendación.',
      'Mantener diapositivas sencillas y llevar una copia de seguridad en un segundo formato.',
      'Ensayar en voz alta con cronómetro y dejar tiempo para las preguntas.',
      'Anticipar las preguntas probables y preparar respuestas breves.',
      'Adaptar los ejemplos a los productos y los retos de la empresa.',
    ],
  },
  panel: {
    en: [
      'Find out who will sit on the panel and what role each person has.',
      "Prepare examples that speak to each panellist's area, whether technical, business or team.",
      'Answer the person who asked while keeping the whole panel involved.',
      'Bring enough copies of your CV for everyone.',
      'Prepare questions for different members of the panel.',
      'Write down every name so that each person can receive their own thank-you note afterwards.',
    ],
    de: [
      'Herausfinden, wer im Gremium sitzt und welche Rolle jede Person hat.',
      'Beispiele vorbereiten, die den jeweiligen Bereich ansprechen: Technik, Geschäft oder Team.',
      'Der fragenden Person antworten und dabei das ganze Gremium einbeziehen.',
      'Genügend Exemplare des Lebenslaufs für alle mitbringen.',
      'Fragen für verschiedene Mitglieder des Gremiums vorbereiten.',
      'Alle Namen notieren, damit jede Person danach ein eigenes Dankschreiben erhält.',
    ],
    fr: [
      'Savoir qui siégera au jury et quel est le rôle de chacun.',
      'Préparer des exemples adaptés au domaine de chaque membre : technique, métier ou équipe.',
      'Répondre à la personne qui a posé la question tout en s’adressant à l’ensemble du jury.',
      'Apporter suffisamment d’exemplaires de son CV pour tout le monde.',
      'Préparer des questions pour différents membres du jury.',
      'Noter tous les noms afin que chaque personne reçoive ensuite son propre message de remerciement.',
    ],
    es: [
      'Averiguar quién formará parte del panel y qué función tiene cada persona.',
      'Preparar ejemplos que conecten con el área de cada miembro: técnica, negocio o equipo.',
      'Responder a quien hizo la pregunta sin dejar de dirigirse a todo el panel.',
      'Llevar suficientes copias del currículum para todos.',
      'Preparar preguntas para distintos miembros del panel.',
      'Anotar todos los nombres para que cada persona reciba después su propio mensaje de agradecimiento.',
    ],
  },
  technical: {
    en: [
      'Review the technologies and languages named in the job description.',
      'Practise solving problems out loud, explaining trade-offs as you go.',
      'Refresh the fundamentals the role relies on, such as data structures, algorithms or system design.',
      'Prepare to walk through a past project in depth: your decisions and what you would change.',
      'Test your setup for remote coding: editor, camera, microphone and screen sharing.',
      'Ask clarifying questions before writing code, and check your solution with examples.',
    ],
    de: [
      'Die in der Stellenanzeige genannten Technologien und Sprachen wiederholen.',
      'Üben, Aufgaben laut zu lösen und dabei Abwägungen zu erklären.',
      'Grundlagen auffrischen, auf die die Stelle setzt, etwa Datenstrukturen, Algorithmen oder Systementwurf.',
      'Ein früheres Projekt im Detail vorstellen können: eigene Entscheidungen und was Sie heute anders machen würden.',
      'Die Umgebung für Programmieraufgaben aus der Ferne testen: Editor, Kamera, Mikrofon und Bildschirmfreigabe.',
      'Vor dem Programmieren Verständnisfragen stellen und die Lösung an Beispielen prüfen.',
    ],
    fr: [
      'Revoir les technologies et les langages cités dans l’offre d’emploi.',
      'S’entraîner à résoudre des problèmes à voix haute en expliquant ses arbitrages.',
      'Rafraîchir les bases utiles au poste : structures de données, algorithmes ou conception de systèmes.',
      'Se préparer à présenter un projet passé en détail : ses choix et ce que l’on ferait autrement.',
      'Tester son installation pour coder à distance : éditeur, caméra, micro et partage d’écran.',
      'Poser des questions de clarification avant de coder et vérifier sa solution sur des exemples.',
    ],
    es: [
      'Repasar las tecnologías y los lenguajes mencionados en la oferta de empleo.',
      'Practicar la resolución de problemas en voz alta, explicando las ventajas y desventajas de cada opción.',
      'Refrescar los fundamentos del puesto, como estructuras de datos, algoritmos o diseño de sistemas.',
      'Prepararse para explicar a fondo un proyecto anterior: sus decisiones y lo que cambiaría hoy.',
      'Probar el entorno para programar en remoto: editor, cámara, micrófono y pantalla compartida.',
      'Hacer preguntas aclaratorias antes de programar y comprobar la solución con ejemplos.',
    ],
  },
  general: {
    en: [
      'Reread the job description and your own application.',
      'Prepare three or four concrete examples of your achievements: situation, task, action and result.',
      "Research the company's products, culture and recent news.",
      'Prepare thoughtful questions about the role, the team and the next steps.',
      'Plan the practical side: time, place or video link, and a contact person.',
      'Review your notes from the previous interview and build on what was discussed.',
    ],
    de: [
      'Die Stellenanzeige und die eigene Bewerbung noch einmal lesen.',
      'Drei oder vier konkrete Beispiele für eigene Erfolge vorbereiten: Situation, Aufgabe, Vorgehen und Ergebnis.',
      'Sich über Produkte, Kultur und aktuelle Meldungen des Unternehmens informieren.',
      'Durchdachte Fragen zur Stelle, zum Team und zu den nächsten Schritten vorbereiten.',
      'Das Praktische planen: Uhrzeit, Ort oder Videolink und eine Ansprechperson.',
      'Die Notizen aus dem vorigen Gespräch durchgehen und an das Besprochene anknüpfen.',
    ],
    fr: [
      'Relire l’offre d’emploi et sa propre candidature.',
      'Préparer trois ou quatre exemples concrets de réalisations : situation, tâche, action et résultat.',
      'Se renseigner sur les produits, la culture et l’actualité récente de l’entreprise.',
      'Préparer des questions réfléchies sur le poste, l’équipe et les prochaines étapes.',
      'Organiser l’aspect pratique : horaire, lieu ou lien vidéo, et personne à contacter.',
      'Relire ses notes du précédent entretien et s’appuyer sur ce qui a été abordé.',
    ],
    es: [
      'Releer la oferta de empleo y la propia candidatura.',
      'Preparar tres o cuatro ejemplos concretos de logros: situación, tarea, acción y resultado.',
      'Informarse sobre los productos, la cultura y las noticias recientes de la empresa.',
      'Preparar preguntas bien pensadas sobre el puesto, el equipo y los próximos pasos.',
      'Organizar la parte práctica: hora, lugar o enlace de vídeo, y una persona de contacto.',
      'Repasar las notas de la entrevista anterior y partir de lo que se habló.',
    ],
  },
} as const satisfies Readonly<Record<string, Readonly<Record<'en' | 'de' | 'fr' | 'es', readonly string[]>>>>;

/** A format {@link prepChecklists} has a list for (R10). */
export type PrepFormat = keyof typeof prepChecklists;

/**
 * How each format is named inside a message, per language, for the `format` field of
 * `nextRoundReply` and `nextRoundInvite` (R10). Each label fits the slot its language gives it:
 * after "the" in English, in parentheses in German and French, after "en formato de" in Spanish,
 * and after "Format:" in every invitation.
 *
 * @example
 * ```ts
 * prepFormatLabels['case-study'].de //=> "Fallstudie"
 * ```
 */
export const prepFormatLabels = {
  executive: { en: 'meeting with the leadership team', de: 'Gespräch mit der Geschäftsleitung', fr: 'entretien avec la direction', es: 'reunión con la dirección' },
  'skills-assessment': { en: 'skills assessment', de: 'Kompetenztest', fr: 'évaluation des compétences', es: 'prueba de competencias' },
  'case-study': { en: 'case study', de: 'Fallstudie', fr: 'étude de cas', es: 'caso práctico' },
  presentation: { en: 'presentation', de: 'Präsentation', fr: 'présentation', es: 'presentación' },
  panel: { en: 'panel interview', de: 'Gespräch vor einem Gremium', fr: 'entretien avec un jury', es: 'entrevista con un panel' },
  technical: { en: 'technical interview', de: 'Fachgespräch', fr: 'entretien technique', es: 'entrevista técnica' },
  general: { en: 'interview', de: 'Gespräch', fr: 'entretien', es: 'entrevista' },
} as const satisfies { readonly [F in PrepFormat]: Readonly<Record<'en' | 'de' | 'fr' | 'es', string>> };
