// Le texte du cadre en français : noms des rôles, critères d'évaluation, tableau des titres, conseil « deux postes en un ».
import type { FrameworkMessages } from './framework-en.ts';

export const frameworkFr: FrameworkMessages = {
  'role.research-scientist': {
    name: 'Chercheur',
    gradeOn: [
      'L’originalité des questions posées et des méthodes proposées',
      'Des résultats que d’autres reprennent et prolongent : articles, benchmarks, méthodes',
      'La rigueur des expériences et de leur compte rendu',
      'L’avancée des paris de long terme, jugée sur des trimestres et des années plutôt que sur des sprints',
    ],
    dontGradeOn: [
      'Des objectifs de disponibilité, de latence ou d’utilisation des GPU',
      'Le nombre de fonctionnalités livrées par sprint',
      'Les indicateurs produit à court terme',
    ],
  },
  'role.research-engineer': {
    name: 'Ingénieur de recherche',
    gradeOn: [
      'La vitesse d’expérimentation : le temps qu’il faut pour qu’une idée devienne un résultat auquel l’équipe se fie',
      'La reproductibilité et la fiabilité des chaînes d’entraînement et d’évaluation',
      'La qualité des données et des métriques sur lesquelles l’équipe s’appuie',
      'Les méthodes passées à l’échelle et portées jusque dans les systèmes',
    ],
    dontGradeOn: [
      'Le seul nombre d’articles, comme s’il s’agissait de recherche pure',
      'Les seuls indicateurs produit, comme s’il s’agissait de travail produit pur',
      'La nouveauté d’idées que ce rôle n’avait pas pour mission d’avoir',
    ],
  },
  'role.ai-engineer': {
    name: 'Ingénieur IA',
    gradeOn: [
      'Ce qui a été livré, et la fiabilité avec laquelle cela tourne',
      'La latence, le coût et la qualité en production',
      'L’évolution des indicateurs produit et des résultats d’expérimentation',
      'La vitesse à laquelle l’équipe apprend des utilisateurs et itère',
    ],
    dontGradeOn: [
      'Le nombre d’articles ou de citations',
      'La nouveauté des méthodes pour elle-même',
      'Des records sur des benchmarks sans lien avec les utilisateurs',
    ],
  },
  // En milieu de phrase, le nom prend une minuscule, sauf un sigle (« ingénieur IA »).
  'role.inSentence': (name: string) => name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),

  'regime.separate-tracks.name': 'Filières séparées',
  'regime.flat.name': 'Titre unique',

  'work.research.name': 'À dominante recherche',
  'work.rnd.name': 'À dominante R&D',
  'work.product.name': 'À dominante produit',
  'grid.research.separate-tracks': {
    verdict:
      'Adapté. Une filière recherche à part protège le travail exploratoire de la feuille de route et permet de mesurer chaque rôle sur ce à quoi il sert.',
    risk: 'Les passations entre groupes, et des frictions sur la question de savoir qui a le statut le plus élevé.',
    manage:
      'Écrivez noir sur blanc les interfaces entre les groupes (qui remet quoi à qui, et quand) au lieu d’espérer que cela s’arrange tout seul, et reconnaissez les ingénieurs de recherche comme coauteurs à part entière.',
    example:
      'DeepMind maintient chercheurs et ingénieurs de recherche sur des filières distinctes ; AlphaFold est né dans son équipe appliquée, composée surtout d’ingénieurs de recherche qui ont consacré les premiers mois aux données, aux métriques et à l’infrastructure.',
  },
  'grid.research.flat': {
    verdict:
      'Risqué. Sans filière à lui, le travail exploratoire perd toujours face à la prochaine échéance de la feuille de route.',
    risk: 'Les paris de long terme sont évincés, ou la recherche devient invisible : les gens sont là, mais l’entreprise ne considère plus la recherche comme une part de ce qu’elle est.',
    manage:
      'Protégez explicitement le temps et le budget de la recherche, et évaluez-la sur ses résultats de recherche plutôt que sur des indicateurs de production.',
  },
  'grid.rnd.separate-tracks': {
    verdict:
      'Fonctionne, à condition qu’un rôle d’ingénieur de recherche clairement nommé tienne la passerelle entre le résultat et le système.',
    risk: 'Si personne ne tient la passerelle, les résultats restent bloqués entre les groupes et les passations ralentissent tout.',
    manage:
      'Faites de l’ingénieur de recherche le responsable de la passerelle, avec une échelle de carrière et des indicateurs propres (vitesse d’expérimentation, reproductibilité, ce qui est arrivé en production), et non un service d’assistance aux chercheurs.',
  },
  'grid.rnd.flat': {
    verdict:
      'Fonctionne, parce qu’en pratique tout le monde fait déjà de l’ingénierie de recherche.',
    risk: 'Le travail de transfert passe inaperçu quand aucun titre ne le nomme, et les paris de recherche plus longs perdent face à la livraison.',
    manage:
      'Évaluez le travail de passerelle selon ses propres critères (vitesse d’expérimentation, reproductibilité, ce qui est arrivé en production), même sous un titre unique.',
  },
  'grid.product.separate-tracks': {
    verdict:
      'Surcoût. Des échelles séparées ajoutent des process et des frictions de statut pour un gain minime quand les méthodes sont déjà connues.',
    risk: 'Un sentiment de système à deux vitesses entre ceux qui ont les idées et ceux qui les passent à l’échelle, et des livraisons ralenties par les passations.',
    manage:
      'Si vous gardez les filières, gardez une filière recherche réduite, rattachez-la à des questions produit concrètes et donnez aux deux filières le même rang.',
  },
  'grid.product.flat': {
    verdict:
      'Adapté. Un titre unique donne à tous la responsabilité commune de ce qui est livré et garde l’équipe rapide.',
    risk: 'La recherche exploratoire peut être évincée par la prochaine échéance, et un chercheur pur n’aura pas forcément envie de vivre au rythme des indicateurs de production.',
    manage:
      'Réservez une part de temps protégée aux paris plus longs, et n’embauchez pas de chercheurs sur un poste évalué sur des indicateurs de production.',
    example:
      'OpenAI et Anthropic donnent un seul titre à leurs recrues de recherche comme d’ingénierie, Member of Technical Staff (« membre du personnel technique ») ; xAI est allé plus loin et affirme n’avoir que des ingénieurs.',
  },
  'twoJobs.role': {
    summary:
      'Cette semaine contient deux postes : la recherche ouverte et la livraison du produit, avec peu de travail de passerelle entre les deux. Traitez-la comme deux rôles, pas comme le rôle intermédiaire d’ingénieur de recherche.',
    risk: 'Quelle que soit la colonne retenue pour l’évaluation, une grande partie de la semaine est évaluée sur la mauvaise : la recherche jugée sur ce qui a été livré, ou la livraison sur les articles. Et les paris de long terme perdent en général face à l’échéance.',
    options: [
      'Scinder le poste : un chercheur pour les questions ouvertes et un ingénieur IA pour ce qui est livré, chacun avec son échelle de carrière et ses indicateurs.',
      'Ajouter la passerelle : un ingénieur de recherche qui transforme les résultats de recherche en quelque chose que l’équipe produit peut livrer.',
      'Si une même personne garde les deux pour l’instant, dites quelle part de la semaine revient à chacun, et évaluez chaque partie sur sa propre colonne.',
    ],
  },
  'twoJobs.dontGradeOn': [
    'La partie recherche sur la disponibilité, la latence ou les fonctionnalités livrées',
    'La partie produit sur les articles, les citations ou la nouveauté',
  ],
  'note.advice':
    'Ceci est un conseil sur le travail, pas un jugement sur une personne. Ne vous en servez pas pour filtrer ou classer des candidats.',
};
