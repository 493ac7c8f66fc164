// Le texte de l'application web en français.
import type { Messages } from './en.ts';

const rules = new Intl.PluralRules('fr');
/** Singulier ou pluriel à la française : 0 et 1 sont au singulier. */
const plural = (n: number, one: string, other: string) => (rules.select(n) === 'one' ? one : other);
const FEMININE = [
  'Aucune',
  'Une',
  'Deux',
  'Trois',
  'Quatre',
  'Cinq',
  'Six',
  'Sept',
  'Huit',
  'Neuf',
];
const MASCULINE = ['Aucun', 'Un', ...FEMININE.slice(2)];
/** Un petit nombre en toutes lettres, en début de phrase : « Cinq questions », « Trois rôles ». */
const countWord = (n: number, feminine = true) => (feminine ? FEMININE : MASCULINE)[n] ?? String(n);
/** Le même en milieu de phrase : « les cinq dimensions ». */
const smallCount = (n: number, feminine = true) => countWord(n, feminine).toLowerCase();
const questions = (n: number) => plural(n, 'question', 'questions');
/** Un nombre de réponses en chiffres : « 1 réponse », « 12 réponses ». */
const countedAnswers = (n: number) => `${n} ${plural(n, 'réponse', 'réponses')}`;
/** Un nombre de réponses à changer : « une réponse », « 3 réponses ». */
const answers = (n: number) => (n === 1 ? 'une réponse' : countedAnswers(n));
/** Un nom de rôle ou de type de travail en milieu de phrase : « ingénieur IA », « à dominante R&D ». */
const lc = (name: string) => name.replace(/^\p{Lu}(?=\p{Ll}|\s)/u, (c) => c.toLowerCase());
/** « de » devant un mot, élidé devant une voyelle ou un h : « d’ingénieur IA ». */
const de = (word: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(word) ? `d’${word}` : `de ${word}`);
const ANOTHER_ROLE = 'un autre rôle';
/** Pourquoi les réponses d'une équipe apparaissent par lots (deux messages finissent ainsi). */
const NO_DIFFERENCING =
  'pour qu’on ne puisse pas isoler les réponses de quelqu’un en comparant la carte avant et après.';

