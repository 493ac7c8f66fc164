// Le texte du questionnaire en français, par id de question et d'option.
import type { QuizText } from '../quiz-text.ts';

export const quizTextFr: QuizText = {
  title: 'Quel rôle ce travail demande-t-il ?',
  intro:
    'Cinq questions sur le travail qui occupe l’essentiel de la semaine. Répondez pour le travail, pas pour la personne qui le fait.',
  'core-question.prompt': 'À quelle question ce travail cherche-t-il à répondre ?',
  'core-question.option.unknown':
    'Qu’est-ce qui est vrai, ou possible, et que personne n’a encore montré ?',
  'core-question.option.test-idea':
    'Cette nouvelle idée tient-elle la route ? Il faut le montrer, et vite.',
  'core-question.option.build-to-test':
    'Que faut-il construire pour que les expériences tournent vite et de façon reproductible ?',
  'core-question.option.make-real':
    'Comment passer d’une méthode qui marche en laboratoire à un système ?',
  'core-question.option.ship':
    'Comment livrer cela aux utilisateurs de façon fiable, à grande échelle et à un coût raisonnable ?',
  'output.prompt': 'Quand une partie de ce travail est terminée, qu’y a-t-il à montrer ?',
  'output.option.paper': 'Un article, une nouvelle méthode ou un nouveau benchmark',
  'output.option.prototype':
    'Un prototype qui bat le meilleur résultat connu, et le compte rendu qui va avec',
  'output.option.infra':
    'Une infrastructure d’entraînement ou d’évaluation, des données soignées, un cadre d’expérimentation',
  'output.option.scaled':
    'Une méthode qui tourne désormais à grande échelle, prête pour une équipe produit',
  'output.option.shipped':
    'Un service ou une fonctionnalité en production, et son effet sur les chiffres',
  'optimizes-for.prompt': 'Qu’est-ce qu’un bon mois fait progresser ?',
  'optimizes-for.option.novelty':
    'La nouveauté : un résultat que d’autres citeront et sur lequel ils bâtiront',
  'optimizes-for.option.both':
    'Un résultat publiable, obtenu par des expériences rapides et rigoureuses',
  'optimizes-for.option.velocity': 'La vitesse d’expérimentation et la reproductibilité',
  'optimizes-for.option.quality':
    'La qualité du modèle sur des évaluations qui prédisent ce que verront les utilisateurs',
  'optimizes-for.option.kpis': 'La disponibilité, la latence, le coût ou un indicateur produit',
  'time-horizon.prompt': 'Combien de temps avant de savoir si le travail a porté ses fruits ?',
  'time-horizon.option.years': 'Des années, et peut-être jamais',
  'time-horizon.option.year-or-two': 'Un an ou deux',
  'time-horizon.option.months': 'Quelques mois',
  'time-horizon.option.quarter': 'Un trimestre environ',
  'time-horizon.option.weeks': 'Quelques semaines : la prochaine version le dira',
  'background.prompt': 'Qui embaucheriez-vous demain pour faire ce travail ?',
  'background.option.phd': 'Un docteur avec des articles en premier auteur dans le domaine',
  'background.option.hybrid':
    'Un chercheur qui écrit du code solide, ou un ingénieur qui lit les articles',
  'background.option.ml-systems': 'Un informaticien solide qui a déjà construit des systèmes de ML',
  'background.option.applied':
    'Un ingénieur logiciel qui a déjà fait du fine-tuning, évalué et servi des modèles',
  'background.option.swe': 'Un ingénieur logiciel produit, rompu à la production',
  'title.prompt': 'Quel titre la personne qui fait ce travail porte-t-elle aujourd’hui ?',
  'title.help':
    'Facultatif. Cela ne change pas le résultat ; cela montre si le titre correspond au travail.',
  'title.option.research-scientist': 'Chercheur en IA (research scientist)',
  'title.option.research-engineer': 'Ingénieur de recherche (research engineer)',
  'title.option.engineer': 'Ingénieur ML, IA ou logiciel',
  'title.option.shared': 'Un titre commun à tous, comme Member of Technical Staff',
  'title.option.none': 'Personne pour l’instant, ou autre chose',
  'reviewed-on.prompt': 'Sur quoi cette personne est-elle évaluée aujourd’hui ?',
  'reviewed-on.help':
    'Facultatif. Cela ne change pas le résultat ; cela montre si les indicateurs correspondent au travail.',
  'reviewed-on.option.papers': 'Les articles, les citations, la nouveauté',
  'reviewed-on.option.velocity':
    'La vitesse d’expérimentation, l’infrastructure, la reproductibilité',
  'reviewed-on.option.shipping':
    'Ce qui a été livré : disponibilité, latence, coût, indicateurs produit',
  'reviewed-on.option.unclear': 'Rien de clair pour l’instant',
};
