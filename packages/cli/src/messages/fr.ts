// Le texte de la ligne de commande en français (noms de commandes, options, fichiers et exemples inchangés).
import type { Messages } from './en.ts';

const rules = new Intl.PluralRules('fr');
/** Singulier ou pluriel à la française : 0 et 1 sont au singulier. */
const plural = (n: number, one: string, other: string) => (rules.select(n) === 'one' ? one : other);
/** Un nom de rôle en milieu de phrase : « ingénieur de recherche », « ingénieur IA ». */
const lc = (name: string) => name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
/** « de » devant un mot, élidé devant une voyelle ou un h : « d’ingénieur IA ». */
const de = (word: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(word) ? `d’${word}` : `de ${word}`);

export const fr: Messages = {
  'help.rolefit':
    'Quel rôle ce travail d’IA demande-t-il : chercheur, ingénieur de recherche ou ingénieur IA ?\n\nCodes de sortie : 0 succès, 1 entrée invalide (ou, pour check, documents qui ne concordent pas), 2 mauvaise utilisation, 130 questionnaire interrompu.',
  'help.title': (description: string, command: string, version: string) =>
    `${description} (${command} v${version})`,
  'help.usage': 'UTILISATION',
  'help.usage.options': '[OPTIONS]',
  'help.arguments': 'ARGUMENTS',
  'help.options': 'OPTIONS',
  'help.commands': 'COMMANDES',
  'help.commands.command': (command: string) => `${command} <command> --help`,
  'help.commands.more': (command: string) =>
    `Lancez ${command} pour en savoir plus sur une commande.`,
  'help.required': '(obligatoire)',
  'help.default': (value: string) => `(par défaut : ${value})`,
  'help.examples': 'EXEMPLES',
  'help.arg.answersFile': 'Fichier de réponses (JSON ou YAML), ou - pour l’entrée standard',
  'help.arg.databaseUrl':
    'file:<path> pour SQLite ou postgres://… (par défaut : $DATABASE_URL, sinon SQLite dans ./data/rolefit.db)',
  'help.lang':
    'Langue de la sortie (par défaut : celle de LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais)',

  'usage.unknownCommand': (name: string) => `Commande inconnue : ${name}`,
  'usage.noCommand': 'Aucune commande indiquée.',
  'usage.missingArgument': (name: string) => `Argument positionnel obligatoire manquant : ${name}`,
  'usage.seeHelp': 'Lancez "rolefit --help" pour voir les commandes et leurs options.',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `option inconnue "${option}" pour rolefit ${command} ; ${options.length > 0 ? `ses options sont : ${options.join(', ')}` : 'elle n’a pas d’option'} (en plus de --help)`,
  'usage.missingOption': (option: string, command: string, description: string) =>
    `rolefit ${command} a besoin de ${option}${description ? ` (${description})` : ''}`,
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? '--lang attend une langue' : `langue inconnue "${value}" pour --lang`} ; les langues sont : ${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `erreur inattendue : ${detail}`,
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `--role doit valoir l’un de ${choices.join(', ')}, pas "${value}"`,

  'input.stdin': 'l’entrée standard',
  'input.waiting':
    'en attente de données sur l’entrée standard : envoyez un fichier par un pipe, ou donnez un chemin de fichier au lieu de "-"',
  'input.noFile': (path: string) => `fichier introuvable : ${path}`,
  'input.folder': (path: string) => `${path} est un dossier ; indiquez un fichier`,
  'input.unreadable': (path: string, reason: string) => `impossible de lire ${path} : ${reason}`,
  'input.empty': (name: string) =>
    `${name} est vide ; il faut du JSON, par exemple {"answers": {…}}`,
  'input.notData': (name: string, reason: string) =>
    `${name} n’est ni du JSON ni du YAML : ${reason}`,

  'quiz.help':
    'Répondre au questionnaire dans le terminal, une question à la fois (flèches ou chiffres, b pour revenir)',
  'quiz.help.json': 'Afficher l’objet résultat en JSON',
  'quiz.help.brief': 'Afficher la fiche de poste en Markdown au lieu du résultat',
  'quiz.jsonAndBrief': 'choisissez --json ou --brief, pas les deux',
  'quiz.noTerminal':
    'rolefit quiz pose ses questions dans un terminal, et l’entrée standard n’en est pas un. Pour évaluer des réponses venant d’un fichier ou d’un pipe, utilisez : rolefit score <file|->   (ids des questions et des options : rolefit questions)',
  'quiz.cancelled': 'questionnaire interrompu ; rien n’a été évalué',
  'quiz.step': (n: number, of: number) => `Question ${n} sur ${of}`,
  'quiz.step.optional': (n: number, of: number) => `Facultative ${n} sur ${of}`,
  'quiz.skip': 'Passer cette question',
  'quiz.skip.clear': 'Effacer ma réponse et passer',
  'quiz.back': '← Retour',
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ ou 1-${options}`)} choisir`,
    `${key('Enter')} valider`,
    ...(canGoBack ? [`${key('b')} revenir`] : []),
    `${key('Ctrl-C')} quitter`,
  ],
  'quiz.scored': 'Évalué. Votre résultat :',

  'questions.help':
    'Afficher le questionnaire : ids des questions, énoncés, et chaque option avec ses poids',
  'questions.help.json': 'Afficher la définition du questionnaire en JSON',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `recherche ${research} · R&D ${rnd} · produit ${product}`,
  'questions.context': 'Contexte facultatif (ne change pas le résultat)',
  'questions.howToAnswer':
    'Répondez avec {"answers": {"<question id>": "<option id>", …}} puis lancez : rolefit score <file>',

  'score.help':
    'Évaluer des réponses depuis un fichier JSON ou YAML, ou depuis l’entrée standard (-)',
  'score.help.json': 'Afficher l’objet résultat complet en JSON',
  'score.notAnswers': (example: string) =>
    `il faut un objet avec "answers", comme ${example} ; pour voir les ids : rolefit questions`,
  'score.unscorable': (problems: readonly string[]) =>
    `ces réponses ne peuvent pas être évaluées :\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help':
    'Afficher la fiche de poste en Markdown pour des réponses en JSON ou YAML, ou - pour stdin',
  'brief.help.json': 'Afficher {"result": …, "markdown": "…"} en JSON',

  'rubric.help':
    'Une grille d’évaluation pour le travail d’un rôle : niveaux par dimension, chaque ligne un point qu’une évaluation peut vérifier, en Markdown, CSV ou JSON',
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `Le rôle dont le travail est évalué : ${roles.join(', ')}, ou ${split} pour deux postes en un`,
  'rubric.help.regime':
    'separate-tracks (une échelle de carrière par filière, et ce que chacune remet à la suivante) ou flat (une seule échelle sous un titre unique) ; par défaut, ce que le tableau recommande pour ce travail',
  'rubric.help.levels': (min: number, max: number) =>
    `Niveaux par échelle de carrière, de ${min} à ${max}`,
  'rubric.help.format':
    'md (Markdown à coller dans un document), csv (une ligne par niveau et par dimension, pour un tableur) ou json (l’objet Rubric)',
  'rubric.help.json': 'Afficher l’objet Rubric en JSON (comme --format json)',
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `--role doit valoir l’un de ${choices.join(', ')}, pas "${value}"`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `--regime doit valoir ${choices.join(' ou ')}, pas "${value}"`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `--levels doit être un nombre entier de ${min} à ${max}, pas "${value}" ; par exemple : --levels 4`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `--format doit valoir l’un de ${choices.join(', ')}, pas "${value}"`,
  'rubric.jsonAndFormat': (format: string) =>
    `--json revient à --format json, et --format demande ${format} ; n’en donnez qu’un des deux`,

  'portfolio.help':
    'Le centre de gravité d’une équipe et le verdict sur ses titres, à partir de ses chantiers ou de ses membres, ou ceux d’une organisation à partir de ses équipes (JSON/YAML)',
  'portfolio.help.file':
    'Chantiers ou personnes, ou les "teams" d’une organisation (JSON ou YAML), ou - pour l’entrée standard',
  'portfolio.help.teamSize':
    'Répartir aussi ce nombre de personnes entre les trois rôles (une seule équipe)',
  'portfolio.help.weighting':
    'Avec "teams" : pondérer chaque équipe par ses réponses (responses) ou par son effectif (headcount) ; par défaut, le "weighting" du fichier, sinon responses',
  'portfolio.help.json':
    'Afficher l’objet portefeuille en JSON (avec "teams" : la vue de l’organisation, telle que GET /api/orgs/<id> la renvoie)',
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `${option} doit valoir ${choices.join(' ou ')}, pas "${value}"`,
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `--team-size doit être un nombre entier positif de personnes, de 1 à ${max}, pas "${value}" ; par exemple : --team-size 12`,
  'portfolio.unmappable': (reason: string) => `impossible de placer ce portefeuille : ${reason}`,
  'portfolio.entry.shape': (example: string) =>
    `${example} (work : research, rnd ou product), ou bien "shares", "result" ou "answers" à la place de "work"`,
  'portfolio.notList': (shape: string) =>
    `il faut une liste de chantiers ou de personnes, ou un objet dont "items", "workstreams" ou "people" contient une telle liste ; chaque entrée de la forme ${shape}`,
  'portfolio.noun.item': 'élément',
  'portfolio.noun.workstream': 'chantier',
  'portfolio.noun.person': 'personne',
  'portfolio.empty': (noun: string) =>
    `la liste est vide ; indiquez au moins ${noun === 'personne' ? 'une' : 'un'} ${noun}`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `${noun} ${n}${name === undefined ? '' : ` ("${name}")`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) =>
    `${entry} n’est pas un objet ; attendu : ${shape}`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry} : ces réponses ne peuvent pas être évaluées :\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry} n’est pas valide :\n${problems.map((p) => `    - ${p}`).join('\n')}\n  attendu : ${shape}`,

  'org.file': 'le fichier',
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `${where} contient ${keys.map((k) => `"${k}"`).join(', ')}, qui n’${keys.length === 1 ? 'a' : 'ont'} rien à faire là ; les champs possibles sont : ${known.join(', ')}`,
  'org.team.shape': (example: string) =>
    `${example}, ou bien "answers" (une liste, un {id de question : id d’option} par membre) ou "workstreams" au lieu de "shares" et "responses"`,
  'org.notList': (shape: string) =>
    `"teams" doit être une liste d’équipes, chacune de la forme ${shape}`,
  'org.empty': (shape: string) =>
    `la liste "teams" est vide ; indiquez au moins une équipe, par exemple ${shape}`,
  'org.name.invalid': (problems: readonly string[]) =>
    `"name", le nom de l’organisation, n’est pas valide : ${problems.join(' ; ')}`,
  'org.team': (n: number, name: string | undefined) =>
    `équipe ${n}${name === undefined ? '' : ` ("${name}")`}`,
  'org.team.notObject': (team: string, shape: string) =>
    `${team} n’est pas un objet ; attendu : ${shape}`,
  'org.team.noWork': (team: string) =>
    `${team} ne dit rien de son travail ; indiquez l’un de ceux-ci : "answers" (une entrée par membre), "shares" avec "responses", ou "workstreams"`,
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team} donne son travail deux fois, en ${given.map((g) => `"${g}"`).join(' et en ')} ; ne gardez qu’un seul de "answers", "shares" ou "workstreams"`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team} n’est pas valide :\n${problems.map((p) => `    - ${p}`).join('\n')}\n  attendu : ${shape}`,
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team} : "minResponses" doit être un nombre entier de ${least} à ${most}, comme pour une équipe sur le serveur, pas ${value}`,
  'org.team.answers.notList': (team: string, example: string) =>
    `${team} : "answers" doit être une liste avec une entrée par membre, chacune de la forme ${example}`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}, membre ${member} : ces réponses ne peuvent pas être évaluées :\n${problems.map((p) => `    - ${p}`).join('\n')}\n  pour voir les ids des questions et des options : rolefit questions`,
  'org.team.problem': (team: string, problem: string) => `${team} : ${problem}`,
  'org.team.duplicate': (name: string) =>
    `deux équipes s’appellent « ${name} » ; donnez à chaque équipe un nom à elle`,
  'org.teamSize':
    '--team-size répartit une seule équipe entre les rôles ; avec "teams" dans le fichier, indiquez plutôt le "headcount" de chaque équipe',
  'org.weighting.single':
    '--weighting pondère les équipes entre elles, et ce fichier n’a pas de liste "teams" ; pour une seule équipe, retirez-le',

  'analyze.help':
    'Quel rôle décrit une offre d’emploi, une grille d’évaluation ou une échelle de carrière, niveau par niveau, avec les indices relevés, les alertes de mauvaise colonne et des reformulations',
  'analyze.help.file': 'Fichier texte, ou - pour l’entrée standard',
  'analyze.help.json': 'Afficher l’objet analyse en JSON',
  'analyze.help.role': (roles: readonly string[]) =>
    `Juger les niveaux et proposer des reformulations par rapport à ce rôle : ${roles.join(', ')} (par défaut : le rôle que nomme le titre, sinon celui du texte)`,
  'analyze.help.rewrite':
    'Afficher, au lieu du rapport, le texte avec toutes les reformulations proposées, pour le rediriger vers un fichier',
  'analyze.jsonAndRewrite': 'choisissez --json ou --rewrite, pas les deux',
  'analyze.rewrite.none':
    'rien à reformuler : aucune expression n’évalue une autre colonne que celle du rôle, le texte est donc affiché tel quel',
  'analyze.rewrite.applied': (count: number) =>
    `${count} ${plural(count, 'reformulation appliquée', 'reformulations appliquées')} ; relisez la nouvelle formulation avant de l’utiliser`,

  // rolefit check.
  'check.help':
    'L’offre d’emploi, la grille d’évaluation et l’échelle de carrière d’un rôle évaluent-elles la même colonne ? Code de sortie 0 si elles concordent, 1 sinon',
  'check.help.posting': 'L’offre d’emploi : un fichier texte, ou - pour l’entrée standard',
  'check.help.rubric': 'La grille d’évaluation : un fichier texte, ou - pour l’entrée standard',
  'check.help.ladder': 'L’échelle de carrière : un fichier texte, ou - pour l’entrée standard',
  'check.help.role': (roles: readonly string[]) =>
    `Le rôle auquel les documents sont destinés : ${roles.join(', ')} (par défaut : le rôle du premier document qui en nomme un, l’offre d’emploi d’abord)`,
  'check.help.json': 'Afficher l’objet de la vérification en JSON',
  'check.none':
    'donnez au moins un document à vérifier : --posting <file>, --rubric <file> ou --ladder <file> (- lit l’entrée standard)',
  'check.noValue': (option: string) => `${option} attend un fichier, ou - pour l’entrée standard`,
  'check.stdinTwice': (options: readonly string[]) =>
    `un seul document peut venir de l’entrée standard, et ${options.join(' et ')} la demandent (-) ; donnez les autres sous forme de fichiers`,
  'analyze.empty': (name: string) =>
    `${name} est vide ; donnez le texte d’une offre d’emploi ou d’une grille d’évaluation`,
  'analyze.answers': (name: string, command: string) =>
    `${name} ressemble à des réponses au questionnaire (ids des questions et des options), pas au texte d’une offre d’emploi ou d’une grille d’évaluation. Pour évaluer ces réponses, lancez : ${command}`,

  'serve.help':
    'Lancer l’application web et l’API HTTP (journaux des requêtes en JSON sur stdout) ; Ctrl-C ou SIGTERM l’arrête proprement',
  'serve.help.port': 'Port d’écoute (par défaut : $PORT, sinon 3000 ; 0 choisit un port libre)',
  'serve.help.host': 'Adresse d’écoute (par défaut : $HOST, sinon 0.0.0.0)',
  'serve.cannotStart': (reason: string) => `impossible de démarrer le serveur : ${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `rolefit tourne sur ${url} (${database} : ${location}). Ctrl-C pour l’arrêter.`,
  'serve.ownerToken': (token: string) =>
    `Le jeton de propriétaire du tableau de bord d’analyse (/admin) et de GET /api/stats, généré à ce premier démarrage :\n\n    ${token}\n\nIl n’est affiché que cette fois et n’est stocké que sous forme de hachage. Gardez-le dans un gestionnaire de mots de passe, ou définissez ROLEFIT_ADMIN_TOKEN avec un secret à vous (qui le remplace alors).`,
  'serve.stopping': (signal: string) => `${signal} : fin des requêtes en cours, puis arrêt`,
  'serve.port.invalid': (option: string, value: string) =>
    `${option} doit être un nombre entier entre 0 et 65535 (0 choisit un port libre), pas "${value}"`,
  'database.url.invalid': (url: string) =>
    `l’URL de la base de données doit commencer par file: (SQLite, par ex. file:./data/rolefit.db) ou postgres:// (PostgreSQL), pas "${url}"`,
  'export.help':
    'Afficher les réponses enregistrées au questionnaire en CSV ou en JSON, des plus anciennes aux plus récentes',
  'export.help.format':
    'csv (une ligne par réponse, une colonne par question) ou json (un tableau)',
  'export.help.since':
    'Seulement les réponses enregistrées à partir de cette date (2025-01-31) ou de cet instant (ISO 8601)',
  'export.help.teams':
    'Exporter aussi les réponses envoyées pour des équipes (exclues par défaut : elles appartiennent au responsable de chaque équipe, comme dans l’export du propriétaire)',
  'export.format.invalid': (value: string) => `--format doit valoir csv ou json, pas "${value}"`,
  'export.since.invalid': (value: string) =>
    `--since doit être une date comme 2025-01-31 ou un instant comme 2025-01-31T09:00:00Z, pas "${value}"`,
  'export.noDatabase': (path: string) =>
    `aucune base de données dans ${path} ; lancez d’abord "rolefit serve", ou faites pointer --database-url (ou DATABASE_URL) vers la vôtre`,
  'export.cannotOpen': (reason: string) => `impossible d’ouvrir la base de données : ${reason}`,

  'label.work': 'Travail',
  'label.measured': 'Mesuré',
  'label.spread': 'Dispersion',
  'label.titling': 'Titres',
  'label.risk': 'Risque',
  'join.titling': (regime: string, verdict: string) => `${regime}. ${verdict}`,
  'join.work': (work: string, shares: string) => `${work} : ${shares}`,
  'join.spread': (value: string, band: string) => `${value}, ${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}, ${away}`,
  'confidence.high': (percent: string) => `confiance élevée (${percent})`,
  'confidence.moderate': (percent: string) => `confiance moyenne (${percent})`,
  'confidence.low': (percent: string) => `confiance faible (${percent})`,
  'share.research': (share: string) => `${share} recherche`,
  'share.rnd': (share: string) => `${share} R&D`,
  'share.product': (share: string) => `${share} produit`,
  'work.twoJobs': 'Deux postes',
  'role.between': (a: string, b: string) => `Entre ${lc(a)} et ${lc(b)}`,
  'titling.risk': (risk: string) => `Risque accepté : ${risk}`,
  'titling.manage': (manage: string) => `Comment le limiter : ${manage}`,
  'titling.other': (regime: string, verdict: string) =>
    `Avec l’autre option (« ${lc(regime)} ») : ${verdict}`,
  'grading.on': 'Évaluer sur',
  'grading.off': 'Ne pas évaluer sur',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `Deux postes en un : ${lc(a)} ${aShare} + ${lc(b)} ${bShare}`,
  'twoJobs.gradePart': (role: string, share: string) =>
    `Évaluer la partie ${lc(role)} (${share}) sur`,
  'twoJobs.share.week': (share: string) => `${share} de la semaine`,
  'twoJobs.share.team': (share: string) => `${share} de l’effort de l’équipe`,
  'twoJobs.share.text': (share: string) => `${share} du travail décrit`,
  'twoJobs.waysOut': 'Comment en sortir',

  'result.oneAnswerAway': (role: string) =>
    `une seule réponse différente, et le rôle ${de(lc(role))} passerait en tête`,
  'result.why': 'Pourquoi',
  'result.why.middle': 'reste au milieu',
  'result.why.strong.research': 'tire nettement vers la recherche',
  'result.why.strong.product': 'tire nettement vers le produit',
  'result.why.slight.research': 'tire légèrement vers la recherche',
  'result.why.slight.product': 'tire légèrement vers le produit',
  'result.why.alone': (direction: string, role: string) =>
    `${direction} ; à elle seule, elle désigne le rôle ${de(lc(role))}`,
  'result.change': 'Ce qui changerait le résultat',
  'result.change.note':
    'Chaque série de changements donne ce rôle seul : ni entre deux rôles, ni deux postes en un.',
  'result.change.role': (role: string, changes: number) =>
    `${role} seul : changer ${changes} ${plural(changes, 'réponse', 'réponses')}`,
  'result.change.answer': (question: string, answer: string) => `${question} → « ${answer} »`,
  'result.mismatches': 'Mauvaise colonne',

  'portfolio.centre': (role: string) => `Centre de gravité : ${lc(role)}`,
  'portfolio.summary': (entries: number, effort: number) =>
    `${entries} ${plural(entries, 'entrée', 'entrées')}, effort ${effort}`,
  'spread.tight': 'resserrée : le travail est très homogène',
  'spread.moderate': 'moyenne : le travail déborde sur une colonne voisine',
  'spread.wide': 'large : le travail tire vers les deux extrémités du spectre',
  'portfolio.staffing': 'Répartition des effectifs (suit l’effort dans chaque colonne)',
  'roles.research-scientist': 'chercheurs',
  'roles.research-engineer': 'ingénieurs de recherche',
  'roles.ai-engineer': 'ingénieurs IA',
  'portfolio.staffing.role': (people: number, role: string, roles: string) =>
    `${people} ${plural(people, role, roles)}`,
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `Pour ${people} ${plural(people, 'personne', 'personnes')} : ${roles.join(', ')}`,
  'portfolio.entries': 'Entrées',
  'portfolio.entries.effort': (effort: string) => `effort ${effort}`,

  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `${org} — ${verdict}`,
  'org.summary': (teams: number, counting: number) =>
    `${counting} ${plural(teams, 'équipe', 'équipes')} sur ${teams} ${plural(counting, 'compte', 'comptent')}`,
  'org.noCentre': 'Pas encore de centre de gravité : aucune équipe n’a assez de réponses',
  'org.teams': 'Équipes',
  'org.weighting.responses': 'Chaque équipe pèse selon ses réponses.',
  'org.weighting.headcount': 'Chaque équipe pèse selon son effectif.',
  'org.weighting.fallback': (given: number, of: number) =>
    `La pondération par effectif était demandée, mais ${given === 0 ? 'aucune équipe n’a donné le sien' : plural(given, `seule ${given} équipe sur ${of} a donné le sien`, `seules ${given} équipes sur ${of} ont donné le leur`)} : chaque équipe pèse donc selon ses réponses.`,
  'org.team.answers': (n: number) => `${n} ${plural(n, 'réponse', 'réponses')}`,
  'org.team.batches': (counted: number, given: number, min: number) =>
    `${counted} réponses sur ${given} comptent (par lots de ${min})`,
  'org.team.workstreams': (n: number) => `${n} ${plural(n, 'chantier', 'chantiers')}`,
  'org.team.headcount': (n: number) => `${n} ${plural(n, 'personne', 'personnes')}`,
  'org.team.weight': (share: string) => `pèse ${share}`,
  'org.team.against': (regime: string) =>
    `à contre-courant du choix de l’organisation ; à elle seule : ${lc(regime)}`,
  'org.team.waiting': (given: number, min: number) =>
    `pas encore assez de réponses (${given} sur ${min}) ; ne compte pas`,
  'org.heatmap': 'Répartition du travail par équipe',
  'org.heatmap.org': 'Toute l’organisation',

  'column.research': 'recherche',
  'column.rnd': 'R&D',
  'column.product': 'produit',
  'analysis.kind.posting': 'se lit comme une offre d’emploi',
  'analysis.kind.rubric': 'se lit comme une grille d’évaluation',
  'analysis.title': (title: string, column: string) =>
    `le titre « ${title} » relève de la colonne ${column}`,
  'analysis.title.noColumn': (title: string) => `le titre « ${title} » ne relève d’aucune colonne`,
  'analysis.noRole': 'Aucun rôle : le texte en dit trop peu sur le travail',
  'analysis.notEnough':
    'Impossible de se prononcer : trop peu de choses ici décrivent un travail de recherche, de R&D ou de produit.',
  'analysis.truncated': (chars: number) => `Seuls les ${chars} premiers caractères ont été lus.`,
  'analysis.evidence': (phrases: number) =>
    `Indices (${phrases} ${plural(phrases, 'expression', 'expressions')})`,
  'analysis.evidence.none': 'aucune expression du texte ne plaide pour une colonne',
  'analysis.evidence.line': (line: number) => `ligne ${line}`,
  'analysis.evidence.negated': 'à la forme négative',
  'analysis.evidence.measure': 'un critère de mesure',
  'analysis.section.title': 'titre',
  'analysis.section.summary': 'résumé',
  'analysis.section.responsibilities': 'missions',
  'analysis.section.requirements': 'profil recherché',
  'analysis.section.nice-to-have': 'atouts',
  'analysis.section.metrics': 'indicateurs',
  'analysis.section.company': 'entreprise',
  'analysis.section.benefits': 'avantages',
  'analysis.section.legal': 'mentions légales',
  'analysis.flags': 'Alertes',
  'analysis.asked': (role: string) =>
    `niveaux et reformulations jugés par rapport au travail ${de(role)} (--role)`,
  'analysis.levels': (count: number) => `Niveaux (${count})`,
  'analysis.level.grades': (column: string, shares: string) =>
    `évalue la colonne ${column} : ${shares}`,
  'analysis.level.tooLittle': 'en dit trop peu pour trancher',
  'analysis.suggestions': (count: number) => `Reformulations proposées (${count})`,
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `ligne ${line} : au lieu de « ${instead} », écrire « ${write} »`,
  'analysis.suggestions.apply': (command: string) => `Le texte entier reformulé : ${command}`,

  // La vérification d’une offre d’emploi, d’une grille d’évaluation et d’une échelle de carrière (rolefit check).
  'check.document.posting': 'offre d’emploi',
  'check.document.rubric': 'grille d’évaluation',
  'check.document.ladder': 'échelle de carrière',
  'check.disagree': (count: number, role: string) =>
    `${count} ${plural(count, 'écart', 'écarts')} : les documents n’évaluent pas tous un travail ${de(role)}.`,
  'check.against.asked': (role: string) =>
    `Vérifié par rapport au travail ${de(role)}, comme le demande --role.`,
  'check.against.document': (role: string, document: string) =>
    `Vérifié par rapport au travail ${de(role)}, le rôle que nomme le document « ${document} ».`,
  'check.table.document': 'Document',
  'check.table.file': 'Fichier',
  'check.table.role': 'Rôle',
  'check.table.work': 'Travail',
  'check.role.none': 'trop peu pour trancher',
  'check.mismatches': (count: number) => `Écarts (${count})`,
  'check.gradeOn': (role: string) => `Évaluer le travail ${de(role)} sur :`,
  'check.rewrites': 'Reformulations proposées',
  'check.rewrites.count': (count: number) =>
    `${count} ${plural(count, 'reformulation', 'reformulations')}`,
  'check.rewrites.hint': (command: string) => `à appliquer avec : ${command}`,
};