export const fr: Messages = {
  'page.description': (questionCount: number) =>
    `Quel rôle votre travail d’IA demande-t-il : chercheur, ingénieur de recherche ou ingénieur IA ? ${countWord(questionCount)} ${questions(questionCount)}, une minute, et des conseils pour évaluer le poste et choisir les titres.`,
  'page.skip': 'Aller au contenu',
  'page.noscript':
    'rolefit a besoin de JavaScript pour faire tourner le questionnaire et afficher les résultats.',
  'page.noscript.teams': 'Le mode équipe de rolefit a besoin de JavaScript.',
  'page.noscript.admin':
    'Le tableau de bord du propriétaire a besoin de JavaScript pour dessiner ses graphiques.',
  'page.noscript.analyze':
    'L’analyseur tourne dans votre navigateur et a besoin de JavaScript. Sans lui, passez par la ligne de commande (<code>rolefit analyze posting.txt</code>) ou par <code>POST /api/analyze</code>.',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit : quel rôle ce travail demande-t-il ?',
  'page.result.title': 'Votre résultat',
  'page.framework.title': 'Le cadre',
  'page.notFound.title': 'Page introuvable',
  'page.admin.title': 'Tableau de bord du propriétaire',
  'page.analyze.title': 'Analyser une offre d’emploi',
  'page.analyze.description':
    'Collez une offre d’emploi ou une grille d’évaluation : quel rôle d’IA décrit-elle vraiment, et évalue-t-elle sur la mauvaise colonne ? L’analyse se fait dans votre navigateur ; le texte n’est jamais envoyé.',
  'page.teams.title': 'Mode équipe',
  'page.teams.description':
    'Cartographiez le travail d’IA de votre équipe : les membres répondent au questionnaire, et vous voyez le centre de gravité et s’il vaut mieux des filières séparées ou un titre unique.',
  'page.team.title': 'Tableau de bord de l’équipe',
  'page.team.description':
    'La carte de votre équipe : centre de gravité, organisation des titres et répartition des effectifs.',
  'page.join.title': 'Rejoindre votre équipe',
  'page.join.description':
    'Répondez au questionnaire rolefit sur votre propre semaine, pour la carte de votre équipe.',
  'page.rubric.title': 'Grille d’évaluation',
  'page.rubric.description':
    'Une grille d’évaluation pour chercheurs, ingénieurs de recherche ou ingénieurs IA : les niveaux, ce sur quoi évaluer le travail et ce sur quoi ne pas l’évaluer, en filières séparées ou sous un titre unique. À télécharger en Markdown, CSV ou JSON.',
  'page.noscript.rubric': 'La grille est rédigée dans votre navigateur et a besoin de JavaScript.',
  'page.check.title': 'Vérifier offre, grille et échelle',
  'page.check.description':
    'Collez une offre d’emploi, une grille d’évaluation et une échelle de carrière : évaluent-elles toutes le même rôle en IA, niveau par niveau ? Tout se passe dans votre navigateur ; rien n’est envoyé.',
  'page.noscript.check':
    'La vérification s’exécute dans votre navigateur et a besoin de JavaScript. Sans lui, lisez chaque document avec <code>rolefit analyze</code> en ligne de commande.',

  'site.brand': 'rolefit',
  'site.nav.label': 'Navigation principale',
  'site.nav.quiz': 'Questionnaire',
  'site.nav.framework': 'Le cadre',
  'site.nav.teams': 'Équipes',
  'site.nav.analyze': 'Analyser',
  'site.language': 'Langue',
  'site.footer.links': 'rolefit est open source. <a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': 'Il n’y a pas de page ici',
  'notFound.lead': 'L’adresse est peut-être mal saisie, ou la page a été déplacée.',
  'notFound.quiz': 'Répondre au questionnaire',
  'notFound.framework': 'Lire le cadre',

  'quiz.count': (n: number) => `${countWord(n)} ${questions(n)}`,
  'quiz.count.optional': (n: number) =>
    `${countWord(n)} ${questions(n)} ${plural(n, 'facultative', 'facultatives')}`,
  'quiz.step.title': (n: number, of: number) => `Question ${n} sur ${of}`,
  'quiz.intro.eyebrow': (questionCount: number) =>
    `${countWord(questionCount)} ${questions(questionCount)} · environ une minute`,
  'quiz.intro.what':
    'Vous saurez où se situe le travail entre chercheur, ingénieur de recherche et ingénieur IA, sur quoi évaluer ce rôle (et sur quoi ne pas l’évaluer), et si des filières séparées ou un titre unique conviennent à l’équipe.',
  'quiz.intro.note':
    'C’est un conseil sur le travail, pas un jugement sur une personne : merci de ne pas vous en servir pour filtrer des candidats.',
  'quiz.intro.start': 'Commencer le questionnaire',
  'quiz.intro.continue': 'Reprendre là où vous en étiez',
  'quiz.intro.restart': 'Recommencer',
  'quiz.intro.keys': (maxKey: number) =>
    `Clavier : <kbd>1</kbd>–<kbd>${maxKey}</kbd> pour choisir une réponse, <kbd>Enter</kbd> pour continuer, <kbd>Backspace</kbd> pour revenir en arrière.`,
  'quiz.hint.pick': 'Choisissez une réponse pour continuer.',
  'quiz.context.lead':
    'Elles ne changent pas le résultat. Elles montrent si le titre et les indicateurs d’évaluation en place aujourd’hui correspondent au travail.',
  'quiz.finish': 'Voir le résultat',
  'quiz.next': 'Suivant',
  'quiz.back': 'Retour',
  'quiz.skip': 'Passer',
  'quiz.skip.clear': 'Effacer et passer',

  'result.title': (headline: string) => `${headline} · résultat rolefit`,
  'result.title.twoJobs': (roles: string) => `Deux postes : ${roles}`,
  'result.title.between': 'Entre deux rôles',
  'result.roles.plus': (a: string, b: string) => `${a} + ${b}`,
  'result.problem.retake':
    'Un résultat tient tout entier dans son lien, donc rien n’est perdu : répondez de nouveau au questionnaire et vous en obtiendrez un nouveau.',
  'result.problem.quiz': 'Répondre au questionnaire',
  'result.problem.none.title': 'Aucun résultat à afficher',
  'result.problem.none.lead':
    'Cette page affiche un résultat quand son lien contient les réponses, et celui-ci n’en contient aucune.',
  'result.problem.broken.title': 'Ce lien de résultat ne fonctionne pas',
  'result.problem.missing': 'Il manque des réponses dans ce lien de résultat.',
  'result.problem.invalid': (message: string) =>
    `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
  'result.hero.twoJobs.eyebrow': 'Cette semaine contient deux postes',
  'result.hero.between.eyebrow': 'Ce travail se situe entre',
  'result.hero.between.title': (a: string, b: string) => `${a} et ${lc(b)}`,
  'result.hero.callsFor.eyebrow': (_role: string) => 'Le rôle que demande ce travail',
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `La recherche ouverte occupe ${research} de cette semaine et la livraison du produit ${product}, ${rnd ? `reliées par seulement ${rnd} de travail de passerelle` : 'sans aucun travail de passerelle pour les relier'} (l’ingénierie de recherche). Une moyenne des réponses tomberait vers le milieu, du côté de l’ingénieur de recherche, mais ${rnd ? 'presque rien' : 'rien'} du travail ne s’y trouve : ce sont deux postes différents.`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': 'Ce travail',
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `Une seule réponse en ferait ${role} : « ${prompt} » → « ${label} ».`,
  'result.hero.mix.twoJobs':
    'De la recherche et du travail produit, avec peu de chose entre les deux. La répartition :',
  'result.hero.mix': (work: string) => `Travail ${lc(work)}. La répartition :`,
  'result.hero.mix.label': 'Parts du travail par colonne',
  'result.confidence.badge': (band: string, share: string) =>
    `Confiance ${band.toLowerCase()} · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `La partie ${lc(role)} est la plus grande, de ${points} ${plural(points, 'point', 'points')}.`,
  'result.confidence.split.even': 'Les deux parties ont la même taille.',
  'result.confidence.between.leader': (role: string) =>
    `Le travail ${de(lc(role))} occupe un peu plus de la semaine.`,
  'result.confidence.between.even': 'Les deux occupent la semaine à parts égales.',
  'result.confidence.another': ANOTHER_ROLE,
  'result.confidence.sentences': (first: string, second: string) => `${first} ${second}`,
  'result.confidence.distance': (changes: number, role: string) =>
    `Il suffirait de changer ${answers(changes)} pour que ${role === ANOTHER_ROLE ? role : `le rôle ${de(lc(role))}`} passe en tête.`,
  'result.actions.copyLink': 'Copier le lien',
  'result.actions.linkCopied': 'Lien copié.',
  'result.actions.linkFailed': 'La copie a échoué : le lien se trouve dans la barre d’adresse.',
  'result.actions.copyBrief': 'Copier la fiche',
  'result.actions.briefCopied': 'Fiche de poste copiée en Markdown.',
  'result.actions.briefFailed': 'La copie a échoué ; essayez Télécharger la fiche.',
  'result.actions.download': 'Télécharger la fiche (.md)',
  'result.actions.downloaded': 'Fiche de poste téléchargée.',
  'result.actions.print': 'Imprimer ou enregistrer en PDF',
  'result.actions.retake': 'Refaire le questionnaire',
  'result.titling.heading': (regime: string) => `Titres : ${lc(regime)}`,
  'result.titling.twoJobs':
    'C’est la ligne du tableau qui correspond à la partie principale. Avec deux postes en un, réglez d’abord les options ci-dessus : chaque rôle séparé aura alors sa propre ligne.',
  'result.grading.twoJobs.heading': 'Deux postes en un : comment les évaluer, et comment en sortir',
  'result.grading.heading': 'Comment évaluer ce rôle',
  'result.grading.trap':
    'Le piège courant, c’est de juger un rôle sur les indicateurs d’une autre colonne : un chercheur sur la disponibilité, un ingénieur produit sur ses articles.',
  'result.mismatches.heading': 'Vérifier le titre et les indicateurs actuels',
  'result.why.heading': 'Pourquoi : l’effet de chaque réponse',
  'result.why.note':
    'À gauche du centre, une réponse tire vers le chercheur ; à droite, vers l’ingénieur IA.',
  'result.change.heading': 'Ce qui changerait le résultat',
  'result.change.note':
    'Pour chacun des autres rôles, le plus petit nombre de réponses à changer pour que le résultat désigne ce rôle seul : ni entre deux rôles, ni deux postes en un.',
  'result.change.role': (role: string, changes: number) =>
    `<strong>Pour n’obtenir que le rôle ${de(lc(role))}</strong> : changer ${answers(changes)}.`,
  'result.change.arrow': ' → ',
  'pulls.middle': 'Reste au milieu',
  'pulls.strong.research': 'Tire nettement vers la recherche',
  'pulls.strong.product': 'Tire nettement vers le produit',
  'pulls.slight.research': 'Tire légèrement vers la recherche',
  'pulls.slight.product': 'Tire légèrement vers le produit',
  'pulls.answer': (label: string) => `« ${label} »`,
  'pulls.alone': (role: string) => `À elle seule, cette réponse désigne : ${lc(role)}.`,

  'column.research': 'Recherche',
  'column.rnd': 'R&D',
  'column.product': 'Produit',
  'mix.legend': (column: string, share: string) => `${column} ${share}`,
  'grading.on': 'Évaluer sur',
  'grading.off': 'Ne pas évaluer sur',
  'fit.fits': 'Adapté',
  'fit.works': 'Fonctionne',
  'fit.risky': 'Risqué',
  'fit.overhead': 'Surcoût',
  'grid.risk': 'Risque accepté',
  'grid.manage': 'Comment le limiter',
  'grid.example': 'En pratique',
  'grid.other': (regime: string) => `Et l’option « ${lc(regime)} » ?`,
  'grid.caption': 'Comment chaque organisation des titres convient à chaque type de travail',
  'grid.work': 'Travail dominant',
  'grid.thisWork': 'Ce travail',
  'grid.recommended': 'Recommandé',
  'spectrum.line':
    'Le spectre qui va de chercheur (0) à ingénieur IA (1), en passant par ingénieur de recherche (0,5).',
  'spectrum.marker': (label: string, position: string) => ` ${label} : ${position}.`,
  'twoJobs.part': (role: string) => `Partie ${lc(role)}`,
  'twoJobs.share': (share: string, column: string) =>
    `<share>${share}</share> de la semaine, côté ${column}`,
  'twoJobs.gradePart': (role: string) => `Évaluer la partie ${lc(role)} sur :`,
  'twoJobs.dont': 'Ne pas évaluer sur',
  'twoJobs.risk': (risk: string) => `<strong>Le risque : </strong>${risk}`,
  'twoJobs.ways': 'Comment en sortir',

  'framework.title': (roles: number, regimes: number) =>
    `${countWord(roles, false)} rôles sur une même ligne, ${smallCount(regimes)} façons d’organiser les titres`,
  'framework.lead':
    'Le travail d’IA n’est pas un seul métier. Il va de la recherche qui produit un savoir nouveau à la mise en production de méthodes connues dans des produits fiables, en passant par l’ingénierie qui rend les idées testables à grande échelle. La place de votre travail sur cette ligne décide qui embaucher, sur quoi l’évaluer et comment attribuer les titres dans l’équipe.',
  'framework.roles.heading': (roles: number) =>
    `Le spectre : ${smallCount(roles, false)} rôles de référence`,
  'framework.roles.lead': (roles: number) =>
    `Le travail réel tombe rarement pile sur un rôle de référence. Voyez les ${smallCount(roles, false)} rôles comme des points sur une ligne, et le travail comme une position entre eux.`,
  'framework.roles.aliases': (aliases: readonly string[]) => `Aussi appelé : ${aliases.join(', ')}`,
  'framework.dimensions.heading': (dimensions: number) =>
    `${countWord(dimensions)} dimensions côte à côte`,
  'framework.dimensions.lead': (dimensions: number) =>
    `Les rôles diffèrent sur les ${smallCount(dimensions, false)} mêmes points. Le questionnaire pose une question sur chacun, toujours à propos du travail.`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `Les ${smallCount(roles, false)} rôles sur chacune des ${smallCount(dimensions)} dimensions`,
  'framework.grading.heading': 'L’évaluation, et le piège',
  'framework.grading.lead':
    'Chaque rôle a sa propre mesure d’une bonne année. Le piège consiste à évaluer un rôle sur les indicateurs d’une autre colonne : des objectifs de disponibilité étouffent l’exploration pour laquelle on a embauché un chercheur, et un nombre d’articles ne dit rien de ce qu’un ingénieur produit a livré. L’ingénieur de recherche n’entre dans aucune des deux colonnes, et c’est pourquoi il est si souvent mal évalué.',
  'framework.grading.off': 'Pas sur',
  'framework.grid.heading': 'Le tableau : type de travail × organisation des titres',
  'framework.grid.lead': (regimes: number) =>
    `${countWord(regimes)} organisations possibles : des filières séparées, avec leurs propres titres et échelles de carrière, ou un titre unique pour tout le monde. Chacune convient mieux à certains types de travail qu’à d’autres.`,
  'framework.grid.row': (work: string, summary: string) =>
    `${work} : <summary>${summary}</summary>`,
  'framework.choose.heading': 'Comment choisir',
  'framework.choose.describe':
    '<strong>Décrivez le travail, pas les personnes. </strong>Regardez ce qui occupe l’essentiel de la semaine : la question à laquelle il répond, ce qu’il produit, ce qu’un bon mois fait progresser, le temps qu’il faut pour savoir, et qui vous embaucheriez pour le faire.',
  'framework.choose.place': (dimensions: number) =>
    `<strong>Placez-le sur la ligne. </strong>Chacune de ces ${smallCount(dimensions)} réponses tire vers une extrémité ou vers le milieu. Le résultat est une position, et près d’une frontière il dit honnêtement « entre deux ».`,
  'framework.choose.centre':
    '<strong>Trouvez le centre de gravité. </strong>Pour une équipe, combinez le travail de chacun. Le type de travail qui a la plus grande part décide de la ligne du tableau où vous vous trouvez.',
  'framework.choose.regime':
    '<strong>Choisissez l’organisation des titres dans cette ligne. </strong>Aucune n’est bonne dans l’absolu ; elle l’est pour un type de travail. Quel que soit votre choix, nommez le risque que vous acceptez et la façon dont vous le limiterez.',
  'framework.choose.grade':
    '<strong>Évaluez chaque rôle sur sa propre colonne. </strong>Pourvoyez délibérément le rôle d’ingénieur de recherche : sous un titre unique, c’est ce que tout le monde finit par faire ; avec des filières séparées, c’est la passerelle qui mène les résultats jusqu’en production.',

  // La grille d’évaluation (/rubric), et les liens qui y mènent depuis un résultat et le cadre.
  'result.rubric': 'Obtenir une grille d’évaluation pour ce rôle',
  'result.rubric.twoJobs': 'Obtenir une grille d’évaluation pour les deux postes',
  'framework.grading.rubric': (role: string) => `Grille d’évaluation pour le rôle ${de(role)}`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels} niveaux · ${regime}`,
  'rubric.tabTitle': (role: string) => `Grille d’évaluation : ${role}`,
  'rubric.lead':
    'Choisissez le rôle, l’organisation des titres et le nombre de niveaux : la grille ci-dessous suit vos choix. Chaque niveau dit ce dont un évaluateur peut vérifier les preuves, et ce sur quoi ne pas évaluer le travail.',
  'rubric.updated': (title: string, levels: number) => `${title}, ${levels} niveaux.`,
  'rubric.form.label': 'Options de la grille',
  'rubric.form.role': 'Rôle',
  'rubric.form.twoJobs': 'Deux postes en un',
  'rubric.form.levels': 'Niveaux',
  'rubric.form.levels.option': (levels: number) => `${levels} niveaux`,
  'rubric.form.regime': 'Organisation des titres',
  'rubric.actions.download': (format: string) => `Télécharger en ${format}`,
  'rubric.actions.downloaded': (format: string) => `Grille téléchargée en ${format}.`,
  'rubric.actions.copy': 'Copier le Markdown',
  'rubric.actions.copied': 'Grille copiée en Markdown.',
  'rubric.actions.copyFailed': 'La copie a échoué ; essayez Télécharger en Markdown.',
  'rubric.checkLink':
    'Vous avez déjà une offre d’emploi ou une échelle de carrière pour ce rôle ? <a>Confrontez-les</a>.',

  'analyze.eyebrow': 'Analyser une offre d’emploi ou une grille d’évaluation',
  'analyze.title': 'Quel rôle ce texte décrit-il vraiment ?',
  'analyze.lead':
    'Collez une offre d’emploi ou une grille d’évaluation des performances. rolefit repère les expressions qui relèvent de la recherche, de la R&D ou du produit, place le travail sur le spectre, et signale un titre ou des critères de mesure qui appartiennent à une autre colonne.',
  'analyze.input.label': 'Offre d’emploi ou grille d’évaluation',
  'analyze.input.hint': (chars: string) =>
    `Le texte brut convient le mieux ; les titres et les listes à puces aident. Les ${chars} premiers caractères sont lus.`,
  'analyze.input.placeholder':
    'Collez ici le texte d’une offre d’emploi ou d’une grille d’évaluation…',
  'analyze.privacy':
    '<strong>Confidentiel par conception : </strong>le texte est analysé ici, dans votre navigateur, et n’est jamais envoyé à un serveur ni conservé.',
  'analyze.example.try': 'Essayer un exemple',
  'analyze.example.shown': (n: number, of: number, name: string) =>
    `Exemple ${n} sur ${of} : ${name}.`,
  'analyze.example.wrongMetrics': 'une offre produit évaluée sur les articles',
  'analyze.example.titleMismatch': 'un titre de « scientist » sur du travail produit',
  'analyze.example.researchEngineer': 'une offre d’ingénieur de recherche',
  'analyze.example.rubric': 'une grille d’évaluation pour des chercheurs',
  'analyze.example.ladder':
    'une échelle de carrière dont un niveau est évalué sur la mauvaise colonne',
  'analyze.clear': 'Effacer',
  'analyze.empty.heading': 'Rien à analyser pour l’instant',
  'analyze.otherLanguage.heading': 'Pour l’instant, uniquement les offres en anglais',
  'analyze.otherLanguage.lead':
    'Ce texte ne semble pas être en anglais. L’analyseur ne lit que les offres et grilles d’évaluation en anglais : les offres dans d’autres langues ne sont pas encore analysées, il n’affiche donc aucun résultat plutôt qu’un résultat faux.',
  'analyze.empty.lead':
    'Collez une offre d’emploi ou une grille d’évaluation ci-dessus, ou essayez un exemple. L’analyse s’affiche ici au fil de la saisie : le rôle que demande le travail, les expressions qui le montrent, et les éventuelles alertes d’évaluation sur la mauvaise colonne.',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}, confiance ${band.toLowerCase()}, ${flags === 0 ? 'aucune alerte' : `${flags} ${plural(flags, 'alerte', 'alertes')}`}.`,
  'analyze.status.between': (a: string, b: string) => `Entre ${lc(a)} et ${lc(b)}`,
  'analyze.status.notEnough':
    'Impossible de se prononcer : collez les missions et le profil recherché de l’offre.',
  'analyze.kind.posting': 'offre d’emploi',
  'analyze.kind.rubric': 'grille d’évaluation',
  'analyze.summary.eyebrow': (kind: string) => `Le rôle que décrit cette ${kind}`,
  'analyze.summary.eyebrow.between': (kind: string) => `Cette ${kind} se situe entre`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) => `Cette ${kind} demande deux postes en un`,
  'analyze.summary.larger': (role: string, share: string) =>
    ` La partie principale : ${lc(role)}, ${share} du travail.`,
  'analyze.summary.closest': (role: string) => ` Rôle de référence le plus proche : ${lc(role)}.`,
  'analyze.summary.title': (column: string) =>
    ` Le titre « <title></title> » désigne un travail côté ${column}.`,
  'analyze.summary.title.noColumn':
    ' Le titre « <title></title> » ne désigne aucune colonne de travail.',
  'analyze.summary.noTitle': ' Aucune ligne de titre trouvée.',
  'analyze.summary.marker': (position: string) => `Ce texte · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) =>
    `Moyenne des deux extrémités · ${position}`,
  'analyze.summary.work': (work: string) => `Le travail : ${lc(work)}`,
  'analyze.summary.work.twoJobs':
    'Le travail : recherche et produit, avec peu de travail de passerelle entre les deux',
  'analyze.summary.measuredOn': (work: string) => `Ce sur quoi il est évalué : ${lc(work)}`,
  'analyze.summary.measures.label': 'Parts des critères de mesure par colonne',
  'analyze.flag.titleMismatch': 'Le titre désigne une autre colonne',
  'analyze.flag.wrongColumnMetrics': 'Évalué sur une autre colonne',
  'analyze.flag.twoJobs': 'Deux postes en un',
  'analyze.flag.noEvidence': 'Rien sur quoi s’appuyer',
  'analyze.flag.lowEvidence': 'Peu d’éléments',
  'analyze.flag.truncated': 'Texte tronqué',
  'analyze.flag.binaryLooking': 'Pas un texte rédigé',
  'analyze.flag.levelDrift': 'Niveaux qui dérivent d’une colonne à l’autre',
  'analyze.flag.name': (name: string) => `${name}. `,
  'analyze.flags.heading': 'Alertes',
  'analyze.flags.none.heading': 'Aucune alerte',
  'analyze.flags.none':
    'Le titre et les critères de mesure, quand le texte en donne, concordent avec le travail qu’il décrit.',
  'analyze.notEnough.eyebrow': 'Pas de placement',
  'analyze.notEnough.heading': 'Impossible de se prononcer',
  'analyze.notEnough.reason':
    'Trop peu de choses ici décrivent un travail de recherche, de R&D ou de produit pour le placer.',
  'analyze.notEnough.title':
    'Un titre seul, comme « <title></title> », ne dit pas en quoi consiste le travail : le même titre recouvre des semaines très différentes.',
  'analyze.notEnough.paste': 'Collez davantage de texte, par exemple :',
  'analyze.notEnough.duties': 'les missions : ce que la personne fera d’une semaine à l’autre',
  'analyze.notEnough.requirements': 'le profil recherché : ce qu’il faut savoir ou avoir déjà fait',
  'analyze.notEnough.measures':
    'la façon dont le rôle est mesuré, ou les critères de la grille d’évaluation',
  'analyze.notEnough.note':
    'Aucun rôle, aucune position ni aucune répartition ne s’affiche tant que le texte ne décrit pas le travail : une estimation tirée de quelques mots paraîtrait plus sûre qu’elle ne l’est.',
  'analyze.twoJobs.heading': 'Deux postes en un seul rôle',
  'analyze.evidence.heading': 'Les indices dans votre texte',
  'analyze.evidence.label': 'Votre texte, avec les indices surlignés',
  'analyze.evidence.negated': 'à la forme négative, compte contre',
  'analyze.evidence.measure': 'un critère de mesure',
  'analyze.evidence.zero': 'non compté',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join(', '),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${weight} dans la section ${section}`,
  'analyze.evidence.spoken': (notes: string) => ` (${notes})`,
  'analyze.section.title': 'titre',
  'analyze.section.summary': 'résumé',
  'analyze.section.responsibilities': 'missions',
  'analyze.section.requirements': 'profil recherché',
  'analyze.section.niceToHave': 'atouts',
  'analyze.section.metrics': 'indicateurs',
  'analyze.section.company': 'entreprise',
  'analyze.section.benefits': 'avantages',
  'analyze.section.legal': 'mentions légales',
  'analyze.legend.label': 'Légende',
  'analyze.legend.column': (column: string, phrases: number) =>
    `<column>${column}</column> : ${phrases} ${plural(phrases, 'expression', 'expressions')}`,
  'analyze.legend.negated':
    '<sample>pas de doctorat</sample> Forme négative : compte contre sa colonne',
  'analyze.legend.measure':
    '<sample>articles</sample> Critère de mesure : la façon dont le rôle est évalué',
  'analyze.legend.boilerplate':
    '<sample>Qui sommes-nous</sample> Estompé : texte sur l’entreprise, les avantages ou les mentions légales, qui ne compte pas',
  'analyze.advice.heading': 'Titres et évaluation pour ce travail',
  'analyze.advice.twoJobs': (work: string) =>
    `Ce texte contient deux postes : la ligne du tableau ci-dessous ne donne donc que la moitié de l’histoire. C’est celle du travail ${lc(work)}, la partie principale. Lisez-la à côté du conseil « deux postes en un » ci-dessus.`,
  'analyze.advice.lead': (work: string, regime: string) => `Travail ${lc(work)}, ${lc(regime)} : `,
  'analyze.advice.grid.label': 'Le tableau des titres',
  'analyze.advice.grid.link':
    '<a>Voir le tableau complet sur la page du cadre</a> : comment chaque type de travail s’accorde avec chaque organisation des titres, et les risques à maîtriser.',
  'analyze.advice.grading.twoJobs':
    'Sur quoi évaluer chaque partie, et sur quoi ne pas l’évaluer : voir le conseil « deux postes en un » ci-dessus.',
  'analyze.advice.grading.on': 'Évaluer ce rôle sur',
  'analyze.advice.grading.off': 'Ne pas l’évaluer sur',
  'analyze.checkLink':
    '<a>Vérifier ensemble une offre, une grille et une échelle</a> : évaluent-elles toutes trois le même rôle ?',
  'analyze.levels.heading': 'Niveau par niveau',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `${levels} niveaux, chacun lu à part pour ce qu’évaluent ses critères${wrong === 0 ? '' : wrong === 1 ? ' ; l’un d’eux évalue une autre colonne que celle du rôle' : ` ; ${wrong} d’entre eux évaluent une autre colonne que celle du rôle`}. Choisissez le nom d’un niveau pour voir son texte surligné plus bas.`,
  'analyze.levels.noLadder': 'Autres niveaux',
  'analyze.levels.grades': (column: string) => `Évalue un travail côté ${column}`,
  'analyze.levels.few': 'En dit trop peu pour savoir quelle colonne il évalue',
  'analyze.levels.shares': (level: string) => `${level} : parts de ses critères par colonne`,
  'analyze.levels.shown': (level: string) => `${level} est surligné dans votre texte.`,
  'analyze.suggestions.heading': 'Reformulations proposées',
  'analyze.suggestions.lead': (count: number) =>
    `${count === 1 ? 'Un passage évalue' : `${count} passages évaluent`} une autre colonne que celle du rôle. Voici quoi écrire à la place, en des termes qui mesurent le travail propre au rôle (en anglais, comme le texte où ils reprennent place) :`,
  'analyze.suggestions.item': 'Au lieu de « <from></from> », écrivez « <to></to> »',
  'analyze.suggestions.copy': 'Copier le texte reformulé',
  'analyze.suggestions.copied': 'Copié : votre texte avec toutes les reformulations proposées.',
  'analyze.suggestions.copyFailed':
    'La copie a échoué : le navigateur a refusé l’accès au presse-papiers. Appliquez les reformulations à la main.',

  'check.eyebrow': 'Offre, grille et échelle',
  'check.title': 'Vos documents évaluent-ils le même rôle ?',
  'check.lead':
    'L’offre d’emploi recrute pour un rôle, la grille d’évaluation l’évalue, l’échelle de carrière y fait progresser : toutes trois devraient évaluer la même colonne de travail. Collez-en une ou plusieurs.',
  'check.form.label': 'Documents à vérifier',
  'check.input.hint': (chars: string) =>
    `Remplissez-en un ou plusieurs. Les textes sont lus en anglais, jusqu’à ${chars} caractères chacun.`,
  'check.posting.label': 'Offre d’emploi',
  'check.rubric.label': 'Grille d’évaluation',
  'check.ladder.label': 'Échelle de carrière',
  'check.role.label': 'Le rôle auquel ils sont destinés',
  'check.role.auto': 'Celui que décrit l’offre',
  'check.role.hint':
    'Sans offre, c’est le premier document qui permet de nommer un rôle qui décide.',
  'check.privacy':
    '<strong>Confidentiel par conception : </strong>les textes sont vérifiés ici, dans votre navigateur, et ne sont jamais envoyés à un serveur ni conservés.',
  'check.submit': 'Vérifier',
  'check.empty.heading': 'Rien à vérifier pour l’instant',
  'check.empty.lead':
    'Collez ci-dessus une offre d’emploi, une grille d’évaluation ou une échelle de carrière, ou les trois, puis appuyez sur Vérifier.',
  'check.agree.heading': 'Les documents concordent',
  'check.noRole.heading': 'Aucun rôle de référence',
  'check.mismatches.count': (count: number) => (count === 1 ? 'Un écart' : `${count} écarts`),
  'check.against.asked': (role: string) =>
    `Vérifié par rapport au travail ${de(role)}, le rôle que vous avez choisi.`,
  'check.against.posting': (role: string) =>
    `Vérifié par rapport au travail ${de(role)}, tel que le décrit l’offre d’emploi.`,
  'check.against.rubric': (role: string) =>
    `Vérifié par rapport au travail ${de(role)}, tel que le décrit la grille d’évaluation.`,
  'check.against.ladder': (role: string) =>
    `Vérifié par rapport au travail ${de(role)}, tel que le décrit l’échelle de carrière.`,
  'check.otherLanguage': (document: string) =>
    `${document} : seuls les textes en anglais peuvent être vérifiés pour l’instant, ce texte a donc été laissé de côté.`,
  'check.table.caption': 'Chaque document pris à part',
  'check.table.document': 'Document',
  'check.table.role': 'Se lit comme',
  'check.table.shares': 'Parts du travail',
  'check.table.sharesOf': (document: string) => `${document} : parts du travail par colonne`,
  'check.table.verdict': 'Par rapport au rôle',
  'check.table.agrees': 'Concorde',
  'check.table.few': 'Trop peu d’éléments pour se prononcer',
  'check.mismatches.heading': 'Ce qui ne concorde pas, et comment y remédier',
  'check.gradeOn': (role: string) => `Ce sur quoi évaluer le travail ${de(role)} :`,
  'check.copy.posting': 'Copier l’offre reformulée',
  'check.copy.rubric': 'Copier la grille reformulée',
  'check.copy.ladder': 'Copier l’échelle reformulée',

  'admin.title': 'Tableau de bord du propriétaire',
  'admin.login.lead':
    'Comment les lecteurs répondent au questionnaire sur vos pages : questionnaires terminés, rôles, réponses et endroits où ils abandonnent. Uniquement des agrégats ; aucun lecteur n’est identifié.',
  'admin.login.token': 'Jeton du propriétaire',
  'admin.login.kept':
    'Conservé dans cet onglet uniquement (session storage) et envoyé à ce seul serveur.',
  'admin.login.submit': 'Ouvrir le tableau de bord',
  'admin.login.wrongToken':
    'Ce jeton n’est pas celui du propriétaire. Utilisez ROLEFIT_ADMIN_TOKEN, ou le jeton que le serveur a affiché à son premier démarrage.',
  'admin.offline': 'le serveur n’a pas répondu ; vérifiez la connexion et réessayez',
  'admin.exportFailed': (status: number) =>
    `l’export a échoué (${status}) ; reconnectez-vous et réessayez`,
  'admin.lead':
    'Réponses publiques au questionnaire et événements du parcours, comptés par jour UTC. Les réponses des équipes appartiennent à leur responsable et ne sont pas incluses.',
  'admin.range.from': 'Du',
  'admin.range.to': 'Au',
  'admin.range.page': 'Page',
  'admin.range.allPages': 'Toutes les pages',
  'admin.range.noPage': '(aucune page)',
  'admin.range.show': 'Afficher',
  'admin.range.backwards': 'Le jour de début est postérieur au jour de fin.',
  'admin.export': (format: string) => `Exporter en ${format.toUpperCase()}`,
  'admin.logOut': 'Se déconnecter',
  'admin.figure.completions': (n: number) =>
    plural(n, 'questionnaire terminé', 'questionnaires terminés'),
  'admin.figure.shown': (n: number) =>
    plural(n, 'questionnaire affiché', 'questionnaires affichés'),
  'admin.figure.started': (n: number) => plural(n, 'parcours commencé', 'parcours commencés'),
  'admin.figure.completedShare': 'des questionnaires affichés ont été terminés',
  'admin.question.short': (n: number) => `Q${n}`,
  'admin.funnel.answered': (question: string) => `Réponse à ${question}`,
  'admin.funnel.shown': 'Affiché',
  'admin.funnel.started': 'Commencé',
  'admin.funnel.completed': 'Terminé',
  'admin.completions.heading': 'Questionnaires terminés par jour',
  'admin.completions.chart': 'Questionnaires terminés par jour',
  'admin.funnel.heading': 'Où les parcours s’arrêtent',
  'admin.funnel.note':
    'Parcours du questionnaire arrivés à chaque étape (d’après les événements du parcours).',
  'admin.funnel.chart': 'Parcours par étape',
  'admin.roles.heading': 'Rôles',
  'admin.roles.chart': 'Résultats par rôle',
  'admin.work.heading': 'Travail dominant',
  'admin.work.chart': 'Résultats par type de travail dominant',
  'admin.regimes.heading': 'Organisation des titres',
  'admin.regimes.chart': 'Organisation des titres recommandée',
  'admin.sources.heading': 'Sources',
  'admin.sources.none': 'Aucune page pour l’instant.',
  'admin.sources.chart': 'Questionnaires terminés par page',
  'admin.fields.heading': 'Champs cachés',
  'admin.fields.none':
    'Aucune réponse de cette période n’a encore apporté de champs cachés. Les liens vers le questionnaire avec des paramètres <code>utm_*</code> ou <code>ref</code> en apportent, tout comme l’attribut <code>fields</code> du widget : voir « Hidden fields » dans <code>docs/integrations.md</code>.',
  'admin.fields.caption': (name: string) => `Questionnaires terminés par valeur de ${name}`,
  'admin.fields.completions': (n: number, figure: string) =>
    `${figure} ${plural(n, 'questionnaire terminé', 'questionnaires terminés')}`,
  'admin.fields.value': 'Valeur',
  'admin.fields.completed': 'Terminés (part)',
  'admin.fields.share': (share: string) => `(${share})`,
  'admin.fields.filter': 'Filtre',
  'admin.fields.only': 'N’afficher que celles-ci',
  'admin.fields.onlyLabel': (name: string, value: string) =>
    `N’afficher que celles-ci : réponses avec ${name} = ${value}`,
  'admin.fields.more': (n: number, figure: string) =>
    `et ${figure} ${plural(n, 'autre valeur', 'autres valeurs')}`,
  'admin.filter.only': 'Seulement les réponses avec <name></name> = <value></value>',
  'admin.filter.clear': 'Afficher toutes les réponses',
  'admin.figure.notCounted':
    'non compté pour un champ caché : les événements de la page ne portent pas de champs',
  'admin.funnel.noFields':
    'Le parcours est compté à partir des événements de la page (affiché, commencé, réponse), qui ne portent pas de champs cachés ; il ne peut donc pas être limité à l’un d’eux.',
  'admin.answers.heading': (n: number, prompt: string) => `Q${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `Réponses à la question ${n}`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}. ${figures.join(', ')}`,
  'admin.chart.figure': (label: string, count: number) => `${label} : ${count}`,

  // Organisations (/org) : l’admin d’une organisation réunit les centres de ses équipes, avec l’accord de leurs responsables.
  'org.page.title': 'Organisation',
  'org.page.description':
    'Vos équipes côte à côte : où se situe le travail de chacune, le centre de gravité de l’organisation et le régime de titres qui lui convient.',
  'org.noscript': 'rolefit a besoin de JavaScript pour la page de l’organisation.',
  'org.title': (name: string) => `${name} · organisation rolefit`,
  'org.create.heading': 'Le travail de toutes vos équipes d’un seul coup d’œil',
  'org.create.lead':
    'Créez une organisation, puis ajoutez des équipes avec l’accord de leurs responsables. Vous voyez où se situe le travail de chaque équipe, le centre de gravité de l’organisation et le régime de titres qui lui convient. Seuls les centres des équipes arrivent ici, jamais les réponses d’un membre.',
  'org.create.name': 'Nom de l’organisation',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': 'Créer l’organisation',
  'org.create.noName': 'Donnez un nom à l’organisation.',
  'org.create.creating': 'Création de l’organisation…',
  'org.created.heading': 'Gardez ce lien : c’est la seule clé',
  'org.created.lead':
    'Avec ce lien, n’importe qui peut voir l’organisation, ajouter et retirer des équipes et la supprimer. Il n’est affiché que cette fois : rolefit ne garde qu’une empreinte de son secret et ne peut pas le réafficher. Conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe.',
  'org.created.link': 'Lien d’administration de l’organisation (pour vous seul)',
  'org.problem.create': 'Créer une nouvelle organisation',
  'org.problem.badKey.title': 'Ce lien d’organisation ne fonctionne pas',
  'org.problem.badKey.lead':
    'L’organisation a peut-être été supprimée, ou le lien n’a pas été copié en entier. Rouvrez le lien d’administration complet, ou créez une nouvelle organisation.',
  'org.problem.load': 'L’organisation n’a pas pu se charger',
  'org.count': (teams: number, created: string) =>
    `${teams === 1 ? 'Une équipe' : `${teams} équipes`} · créée le ${created}`,
  'org.empty.heading': 'Aucune équipe ne compte encore',
  'org.empty':
    'Ajoutez une équipe ci-dessous. Dès qu’une équipe a son minimum de réponses, son travail s’affiche ici et l’organisation obtient un centre de gravité et un régime de titres.',
  'org.weighting.legend': 'Pondérer chaque équipe par',
  'org.weighting.responses': 'Réponses',
  'org.weighting.headcount': 'Effectif',
  'org.weighting.byResponses':
    'Pondéré par les réponses : chaque équipe compte pour les réponses dont son centre est tiré.',
  'org.weighting.byHeadcount':
    'Pondéré par l’effectif : chaque équipe compte pour le nombre de personnes indiqué par son responsable.',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `Pondéré par les réponses : pondérer par l’effectif demande l’effectif de chaque équipe qui compte, et ${given} sur ${of} en ont un. Ajoutez de nouveau une équipe avec son effectif pour le lui donner.`,
  'org.verdict.heading': (regime: string) => `Pour l’organisation : ${lc(regime)}`,
  'org.verdict.twoJobs': (work: string) =>
    `L’organisation étant partagée entre les deux extrémités, cette ligne ne donne que la moitié de l’histoire : c’est celle du travail ${lc(work)}. Lisez-la à côté du conseil « deux postes en un » ci-dessous.`,
  'org.twoJobs.heading': 'Votre organisation fait deux métiers, pas un',
  'org.twoJobs.whose': 'centres de ses équipes',
  'org.spectrum.heading': 'Où se situe le travail de chaque équipe',
  'org.spectrum.marker': 'Centre de l’organisation',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `Le centre de chaque équipe sur le spectre, de chercheur scientifique (0) à ingénieur IA (1) : ${teams.join(' ; ')}. Le centre de l’organisation se situe à ${center}.`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}, ${name}, à ${position} (${countedAnswers(responses)})`,
  'org.spectrum.legend':
    'Chaque point est une équipe, numérotée comme dans la liste des équipes ; plus une équipe a de réponses, plus son point est grand. Le repère légendé est le centre de l’organisation.',
  'org.heatmap.heading': 'La répartition du travail, équipe par équipe',
  'org.heatmap.caption':
    'La part du travail de chaque équipe dans chaque colonne ; plus la teinte est forte, plus la part est grande. La plus grande part de chaque ligne est en gras.',
  'org.heatmap.team': 'Équipe',
  'org.heatmap.whole': 'Toute l’organisation',
  'org.notYet': (responses: number, min: number) =>
    `Pas encore assez de réponses (${responses} sur ${min}) : ne compte pas`,
  'org.against.heading': 'Équipes à contre-courant du régime de l’organisation',
  'org.against.lead': (regime: string) =>
    `Le travail propre de ces équipes appellerait un autre régime que « ${lc(regime)} ». Un régime unique crée des frictions pour elles ; voici le risque qu’il fait courir à chacune et comment le gérer.`,
  'org.against.team': (work: string, own: string, org: string) =>
    `Son propre travail est ${lc(work)}, ce qui appellerait « ${lc(own)} ». Sous le régime de l’organisation, « ${lc(org)} » :`,
  'org.against.none': (regime: string) =>
    `Le travail de chaque équipe qui compte appelle aussi « ${lc(regime)} » : un seul régime leur convient à toutes.`,
  'org.teams.heading': 'Équipes',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · ${countedAnswers(responses)}${headcount === null ? '' : ` · ${headcount} ${plural(headcount, 'personne', 'personnes')}`} · poids ${weight}`,
  'org.team.remove': 'Retirer',
  'org.team.remove.name': (name: string) => `Retirer ${name} de l’organisation`,
  'org.team.confirm':
    'Retirer <name></name> de l’organisation ? L’équipe garde son tableau de bord et ses réponses ; son responsable peut l’ajouter de nouveau.',
  'org.team.removeForGood': 'Retirer l’équipe',
  'org.team.keep': 'La garder',
  'org.team.removing': 'Retrait…',
  'org.team.removed': (name: string) => `${name} ne fait plus partie de l’organisation.`,
  'org.add.heading': 'Ajouter une équipe',
  'org.add.lead':
    'Une équipe rejoint l’organisation avec l’accord de son responsable : collez le lien de son tableau de bord, qui contient la clé d’administration de l’équipe. La clé est vérifiée puis oubliée, et l’organisation ne voit que le centre de l’équipe, jamais son tableau de bord ni les réponses de quiconque.',
  'org.add.link': 'Lien du tableau de bord du responsable d’équipe',
  'org.add.link.hint':
    'Le lien reçu par le responsable à la création de l’équipe ; il se termine par #admin=….',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': 'Ou saisissez l’identifiant de l’équipe et son secret d’administration',
  'org.add.id': 'Identifiant de l’équipe',
  'org.add.secret': 'Secret d’administration de l’équipe',
  'org.add.headcount': 'Effectif (facultatif)',
  'org.add.headcount.hint':
    'Combien de personnes compte l’équipe, pour pondérer par l’effectif. Ajouter de nouveau une équipe le met à jour.',
  'org.add.submit': 'Ajouter l’équipe',
  'org.add.adding': 'Ajout de l’équipe…',
  'org.add.added': 'Équipe ajoutée.',
  'org.add.noKey':
    'Collez le lien du tableau de bord du responsable, ou saisissez l’identifiant de l’équipe et son secret.',
  'org.add.notLeadLink':
    'Ce n’est pas le lien du tableau de bord d’un responsable : il devrait se terminer par #admin= suivi de la clé de l’équipe.',
  'org.add.orgLink':
    'C’est le lien d’une organisation, pas celui d’un responsable d’équipe. Demandez au responsable le lien de son tableau de bord.',
  'org.add.badHeadcount':
    'L’effectif est un nombre entier à partir de 1 ; ou laissez le champ vide.',
  'org.add.refused':
    'Aucune équipe n’a cet identifiant et ce secret. Demandez au responsable le lien actuel de son tableau de bord.',
  'org.data.heading': 'Les données de l’organisation',
  'org.data.export':
    'Une ligne par équipe : ses réponses, son poids, sa position, sa répartition du travail, le travail dominant et si elle est à contre-courant du régime de l’organisation. Seulement les centres des équipes, rien sur un membre.',
  'org.data.delete': 'Supprimer l’organisation…',
  'org.data.confirm':
    'Supprimer <name></name> ? Son lien d’administration cessera de fonctionner. Ses équipes restent telles quelles, avec leurs tableaux de bord et leurs réponses.',
  'org.data.deleteForGood': 'Supprimer l’organisation',
  'org.data.keep': 'Garder l’organisation',
  'org.deleted.title': 'Organisation supprimée',
  'org.deleted.lead':
    'Son lien d’administration ne fonctionne plus. Les équipes qui en faisaient partie gardent leurs tableaux de bord et leurs réponses.',

  'teams.title': 'Où se trouve le centre de gravité de votre équipe ?',
  'teams.lead':
    'Créez une équipe, envoyez le lien d’invitation aux personnes qui font le travail, et chacune répond au questionnaire sur sa propre semaine. Vous voyez l’équipe dans son ensemble : où se situe son travail entre recherche et produit, quelle organisation des titres lui convient, et une répartition des effectifs.',
  'teams.point.aggregates':
    'Personne ne voit les réponses des autres ; vous ne voyez que des agrégats, et seulement une fois que suffisamment de personnes ont répondu.',
  'teams.point.lead':
    'Vous pouvez lister vous-même les chantiers et répondre au questionnaire selon votre vision du travail de l’équipe.',
  'teams.point.export':
    'Exportez les réponses anonymes en CSV ou en JSON, ou supprimez l’équipe et tout ce qu’elle contient.',
  'teams.form.name': 'Nom de l’équipe',
  'teams.form.name.placeholder': 'ML appliqué',
  'teams.form.min': 'Nombre de réponses avant l’affichage des résultats',
  'teams.form.min.hint': (least: number, most: number) =>
    `De ${least} à ${most}. En dessous de ce nombre, le tableau de bord ne montre rien des réponses, pour que personne ne puisse être identifié.`,
  'teams.form.submit': 'Créer l’équipe',
  'teams.form.noName': 'Donnez un nom à l’équipe.',
  'teams.form.badMin': (least: number, most: number) =>
    `Le minimum doit être un nombre entier de ${least} à ${most}.`,
  'teams.form.creating': 'Création de l’équipe…',
  'teams.created.title': 'Équipe créée',
  'teams.created.heading': 'Équipe créée : <name></name>',
  'teams.created.save': 'Enregistrez le lien d’administration maintenant',
  'teams.created.save.lead':
    'C’est la seule clé d’accès aux résultats de votre équipe et à sa suppression. Il n’est affiché qu’une fois : rolefit ne garde qu’une empreinte du secret qu’il contient et ne peut pas le réafficher. Conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe.',
  'teams.created.adminLink': 'Lien d’administration (pour vous seul)',
  'teams.created.share': 'Partagez le lien d’invitation avec votre équipe',
  'teams.created.joinLink': 'Lien d’invitation (pour les membres)',
  'teams.created.joinLink.hint':
    'Les membres répondent au questionnaire sur leur propre semaine et ne voient que leur propre résultat. Ce lien ne leur donne pas accès aux résultats de l’équipe.',

  'team.title': (page: string) => `${page} · équipe rolefit`,
  'team.problem.create': 'Créer une nouvelle équipe',
  'team.problem.noKey.title': 'Ouvrez votre lien d’administration',
  'team.problem.noKey.lead':
    'Le tableau de bord s’ouvre à partir du lien d’administration reçu à la création de l’équipe. La clé n’est conservée que dans cet onglet : rouvrez donc le lien dans un nouvel onglet, ou après avoir fermé celui-ci.',
  'team.problem.badKey.title': 'Ce lien d’administration ne fonctionne pas',
  'team.problem.badKey.lead':
    'L’équipe a peut-être été supprimée, ou le lien a été tronqué lors de la copie. Ouvrez le lien d’administration complet que vous avez enregistré à la création de l’équipe.',
  'team.problem.load': 'Le tableau de bord n’a pas pu se charger',
  'team.deleted.title': 'Équipe supprimée',
  'team.deleted.lead': (responses: number) =>
    `L’équipe, ses ${countedAnswers(responses)}, les chantiers et votre point de vue ont été supprimés. Le lien d’invitation et le lien d’administration ne fonctionnent plus.`,
  'team.count': (responses: number, batch: number, created: string) =>
    `${countedAnswers(responses)} · la carte les affiche par lots de ${batch} · créée le ${created}`,
  'team.needed.heading': (needed: number) =>
    `Encore ${needed} ${plural(needed, 'réponse nécessaire', 'réponses nécessaires')}`,
  'team.needed.lead': (batch: number) =>
    `La carte de l’équipe apparaît dès que ${batch} personnes ont répondu, et les réponses suivantes s’y ajoutent par lots de ${batch}, pour que personne ne puisse être identifié. Partagez le lien d’invitation :`,
  'team.joinLink': 'Lien d’invitation pour les membres',
  'team.joinLink.more': 'Lien d’invitation pour inviter d’autres membres',
  'team.release.all': (released: number, batch: number) =>
    `La carte et l’export incluent toutes les réponses (${countedAnswers(released)}). Les nouvelles réponses apparaissent par lots de ${batch}, ${NO_DIFFERENCING}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `${replaced === 1 ? 'L’une d’elles a été redonnée' : `${replaced} d’entre elles ont été redonnées`} depuis le même navigateur : la carte compte donc ${people} personnes, chacune avec ses réponses les plus récentes.`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `La carte et l’export incluent ${released} des ${countedAnswers(responses)}. Les ${batch} suivantes apparaîtront ensemble dès que ${more} ${plural(more, 'personne de plus aura répondu', 'personnes de plus auront répondu')}, ${NO_DIFFERENCING}`,
  'team.copy': 'Copier',
  'team.copy.done': 'Copié.',
  'team.copy.failed': 'La copie a échoué : sélectionnez le lien et copiez-le.',
  'team.saving': 'Enregistrement…',
  'team.api.offline': 'Impossible de joindre le serveur. Vérifiez la connexion et réessayez.',
  'team.api.offline.export': 'Impossible de joindre le serveur.',
  'team.api.status': (status: number) => `Le serveur a répondu ${status}.`,
  'team.map.heading': 'Où se situe le travail de l’équipe',
  'team.map.marker': 'Centre de l’équipe',
  'team.map.marker.twoJobs': 'Moyenne de l’équipe',
  'team.map.spectrum': (positions: readonly string[], centre: string, spread: string) =>
    `Le spectre qui va de chercheur (0) à ingénieur IA (1). ${plural(positions.length, `${positions.length} membre se situe`, `${positions.length} membres se situent`)} à ${positions.join(', ')} ; le centre de gravité de l’équipe est à ${centre}, avec une dispersion de ${spread} de part et d’autre.`,
  'team.map.spectrum.twoJobs':
    ' L’équipe est partagée entre les deux extrémités : le centre est donc une moyenne près de laquelle peu de membres travaillent.',
  'team.map.spectrum.lead': (position: string) =>
    ` Votre propre point de vue se situe à ${position}.`,
  'team.map.legend': (withLead: boolean) =>
    `Chaque point est un membre, sans nom et sans ordre particulier. La bande montre la dispersion autour du centre de gravité${withLead ? ' ; l’anneau représente votre propre point de vue.' : '.'}`,
  'team.map.legend.twoJobs':
    ' L’équipe étant partagée entre les deux extrémités, le centre n’est qu’une moyenne : peu de membres travaillent près de lui.',
  'team.map.centre': 'Centre de gravité',
  'team.map.centre.value': (position: string, place: string) => `${position} : ${place}`,
  'team.map.spread': 'Dispersion',
  'team.map.spread.value': (spread: string, band: string) => `${spread}, ${band}`,
  'team.map.spread.tight': 'resserrée : la plupart des gens font un travail semblable',
  'team.map.spread.moderate': 'moyenne',
  'team.map.spread.wide': 'large : l’équipe couvre tout le spectre',
  'team.map.roles': 'Réponses par rôle',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role} : ${count}`,
  'team.place.between': (a: string, b: string) => `entre ${lc(a)} et ${lc(b)}`,
  'team.place.twoJobs': (a: string, b: string) =>
    `partage entre ${lc(a)} et ${lc(b)} (deux postes)`,
  'team.work': (work: string, summary: string) => `${work}. ${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `Les deux extrémités : ${research} de recherche et ${product} de travail produit, avec ${rnd} de travail de passerelle (R&D) entre les deux.`,
  'team.titling.twoJobs': (work: string) =>
    `L’équipe étant partagée, cette ligne ne donne que la moitié de l’histoire : c’est celle du travail ${lc(work)}, l’une des deux extrémités. Lisez-la à côté du conseil « deux postes en un » ci-dessus.`,
  'team.staffing.heading': 'Une répartition des effectifs qui suit le travail',
  'team.staffing.note':
    'La part de personnes dans chaque rôle suit la part d’effort dans chaque colonne. Changez la taille de l’équipe pour voir des personnes entières.',
  'team.staffing.size': 'Taille de l’équipe',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `Pour ${people} ${plural(people, 'personne', 'personnes')} : ${roles.join(' · ')}.`,
  'team.staffing.role': (role: string, count: number) => `${role} ${count}`,
  'team.trap.heading': 'Le piège de la mauvaise colonne',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `Titre d’une autre colonne que le travail : ${title} sur ${of}. Évaluation sur les indicateurs d’une autre colonne : ${review} sur ${of}.`,
  'team.trap.judged': (people: number) =>
    `${people} ${plural(people, 'personne est jugée', 'personnes sont jugées')} à l’aune d’un critère que ${plural(people, 'son', 'leur')} travail ne vise pas. Évaluer la recherche sur la disponibilité, ou le travail produit sur les articles, pousse les gens vers le mauvais travail.`,
  'team.trap.titleOnly': (people: number) =>
    `Personne n’est évalué sur les indicateurs d’une autre colonne, mais ${people} ${people === 1 ? 'personne porte un titre' : 'personnes portent des titres'} d’une autre colonne que leur travail. Un titre seul ne juge pas le travail ; il fixe en revanche ce qu’attendent les candidats et les comités de promotion.`,
  'team.trap.none':
    'Parmi les personnes qui ont répondu aux questions facultatives, aucune n’a un titre ni une évaluation qui relève d’une autre colonne. Seules ces personnes sont comptées ici.',
  'team.twoJobs.eyebrow': 'Partagée entre les deux extrémités',
  'team.twoJobs.heading': 'Votre équipe fait deux métiers, pas un',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `Pourquoi pas « ingénierie de recherche » ? La moyenne des ${whose} tombe au milieu (${position}), là où le conseil pour le travail de passerelle serait « en pratique, tout le monde est ingénieur de recherche ». Mais ce travail de passerelle ne représente que ${rnd} du total ; la recherche en représente ${research} et le produit ${product}. Une équipe partagée entre les deux extrémités reçoit plutôt le conseil « deux postes en un ».`,
  'team.twoJobs.whose': 'réponses des membres',
  'team.data.heading': 'Les données de votre équipe',
  'team.data.export': (released: number) =>
    `L’export contient les ${countedAnswers(released)} affichées sur la carte, chacune sans nom, identifiant, page ni horodatage, et sans suivre l’ordre d’arrivée.`,
  'team.data.export.later': (batch: number) =>
    `L’export s’ouvre dès que ${batch} personnes ont répondu, pour que personne ne puisse être identifié.`,
  'team.data.preparing': 'Préparation de l’export…',
  'team.data.exported': (format: string) => `Exporté en ${format.toUpperCase()}.`,
  'team.data.delete': 'Supprimer l’équipe…',
  'team.data.confirm': (responses: number) =>
    `Supprimer <name></name> avec ses ${countedAnswers(responses)}, vos chantiers et votre point de vue ? C’est irréversible, et le lien d’invitation comme le lien d’administration cesseront de fonctionner.`,
  'team.data.deleting': 'Suppression…',
  'team.data.deleteForGood': 'Tout supprimer définitivement',
  'team.data.keep': 'Garder l’équipe',

  // Mode équipe : les tours, la même équipe répond à nouveau quand son travail change.
  'team.rounds.heading': 'Tours au fil du temps',
  'team.rounds.lead.first':
    'Ceci est le tour 1. Quand le travail change (un nouveau projet, une réorganisation, quelques mois plus tard), ouvrez un nouveau tour : les membres répondent à nouveau depuis le même lien d’invitation, et ce tour reste tel quel, pour voir comment le travail a bougé.',
  'team.rounds.lead': (current: number) =>
    `Le tour ${current} est ouvert : les membres répondent à nouveau depuis le même lien d’invitation. Les tours précédents restent tels quels, en lecture seule ; la carte ci-dessus ne montre que le tour ${current}.`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `Le centre de l’équipe par tour, de research scientist (0) à AI engineer (1) : ${points.join(', ')}`,
  'team.rounds.path.point': (round: number, position: string) => `tour ${round} à ${position}`,
  'team.rounds.round': (round: number) => `Tour ${round}`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `depuis le ${opened}`,
  'team.rounds.answers': (n: number) => countedAnswers(n),
  'team.rounds.current': 'ouvert',
  'team.rounds.mix': (round: number) => `La répartition du travail au tour ${round}`,
  'team.rounds.centre': (position: string, work: string) =>
    `Centre à ${position} ; l’essentiel de la semaine : ${work}.`,
  'team.rounds.notEnough': (n: number, min: number) =>
    `Pas encore assez de réponses pour un centre (${n} sur ${min}).`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `la part ${column} est passée de ${from} à ${to}`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `la part ${column} est tombée de ${from} à ${to}`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `Du tour ${from} au tour ${to}, ${shift}${toward ? ` : ${toward}` : ''}.`,
  'team.rounds.change.toward': (from: string, to: string) =>
    `le travail glisse de ${from} vers ${to}`,
  'team.rounds.place.research': 'la recherche',
  'team.rounds.place.rnd': 'le pont',
  'team.rounds.place.product': 'le produit',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `Du tour ${from} au tour ${to}, la répartition est restée stable : aucun type de travail n’a bougé de ${points} points ou plus.`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `L’avis sur les titres a changé : de « ${from} » à « ${to} ».`,
  'team.rounds.change.regimeSame': (regime: string) =>
    `L’avis sur les titres reste le même : « ${regime} ».`,
  'team.rounds.change.split.now':
    'La semaine est désormais deux métiers en un : recherche et produit, avec peu de travail de pont entre les deux.',
  'team.rounds.change.split.gone': 'La semaine n’est plus deux métiers en un.',
  'team.rounds.open': (next: number) => `Ouvrir le tour ${next}`,
  'team.rounds.open.empty': (current: number) =>
    `Le tour ${current} n’a pas encore de réponses ; le tour suivant pourra s’ouvrir ensuite.`,
  'team.rounds.confirm': (current: number, next: number) =>
    `Fermer le tour ${current} et ouvrir le tour ${next} ? Le tour ${current} garde ses réponses, en lecture seule, et son centre reste dans cet historique. Les membres répondent au tour ${next} depuis le même lien d’invitation.`,
  'team.rounds.openForGood': (next: number) => `Oui, ouvrir le tour ${next}`,
  'team.rounds.keep': 'Pas maintenant',
  'team.rounds.opening': 'Ouverture du tour suivant…',
  // Mode équipe : l’offre du prochain recrutement, lue dans le navigateur et mise à côté de l’équipe.
  'team.posting.heading': 'Confronter une offre à cette équipe',
  'team.posting.lead':
    'Collez l’offre d’emploi du prochain recrutement de l’équipe. Vous voyez quel rôle elle recrute, et comment ce rôle se situe par rapport au centre de gravité de l’équipe et aux manques de sa répartition.',
  'team.posting.label': 'Offre d’emploi du prochain recrutement de l’équipe',
  'team.posting.placeholder': 'Collez ici le texte de l’offre d’emploi…',
  'team.posting.loadFailed':
    'L’analyseur n’a pas pu être chargé, rien n’a donc été lu. Vérifiez la connexion et tapez à nouveau.',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) =>
    `Cette offre recrute la ${nth === 1 ? '1re' : `${nth}e`} personne de l’équipe au poste de ${lc(role)}, dans une équipe dont le travail est à ${share} côté ${column}.`,
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `Cette offre recrute une personne au poste de ${lc(role)}, pour un travail que vos chantiers placent à ${share} côté ${column}.`,
  'team.posting.hires.alone': (role: string) =>
    `Cette offre recrute une personne au poste de ${lc(role)}.`,
  'team.posting.between': (place: string) => ` Son travail se situe ${place}.`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `Cette offre recrute deux postes en un : ${lc(first)} et ${lc(second)}, avec peu de travail de passerelle entre les deux.`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `Aucun des ${members} membres qui ont répondu n’occupe encore ce rôle.`
      : count === members
        ? `Les ${members} membres qui ont répondu occupent tous déjà ce rôle.`
        : `L’équipe compte déjà ${count} ${plural(count, 'personne', 'personnes')} dans ce rôle, sur les ${members} membres qui ont répondu.`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) =>
    `Sur les ${members} membres qui ont répondu, ${firstCount} ${plural(firstCount, 'occupe', 'occupent')} le rôle de ${lc(first)} et ${secondCount} celui de ${lc(second)}.`,
  'team.posting.column.centre': (share: string, column: string) =>
    `C’est là qu’est le travail de l’équipe : ${share} du travail est côté ${column}, plus que tout autre type de travail.`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `Cette colonne est un manque dans la répartition de l’équipe : ${share} du travail est côté ${column}, ${count === 0 ? `mais aucun des ${members} membres n’occupe ce rôle` : `mais seulement ${count} des ${members} membres ${plural(count, 'occupe', 'occupent')} ce rôle`}.`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `${share} du travail de l’équipe est côté ${column}, et l’équipe compte déjà dans ce rôle autant de personnes que cette part le demande.`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `C’est là qu’est le travail : vos chantiers en placent ${share} côté ${column}, plus que dans toute autre colonne.`
      : `Ce n’est pas là qu’est l’essentiel du travail : vos chantiers en placent ${share} côté ${column}.`,
  'team.posting.workstreams': (share: string, column: string) =>
    `D’après vos chantiers, ${share} du travail est côté ${column}.`,
  'team.posting.next.same': (role: string) =>
    `La répartition va dans le même sens : le prochain recrutement devrait être au poste de ${lc(role)}.`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `La répartition dit que le prochain recrutement devrait être au poste de ${lc(role)} : ${share} du travail de l’équipe est côté ${column}, ${count === 0 ? 'et personne dans l’équipe n’occupe encore ce rôle' : `avec seulement ${count} ${plural(count, 'personne', 'personnes')} dans ce rôle`}.`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `La répartition dit que le prochain recrutement devrait être au poste de ${lc(role)} : vos chantiers placent la plus grande part du travail, ${share}, côté ${column}.`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `Scindez-la en deux offres et publiez d’abord celle du poste de ${lc(role)} : c’est le recrutement que la répartition place en premier.`
      : `Scindez-la en deux offres. D’après la répartition, le prochain recrutement devrait être au poste de ${lc(role)}, qui n’est aucune des deux moitiés.`,
  'team.posting.twoJobs.advice': 'Le conseil « deux postes en un » pour cette offre',
  'team.posting.nothing': (needed: number) =>
    `Il n’y a encore rien à quoi la comparer : la carte de l’équipe apparaît dès que ${needed === 1 ? 'un membre de plus aura répondu' : `${needed} membres de plus auront répondu`}. D’ici là, listez plus bas les chantiers de l’équipe : l’offre leur sera comparée.`,
  'team.posting.notEnough':
    'L’offre n’est comparée à l’équipe qu’une fois qu’elle dit en quoi consiste le travail.',
  'team.posting.mix.posting': 'Le travail de l’offre',
  'team.posting.mix.members': 'Le travail des membres',
  'team.posting.mix.workstreams': 'Le travail de vos chantiers',
  'team.posting.more':
    'Pour les formulations qui fondent ce résultat, les signalements et ce sur quoi évaluer le rôle, collez l’offre dans l’<a>analyseur</a>, qui la lit lui aussi dans votre navigateur.',

  'lead.heading': 'Votre point de vue à côté de celui des membres',
  'lead.none': 'Vous n’avez pas encore donné votre point de vue.',
  'lead.yours': (position: string, place: string, work: string) =>
    `Vous placez le travail de l’équipe à ${position} : ${place}, ${lc(work)}.`,
  'lead.members.later':
    ' Le point de vue des membres apparaît dès que suffisamment d’entre eux ont répondu.',
  'lead.members.alike': 'Vous et vos membres voyez le travail de la même façon.',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `Vos membres le placent ${distance} plus loin vers ${toward === 'product' ? 'le produit' : 'la recherche'} (${position}). Cela mérite une discussion : les titres et les indicateurs doivent suivre le travail que les gens font réellement.`,
  'lead.quiz.again': 'Répondre de nouveau',
  'lead.quiz.take': 'Répondre au questionnaire selon votre vision du travail de l’équipe',
  'lead.quiz.note':
    'Répondez pour le travail qui occupe l’essentiel de la semaine de l’équipe, tel que vous le voyez. Les membres ne voient jamais vos réponses.',
  'lead.quiz.open': (open: number) =>
    `Répondez d’abord à toutes les questions (${open} ${plural(open, 'restante', 'restantes')}).`,
  'lead.quiz.save': 'Enregistrer mon point de vue',

  'workstreams.heading': 'Les chantiers, tels que vous les listez',
  'workstreams.note':
    'La deuxième façon de cartographier le travail : listez ce sur quoi l’équipe travaille, la part d’effort que prend chaque chantier (dans l’unité de votre choix : personnes, jours, pourcentage) et le type de travail dont il s’agit.',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `Vos chantiers placent le centre de gravité à ${position} (${place}), ${lc(work)} ; ${lc(regime)} : <fit></fit>.`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `Vos chantiers se situent aux deux extrémités de la ligne (${place}) ; leur moyenne, ${position}, n’est pas là où se trouve le travail. `,
  'workstreams.twoJobs': 'Le conseil « deux postes en un » pour ces chantiers',
  'workstreams.twoJobs.whose': 'chantiers',
  'workstreams.column.name': 'Nom',
  'workstreams.column.effort': 'Effort',
  'workstreams.column.kind': 'Type de travail',
  'workstreams.row.name': (n: number) => `Nom du chantier ${n}`,
  'workstreams.row.name.placeholder': 'Chantier',
  'workstreams.row.effort': (n: number) => `Part d’effort du chantier ${n}`,
  'workstreams.row.kind': (n: number) => `Type de travail du chantier ${n}`,
  'workstreams.row.custom': 'Répartition personnalisée (définie par l’API)',
  'workstreams.row.remove': 'Retirer',
  'workstreams.add': 'Ajouter un chantier',
  'workstreams.save': 'Enregistrer les chantiers',
  'workstreams.error.name': 'Chaque chantier doit avoir un nom.',
  'workstreams.error.effort': (name: string) =>
    `Donnez à « ${name} » une part d’effort supérieure à 0.`,

  'join.eyebrow': (questionCount: number) =>
    `Votre équipe · ${smallCount(questionCount)} ${questions(questionCount)} · environ une minute`,
  'join.title': 'Où se situe votre semaine ?',
  'join.lead':
    'Répondez pour le travail qui occupe l’essentiel de votre propre semaine. Vous voyez votre propre résultat ; votre responsable ne voit que l’équipe dans son ensemble, et seulement une fois que suffisamment de personnes ont répondu.',
  'join.note':
    'C’est un conseil sur le travail, pas un jugement sur une personne. Aucun nom, e-mail ni adresse n’est demandé ni conservé.',
  'join.context.lead':
    'Elles ne changent pas votre résultat. Votre responsable ne les voit que sous forme de décomptes : combien de personnes ont un titre, ou sont évaluées sur des indicateurs, d’une autre colonne que leur travail.',
  'join.finish': 'Envoyer et voir mon résultat',
  'join.sending': 'Envoi de vos réponses…',
  'join.sent':
    'Envoyé. Vos réponses font désormais partie de la carte de votre équipe. Votre responsable voit l’équipe dans son ensemble une fois que suffisamment de personnes ont répondu, jamais vos réponses seules.',
  'join.problem.solo': 'Répondre plutôt au questionnaire seul',
  'join.problem.incomplete.title': 'Ce lien d’invitation est incomplet',
  'join.problem.incomplete.lead':
    'Un lien d’invitation se termine par ?team= suivi d’un code. Demandez à votre responsable de vous le renvoyer.',
  'join.problem.gone.title': 'Ce lien d’invitation ne fonctionne plus',
  'join.problem.gone.lead':
    'L’équipe a peut-être été supprimée, ou le lien a été tronqué. Demandez à votre responsable le lien d’invitation actuel. Rien n’a été enregistré.',
  'join.problem.notSent': 'Vos réponses n’ont pas été envoyées',
  'join.checking': 'Vérification du lien d’invitation…',
  'join.forTeam': (team: string) => `Pour l’équipe « ${team} »`,
  'join.again': (when: string) =>
    `Ce navigateur a déjà répondu pour cette équipe, le ${when}. Répondre à nouveau remplace cette réponse : la carte vous compte une fois, avec vos nouvelles réponses, à partir de son prochain lot.`,
  'join.sent.replaced':
    'Envoyé. Ces réponses remplacent celles que vous aviez données depuis ce navigateur ; la carte de l’équipe intègre le changement avec son prochain lot, jamais seul.',
  'join.problem.unknown.title': 'Aucune équipe n’a ce lien d’invitation',
  'join.problem.unknown.lead':
    'Le code du lien ne correspond à aucune équipe : il est peut-être mal recopié ou tronqué, ou l’équipe a été supprimée. Demandez à votre responsable le lien d’invitation actuel.',
};
