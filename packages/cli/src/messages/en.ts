import type { Catalogue } from '@rolefit/core';
/**
 * The command line's English text, keyed by stable dotted ids grouped by command or piece of
 * output. A value is a string, or a function for anything with values or plurals; shares arrive
 * already formatted ("60%"). Not here: core's framework text (role, work and regime names, grade-on
 * lists, grid verdicts, the two-jobs advice, analyzer flags, the advice note), which comes from
 * @rolefit/core; the quiz's own text (title, intro, questions, options), which comes with the
 * quiz; and what is not prose: flag names, JSON keys and examples, file names, example command
 * lines. Every command and renderer gets this catalogue from `main`, never by importing it.
 */
export const en = {
  // `rolefit --help` and each command's help, in citty's layout (help-usage.ts).
  'help.rolefit':
    'Which role does this AI work call for: research scientist, research engineer or AI engineer?\n\nExit codes: 0 ok, 1 bad input (or, for check, documents that do not agree), 2 usage, 130 quiz canceled.',
  'help.title': (description: string, command: string, version: string) =>
    `${description} (${command} v${version})`,
  'help.usage': 'USAGE',
  'help.usage.options': '[OPTIONS]',
  'help.arguments': 'ARGUMENTS',
  'help.options': 'OPTIONS',
  'help.commands': 'COMMANDS',
  /** `command` is the name followed by a placeholder for a command, as `help.commands.more` shows it. */
  'help.commands.command': (command: string) => `${command} <command> --help`,
  'help.commands.more': (command: string) => `Use ${command} for more information about a command.`,
  'help.required': '(Required)',
  'help.default': (value: string) => `(Default: ${value})`,
  'help.examples': 'EXAMPLES',
  'help.arg.answersFile': 'Answers file (JSON or YAML), or - for standard input',
  'help.arg.databaseUrl':
    'file:<path> for SQLite or postgres://… (default: $DATABASE_URL, else SQLite at ./data/rolefit.db)',
  'help.lang': 'Language to print in (default: from LC_ALL, LC_MESSAGES or LANG, else English)',

  // How the command line was used (exit 2), and what should never happen.
  'usage.unknownCommand': (name: string) => `Unknown command ${name}`,
  'usage.noCommand': 'No command specified.',
  'usage.missingArgument': (name: string) => `Missing required positional argument: ${name}`,
  'usage.seeHelp': 'Run "rolefit --help" for the commands and their options.',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `unknown option "${option}" for rolefit ${command}; ${options.length > 0 ? `its options are: ${options.join(', ')}` : 'it takes no options'} (and --help)`,
  /** A required option left out; `description` is its help line, empty when it has none. */
  'usage.missingOption': (option: string, command: string, description: string) =>
    `rolefit ${command} needs ${option}${description ? ` (${description})` : ''}`,
  /** `value` is what `--lang` was given ("" for nothing), `languages` the ones it takes. */
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? '--lang needs a language' : `unknown language "${value}" for --lang`}; the languages are: ${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `unexpected error: ${detail}`,
  /** `--role` of analyze and check; `choices` are core's role ids. */
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `--role must be one of ${choices.join(', ')}, not "${value}"`,

  // Reading a file or standard input.
  'input.stdin': 'standard input',
  'input.waiting':
    'waiting for input on standard input: pipe a file in, or give a file path instead of "-"',
  'input.noFile': (path: string) => `no such file: ${path}`,
  'input.folder': (path: string) => `${path} is a folder; give a file`,
  'input.unreadable': (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  /** `name` is a path or `input.stdin`. */
  'input.empty': (name: string) => `${name} is empty; expected JSON such as {"answers": {…}}`,
  'input.notData': (name: string, reason: string) => `${name} is neither JSON nor YAML: ${reason}`,

  // rolefit quiz, and the quiz in the terminal.
  'quiz.help':
    'Take the quiz in the terminal, one question at a time (arrow or number keys, b to go back)',
  'quiz.help.json': 'Print the result object as JSON',
  'quiz.help.brief': 'Print the Markdown job brief instead of the result',
  'quiz.jsonAndBrief': 'choose one of --json or --brief, not both',
  'quiz.noTerminal':
    'rolefit quiz asks its questions in a terminal, and standard input is not one. To score answers from a file or a pipe, use: rolefit score <file|->   (question and option ids: rolefit questions)',
  'quiz.cancelled': 'quiz canceled; nothing was scored',
  'quiz.step': (n: number, of: number) => `Question ${n} of ${of}`,
  'quiz.step.optional': (n: number, of: number) => `Optional ${n} of ${of}`,
  'quiz.skip': 'Skip this question',
  'quiz.skip.clear': 'Clear my answer and skip',
  'quiz.back': '← Back',
  /**
   * The keys under a question, one hint each; `key` marks a key (drawn dim), `options` is how many
   * the question has, and the way back (the `b` key) is there when `canGoBack`.
   */
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ or 1-${options}`)} choose`,
    `${key('Enter')} confirm`,
    ...(canGoBack ? [`${key('b')} back`] : []),
    `${key('Ctrl-C')} quit`,
  ],
  'quiz.scored': 'Scored. Your result:',

  // rolefit questions.
  'questions.help': 'Print the quiz: question ids, prompts, and each option with its weights',
  'questions.help.json': 'Print the quiz definition as JSON',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `research ${research} · R&D ${rnd} · product ${product}`,
  'questions.context': 'Optional context (does not move the result)',
  'questions.howToAnswer':
    'Answer with {"answers": {"<question id>": "<option id>", …}} and run: rolefit score <file>',

  // rolefit score and rolefit brief.
  'score.help': 'Score answers from a JSON or YAML file, or from standard input (-)',
  'score.help.json': 'Print the full result object as JSON',
  /** `example` is an answers object in JSON. */
  'score.notAnswers': (example: string) =>
    `expected an object with "answers", like ${example}; see the ids with: rolefit questions`,
  'score.unscorable': (problems: readonly string[]) =>
    `these answers cannot be scored:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help': 'Print the Markdown job brief for answers from a JSON or YAML file, or - for stdin',
  'brief.help.json': 'Print {"result": …, "markdown": "…"} as JSON',

  // rolefit rubric.
  'rubric.help':
    "A review rubric for a role's work: levels by dimension, each line something a reviewer can check, as Markdown, CSV or JSON",
  /** `roles` are the role ids, `split` the name of the two-jobs split. */
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `The role whose work is graded: ${roles.join(', ')}, or ${split} for two jobs in one`,
  'rubric.help.regime':
    'separate-tracks (a ladder per track, and what each hands the next) or flat (one ladder under one title); default: what the grid recommends for the work',
  'rubric.help.levels': (min: number, max: number) => `Levels per ladder, from ${min} to ${max}`,
  'rubric.help.format':
    'md (Markdown to paste into a document), csv (a row per level and dimension, for a spreadsheet) or json (the Rubric object)',
  'rubric.help.json': 'Print the Rubric object as JSON (the same as --format json)',
  /** `value` is what the option was given, `choices` what it takes. */
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `--role must be one of ${choices.join(', ')}, not "${value}"`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `--regime must be ${choices.join(' or ')}, not "${value}"`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `--levels must be a whole number from ${min} to ${max}, not "${value}"; for example: --levels 4`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `--format must be one of ${choices.join(', ')}, not "${value}"`,
  /** `format` is the other format asked for with --format. */
  'rubric.jsonAndFormat': (format: string) =>
    `--json is the same as --format json, and --format asks for ${format}; give only one of them`,

  // rolefit portfolio, and the entries of a portfolio file.
  'portfolio.help':
    "A team's center of gravity and titling verdict from its workstreams or people, or an organization's from its teams (JSON/YAML)",
  'portfolio.help.file':
    'Workstreams or people, or an organization\'s "teams" (JSON or YAML), or - for standard input',
  'portfolio.help.teamSize': 'Also split this many people across the three roles (one team only)',
  'portfolio.help.weighting':
    'With "teams": weigh each team by its answers (responses) or by its headcount; default: the file\'s "weighting", else responses',
  'portfolio.help.json':
    'Print the portfolio object as JSON (for "teams": the organization view, as GET /api/orgs/<id> answers it)',
  /** `option` is `--weighting` or the file's `"weighting"`, `choices` what it takes. */
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `${option} must be ${choices.join(' or ')}, not "${value}"`,
  /** `value` is what was given, `max` the most people it takes. */
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `--team-size must be a positive whole number of people, from 1 to ${max}, not "${value}"; for example: --team-size 12`,
  'portfolio.unmappable': (reason: string) => `this portfolio cannot be mapped: ${reason}`,
  /** What an entry looks like; `example` is one in JSON. */
  'portfolio.entry.shape': (example: string) =>
    `${example} (work: research, rnd or product), or "shares", "result" or "answers" instead of "work"`,
  'portfolio.notList': (shape: string) =>
    `expected a list of workstreams or people, or an object with "items", "workstreams" or "people" holding one; each entry like ${shape}`,
  /** An entry, as the file names its list: a bare list or "items", "workstreams", "people". */
  'portfolio.noun.item': 'item',
  'portfolio.noun.workstream': 'workstream',
  'portfolio.noun.person': 'person',
  'portfolio.empty': (noun: string) => `the list is empty; give at least one ${noun}`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `${noun} ${n}${name === undefined ? '' : ` ("${name}")`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) =>
    `${entry} is not an object; expected ${shape}`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry}: these answers cannot be scored:\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry} is not valid:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  expected ${shape}`,

  // An organization's file for rolefit portfolio: "teams", each with its work.
  'org.file': 'the file',
  /** `where` is `org.file` or `org.team`; `keys` are the fields it should not have, `known` the ones it may. */
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `${where} has ${keys.map((k) => `"${k}"`).join(', ')}, which ${keys.length === 1 ? 'does' : 'do'} not belong there; the fields it may have are: ${known.join(', ')}`,
  /** What a team looks like; `example` is one in JSON. */
  'org.team.shape': (example: string) =>
    `${example}, or "answers" (a list, one {question id: option id} per member) or "workstreams" instead of "shares" and "responses"`,
  'org.notList': (shape: string) => `"teams" must be a list of teams, each like ${shape}`,
  'org.empty': (shape: string) =>
    `the "teams" list is empty; give at least one team, like ${shape}`,
  'org.name.invalid': (problems: readonly string[]) =>
    `"name", the organization's name, is not valid: ${problems.join('; ')}`,
  'org.team': (n: number, name: string | undefined) =>
    `team ${n}${name === undefined ? '' : ` ("${name}")`}`,
  'org.team.notObject': (team: string, shape: string) =>
    `${team} is not an object; expected ${shape}`,
  'org.team.noWork': (team: string) =>
    `${team} says nothing about its work; give one of "answers" (one entry per member), "shares" with "responses", or "workstreams"`,
  /** `given` are the kinds of work the team gives, as the file names them. */
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team} gives its work twice, as ${given.map((g) => `"${g}"`).join(' and ')}; keep only one of "answers", "shares" or "workstreams"`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team} is not valid:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  expected ${shape}`,
  /** `value` is what the file gave, in JSON. */
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team}: "minResponses" must be a whole number from ${least} to ${most}, as for a team on the server, not ${value}`,
  /** `example` is one member's answers in JSON. */
  'org.team.answers.notList': (team: string, example: string) =>
    `${team}: "answers" must be a list with one entry per member, each like ${example}`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}, member ${member}: these answers cannot be scored:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  see the question and option ids with: rolefit questions`,
  /** A problem with a team's workstreams, worded as for a one-team file. */
  'org.team.problem': (team: string, problem: string) => `${team}: ${problem}`,
  'org.team.duplicate': (name: string) =>
    `two teams are named "${name}"; give each team a name of its own`,
  'org.teamSize':
    '--team-size splits one team across the roles; with "teams" in the file, give each team its "headcount" instead',
  'org.weighting.single':
    '--weighting weighs teams against each other, and this file has no "teams" list; leave it out for one team',

  // rolefit analyze.
  'analyze.help':
    'Which role a job posting, review rubric or career ladder describes, level by level, with its evidence, wrong-column flags and rewrites',
  'analyze.help.file': 'Text file, or - for standard input',
  /** `roles` are core's role ids. */
  'analyze.help.role': (roles: readonly string[]) =>
    `Judge the levels and suggest rewrites against this role: ${roles.join(', ')} (default: the role the title names, else the text's own)`,
  'analyze.help.rewrite':
    'Print the text with every suggested rewrite applied instead of the report, to redirect into a file',
  'analyze.help.json': 'Print the analysis object as JSON',
  'analyze.jsonAndRewrite': 'choose one of --json or --rewrite, not both',
  /** Said on stderr after --rewrite printed the text. */
  'analyze.rewrite.none':
    "nothing to rewrite: no phrase grades another column than the role's, so the text is printed as it is",
  'analyze.rewrite.applied': (count: number) =>
    `${count} ${count === 1 ? 'rewrite' : 'rewrites'} applied; read the new wording before you use it`,

  // rolefit check.
  'check.help':
    'Do the job posting, the review rubric and the career ladder for one role grade the same column? Exit 0 when they agree, 1 when they do not',
  'check.help.posting': 'The job posting: a text file, or - for standard input',
  'check.help.rubric': 'The review rubric: a text file, or - for standard input',
  'check.help.ladder': 'The career ladder: a text file, or - for standard input',
  /** `roles` are core's role ids. */
  'check.help.role': (roles: readonly string[]) =>
    `The role the documents are for: ${roles.join(', ')} (default: the role of the first document that names one, the posting first)`,
  'check.help.json': 'Print the check object as JSON',
  'check.none':
    'give at least one document to check: --posting <file>, --rubric <file> or --ladder <file> (- reads standard input)',
  /** `option` is the option left without a file, `--posting`. */
  'check.noValue': (option: string) => `${option} needs a file, or - for standard input`,
  /** `options` are the options that all asked for standard input. */
  'check.stdinTwice': (options: readonly string[]) =>
    `only one document can come from standard input, and ${options.join(' and ')} ask for it (-); give the others as files`,
  /** `name` is a path or `input.stdin`. */
  'analyze.empty': (name: string) =>
    `${name} is empty; give the text of a job posting or review rubric`,
  /** `name` is a path or `input.stdin`; `command` is the `rolefit score` command line for it. */
  'analyze.answers': (name: string, command: string) =>
    `${name} looks like quiz answers (question and option ids), not the text of a job posting or review rubric. To score the answers, run: ${command}`,

  // rolefit serve and rolefit export.
  'serve.help':
    'Run the web app and HTTP API (JSON request logs on stdout); Ctrl-C or SIGTERM stops it cleanly',
  'serve.help.port': 'Port to listen on (default: $PORT, else 3000; 0 picks a free port)',
  'serve.help.host': 'Address to listen on (default: $HOST, else 0.0.0.0)',
  'serve.cannotStart': (reason: string) => `cannot start the server: ${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `rolefit is running at ${url} (${database}: ${location}). Ctrl-C stops it.`,
  'serve.ownerToken': (token: string) =>
    `The owner token for the analytics dashboard (/admin) and GET /api/stats, generated at this first start:\n\n    ${token}\n\nIt is shown only this once and stored only as a hash. Keep it in a password manager, or set ROLEFIT_ADMIN_TOKEN to a secret of your own (which then replaces it).`,
  'serve.stopping': (signal: string) => `${signal}: finishing in-flight requests, then stopping`,
  /** `option` is `--port`, or `PORT` when the port came from the environment. */
  'serve.port.invalid': (option: string, value: string) =>
    `${option} must be a whole number from 0 to 65535 (0 picks a free port), not "${value}"`,
  /** `url` has any password hidden. */
  'database.url.invalid': (url: string) =>
    `the database URL must start with file: (SQLite, e.g. file:./data/rolefit.db) or postgres:// (PostgreSQL), not "${url}"`,
  'export.help': 'Print the stored quiz responses as CSV or JSON, oldest first',
  'export.help.format': 'csv (one row per response, one column per question) or json (an array)',
  'export.help.since':
    'Only responses stored at or after this date (2025-01-31) or time (ISO 8601)',
  'export.help.teams':
    'Also export responses submitted for teams (left out by default: they belong to each team lead, as in the owner export)',
  'export.format.invalid': (value: string) => `--format must be csv or json, not "${value}"`,
  'export.since.invalid': (value: string) =>
    `--since must be a date like 2025-01-31 or a time like 2025-01-31T09:00:00Z, not "${value}"`,
  'export.noDatabase': (path: string) =>
    `no database at ${path}; run "rolefit serve" first, or point --database-url (or DATABASE_URL) at yours`,
  'export.cannotOpen': (reason: string) => `cannot open the database: ${reason}`,

  // Pieces shared by the result, the portfolio and the analysis.
  /** The labels in front of a line; the text after them lines up past the longest. */
  'label.work': 'Work',
  'label.measured': 'Measured',
  'label.spread': 'Spread',
  'label.titling': 'Titling',
  'label.risk': 'Risk',
  /** Lines that join two values: each language's punctuation between them. */
  'join.titling': (regime: string, verdict: string) => `${regime}. ${verdict}`,
  'join.work': (work: string, shares: string) => `${work}: ${shares}`,
  'join.spread': (value: string, band: string) => `${value}, ${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}, ${away}`,
  'confidence.high': (percent: string) => `high confidence (${percent})`,
  'confidence.moderate': (percent: string) => `moderate confidence (${percent})`,
  'confidence.low': (percent: string) => `low confidence (${percent})`,
  'share.research': (share: string) => `${share} research`,
  'share.rnd': (share: string) => `${share} R&D`,
  'share.product': (share: string) => `${share} product`,
  'work.twoJobs': 'Two jobs',
  'role.between': (a: string, b: string) => `Between ${a} and ${b}`,
  'titling.risk': (risk: string) => `Risk you accept: ${risk}`,
  'titling.manage': (manage: string) => `How to manage it: ${manage}`,
  'titling.other': (regime: string, verdict: string) => `${regime} instead: ${verdict}`,
  'grading.on': 'Grade on',
  'grading.off': 'Do not grade on',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `Two jobs in one: ${a} ${aShare} + ${b} ${bShare}`,
  /** `share` is what the part takes: `twoJobs.share.week`, `.team` or `.text`. */
  'twoJobs.gradePart': (role: string, share: string) => `Grade the ${role} part (${share}) on`,
  'twoJobs.share.week': (share: string) => `${share} of the week`,
  'twoJobs.share.team': (share: string) => `${share} of the team's effort`,
  'twoJobs.share.text': (share: string) => `${share} of the work it describes`,
  'twoJobs.waysOut': 'Ways out',

  // A quiz result (rolefit score, rolefit quiz).
  'result.oneAnswerAway': (role: string) => `one answer away from ${role} leading`,
  'result.why': 'Why',
  'result.why.middle': 'holds the middle',
  /** How far and which way an answer pulls, as core's `pullStrength` grades it. */
  'result.why.strong.research': 'pulls strongly toward the research end',
  'result.why.strong.product': 'pulls strongly toward the product end',
  'result.why.slight.research': 'pulls slightly toward the research end',
  'result.why.slight.product': 'pulls slightly toward the product end',
  /** `direction` is one of the `result.why.*` above; `role` is where this answer alone points. */
  'result.why.alone': (direction: string, role: string) =>
    `${direction}; on its own, it points to ${role}`,
  'result.change': 'What would change it',
  'result.change.note':
    'Each set of changes gives that role alone: not between two roles, not two jobs.',
  'result.change.role': (role: string, changes: number) =>
    `${role} alone: change ${changes} ${changes === 1 ? 'answer' : 'answers'}`,
  'result.change.answer': (question: string, answer: string) => `${question} → "${answer}"`,
  'result.mismatches': 'Wrong column',

  // A team's portfolio (rolefit portfolio).
  'portfolio.centre': (role: string) => `Center of gravity: ${role}`,
  'portfolio.summary': (entries: number, effort: number) =>
    `${entries} ${entries === 1 ? 'entry' : 'entries'}, effort ${effort}`,
  'spread.tight': 'tight: the work is much alike',
  'spread.moderate': 'moderate: the work reaches into a neighbouring column',
  'spread.wide': 'wide: the work pulls toward both ends of the spectrum',
  'portfolio.staffing': 'Staffing mix (follows the effort in each column)',
  'roles.research-scientist': 'research scientists',
  'roles.research-engineer': 'research engineers',
  'roles.ai-engineer': 'AI engineers',
  /** `role` is core's name for one inside a sentence, `roles` this catalogue's for several. */
  'portfolio.staffing.role': (people: number, role: string, roles: string) =>
    `${people} ${people === 1 ? role : roles}`,
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `For ${people} ${people === 1 ? 'person' : 'people'}: ${roles.join(', ')}`,
  'portfolio.entries': 'Entries',
  'portfolio.entries.effort': (effort: string) => `effort ${effort}`,

  // An organization's portfolio (rolefit portfolio with "teams").
  /** `org` is the file's "name" if it gives one; `verdict` the center of gravity or two jobs. */
  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `${org} — ${verdict}`,
  'org.summary': (teams: number, counting: number) =>
    `${counting} of ${teams} ${teams === 1 ? 'team counts' : 'teams count'}`,
  'org.noCentre': 'No center of gravity yet: no team has enough answers',
  'org.teams': 'Teams',
  'org.weighting.responses': 'Each team weighs by its answers.',
  'org.weighting.headcount': 'Each team weighs by its headcount.',
  'org.weighting.fallback': (given: number, of: number) =>
    `Headcount was asked for, but ${given === 0 ? 'no team gave one' : `only ${given} of ${of} teams gave one`}, so each team weighs by its answers instead.`,
  'org.team.answers': (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`,
  /** Only whole batches of the team's minimum count, oldest first, as on the server. */
  'org.team.batches': (counted: number, given: number, min: number) =>
    `${counted} of ${given} answers count (batches of ${min})`,
  'org.team.workstreams': (n: number) => `${n} ${n === 1 ? 'workstream' : 'workstreams'}`,
  'org.team.headcount': (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  'org.team.weight': (share: string) => `weighs ${share}`,
  /** `regime` is what the team's own work would call for. */
  'org.team.against': (regime: string) => `against the org's regime; on its own: ${regime}`,
  'org.team.waiting': (given: number, min: number) =>
    `not enough answers yet (${given} of ${min}); contributes nothing`,
  'org.heatmap': 'Work mix by team',
  'org.heatmap.org': 'The whole org',

  // A posting or rubric (rolefit analyze).
  'column.research': 'research',
  'column.rnd': 'R&D',
  'column.product': 'product',
  'analysis.kind.posting': 'reads as a posting',
  'analysis.kind.rubric': 'reads as a rubric',
  'analysis.title': (title: string, column: string) => `title "${title}" names ${column} work`,
  'analysis.title.noColumn': (title: string) => `title "${title}" names no column`,
  'analysis.noRole': 'No role: the text says too little about the work',
  'analysis.notEnough':
    'Not enough to say: too little here describes research, R&D or product work.',
  'analysis.truncated': (chars: number) => `Only the first ${chars} characters were read.`,
  'analysis.evidence': (phrases: number) =>
    `Evidence (${phrases} ${phrases === 1 ? 'phrase' : 'phrases'})`,
  'analysis.evidence.none': 'no phrase in the text speaks for any column',
  'analysis.evidence.line': (line: number) => `line ${line}`,
  'analysis.evidence.negated': 'negated',
  'analysis.evidence.measure': 'a measure',
  'analysis.section.title': 'title',
  'analysis.section.summary': 'summary',
  'analysis.section.responsibilities': 'responsibilities',
  'analysis.section.requirements': 'requirements',
  'analysis.section.nice-to-have': 'nice-to-have',
  'analysis.section.metrics': 'metrics',
  'analysis.section.company': 'company',
  'analysis.section.benefits': 'benefits',
  'analysis.section.legal': 'legal',
  'analysis.flags': 'Flags',
  /** `role` is core's name for it inside a sentence. */
  'analysis.asked': (role: string) => `levels and rewrites judged against ${role} work (--role)`,
  'analysis.levels': (count: number) => `Levels (${count})`,
  /** `column` is a `column.*` name, `shares` the level's shares as one line. */
  'analysis.level.grades': (column: string, shares: string) => `grades ${column}: ${shares}`,
  'analysis.level.tooLittle': 'says too little to tell',
  'analysis.suggestions': (count: number) => `Suggested rewrites (${count})`,
  /** `instead` is the text as written, `write` what to write there (in the text's language, English). */
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `line ${line}: instead of "${instead}", write "${write}"`,
  /** `command` prints the whole text with the rewrites applied. */
  'analysis.suggestions.apply': (command: string) => `The whole text rewritten: ${command}`,

  // The check of a posting, a rubric and a ladder (rolefit check).
  /** A document as the table and a sentence name it. */
  'check.document.posting': 'posting',
  'check.document.rubric': 'rubric',
  'check.document.ladder': 'ladder',
  /** `role` is core's name for it inside a sentence. */
  'check.disagree': (count: number, role: string) =>
    `${count} ${count === 1 ? 'mismatch' : 'mismatches'}: not every document grades ${role} work.`,
  'check.against.asked': (role: string) => `Checked against ${role} work, as --role asks.`,
  /** `document` is a `check.document.*` name. */
  'check.against.document': (role: string, document: string) =>
    `Checked against ${role} work, the role the ${document} names.`,
  'check.table.document': 'Document',
  'check.table.file': 'File',
  'check.table.role': 'Role',
  'check.table.work': 'Work',
  'check.role.none': 'too little to tell',
  'check.mismatches': (count: number) => `Mismatches (${count})`,
  /** Above the role's own measures, when the fix does not introduce them itself. */
  'check.gradeOn': (role: string) => `Grade ${role} work on:`,
  'check.rewrites': 'Suggested rewrites',
  'check.rewrites.count': (count: number) => `${count} ${count === 1 ? 'rewrite' : 'rewrites'}`,
  /** `command` prints the document with its rewrites applied. */
  'check.rewrites.hint': (command: string) => `apply with: ${command}`,
} as const;

/**
 * The shape every language's catalogue must have: the same ids, strings where English has a
 * string, the same function signatures where it has a function. A missing id or a wrong
 * signature is a compile error (see `messages.test.ts`).
 * @example const fr: Messages = { 'help.usage': 'UTILISATION', … }
 */
export type Messages = Catalogue<typeof en>;
