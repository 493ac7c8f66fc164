// Le texte de core en français : profils des rôles, conseils d'équipe, messages d'écart et d'analyse, erreurs, fiche de poste.
import { auditFr } from './audit-fr.ts';
import type { Messages } from './en.ts';
import { frameworkFr } from './framework-fr.ts';
import { rubricFr } from './rubric-fr.ts';

/** Un pourcentage à la française : « 40 % », avec une espace fine insécable. */
const percent = (x: number) => `${Math.round(x * 100)} %`;
/** Un nom de rôle en milieu de phrase : « ingénieur de recherche », « ingénieur IA ». */
const lc = (name: string) => frameworkFr['role.inSentence'](name);
/** « de » devant un mot, élidé devant une voyelle ou un h : « de chercheur », « d'ingénieur IA ». */
const de = (word: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(word) ? `d’${word}` : `de ${word}`);
/** Les noms des bandes de confiance, pour la fiche de poste. */
const BAND: Readonly<Record<string, string>> = {
  high: 'élevée',
  moderate: 'moyenne',
  low: 'faible',
};

export const fr: Messages = {
  ...frameworkFr,

  'dimension.core-question.name': 'Question centrale',
  'dimension.output.name': 'Livrables',
  'dimension.optimizes-for.name': 'Ce qu’on optimise',
  'dimension.time-horizon.name': 'Horizon temporel',
  'dimension.background.name': 'Profil type',

  'profile.research-scientist.alias': ['chercheur en IA', 'research scientist'],
  'profile.research-scientist.summary':
    'Pose des questions auxquelles personne n’a répondu, invente des méthodes pour y répondre et rédige ce qu’on en a appris. Ce qu’il produit, c’est du savoir sur lequel d’autres bâtissent.',
  'profile.research-scientist.core-question':
    'Qu’est-ce qui est vrai, ou possible, et que personne n’a encore montré ?',
  'profile.research-scientist.output': 'Articles, nouvelles méthodes, nouveaux benchmarks',
  'profile.research-scientist.optimizes-for': 'La nouveauté et l’impact scientifique',
  'profile.research-scientist.time-horizon': 'Des années',
  'profile.research-scientist.background': 'Un doctorat et des publications',
  'profile.research-engineer.alias': ['research engineer', 'ingénieur de recherche en ML'],
  'profile.research-engineer.summary':
    'Construit ce qui transforme une idée en test fiable : infrastructure d’entraînement et d’évaluation, données soignées, métriques, expériences qui tournent à grande échelle. C’est la passerelle entre un résultat de recherche et un système qui fonctionne, et souvent un coauteur.',
  'profile.research-engineer.core-question':
    'Que faut-il construire pour le savoir, vite et de façon reproductible ?',
  'profile.research-engineer.output':
    'Infrastructure d’entraînement, cadres d’expérimentation, méthodes qui tournent à grande échelle',
  'profile.research-engineer.optimizes-for': 'La vitesse d’expérimentation et la reproductibilité',
  'profile.research-engineer.time-horizon': 'Des mois, jusqu’à un an ou deux',
  'profile.research-engineer.background':
    'Une solide formation en informatique et une vraie pratique des systèmes de ML',
  'profile.ai-engineer.alias': ['ingénieur ML', 'ingénieur IA produit', 'AI engineer'],
  'profile.ai-engineer.summary':
    'Choisit et adapte des modèles existants, et en fait des systèmes fiables, qui passent à l’échelle et qui rapportent : pipelines de données, mise en service, latence et coût, intégration au produit, tests A/B.',
  'profile.ai-engineer.core-question':
    'Comment livrer cela aux utilisateurs, de façon fiable et à grande échelle ?',
  'profile.ai-engineer.output':
    'Services en production, fonctionnalités produit, tests A/B gagnants',
  'profile.ai-engineer.optimizes-for':
    'La disponibilité, la latence, le coût et les indicateurs business',
  'profile.ai-engineer.time-horizon': 'De quelques semaines à quelques mois',
  'profile.ai-engineer.background': 'Le génie logiciel et l’expérience de la production',

  'work.research.summary':
    'Des paris longs et incertains, en quête d’un savoir que personne n’a encore.',
  'work.rnd.summary':
    'Transformer des résultats de recherche en systèmes qu’une équipe peut construire et livrer.',
  'work.product.summary': 'Des méthodes connues appliquées à fond à un produit, à grande échelle.',
  'work.research.inSentence': 'à dominante recherche',
  'work.rnd.inSentence': 'à dominante R&D',
  'work.product.inSentence': 'à dominante produit',

  'regime.separate-tracks.summary':
    'Des titres distincts de chercheur, d’ingénieur de recherche et d’ingénieur, chacun avec son échelle de carrière et ses indicateurs.',
  'regime.flat.summary':
    'Tout le monde porte le même titre (Member of Technical Staff, ou simplement ingénieur) et doit pouvoir intervenir sur toute la chaîne.',

  'twoJobs.team-groups': {
    summary:
      'L’équipe travaille aux deux extrémités, recherche et produit, avec peu de travail de passerelle entre les deux. Sa moyenne tombe au milieu, mais presque personne ne fait de travail intermédiaire : ce n’est pas une équipe d’ingénierie de recherche.',
    risk: 'Les résultats restent bloqués entre les deux groupes, et un titre ou une échelle unique évalue l’un des groupes sur la colonne de l’autre.',
    options: [
      'Deux filières, avec des interfaces explicites entre les groupes : qui remet quoi à qui, et quand.',
      'Pourvoir la passerelle : des ingénieurs de recherche qui font passer les résultats du groupe recherche jusque dans le produit.',
      'Sous un titre unique, évaluer chaque groupe sur sa propre colonne et protéger le temps du groupe recherche face à la feuille de route.',
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      'La plupart des membres de l’équipe tiennent les deux extrémités à la fois, recherche ouverte et livraison du produit, avec peu de travail de passerelle : chacun fait deux postes en un.',
    risk: 'Chacun est évalué sur une colonne alors qu’il en occupe deux, et les paris de recherche longs perdent face à la prochaine échéance.',
    options: [
      'Scinder les rôles : que les uns portent la recherche et les autres ce qui est livré, chacun évalué sur sa propre colonne.',
      'Ajouter la passerelle : des ingénieurs de recherche qui transforment les résultats en quelque chose de livrable, pour que personne n’ait à tenir les deux bouts.',
      'Là où des personnes gardent les deux, convenir de la part de la semaine que prend chaque partie, et évaluer chaque partie sur sa propre colonne.',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `Le titre annonce un poste ${de(lc(role))}, mais le travail est ${work}. Un titre fixe des attentes et une échelle de carrière ; celui-ci renvoie à une autre colonne.`,
  'mismatch.review': (role: string, work: string) =>
    `Une évaluation sur des indicateurs ${de(lc(role))}, alors que le travail est ${work} : c’est évaluer sur la mauvaise colonne.`,

  'answers.notObject':
    'les réponses doivent être un objet qui associe des ids de question à des ids d’option',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `question inconnue "${id}" ; les questions sont : ${known.join(', ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `la question "${id}" n’a pas de réponse ; choisissez parmi : ${allowed.join(', ')}`,
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `la question "${id}" n’a pas d’option ${value} ; choisissez parmi : ${allowed.join(', ')}`,

  'confidence.high.name': 'Élevée',
  'confidence.moderate.name': 'Moyenne',
  'confidence.low.name': 'Faible',

  'portfolio.empty': 'indiquez au moins un chantier ou une personne',
  'portfolio.oneOf':
    'indiquez exactement un des champs "work" (research, rnd ou product), "shares" ou "result"',
  'portfolio.zeroShares': 'les parts ne peuvent pas être toutes nulles',

  'request.answers.required':
    'obligatoire : un objet id de question → id d’option, par exemple {"core-question": "ship"} (GET /api/quiz les liste)',
  'request.answers.shape':
    'doit associer des id de question à des id d’option, en chaînes, par exemple {"core-question": "ship"}',
  'request.fields.count': 'au plus 10 champs cachés par réponse',
  'request.fields.name':
    'un nom de champ compte de 1 à 40 caractères parmi a-z, 0-9 et _, comme utm_source',
  'request.fields.value': 'la valeur d’un champ est un texte de 200 caractères au plus',
  'request.id.required':
    'obligatoire : un UUID que le client choisit une fois par questionnaire terminé (crypto.randomUUID()) et renvoie à chaque nouvel essai',
  'request.id.shape': 'doit être un UUID comme 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',

  'preview.callsFor': 'Le travail appelle',
  'preview.between': 'Le travail se situe entre',
  'preview.twoJobs': 'Deux métiers en un',
  'preview.title.role': (role: string) => `Le travail appelle : ${role}`,
  'preview.title.between': (first: string, second: string) =>
    `Le travail se situe entre ${first} et ${second}`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `Deux métiers en un : ${first} + ${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `${research} recherche · ${rnd} R&D · ${product} produit`,
  'preview.invite': (questions: number) =>
    `Quel rôle en IA votre travail appelle-t-il ? ${questions} questions pour le savoir.`,
  'preview.team.eyebrow': 'Votre équipe demande',
  'preview.team.headline': 'Où se situe votre semaine ?',
  'preview.team.title': (team: string) => `Où se situe votre semaine ? Pour l’équipe « ${team} »`,
  'preview.team.description': (questions: number) =>
    `${questions} questions sur le travail qui remplit votre semaine, une minute environ. Votre responsable voit l’équipe dans son ensemble, jamais vos réponses seules.`,

  'shareCode.damaged': 'ce lien de résultat est abîmé ou incomplet',
  'shareCode.otherVersion': (version: string, current: number) =>
    `ce lien a été créé avec la version ${version} du questionnaire ; la version actuelle est la ${current}`,
  'shareCode.answerCount': 'ce lien de résultat n’a pas le bon nombre de réponses',
  'shareCode.unknownAnswer':
    'ce lien de résultat contient une réponse que le questionnaire ne connaît pas',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `Le titre annonce un poste ${de(lc(title))}, mais le travail décrit est ${work} (${phrases}), ce qui relève du travail ${de(lc(role))} : le titre et l’échelle de carrière doivent suivre le travail.`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `Mesuré selon des critères ${de(roles)} (${phrases}) alors que le titre annonce un poste ${de(lc(title))} : c’est évaluer le rôle sur les indicateurs d’une autre colonne.`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `Mesuré selon des critères ${de(roles)} (${phrases}) alors que le travail est ${work} : c’est évaluer le rôle sur les indicateurs d’une autre colonne.`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `Ce texte demande les deux extrémités à la fois : de la recherche (${research}) et du travail produit (${product}), avec peu de travail de passerelle entre les deux. Ce sont deux postes en un : scindez le poste, ou ajoutez un ingénieur de recherche comme passerelle.`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `Ce texte évalue les deux extrémités à la fois : la recherche (${research}) et le travail produit (${product}), avec peu de travail de passerelle entre les deux. Ce sont deux postes en un : scindez le poste, ou ajoutez un ingénieur de recherche comme passerelle.`,
  'analyze.flag.noEvidence.none':
    'Impossible de se prononcer : rien ici ne décrit un travail de recherche, de R&D ou de produit. Collez les missions et le profil recherché de l’offre d’emploi, ou les critères de la grille d’évaluation.',
  'analyze.flag.noEvidence.few':
    'Impossible de se prononcer : un ou deux mots seulement décrivent le travail. Collez les missions et le profil recherché de l’offre d’emploi, ou les critères de la grille d’évaluation.',
  'analyze.flag.lowEvidence':
    'Seules quelques expressions disent en quoi consiste le travail : prenez ce placement comme une estimation. Une description plus complète des missions permettrait de trancher.',
  'analyze.flag.truncated': (maxChars: number) =>
    `Seuls les ${maxChars} premiers caractères ont été lus ; le reste du texte a été ignoré.`,
  'analyze.flag.binaryLooking':
    'Ceci ressemble à des données binaires plutôt qu’à un texte rédigé : un placement tiré de là ne veut pas dire grand-chose.',
  'analyze.invalidText': 'le texte doit être une chaîne de caractères',
  'analyze.roleList': (names: readonly string[]) => names.map(lc).join(' et '),
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `« ${p} »`).join(', '),

  'brief.percent': percent,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `${percent(shares.research)} recherche, ${percent(shares.rnd)} R&D, ${percent(shares.product)} produit`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${percent(confidence)} (${BAND[band] ?? band})`,
  'brief.title.role': (role: string) => `Fiche de poste : ${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `Fiche de poste : deux postes en un (${first} + ${second})`,
  'brief.between': (first: string, second: string) =>
    `Le travail se situe entre **${lc(first)}** et **${lc(second)}** : recrutez pour ce qu’ils ont en commun, et lisez les deux colonnes avant d’écrire l’échelle de carrière.`,
  'brief.row.work': 'Travail',
  'brief.row.workValue': (work: string, shares: string) => `${work} (${shares})`,
  'brief.row.twoJobsValue': (shares: string) => `Deux postes (${shares})`,
  'brief.row.largerPart': 'Partie principale',
  'brief.row.largerPartValue': (role: string, share: number) =>
    `${role} (${percent(share)} de la semaine)`,
  'brief.row.position': 'Position sur le spectre',
  'brief.row.positionValue': (position: number) =>
    `${position.toFixed(2).replace('.', ',')} (0 chercheur · 0,5 ingénieur de recherche · 1 ingénieur IA)`,
  'brief.row.confidence': 'Confiance',
  'brief.heading.coreQuestion': 'Question centrale',
  'brief.heading.outputs': 'Livrables',
  'brief.heading.optimizeFor': 'Ce qu’il faut optimiser',
  'brief.heading.gradeOn': 'Évaluer sur',
  'brief.heading.dontGradeOn': 'Ne pas évaluer sur',
  'brief.heading.timeHorizon': 'Horizon temporel',
  'brief.heading.background': 'Profil à rechercher',
  'brief.heading.titling': 'Organisation des titres',
  'brief.heading.risk': 'Le risque',
  'brief.heading.waysOut': 'Comment en sortir',
  'brief.part.title': (n: number, role: string, share: number) =>
    `Partie ${n} : ${role} (${percent(share)} de la semaine)`,
  'brief.part.gradeOn': 'Évaluer cette partie sur',
  'brief.verdict': (regime: string, verdict: string) => `**${regime}.** ${verdict}`,
  'brief.item': (label: string, value: string) => `${label} : ${value}`,
  'brief.titling.risk': 'Risque accepté',
  'brief.titling.manage': 'Comment le limiter',

  ...rubricFr,
  ...auditFr,
};
