// Le texte des grilles d’évaluation en français : niveaux, critères par rôle, reconnaissance et interfaces.
import { frameworkFr } from './framework-fr.ts';
import type { RubricMessages } from './rubric-en.ts';

/** Un nom de rôle en milieu de phrase : « chercheur », « ingénieur IA ». */
const lc = (name: string) => frameworkFr['role.inSentence'](name);
/** « de » devant un mot, élidé devant une voyelle ou un h : « de chercheur », « d’ingénieur IA ». */
const de = (word: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(word) ? `d’${word}` : `de ${word}`);

export const rubricFr: RubricMessages = {
  'rubric.title.role': (role: string) => `Grille d’évaluation : ${role}`,
  'rubric.title.flat': (role: string, title: string) =>
    `Grille d’évaluation : le travail ${de(role)} sous le titre ${title}`,
  'rubric.title.twoJobs': 'Grille d’évaluation : deux postes en un',
  'rubric.intro': (levels: number) =>
    `${levels} niveaux, chacun englobant ceux qui le précèdent. Chaque ligne nomme un point sur lequel l’évaluateur peut vérifier des preuves ; les listes « Ne pas évaluer sur » citent exprès des livrables et des indicateurs d’autres colonnes.`,
  'rubric.intro.twoJobs': (first: string, second: string, intro: string) =>
    `Une semaine qui contient deux postes, ${first} et ${second} : chaque partie est évaluée sur sa propre colonne, jamais sur celle de l’autre. ${intro}`,
  // Le titre commun reste en anglais, comme dans le glossaire et le reste des catalogues.
  'rubric.sharedTitle': 'Member of Technical Staff',
  'rubric.track': (role: string) => `Filière ${lc(role)}`,
  'rubric.level': (level: number, name: string) => `Niveau ${level} – ${name}`,
  'rubric.dimension.bridge.name': 'Travail de passerelle',
  'rubric.forRole': (label: string, role: string) => `${label} (${role})`,
  'rubric.recognition': 'Reconnaissance sous le titre unique',
  'rubric.heading.interfaces': 'Interfaces entre les filières',
  'rubric.interfaces.intro':
    'Qui remet quoi à qui, et quand. Une filière répond de ce qu’elle remet, pas de ce que la filière suivante en fait.',
  'rubric.interface': (from: string, to: string) => `${from} → ${to}`,

  'rubric.stage.names': [
    'Encadré',
    'Autonome sur un travail défini',
    'Porte un chantier',
    'Pilote un domaine',
    'Pilote à l’échelle d’un groupe',
    'Fixe le cap de plusieurs équipes',
    'Fixe le cap de l’organisation',
  ],
  'rubric.stage.scopes': [
    'Réalise des tâches bien définies, avec l’encadrement régulier d’une personne plus expérimentée.',
    'Mène des tâches définies de bout en bout sans encadrement au quotidien, et demande de l’aide au bon moment.',
    'Porte un chantier de bout en bout : choisit l’approche, la planifie et répond du résultat.',
    'Pilote un domaine qui compte plusieurs personnes : en fixe les objectifs, relit le travail des autres et fait progresser les personnes qui y travaillent.',
    'Donne la direction d’un groupe de plusieurs domaines, et c’est vers lui que les autres responsables se tournent pour les arbitrages difficiles.',
    'Fixe un cap que suivent plusieurs équipes, et change leur façon de travailler, pas seulement ce qu’elles font.',
    'Fixe le cap de toute l’organisation, et il est reconnu pour cela bien au-delà d’elle.',
  ],

  'rubric.cell.research-scientist.core-question': [
    'Travaille sur une question de recherche posée par un chercheur confirmé, et sait dire quel résultat y répondrait.',
    'Transforme un problème posé en hypothèses testables, et choisit lesquelles tester d’abord après validation par son mentor.',
    'Formule ses propres questions de recherche à partir de la littérature, chacune avec le résultat qui la trancherait.',
    'Définit les questions ouvertes d’un domaine et explique par écrit pourquoi elles comptent davantage que les autres pistes.',
    'Choisit les problèmes ouverts sur lesquels travaille un groupe, et abandonne les questions qui ne rapportent plus.',
    'Définit des axes de recherche que plusieurs équipes reprennent, chacun fondé sur les travaux antérieurs et sur de premiers résultats.',
    'Nomme les questions ouvertes sur lesquelles l’organisation parie pour des années, et la communauté scientifique lui demande de les formuler.',
  ],
  'rubric.cell.research-scientist.output': [
    'Apporte des analyses et rédige des sections d’un article piloté par un chercheur confirmé.',
    'Rédige un résultat qui lui est propre sous forme d’article de workshop ou de rapport interne, relu par son mentor avant diffusion.',
    'Publie des articles en premier auteur ou de nouvelles méthodes qui résistent à l’évaluation par les pairs.',
    'Porte une série de publications, de nouvelles méthodes ou de nouveaux benchmarks que d’autres groupes adoptent et citent.',
    'Produit des méthodes inédites ou de nouveaux benchmarks adoptés bien au-delà de son propre groupe.',
    'Publie des résultats sur lesquels d’autres laboratoires s’appuient, avec des articles qui font référence sur leur sujet.',
    'Produit des avancées majeures, ou un ensemble de travaux qui sert de point de repère au domaine.',
  ],
  'rubric.cell.research-scientist.optimizes-for': [
    'Présente ses résultats avec rigueur scientifique : énonce chaque réserve et rapporte aussi les résultats négatifs.',
    'Choisit ses idées pour leur nouveauté, et confronte un résultat aux travaux antérieurs avant de le dire nouveau.',
    'Choisit des problèmes où un résultat nouveau compterait, et mesure l’avancée à ce qui a été appris plutôt qu’à ce qui a été construit.',
    'Oriente un domaine vers l’impact scientifique, en accordant plus de poids à la reprise d’un résultat qu’au nombre d’articles qu’il produit.',
    'Maintient les résultats d’un groupe à un niveau de nouveauté et de rigueur que la communauté scientifique reconnaît.',
    'Fixe pour plusieurs équipes le niveau d’exigence en matière d’impact scientifique, et arrête les chantiers qui produisent des articles mais aucun apport durable.',
    'Est jugé sur son impact sur le domaine : des idées, des méthodes et des résultats que d’autres reprennent pendant de nombreuses années.',
  ],
  'rubric.cell.research-scientist.time-horizon': [
    'Planifie son propre travail un mois ou deux à l’avance, au sein d’un projet de recherche qui dure un an ou plus.',
    'Tient un plan sur plusieurs mois pour une question de recherche, et rend compte de ce qui a été écarté autant que de ce qui a marché.',
    'Mène un projet de recherche d’un an ou plus, avec des jalons qui montrent l’avancée avant le résultat final.',
    'Tient le programme de recherche pluriannuel d’un domaine, avec des jalons qu’un évaluateur peut lire.',
    'Mène de front plusieurs paris de long terme, chacun avec un point de décision explicite pour le poursuivre ou l’arrêter.',
    'Planifie la recherche de plusieurs équipes sur plusieurs années, et protège la recherche de long terme des pressions de court terme.',
    'Fixe les paris de recherche pluriannuels de l’organisation et maintient leur financement pendant les années maigres.',
  ],
  'rubric.cell.research-scientist.bridge': [
    'Rédige ses résultats de sorte qu’un collègue puisse les reproduire à partir des seules notes et du seul code.',
    'Remet un résultat abouti aux ingénieurs qui s’appuient dessus, avec ses questions ouvertes et ses limites connues consignées par écrit.',
    'Rédige la passation d’une méthode (ce qu’elle affirme, où elle casse, ce qui montrerait qu’elle marche) et répond aux questions des ingénieurs qui la reprennent.',
    'Convient avec les ingénieurs qui prolongent les méthodes d’un domaine de ce qui compte comme un succès, et les cite comme coauteurs des articles.',
    'Met en place un échange régulier entre le groupe et ceux qui mènent ses résultats vers l’usage, pour que les questions circulent dans les deux sens.',
    'Décide avec les responsables de l’ingénierie quels résultats sont prêts à sortir du laboratoire, et explique ce choix aux groupes concernés.',
    'Est consulté par les autres dirigeants sur les problèmes ouverts mûrs pour un usage, et fait dialoguer le côté recherche et le côté ingénierie.',
  ],

  'rubric.cell.research-engineer.core-question': [
    'Construit la partie d’une expérience spécifiée par un ingénieur de recherche confirmé, et vérifie qu’elle répond à la question posée.',
    'Transforme une idée proposée en plan d’expérience : quelles exécutions, quelles métriques, et comment distinguer un bug d’une découverte.',
    'Décide de l’infrastructure dont une série d’expériences a besoin pour donner vite des réponses fiables, et la construit.',
    'Porte la manière dont un domaine apprend : sa chaîne d’entraînement, ses suites d’évaluation et les expériences qu’il peut se permettre.',
    'Décide comment un groupe transforme des idées en tests fiables, et quels outils de recherche partagés rendent cela rapide.',
    'Fixe la façon dont plusieurs équipes mènent et comparent leurs expériences, pour qu’un résultat obtenu dans l’une tienne dans une autre.',
    'Décide de la plateforme d’expérimentation sur laquelle l’organisation construit, pour qu’une idée nouvelle obtienne une réponse fiable en quelques jours plutôt qu’en quelques mois.',
  ],
  'rubric.cell.research-engineer.output': [
    'Livre des morceaux testés de code d’entraînement ou d’outillage d’évaluation que d’autres dans l’équipe utilisent.',
    'Construit de bout en bout un pipeline de données, un banc d’évaluation ou une tâche d’entraînement, avec tests et documentation.',
    'Produit des cadres d’expérimentation ou des jeux de données soignés dont dépendent les résultats de l’équipe.',
    'Porte l’infrastructure d’entraînement ou les suites d’évaluation d’un domaine, et mène des méthodes du prototype jusqu’aux entraînements en taille réelle.',
    'Construit une infrastructure de recherche partagée sur laquelle tournent plusieurs projets, avec la trace des résultats qu’elle a rendus possibles.',
    'Porte des méthodes bien au-delà de leur première version, et construit les systèmes qui permettent à plusieurs équipes d’entraîner des modèles de cette taille.',
    'Produit les systèmes de ML centraux sur lesquels l’organisation entraîne et évalue, à une échelle que peu d’équipes atteindraient seules.',
  ],
  'rubric.cell.research-engineer.optimizes-for': [
    'Garde ses exécutions reproductibles : graines fixées, versions figées et résultats qu’un autre ingénieur peut relancer.',
    'Raccourcit le temps entre l’idée et le résultat pour ses propres expériences, et sait montrer de combien.',
    'Suit la vitesse d’expérimentation et la reproductibilité d’un chantier, et corrige ce qui les freine.',
    'Fixe pour un domaine des objectifs de vitesse d’itération et de reproductibilité des résultats, et les atteint.',
    'Arbitre entre vitesse et fiabilité dans les expériences d’un groupe : des ablations peu coûteuses quand elles suffisent, des entraînements complets sinon.',
    'Fixe des normes de reproductibilité que plusieurs équipes adoptent, et suit la vitesse à laquelle leurs expériences aboutissent.',
    'Est jugé sur la vitesse à laquelle toute l’organisation peut tester une idée de façon fiable : la vitesse d’expérimentation à l’échelle du laboratoire.',
  ],
  'rubric.cell.research-engineer.time-horizon': [
    'Découpe ses tâches en étapes de quelques jours, au sein d’un programme d’expériences qui dure des mois.',
    'Planifie un composant sur un à trois mois, et prévient tôt quand un entraînement ou un jeu de données prendra du retard.',
    'Planifie le travail d’infrastructure un trimestre ou deux à l’avance, et le garde utile à mesure que les questions posées changent.',
    'Tient le plan d’infrastructure d’un domaine pour les six à douze prochains mois, lié aux expériences qu’il doit permettre.',
    'Planifie le travail sur la plateforme de recherche d’un groupe un an à l’avance, par étapes qui rapportent chacune par elles-mêmes.',
    'Planifie l’infrastructure partagée de plusieurs équipes sur un an ou deux, et retire ce qui ne vaut plus ce qu’il coûte.',
    'Fixe un plan à un ou deux ans pour l’infrastructure d’entraînement de l’organisation, aligné sur les expériences attendues ensuite.',
  ],
  'rubric.cell.research-engineer.bridge': [
    'Travaille avec les chercheurs dont il teste les idées, et leur rend compte de ce que chaque exécution a montré.',
    'Transforme des idées de recherche en expériences qui tournent sur le cluster de l’équipe, et signale les manques qu’il trouve.',
    'Traduit des résultats de recherche en un système sur lequel d’autres peuvent bâtir : le code, les évaluations et une note sur ses points de rupture.',
    'Convient avec les chercheurs d’un domaine de ce qu’une méthode doit montrer avant d’aller plus loin, et avec les ingénieurs de ce qu’ils reçoivent.',
    'Appuie les équipes de recherche d’un groupe avec une interface écrite : ce qu’un résultat doit montrer avant d’être repris, et qui le reçoit.',
    'Conçoit pour plusieurs équipes le passage des résultats de l’idée au système qui fonctionne, et supprime les étapes où ils s’enlisent.',
    'Construit la passerelle de l’organisation entre les résultats du laboratoire et les systèmes qui fonctionnent, et c’est vers lui que les deux côtés se tournent quand elle cède.',
  ],

  'rubric.cell.ai-engineer.core-question': [
    'Livre une partie définie d’une fonctionnalité, et sait dire comment elle sera vérifiée en production.',
    'Mène une fonctionnalité du ticket à la mise en production, en choisissant comment utiliser un modèle existant pour le cas d’usage.',
    'Décide comment une fonctionnalité est construite pour être livrée de façon fiable : quel modèle ou quelle API, quels prompts, quelles solutions de repli.',
    'Porte la manière dont un domaine produit atteint les utilisateurs de façon fiable : son chemin de mise en service, ses limites et ce qui se passe quand un modèle se comporte mal.',
    'Fixe la façon dont un groupe livre des fonctionnalités d’IA : ce qui doit être vrai avant un lancement, et ce qu’on surveille après.',
    'Fixe des pratiques communes à plusieurs équipes pour livrer des fonctionnalités d’IA, pour qu’aucune ne résolve deux fois le même problème.',
    'Décide quels problèmes des utilisateurs l’organisation résout par l’IA dans ses produits, et lesquels elle laisse de côté, selon ce qu’y gagnent les utilisateurs et l’entreprise.',
  ],
  'rubric.cell.ai-engineer.output': [
    'Livre de petites modifications d’un service en production, avec des tests et un moyen de revenir en arrière.',
    'Livre des fonctionnalités de bout en bout : le code, l’intégration et la supervision qui montre qu’elles marchent.',
    'Livre des fonctionnalités d’IA sur lesquelles les utilisateurs comptent, et mène des tests A/B qui montrent ce qu’elles ont changé.',
    'Porte un service d’IA en production et les fonctionnalités bâties dessus, avec des tests A/B gagnants que l’équipe peut citer.',
    'Livre des services sur lesquels plusieurs équipes produit bâtissent leurs fonctionnalités.',
    'Livre des systèmes qui portent une large part du trafic ou du chiffre d’affaires du produit, et les garde en bonne santé.',
    'Livre les capacités d’IA qui font la réputation de l’entreprise, et les services partagés sur lesquels le reste de l’organisation bâtit.',
  ],
  'rubric.cell.ai-engineer.optimizes-for': [
    'Corrige les problèmes de latence, d’erreurs et de coût qu’on lui signale, et vérifie chaque correction dans la supervision de production.',
    'Surveille la latence, le coût et le taux d’erreur de ce qu’il livre, et garde chacun dans sa cible.',
    'Fixe des objectifs de niveau de service pour ses fonctionnalités et les tient : disponibilité, latence, coût par requête.',
    'Fait progresser les indicateurs produit d’un domaine, comme la conversion ou la rétention, tout en tenant la latence et le coût dans le budget.',
    'Arbitre entre fiabilité, coût et rythme de livraison sur les services d’un groupe, et chiffre chaque arbitrage.',
    'Fixe les objectifs de fiabilité et de coût que suivent plusieurs équipes, rattachés aux indicateurs business.',
    'Est jugé sur ce que l’IA apporte à l’entreprise (chiffre d’affaires, rétention, coûts évités), avec la disponibilité qu’attendent les clients.',
  ],
  'rubric.cell.ai-engineer.time-horizon': [
    'Travaille par étapes de quelques jours, avec une modification en production toutes les semaines ou toutes les deux semaines.',
    'Planifie son travail sprint par sprint et tient ses engagements.',
    'Planifie une fonctionnalité sur quelques semaines à un trimestre, avec des livraisons intermédiaires.',
    'Tient la feuille de route d’un domaine pour le trimestre suivant, et l’ajuste à ce que disent les utilisateurs et les données.',
    'Planifie les services d’un groupe deux trimestres à l’avance sans perdre le rythme régulier des livraisons.',
    'Planifie le travail d’IA du produit pour plusieurs équipes sur les deux ou trois prochains trimestres, et abandonne ce qui ne rapporte plus.',
    'Fixe le plan annuel de l’IA dans le produit, et garde une livraison régulière d’une version à l’autre.',
  ],
  'rubric.cell.ai-engineer.bridge': [
    'Demande à ceux qui ont construit un modèle comment il se comporte avant de l’utiliser, et signale les défaillances qu’il voit en production.',
    'Fait d’une méthode validée par quelqu’un d’autre une fonctionnalité, et note par écrit où elle n’a pas suffi pour les utilisateurs.',
    'Fournit à ceux qui conçoivent les méthodes les données de production et les cas d’échec dont ils ont besoin, et met leur version suivante en production.',
    'Convient avec l’amont des méthodes qu’un domaine met en production, et de ce que chacune doit montrer avant le lancement.',
    'Met en place la boucle qui remonte des utilisateurs jusqu’à ceux qui construisent les modèles : ce qui a échoué, pour qui et à quelle fréquence.',
    'Décide avec les responsables de la recherche quels résultats passer en production dans plusieurs équipes, et planifie le travail d’intégration.',
    'Veille à ce que les enseignements du laboratoire puissent atteindre les clients, et à ce que ceux des clients remontent jusqu’au laboratoire.',
  ],

  'rubric.recognition.research-scientist': [
    'Ses résultats sont rédigés là où toute l’équipe les lit, pas seulement dans un canal de recherche.',
    'Un de ses résultats de recherche est présenté à la revue de l’équipe avec ses preuves, comme tout autre travail.',
    'Ses articles et ses méthodes comptent pour la promotion autant que tout autre travail sous le titre commun.',
    'Le domaine qu’il pilote a ses propres objectifs de recherche dans le plan, et il est évalué sur des résultats de recherche.',
    'Le temps et le budget de recherche de son groupe sont protégés par écrit, et il rend compte de leur usage.',
    'À ce niveau, la recherche a des responsables nommés sous le titre commun, qui ont leur mot à dire sur ce que l’organisation construit ensuite.',
    'La recherche dont il fixe le cap fait partie de la façon dont l’organisation se présente ; ce n’est pas une activité annexe.',
  ],
  'rubric.recognition.research-engineer': [
    'Ses corrections d’infrastructure sont créditées nommément dans les résultats qu’elles ont rendus possibles.',
    'Les expériences qu’il a construites figurent, avec son nom, à côté des résultats qu’elles ont produits.',
    'Le travail de passerelle dont il a la charge est évalué selon ses propres critères : vitesse d’expérimentation, reproductibilité et méthodes portées jusque dans les systèmes.',
    'Il est cité comme contributeur à part égale des résultats que ses systèmes ont rendus possibles.',
    'L’infrastructure de recherche de son groupe a ses propres objectifs dans le plan, pas seulement les demandes des autres.',
    'Piloter la passerelle entre plusieurs équipes ouvre la voie aux plus hauts niveaux du titre commun ; ce n’est pas un rôle de service.',
    'La plateforme d’expérimentation dont il fixe le cap est traitée comme un actif central de l’organisation, avec son propre responsable.',
  ],
  'rubric.recognition.ai-engineer': [
    'Ce qu’il a livré est présenté à la revue de l’équipe avec son effet sur les utilisateurs.',
    'Ses fonctionnalités comptent pour leur effet mesuré, pas seulement pour l’effort fourni.',
    'Les systèmes de production dont il a la charge comptent à l’évaluation autant que tout autre travail sous le titre commun.',
    'Les indicateurs produit de son domaine sont évalués en nommant les personnes qui les ont fait progresser.',
    'Le travail de fiabilité qui évite des incidents est pris en compte, pas seulement les lancements que tout le monde voit.',
    'Piloter la façon dont l’IA est livrée dans plusieurs équipes ouvre la voie aux plus hauts niveaux du titre commun.',
    'Ce que l’IA rapporte à l’entreprise est présenté en nommant les personnes qui en sont à l’origine, niveau par niveau.',
  ],

  'rubric.interface.research-scientist.research-engineer':
    'Une méthode avec ce qu’elle affirme, le résultat qui montrerait qu’elle marche et un premier code, remise dès que l’idée tient sur un petit problème.',
  'rubric.interface.research-engineer.research-scientist':
    'Des résultats d’expériences auxquels le chercheur peut se fier (exécutions reproductibles, données utilisées, pistes écartées), après chaque série d’expériences convenue.',
  'rubric.interface.research-engineer.ai-engineer':
    'Une méthode passée à l’échelle et empaquetée avec ses évaluations, ses limites connues et son coût d’exécution, une fois qu’elle atteint le niveau convenu pour sortir du laboratoire.',
  'rubric.interface.ai-engineer.research-engineer':
    'Ce qui s’est passé en production (cas d’échec, données que les utilisateurs ont accepté de partager, latence et coût observés), à un rythme fixe, et immédiatement quand un modèle fait défaut aux utilisateurs.',

  'rubric.error.role': (value: string, allowed: readonly string[]) =>
    `rôle inconnu ${value} ; choisissez parmi : ${allowed.join(', ')}`,
  'rubric.error.regime': (value: string, allowed: readonly string[]) =>
    `organisation des titres inconnue ${value} ; choisissez parmi : ${allowed.join(', ')}`,
  'rubric.error.levels': (value: string, min: number, max: number) =>
    `le nombre de niveaux (levels) doit être un entier de ${min} à ${max}, et non ${value}`,
};
