/** Number words for small counts, as English sentences start with them: "Five questions". */
const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);
const questions = (n: number) => (n === 1 ? 'question' : 'questions');
const answers = (n: number, lower = false) =>
  n === 1 ? (lower ? 'one answer' : 'One answer') : `${n} answers`;

/**
 * The web app's English text, keyed by stable dotted ids grouped by page or component. A value is
 * a string, or a function for anything with values or plurals; numbers arrive already formatted
 * where they are shares (`shared/percent.ts`). Markup a sentence needs is written as tags
 * (`<kbd>`, `<a>`, `<code>`, `<strong>`) that `richText` turns into elements, so a translation
 * can move them. Core's framework text (role names, summaries, grade-on lists…) is not here.
 */
export const en = {
  // The static pages, rendered into the HTML at build time (vite.config.ts).
  'page.description': (questionCount: number) =>
    `Which role does your AI work call for: research scientist, research engineer or AI engineer? ${countWord(questionCount)} ${questions(questionCount)}, a minute, and advice on grading and titling.`,
  'page.skip': 'Skip to content',
  'page.noscript': 'rolefit needs JavaScript to run the quiz and draw results.',
  'page.noscript.teams': 'rolefit needs JavaScript for team mode.',
  'page.noscript.admin': 'The owner dashboard needs JavaScript to draw its charts.',
  'page.noscript.analyze':
    'The analyzer runs in your browser and needs JavaScript. Without it, use the command line (<code>rolefit analyze posting.txt</code>) or <code>POST /api/analyze</code>.',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit: which role does this work call for?',
  'page.result.title': 'Your result',
  'page.framework.title': 'The framework',
  'page.notFound.title': 'Page not found',
  'page.admin.title': 'Owner dashboard',
  'page.analyze.title': 'Analyze a posting',
  'page.analyze.description':
    'Paste a job posting or a review rubric: which AI role does it really describe, and does it grade on the wrong column? Runs in your browser; the text is never sent.',
  'page.teams.title': 'Team mode',
  'page.teams.description':
    "Map your team's AI work: members take the quiz, you see the centre of gravity and whether separate title tracks or one flat title fit.",
  'page.team.title': 'Team dashboard',
  'page.team.description': "Your team's map: centre of gravity, titling regime and staffing mix.",
  'page.join.title': 'Join your team',
  'page.join.description': "Take the rolefit quiz about your own week for your team's map.",

  // Header and footer of every page.
  'site.brand': 'rolefit',
  'site.nav.label': 'Main',
  'site.nav.quiz': 'Quiz',
  'site.nav.framework': 'Framework',
  'site.nav.teams': 'Teams',
  'site.nav.analyze': 'Analyze',
  'site.footer.links': 'rolefit is open source. <a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': 'There is no page here',
  'notFound.lead': 'The address may be mistyped, or the page may have moved.',
  'notFound.quiz': 'Take the quiz',
  'notFound.framework': 'Read the framework',

  // The quiz: its intro and steps.
  'quiz.count': (n: number) => `${countWord(n)} ${questions(n)}`,
  'quiz.count.optional': (n: number) => `${countWord(n)} optional ${questions(n)}`,
  'quiz.step.title': (n: number, of: number) => `Question ${n} of ${of}`,
  'quiz.intro.eyebrow': (questionCount: number) =>
    `${countWord(questionCount)} ${questions(questionCount)} · about a minute`,
  'quiz.intro.what':
    'You get where the work sits between research scientist, research engineer and AI engineer, what to grade that role on (and what not to), and whether separate title tracks or one flat title suit the team.',
  'quiz.intro.note':
    'It is advice about work, not a verdict about a person, so please do not use it to screen candidates.',
  'quiz.intro.start': 'Start the quiz',
  'quiz.intro.continue': 'Continue where you left off',
  'quiz.intro.restart': 'Start over',
  'quiz.intro.keys': (maxKey: number) =>
    `Keyboard: <kbd>1</kbd>–<kbd>${maxKey}</kbd> pick an answer, <kbd>Enter</kbd> goes on, <kbd>Backspace</kbd> goes back.`,
  'quiz.hint.pick': 'Pick one answer to go on.',
  'quiz.context.lead':
    'They do not move the result. They show whether the title and the review metrics in place today fit the work.',
  'quiz.finish': 'See the result',
  'quiz.next': 'Next',
  'quiz.back': 'Back',
  'quiz.skip': 'Skip',
  'quiz.skip.clear': 'Clear and skip',

  // The result page.
  'result.title': (headline: string) => `${headline} · rolefit result`,
  'result.title.twoJobs': (roles: string) => `Two jobs: ${roles}`,
  'result.title.between': 'Between two roles',
  'result.roles.plus': (a: string, b: string) => `${a} + ${b}`,
  'result.problem.retake':
    'Results live entirely in their link, so nothing is lost: take the quiz again and you get a fresh one.',
  'result.problem.quiz': 'Take the quiz',
  'result.problem.none.title': 'No result to show',
  'result.problem.none.lead':
    'This page shows a result when its link carries the answers, and this one carries none.',
  'result.problem.broken.title': 'This result link does not work',
  'result.problem.missing': 'This result link is missing some answers.',
  'result.problem.invalid': (message: string) =>
    `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
  'result.hero.twoJobs.eyebrow': 'This week holds two jobs',
  'result.hero.between.eyebrow': 'This work sits between',
  'result.hero.between.title': (a: string, b: string) => `${a} and ${b}`,
  'result.hero.callsFor.eyebrow': (role: string) =>
    `This work calls for ${/^[AEIOU]/i.test(role) ? 'an' : 'a'}`,
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `Open research fills ${research} of this week and shipping product ${product}, with ${rnd ? `only ${rnd} bridge work` : 'no bridge work'} (research engineering) joining them. An average of the answers would land near the research-engineer middle, but ${rnd ? 'little' : 'none'} of the work is there: these are two different jobs.`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': (position: string) => `This work · ${position}`,
  'result.hero.mix.twoJobs': 'Research and product work, with little between them. The mix:',
  'result.hero.mix': (work: string) => `${work} work. The mix:`,
  'result.hero.mix.label': 'Shares of the work by column',
  'result.confidence.badge': (band: string, share: string) => `${band} confidence · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `The ${role} part is the larger one, by ${points} points.`,
  'result.confidence.split.even': 'The two parts are the same size.',
  'result.confidence.between.leader': (role: string) =>
    `${role} work fills a little more of the week.`,
  'result.confidence.between.even': 'The two fill the week equally.',
  'result.confidence.another': 'another role',
  'result.confidence.distance': (changes: number, role: string) =>
    `${answers(changes)} away from ${role} leading.`,
  'result.actions.copyLink': 'Copy link',
  'result.actions.linkCopied': 'Link copied.',
  'result.actions.linkFailed': 'Copy failed: the link is in the address bar.',
  'result.actions.copyBrief': 'Copy brief',
  'result.actions.briefCopied': 'Job brief copied as Markdown.',
  'result.actions.briefFailed': 'Copy failed; try Download brief.',
  'result.actions.download': 'Download brief (.md)',
  'result.actions.downloaded': 'Job brief downloaded.',
  'result.actions.print': 'Print or save as PDF',
  'result.actions.retake': 'Retake the quiz',
  'result.titling.heading': (regime: string) => `Titling: ${regime.toLowerCase()}`,
  'result.titling.twoJobs':
    'This is the grid row of the larger part. With two jobs in one, settle the ways out above first: split roles each get their own row.',
  'result.grading.twoJobs.heading': 'Two jobs in one: how to grade them, and the ways out',
  'result.grading.heading': 'How to grade this role',
  'result.grading.trap':
    'Judging a role by another column’s metrics is the common trap: a research scientist on uptime, a product engineer on papers.',
  'result.mismatches.heading': 'Check today’s title and metrics',
  'result.why.heading': 'Why: how each answer pulled',
  'result.why.note':
    'Left of centre pulls toward the research scientist end, right toward the AI engineer end.',
  'result.change.heading': 'What would change the result',
  'result.change.note':
    'For each other role, the fewest answer changes after which the result names that role alone: not between two roles, not two jobs.',
  'result.change.role': (role: string, changes: number) =>
    `<strong>To get ${role} alone</strong>: change ${answers(changes, true)}.`,
  'result.change.arrow': ' → ',
  'pulls.middle': 'Holds the middle',
  'pulls.strong.research': 'Strong pull toward the research end',
  'pulls.strong.product': 'Strong pull toward the product end',
  'pulls.slight.research': 'Slight pull toward the research end',
  'pulls.slight.product': 'Slight pull toward the product end',
  'pulls.answer': (label: string) => `“${label}”`,
  'pulls.alone': (role: string) => `On its own, this answer points to: ${role}.`,

  // Pieces shared by the result, the framework page, the analyzer and team pages.
  'column.research': 'Research',
  'column.rnd': 'R&D',
  'column.product': 'Product',
  'mix.legend': (column: string, share: string) => `${column} ${share}`,
  'grading.on': 'Grade on',
  'grading.off': 'Do not grade on',
  'fit.fits': 'Fits',
  'fit.works': 'Works',
  'fit.risky': 'Risky',
  'fit.overhead': 'Overhead',
  'grid.risk': 'Risk you accept',
  'grid.manage': 'How to manage it',
  'grid.example': 'In practice',
  'grid.other': (regime: string) => `And ${regime.toLowerCase()}?`,
  'grid.caption': 'How each titling regime suits each kind of work',
  'grid.work': 'Dominant work',
  'grid.thisWork': 'This work',
  'grid.recommended': 'Recommended',
  'spectrum.line':
    'The spectrum from research scientist (0) through research engineer (0.5) to AI engineer (1).',
  'spectrum.marker': (label: string, position: string) => ` ${label} sits at ${position}.`,
  'twoJobs.part': (role: string) => `${role} part`,
  'twoJobs.share': (share: string, column: string) =>
    `<share>${share}</share> of the week is ${column} work`,
  'twoJobs.gradePart': (role: string) => `Grade the ${role} part on:`,
  'twoJobs.dont': 'Do not grade on',
  'twoJobs.risk': (risk: string) => `<strong>The risk: </strong>${risk}`,
  'twoJobs.ways': 'Ways out',

  // The owner dashboard (/admin).
  'admin.title': 'Owner dashboard',
  'admin.login.lead':
    'How readers answer the quiz on your pages: completions, roles, answers and where runs stop. Only aggregates; no reader is identified.',
  'admin.login.token': 'Owner token',
  'admin.login.kept': 'Kept in this tab only (session storage) and sent to this server alone.',
  'admin.login.submit': 'Open the dashboard',
  'admin.login.wrongToken':
    'That token is not the owner token. Use ROLEFIT_ADMIN_TOKEN, or the token the server printed when it first started.',
  'admin.offline': 'the server did not answer; check the connection and try again',
  'admin.exportFailed': (status: number) => `the export failed (${status}); log in again and retry`,
  'admin.lead':
    'Public quiz responses and funnel events, counted per UTC day. Team responses belong to their team lead and are not included.',
  'admin.range.from': 'From',
  'admin.range.to': 'To',
  'admin.range.page': 'Page',
  'admin.range.allPages': 'All pages',
  'admin.range.noPage': '(no page)',
  'admin.range.show': 'Show',
  'admin.range.backwards': 'The start day is after the end day.',
  'admin.export': (format: string) => `Export ${format.toUpperCase()}`,
  'admin.logOut': 'Log out',
  'admin.figure.completions': (n: number) => (n === 1 ? 'completed quiz' : 'completed quizzes'),
  'admin.figure.shown': (n: number) => (n === 1 ? 'quiz shown' : 'quizzes shown'),
  'admin.figure.started': (n: number) => (n === 1 ? 'run started' : 'runs started'),
  'admin.figure.completedShare': 'of shown quizzes completed',
  'admin.question.short': (n: number) => `Q${n}`,
  'admin.funnel.answered': (question: string) => `Answered ${question}`,
  'admin.funnel.shown': 'Shown',
  'admin.funnel.started': 'Started',
  'admin.funnel.completed': 'Completed',
  'admin.completions.heading': 'Completions per day',
  'admin.completions.chart': 'Completed quizzes per day',
  'admin.funnel.heading': 'Where runs stop',
  'admin.funnel.note': 'Quiz runs that reached each step (from funnel events).',
  'admin.funnel.chart': 'Runs per step',
  'admin.roles.heading': 'Roles',
  'admin.roles.chart': 'Results by role',
  'admin.work.heading': 'Dominant work',
  'admin.work.chart': 'Results by dominant kind of work',
  'admin.regimes.heading': 'Titling regimes',
  'admin.regimes.chart': 'Recommended titling regime',
  'admin.sources.heading': 'Sources',
  'admin.sources.none': 'No pages yet.',
  'admin.sources.chart': 'Completions by page',
  'admin.answers.heading': (n: number, prompt: string) => `Q${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `Answers to question ${n}`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}. ${figures.join(', ')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}: ${count}`,

  // Team mode.
  'join.eyebrow': (questionCount: number) =>
    `Your team · ${countWord(questionCount).toLowerCase()} ${questions(questionCount)} · about a minute`,
} as const;

/**
 * The shape every language's catalogue must have: the same ids, strings where English has a
 * string, the same function signatures where it has a function. A missing id or a wrong signature
 * is a compile error (see `en.test.ts`).
 * @example const es: Messages = { 'page.skip': 'Saltar al contenido', … }
 */
export type Messages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};
