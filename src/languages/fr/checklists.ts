import type { PrepChecklistItems } from '../types.js';

/**
 * French preparation checklists for the next interview round (R10): six concrete steps per
 * announced format, in the infinitive style usual for French checklists. Each list translates the
 * English one item for item.
 */
export const checklists = {
  executive: [
    'Lire le dernier rapport annuel, les orientations stratégiques et l’actualité récente de l’entreprise.',
    'Préparer une synthèse de deux minutes sur ce que vous apporteriez à l’entreprise.',
    'Relier ses réalisations aux résultats qui comptent pour la direction : chiffre d’affaires, coûts, risques ou croissance.',
    'Réfléchir à la manière dont le poste sert les objectifs du service pour l’année à venir.',
    'Préparer deux ou trois questions stratégiques sur les priorités et les défis.',
    'Se renseigner sur les dirigeants que vous rencontrerez et sur leurs domaines de responsabilité.',
  ],
  'skills-assessment': [
    'Demander quelles compétences seront évaluées, sous quelle forme, avec quels outils et en combien de temps.',
    'S’entraîner avec des exercices chronométrés proches de l’évaluation.',
    'Vérifier la veille son matériel, ses logiciels et sa connexion internet.',
    'Associer chaque compétence de l’offre d’emploi à un exemple tiré de son expérience.',
    'Lire attentivement toutes les consignes avant de commencer et répartir son temps.',
    'Expliquer son raisonnement : une démarche claire compte, même si la réponse est incomplète.',
  ],
  'case-study': [
    'S’exercer à décomposer un problème d’entreprise avant de proposer une solution.',
    'Connaître le marché, les principaux concurrents et le modèle économique de l’entreprise.',
    'Revoir les calculs utiles : taille de marché, marges et seuil de rentabilité simple.',
    'Poser des questions de clarification et énoncer ses hypothèses à voix haute.',
    'Structurer sa réponse : problème, analyse, recommandation, risques et prochaines étapes.',
    'Répéter avec un proche ou avec des cas publiés, en temps limité.',
  ],
  presentation: [
    'Faire confirmer le sujet, le public, la durée et le matériel disponible.',
    'Construire un fil conducteur clair : le problème, sa démarche, les résultats et une recommandation.',
    'Garder des diapositives sobres et prévoir une copie de secours dans un second format.',
    'Répéter à voix haute, chronomètre en main, en laissant du temps pour les questions.',
    'Anticiper les questions probables et préparer des réponses courtes.',
    'Adapter ses exemples aux produits et aux enjeux de l’entreprise.',
  ],
  panel: [
    'Savoir qui siégera au jury et quel est le rôle de chacun.',
    'Préparer des exemples adaptés au domaine de chaque membre : technique, métier ou équipe.',
    'Répondre à la personne qui a posé la question tout en s’adressant à l’ensemble du jury.',
    'Apporter suffisamment d’exemplaires de son CV pour tout le monde.',
    'Préparer des questions pour différents membres du jury.',
    'Noter tous les noms afin que chaque personne reçoive ensuite son propre message de remerciement.',
  ],
  technical: [
    'Revoir les technologies et les langages cités dans l’offre d’emploi.',
    'S’entraîner à résoudre des problèmes à voix haute en expliquant ses arbitrages.',
    'Rafraîchir les bases utiles au poste : structures de données, algorithmes ou conception de systèmes.',
    'Se préparer à présenter un projet passé en détail : ses choix et ce que l’on ferait autrement.',
    'Tester son installation pour coder à distance : éditeur, caméra, micro et partage d’écran.',
    'Poser des questions de clarification avant de coder et vérifier sa solution sur des exemples.',
  ],
  general: [
    'Relire l’offre d’emploi et sa propre candidature.',
    'Préparer trois ou quatre exemples concrets de réalisations : situation, tâche, action et résultat.',
    'Se renseigner sur les produits, la culture et l’actualité récente de l’entreprise.',
    'Préparer des questions réfléchies sur le poste, l’équipe et les prochaines étapes.',
    'Organiser l’aspect pratique : horaire, lieu ou lien vidéo, et personne à contacter.',
    'Relire ses notes du précédent entretien et s’appuyer sur ce qui a été abordé.',
  ],
} as const satisfies PrepChecklistItems;
