import type { Catalogue } from '@rolefit/core';

/** Number words for small counts, as English sentences start with them: "Five questions". */
const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);
const questions = (n: number) => (n === 1 ? 'question' : 'questions');
const answers = (n: number, lower = false) =>
  n === 1 ? (lower ? 'one answer' : 'One answer') : `${n} answers`;
/** A count in the middle of a sentence: "the five dimensions". */
const smallCount = (n: number) => countWord(n).toLowerCase();
/** A name inside a sentence: "Research-heavy" → "research-heavy"; "R&D-heavy" and "AI" keep their capitals. */
const low = (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase());
/** A count of team answers as a figure: "1 answer", "12 answers". */
const countedAnswers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;
/** Why a team's answers show in whole batches (two release notes end with it). */
const NO_DIFFERENCING =
  'so no one’s answers can be picked out by comparing the map before and after.';

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
    "Map your team's AI work: members take the quiz, you see the center of gravity and whether separate title tracks or one flat title fit.",
  'page.team.title': 'Team dashboard',
  'page.team.description': "Your team's map: center of gravity, titling regime and staffing mix.",
  'page.join.title': 'Join your team',
  'page.join.description': "Take the rolefit quiz about your own week for your team's map.",
  'page.rubric.title': 'Review rubric',
  'page.rubric.description':
    'A review rubric for research scientists, research engineers or AI engineers: levels, what to grade the work on and what not to, under separate tracks or one flat title. Download it as Markdown, CSV or JSON.',
  'page.noscript.rubric': 'The rubric is written in your browser and needs JavaScript.',
  'page.check.title': 'Check a posting, rubric and ladder',
  'page.check.description':
    'Paste a job posting, a review rubric and a career ladder: do they all grade the same AI role, level by level? Runs in your browser; nothing is sent.',
  'page.noscript.check':
    'The check runs in your browser and needs JavaScript. Without it, read each document with <code>rolefit analyze</code> on the command line.',

  // Header and footer of every page.
  'site.brand': 'rolefit',
  'site.nav.label': 'Main',
  'site.nav.quiz': 'Quiz',
  'site.nav.framework': 'Framework',
  'site.nav.teams': 'Teams',
  'site.nav.analyze': 'Analyze',
  'site.language': 'Language',
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
  'result.hero.marker.work': 'This work',
  /** The one answer that would give another role, on the answer card. */
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `One answer would make it ${role}: “${prompt}” → “${label}”.`,
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
  /** Two sentences about the confidence, one after the other. */
  'result.confidence.sentences': (first: string, second: string) => `${first} ${second}`,
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
  'result.titling.heading': (regime: string) => `Titling: ${low(regime)}`,
  'result.titling.twoJobs':
    'This is the grid row of the larger part. With two jobs in one, settle the ways out above first: split roles each get their own row.',
  'result.grading.twoJobs.heading': 'Two jobs in one: how to grade them, and the ways out',
  'result.grading.heading': 'How to grade this role',
  'result.grading.trap':
    'Judging a role by another column’s metrics is the common trap: a research scientist on uptime, a product engineer on papers.',
  'result.mismatches.heading': 'Check today’s title and metrics',
  'result.why.heading': 'Why: how each answer pulled',
  'result.why.note':
    'Left of center pulls toward the research scientist end, right toward the AI engineer end.',
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
  'grid.other': (regime: string) => `And ${low(regime)}?`,
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

  // The framework page (/framework).
  'framework.title': (roles: number, regimes: number) =>
    `${countWord(roles)} roles on one line, ${smallCount(regimes)} ways to title them`,
  'framework.lead':
    'AI work is not one job. It runs from research that produces new knowledge, through the engineering that makes ideas testable at scale, to shipping known methods as reliable products. Where your work sits decides whom to hire, what to grade them on, and how to title the team.',
  'framework.roles.heading': (roles: number) => `The spectrum: ${smallCount(roles)} anchor roles`,
  'framework.roles.lead': (roles: number) =>
    `Real work rarely sits exactly on an anchor. Treat the ${smallCount(roles)} roles as points on a line, and the work as a position between them.`,
  'framework.roles.aliases': (aliases: readonly string[]) => `Also called: ${aliases.join(', ')}`,
  'framework.dimensions.heading': (dimensions: number) =>
    `${countWord(dimensions)} dimensions, side by side`,
  'framework.dimensions.lead': (dimensions: number) =>
    `The roles differ on the same ${smallCount(dimensions)} things. The quiz asks one question about each, always about the work.`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `The ${smallCount(roles)} roles on each of the ${smallCount(dimensions)} dimensions`,
  'framework.grading.heading': 'Grading, and the trap',
  'framework.grading.lead':
    'Each role has its own measure of a good year. The trap is grading a role on another column’s metrics: uptime targets choke the exploration a research scientist was hired for, and paper counts say nothing about what a product engineer shipped. The research engineer fits neither column, which is why it is so often graded badly.',
  'framework.grading.off': 'Not on',
  'framework.grid.heading': 'The grid: kind of work × titling regime',
  'framework.grid.lead': (regimes: number) =>
    `${countWord(regimes)} regimes: separate tracks, with their own titles and ladders, or one flat title for everyone. Each suits some kinds of work better than others.`,
  'framework.grid.row': (work: string, summary: string) => `${work}: <summary>${summary}</summary>`,
  'framework.choose.heading': 'How to choose',
  'framework.choose.describe':
    '<strong>Describe the work, not the people. </strong>Look at what fills most of the week: the question it answers, what it produces, what a good month improves, how long until you know, and whom you would hire for it.',
  'framework.choose.place': (dimensions: number) =>
    `<strong>Place it on the line. </strong>Each of those ${smallCount(dimensions)} answers pulls toward one end or the middle. The result is a position, and near a boundary it honestly says “between”.`,
  'framework.choose.centre':
    '<strong>Find the center of gravity. </strong>For a team, combine everyone’s work. The kind of work with the largest share decides which row of the grid you are in.',
  'framework.choose.regime':
    '<strong>Pick the regime from that row. </strong>No regime is right in general; it is right for a kind of work. Whichever you pick, name the risk you accept and how you will keep it small.',
  'framework.choose.grade':
    '<strong>Grade each role on its own column. </strong>Staff the research engineer deliberately: under one title it is what everyone ends up doing, under separate tracks it is the bridge that carries results into production.',

  // The review rubric (/rubric), and the links to it from a result and the framework page.
  'result.rubric': 'Get a review rubric for this role',
  'result.rubric.twoJobs': 'Get a review rubric for both jobs',
  'framework.grading.rubric': (role: string) => `Review rubric for the ${role} role`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels} levels · ${regime}`,
  'rubric.tabTitle': (role: string) => `Review rubric: ${role}`,
  'rubric.lead':
    'Pick the role, the titling regime and the number of levels, and the rubric below follows. Each level lists what a reviewer can check evidence for, and what not to grade the work on.',
  'rubric.updated': (title: string, levels: number) => `${title}, ${levels} levels.`,
  'rubric.form.label': 'Rubric options',
  'rubric.form.role': 'Role',
  'rubric.form.twoJobs': 'Two jobs in one',
  'rubric.form.levels': 'Levels',
  'rubric.form.levels.option': (levels: number) => `${levels} levels`,
  'rubric.form.regime': 'Titling regime',
  'rubric.actions.download': (format: string) => `Download ${format}`,
  'rubric.actions.downloaded': (format: string) => `Rubric downloaded as ${format}.`,
  'rubric.actions.copy': 'Copy Markdown',
  'rubric.actions.copied': 'Rubric copied as Markdown.',
  'rubric.actions.copyFailed': 'Copy failed; try Download Markdown.',
  'rubric.checkLink':
    'Have a posting or a career ladder for this role already? <a>Check them against each other</a>.',

  // The analyzer (/analyze): the form, then the sections of an analysis.
  'analyze.eyebrow': 'Analyze a posting or rubric',
  'analyze.title': 'Which role does this text actually describe?',
  'analyze.lead':
    'Paste a job posting or a performance review rubric. rolefit finds the phrases that speak for research, R&D or product work, places the work on the spectrum, and flags a title or a set of measures that belong to another column.',
  'analyze.input.label': 'Job posting or review rubric',
  'analyze.input.hint': (chars: string) =>
    `Plain text is best; headings and bullet lists help. The first ${chars} characters are read.`,
  'analyze.input.placeholder': 'Paste the text of a job posting or a review rubric here…',
  'analyze.privacy':
    '<strong>Private by design: </strong>the text is analyzed here, in your browser, and is never sent to a server or stored.',
  'analyze.example.try': 'Try an example',
  'analyze.example.shown': (n: number, of: number, name: string) =>
    `Example ${n} of ${of}: ${name}.`,
  'analyze.example.wrongMetrics': 'a product posting graded on papers',
  'analyze.example.titleMismatch': 'a "scientist" title on product work',
  'analyze.example.researchEngineer': 'a research engineer posting',
  'analyze.example.rubric': 'a review rubric for research scientists',
  'analyze.example.ladder': 'a career ladder with one level graded on the wrong column',
  'analyze.clear': 'Clear',
  'analyze.empty.heading': 'Nothing to analyze yet',
  'analyze.otherLanguage.heading': 'Only English postings for now',
  'analyze.otherLanguage.lead':
    'This text doesn’t look like English. The analyzer reads English postings and rubrics only: postings in other languages are not analyzed yet, so it shows no result rather than a wrong one.',
  'analyze.empty.lead':
    'Paste a job posting or a review rubric above, or try an example. The analysis appears here as you type: the role the work calls for, the phrases that say so, and any flags for grading on the wrong column.',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}, ${band.toLowerCase()} confidence, ${flags === 0 ? 'no flags' : flags === 1 ? '1 flag' : `${flags} flags`}.`,
  'analyze.status.between': (a: string, b: string) => `Between ${a} and ${b}`,
  'analyze.status.notEnough':
    'Not enough to say: paste the duties and requirements of the posting.',
  'analyze.kind.posting': 'posting',
  'analyze.kind.rubric': 'rubric',
  'analyze.summary.eyebrow': (kind: string) => `This ${kind} describes a`,
  'analyze.summary.eyebrow.between': (kind: string) => `This ${kind} sits between`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) => `This ${kind} asks for two jobs in one`,
  'analyze.summary.larger': (role: string, share: string) =>
    ` The larger part: ${role}, ${share} of the work.`,
  'analyze.summary.closest': (role: string) => ` Closest anchor: ${role}.`,
  'analyze.summary.title': (column: string) => ` The title “<title></title>” names ${column} work.`,
  'analyze.summary.title.noColumn': ' The title “<title></title>” names no column of work.',
  'analyze.summary.noTitle': ' No title line found.',
  'analyze.summary.marker': (position: string) => `This text · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) => `Average of both ends · ${position}`,
  'analyze.summary.work': (work: string) => `The work: ${low(work)}`,
  'analyze.summary.work.twoJobs':
    'The work: research and product, with little bridge work between them',
  'analyze.summary.measuredOn': (work: string) => `What it is measured on: ${low(work)}`,
  'analyze.summary.measures.label': 'Shares of the measures by column',
  'analyze.flag.titleMismatch': 'Title names another column',
  'analyze.flag.wrongColumnMetrics': 'Graded on another column',
  'analyze.flag.twoJobs': 'Two jobs in one',
  'analyze.flag.noEvidence': 'Nothing to go on',
  'analyze.flag.lowEvidence': 'Little to go on',
  'analyze.flag.truncated': 'Text cut short',
  'analyze.flag.binaryLooking': 'Not written text',
  'analyze.flag.levelDrift': 'Levels drift between columns',
  'analyze.flag.name': (name: string) => `${name}. `,
  'analyze.flags.heading': 'Flags',
  'analyze.flags.none.heading': 'No flags',
  'analyze.flags.none':
    'The title and the measures, where the text gives them, agree with the work it describes.',
  'analyze.notEnough.eyebrow': 'No placement',
  'analyze.notEnough.heading': 'Not enough to say',
  'analyze.notEnough.reason':
    'Too little here describes research, R&D or product work to place it.',
  'analyze.notEnough.title':
    'A title alone, like “<title></title>”, does not say what the work is: the same title covers very different weeks.',
  'analyze.notEnough.paste': 'Paste more of the text, for example:',
  'analyze.notEnough.duties': 'the duties: what the person will do week to week',
  'analyze.notEnough.requirements': 'the requirements: what they need to know or have done',
  'analyze.notEnough.measures': 'how the role is measured, or the criteria of the review rubric',
  'analyze.notEnough.note':
    'No role, position or shares are shown until the text describes the work: a guess from a few words would look more certain than it is.',
  'analyze.twoJobs.heading': 'Two jobs in one role',
  'analyze.evidence.heading': 'The evidence in your text',
  'analyze.evidence.label': 'Your text with the evidence marked',
  'analyze.evidence.negated': 'negated, counts against',
  'analyze.evidence.measure': 'a measure',
  'analyze.evidence.zero': 'not counted',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join(', '),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${weight} in ${section}`,
  'analyze.evidence.spoken': (notes: string) => ` (${notes})`,
  'analyze.section.title': 'title',
  'analyze.section.summary': 'summary',
  'analyze.section.responsibilities': 'responsibilities',
  'analyze.section.requirements': 'requirements',
  'analyze.section.niceToHave': 'nice-to-have',
  'analyze.section.metrics': 'metrics',
  'analyze.section.company': 'company',
  'analyze.section.benefits': 'benefits',
  'analyze.section.legal': 'legal',
  'analyze.legend.label': 'Legend',
  'analyze.legend.column': (column: string, phrases: number) =>
    `<column>${column}</column> work: ${phrases} ${phrases === 1 ? 'phrase' : 'phrases'}`,
  'analyze.legend.negated': '<sample>no PhD</sample> Negated: counts against its column',
  'analyze.legend.measure': '<sample>papers</sample> A measure: how the role is graded',
  'analyze.legend.boilerplate':
    '<sample>About us</sample> Dimmed: company, benefits or legal text, which counts for nothing',
  'analyze.advice.heading': 'Titling and grading for this work',
  'analyze.advice.twoJobs': (work: string) =>
    `This text holds two jobs, so the grid row below is half the picture: it is the row of ${low(work)} work, the larger part. Read it beside the two-jobs advice above.`,
  'analyze.advice.lead': (work: string, regime: string) => `${work} work, ${low(regime)}: `,
  'analyze.advice.grid.label': 'The titling grid',
  'analyze.advice.grid.link':
    '<a>Read the whole grid on the framework page</a>: how each kind of work fits each titling regime, with the risks to manage.',
  'analyze.advice.grading.twoJobs':
    'What to grade each part on, and what not to, is in the two-jobs advice above.',
  'analyze.advice.grading.on': 'Grade this role on',
  'analyze.advice.grading.off': 'Do not grade it on',
  'analyze.checkLink':
    '<a>Check a posting, rubric and ladder together</a>: do all three grade the same role?',
  'analyze.levels.heading': 'Level by level',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `${levels} levels, each read on its own for what its criteria grade${wrong === 0 ? '' : wrong === 1 ? '; one of them grades another column than the role’s' : `; ${wrong} of them grade another column than the role’s`}. Choose a level’s name to see its text marked below.`,
  'analyze.levels.noLadder': 'Other levels',
  'analyze.levels.grades': (column: string) => `Grades ${column} work`,
  'analyze.levels.few': 'Says too little to tell which column it grades',
  'analyze.levels.shares': (level: string) => `${level}: shares of its criteria by column`,
  'analyze.levels.shown': (level: string) => `${level} is marked in your text.`,
  'analyze.suggestions.heading': 'Suggested rewrites',
  'analyze.suggestions.lead': (count: number) =>
    `${count === 1 ? 'One passage grades' : `${count} passages grade`} another column than the role’s. What to write instead, in words that measure the role’s own work:`,
  'analyze.suggestions.item': 'Instead of “<from></from>” write “<to></to>”',
  'analyze.suggestions.copy': 'Copy rewritten text',
  'analyze.suggestions.copied': 'Copied: your text with every suggested rewrite applied.',
  'analyze.suggestions.copyFailed':
    'Copy failed: the browser refused the clipboard. Apply the rewrites by hand.',

  // The three-documents check (/check): posting, rubric and ladder against one role.
  'check.eyebrow': 'Posting, rubric and ladder',
  'check.title': 'Do your documents grade the same role?',
  'check.lead':
    'The job posting hires for a role, the review rubric grades it and the career ladder promotes it: all three should grade the same column of work. Paste any one or more of them.',
  'check.form.label': 'Documents to check',
  'check.input.hint': (chars: string) =>
    `Fill in any one or more. Texts are read in English, up to ${chars} characters each.`,
  'check.posting.label': 'Job posting',
  'check.rubric.label': 'Review rubric',
  'check.ladder.label': 'Career ladder',
  'check.role.label': 'The role they are for',
  'check.role.auto': 'As the posting reads',
  'check.role.hint': 'Without a posting, the first document that names a role decides.',
  'check.privacy':
    '<strong>Private by design: </strong>the texts are checked here, in your browser, and are never sent to a server or stored.',
  'check.submit': 'Check',
  'check.empty.heading': 'Nothing to check yet',
  'check.empty.lead':
    'Paste a job posting, a review rubric or a career ladder above, or all three, and press Check.',
  'check.agree.heading': 'The documents agree',
  'check.noRole.heading': 'No role to check against',
  'check.mismatches.count': (count: number) =>
    count === 1 ? 'One mismatch' : `${count} mismatches`,
  'check.against.asked': (role: string) => `Checked against ${role} work, the role you chose.`,
  'check.against.posting': (role: string) =>
    `Checked against ${role} work, as the job posting reads.`,
  'check.against.rubric': (role: string) =>
    `Checked against ${role} work, as the review rubric reads.`,
  'check.against.ladder': (role: string) =>
    `Checked against ${role} work, as the career ladder reads.`,
  'check.otherLanguage': (document: string) =>
    `${document}: only English texts can be checked for now, so this one was left out.`,
  'check.table.caption': 'Each document on its own',
  'check.table.document': 'Document',
  'check.table.role': 'Reads as',
  'check.table.shares': 'Shares of the work',
  'check.table.sharesOf': (document: string) => `${document}: shares of the work by column`,
  'check.table.verdict': 'Against the role',
  'check.table.agrees': 'Agrees',
  'check.table.few': 'Says too little to tell',
  'check.mismatches.heading': 'What does not match, and how to fix it',
  'check.gradeOn': (role: string) => `What ${role} work is graded on:`,
  'check.copy.posting': 'Copy rewritten posting',
  'check.copy.rubric': 'Copy rewritten rubric',
  'check.copy.ladder': 'Copy rewritten ladder',

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
  'admin.fields.heading': 'Hidden fields',
  'admin.fields.none':
    'No response in this range has carried hidden fields yet. Links to the quiz with <code>utm_*</code> or <code>ref</code> parameters bring them, and so does the widget’s <code>fields</code> attribute: see “Hidden fields” in <code>docs/integrations.md</code>.',
  'admin.fields.caption': (name: string) => `Completions by value of ${name}`,
  'admin.fields.completions': (n: number, figure: string) =>
    `${figure} ${n === 1 ? 'completed quiz' : 'completed quizzes'}`,
  'admin.fields.value': 'Value',
  'admin.fields.completed': 'Completed (share)',
  'admin.fields.share': (share: string) => `(${share})`,
  'admin.fields.filter': 'Filter',
  'admin.fields.only': 'Show only these',
  'admin.fields.onlyLabel': (name: string, value: string) =>
    `Show only these: responses with ${name} = ${value}`,
  'admin.fields.more': (n: number, figure: string) =>
    `and ${figure} more ${n === 1 ? 'value' : 'values'}`,
  'admin.filter.only': 'Only responses with <name></name> = <value></value>',
  'admin.filter.clear': 'Show all responses',
  'admin.figure.notCounted': 'not counted for a hidden field: page events carry no fields',
  'admin.funnel.noFields':
    'The funnel is counted from page events (shown, started, answered), which carry no hidden fields, so it cannot be limited to one.',
  'admin.answers.heading': (n: number, prompt: string) => `Q${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `Answers to question ${n}`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}. ${figures.join(', ')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}: ${count}`,

  // Organisations (/org): an org admin gathers teams' centers, with their leads' consent.
  'org.page.title': 'Organization',
  'org.page.description':
    'Your teams side by side: where each team’s work sits, the organization’s center of gravity and the titling regime it calls for.',
  'org.noscript': 'rolefit needs JavaScript for the organization page.',
  'org.title': (name: string) => `${name} · rolefit organization`,
  'org.create.heading': 'See all your teams’ work in one view',
  'org.create.lead':
    'Create an organization, then add teams with their leads’ consent. You see where each team’s work sits, the organization’s center of gravity and the titling regime it calls for. Only team centers come in: never a member’s answers.',
  'org.create.name': 'Organization name',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': 'Create the organization',
  'org.create.noName': 'Give the organization a name.',
  'org.create.creating': 'Creating the organization…',
  'org.created.heading': 'Keep this link: it is the only key',
  'org.created.lead':
    'Anyone with this link can see the organization, add and remove teams and delete it. It is shown this once: rolefit keeps only a fingerprint of its secret and cannot show it again. Save it somewhere private, such as a password manager.',
  'org.created.link': 'Organization admin link (for you only)',
  'org.problem.create': 'Create a new organization',
  'org.problem.badKey.title': 'This organization link does not work',
  'org.problem.badKey.lead':
    'The organization may have been deleted, or the link was not copied whole. Open the full admin link again, or create a new organization.',
  'org.problem.load': 'The organization could not load',
  'org.count': (teams: number, created: string) =>
    `${teams === 1 ? 'One team' : `${teams} teams`} · created ${created}`,
  'org.empty.heading': 'No team counts yet',
  'org.empty':
    'Add a team below. Once a team has its minimum of answers, its work shows here and the organization gets a center of gravity and a titling regime.',
  'org.weighting.legend': 'Weigh each team by',
  'org.weighting.responses': 'Answers',
  'org.weighting.headcount': 'Headcount',
  'org.weighting.byResponses':
    'Weighed by answers: each team counts by the answers its center is drawn from.',
  'org.weighting.byHeadcount':
    'Weighed by headcount: each team counts by the number of people its lead gave.',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `Weighed by answers: weighing by headcount needs a headcount for every team that counts, and ${given} of ${of} have one. Add a team again with its headcount to give it one.`,
  'org.verdict.heading': (regime: string) => `For the organization: ${low(regime)}`,
  'org.verdict.twoJobs': (work: string) =>
    `With the organization split between the two ends, this row is half the picture: it is the grid row of ${low(work)} work. Read it beside the two-jobs advice below.`,
  'org.twoJobs.heading': 'Your organization does two jobs, not one',
  'org.twoJobs.whose': 'its teams’ centers',
  'org.spectrum.heading': 'Where each team’s work sits',
  'org.spectrum.marker': 'Organization center',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `Each team’s center on the spectrum from research scientist (0) to AI engineer (1): ${teams.join('; ')}. The organization’s center sits at ${center}.`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}, ${name}, at ${position} (${countedAnswers(responses)})`,
  'org.spectrum.legend':
    'Each dot is a team, numbered as in the list of teams; the more answers behind a team, the bigger its dot. The labeled marker is the organization’s center.',
  'org.heatmap.heading': 'The mix of work, team by team',
  'org.heatmap.caption':
    'Each team’s share of work in each column; the stronger the tint, the larger the share. The largest share of each row is in bold.',
  'org.heatmap.team': 'Team',
  'org.heatmap.whole': 'Whole organization',
  'org.notYet': (responses: number, min: number) =>
    `Not enough answers yet (${responses} of ${min}): contributes nothing`,
  'org.against.heading': 'Teams against the organization’s regime',
  'org.against.lead': (regime: string) =>
    `These teams’ own work would call for a regime other than ${low(regime)}. One regime for all is friction for them; here is the risk it brings each one and how to manage it.`,
  'org.against.team': (work: string, own: string, org: string) =>
    `Its own work is ${low(work)}, which would call for ${low(own)}. Under the organization’s ${low(org)}:`,
  'org.against.none': (regime: string) =>
    `Every team that counts does work that calls for ${low(regime)} too: one regime suits them all.`,
  'org.teams.heading': 'Teams',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · ${countedAnswers(responses)}${headcount === null ? '' : ` · ${headcount} ${headcount === 1 ? 'person' : 'people'}`} · weight ${weight}`,
  'org.team.remove': 'Remove',
  'org.team.remove.name': (name: string) => `Remove ${name} from the organization`,
  'org.team.confirm':
    'Remove <name></name> from the organization? The team keeps its dashboard and answers; its lead can add it again.',
  'org.team.removeForGood': 'Remove the team',
  'org.team.keep': 'Keep it',
  'org.team.removing': 'Removing…',
  'org.team.removed': (name: string) => `${name} is no longer in the organization.`,
  'org.add.heading': 'Add a team',
  'org.add.lead':
    'A team joins with its lead’s consent: paste the lead’s dashboard link, which holds the team’s admin key. The key is checked and not kept, and the organization sees only the team’s center, never its dashboard or anyone’s answers.',
  'org.add.link': 'The team lead’s dashboard link',
  'org.add.link.hint': 'The link the lead got when creating the team; it ends in #admin=….',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': 'Or enter the team id and admin secret',
  'org.add.id': 'Team id',
  'org.add.secret': 'Team admin secret',
  'org.add.headcount': 'Headcount (optional)',
  'org.add.headcount.hint':
    'How many people the team has, to weigh teams by headcount. Adding a team again updates it.',
  'org.add.submit': 'Add the team',
  'org.add.adding': 'Adding the team…',
  'org.add.added': 'Team added.',
  'org.add.noKey': 'Paste the lead’s dashboard link, or enter the team id and its admin secret.',
  'org.add.notLeadLink':
    'That is not a team lead’s dashboard link: it should end in #admin= followed by the team’s key.',
  'org.add.orgLink':
    'That is an organization’s link, not a team lead’s. Ask the lead for their team dashboard link.',
  'org.add.badHeadcount': 'The headcount is a whole number from 1 up; or leave it empty.',
  'org.add.refused':
    'No team has that id and secret. Ask the lead for their current dashboard link.',
  'org.data.heading': 'The organization’s data',
  'org.data.export':
    'One row per team: its answers, weight, position, mix of work, dominant work and whether it sits against the organization’s regime. Team centers only, nothing about a member.',
  'org.data.delete': 'Delete the organization…',
  'org.data.confirm':
    'Delete <name></name>? Its admin link stops working. Its teams stay as they are, with their dashboards and answers.',
  'org.data.deleteForGood': 'Delete the organization',
  'org.data.keep': 'Keep the organization',
  'org.deleted.title': 'Organization deleted',
  'org.deleted.lead':
    'Its admin link no longer works. The teams that were in it keep their dashboards and answers.',

  // Team mode: creating a team (/teams).
  'teams.title': 'Where is your team’s center of gravity?',
  'teams.lead':
    'Create a team, send the join link to the people doing the work, and each takes the quiz about their own week. You see the team as a whole: where its work sits between research and product, which titling regime fits, and a staffing mix.',
  'teams.point.aggregates':
    'Nobody sees anyone else’s answers; you see aggregates only once enough people have answered.',
  'teams.point.lead':
    'You can list workstreams yourself and take the quiz as you see the team’s work.',
  'teams.point.export':
    'Export the anonymous answers as CSV or JSON, or delete the team and everything in it.',
  'teams.form.name': 'Team name',
  'teams.form.name.placeholder': 'Applied ML',
  'teams.form.min': 'Answers needed before results show',
  'teams.form.min.hint': (least: number, most: number) =>
    `From ${least} to ${most}. Below this number the dashboard shows nothing about the answers, so no one can be picked out.`,
  'teams.form.submit': 'Create the team',
  'teams.form.noName': 'Give the team a name.',
  'teams.form.badMin': (least: number, most: number) =>
    `The minimum must be a whole number from ${least} to ${most}.`,
  'teams.form.creating': 'Creating the team…',
  'teams.created.title': 'Team created',
  'teams.created.heading': 'Team created: <name></name>',
  'teams.created.save': 'Save the admin link now',
  'teams.created.save.lead':
    'It is the only key to your team’s results and to deleting the team. It is shown this once: rolefit keeps only a fingerprint of the secret in it and cannot show it again. Keep it somewhere private, such as a password manager.',
  'teams.created.adminLink': 'Admin link (for you only)',
  'teams.created.share': 'Share the join link with your team',
  'teams.created.joinLink': 'Join link (for members)',
  'teams.created.joinLink.hint':
    'Members take the quiz about their own week and see only their own result. They cannot read the team’s results with it.',

  // Team mode: the lead's dashboard (/team). A name a person typed is a `<name></name>` tag,
  // drawn from the data, so nothing typed is ever read as a tag.
  'team.title': (page: string) => `${page} · rolefit team`,
  'team.problem.create': 'Create a new team',
  'team.problem.noKey.title': 'Open your admin link',
  'team.problem.noKey.lead':
    'The dashboard opens from the admin link you got when you created the team. It keeps the key only in this tab, so open the link again in a new tab or after closing this one.',
  'team.problem.badKey.title': 'This admin link does not work',
  'team.problem.badKey.lead':
    'The team may have been deleted, or the link was cut short when it was copied. Open the full admin link you saved when you created the team.',
  'team.problem.load': 'The dashboard could not load',
  'team.deleted.title': 'Team deleted',
  'team.deleted.lead': (responses: number) =>
    `The team, its ${responses} answers, the workstreams and your view are gone. The join link and the admin link no longer work.`,
  'team.count': (responses: number, batch: number, created: string) =>
    `${countedAnswers(responses)} · the map shows them ${batch} at a time · created ${created}`,
  'team.needed.heading': (needed: number) =>
    `${needed} more ${needed === 1 ? 'answer' : 'answers'} needed`,
  'team.needed.lead': (batch: number) =>
    `The team’s map appears once ${batch} people have answered, and later answers join it ${batch} at a time, so nobody’s answers can be singled out. Share the join link:`,
  'team.joinLink': 'Join link for members',
  'team.joinLink.more': 'Join link to invite more members',
  'team.release.all': (released: number, batch: number) =>
    `The map and the export include all ${countedAnswers(released)}. New answers show ${batch} at a time, ${NO_DIFFERENCING}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `${replaced === 1 ? 'One of them was answered again' : `${replaced} of them were answered again`} from the same browser, so the map counts ${people} people, each with their latest answers.`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `The map and the export include ${released} of the ${countedAnswers(responses)}. The next ${batch} show together once ${more} more ${more === 1 ? 'person answers' : 'people answer'}, ${NO_DIFFERENCING}`,
  'team.copy': 'Copy',
  'team.copy.done': 'Copied.',
  'team.copy.failed': 'Copy failed: select the link and copy it.',
  'team.saving': 'Saving…',
  'team.api.offline': 'The server could not be reached. Check the connection and try again.',
  'team.api.offline.export': 'The server could not be reached.',
  'team.api.status': (status: number) => `The server answered ${status}.`,
  'team.map.heading': 'Where the team’s work sits',
  'team.map.marker': 'Team center',
  'team.map.marker.twoJobs': 'Team average',
  'team.map.spectrum': (positions: readonly string[], center: string, spread: string) =>
    `The spectrum from research scientist (0) to AI engineer (1). ${positions.length} members sit at ${positions.join(', ')}; the team's center of gravity is ${center}, spread ${spread} either side.`,
  'team.map.spectrum.twoJobs':
    ' The team is split between the two ends, so the center is an average that few members work near.',
  'team.map.spectrum.lead': (position: string) => ` Your own view sits at ${position}.`,
  'team.map.legend': (withLead: boolean) =>
    `Each dot is one member, with no name and in no order. The band shows the spread around the center of gravity${withLead ? '; the ring is your own view.' : '.'}`,
  'team.map.legend.twoJobs':
    ' With the team split between the two ends, the center is only an average: few members work near it.',
  'team.map.centre': 'Center of gravity',
  'team.map.centre.value': (position: string, place: string) => `${position}: ${place}`,
  'team.map.spread': 'Spread',
  'team.map.spread.value': (spread: string, band: string) => `${spread}, ${band}`,
  'team.map.spread.tight': 'tight: most people do similar work',
  'team.map.spread.moderate': 'moderate',
  'team.map.spread.wide': 'wide: the team spans the spectrum',
  'team.map.roles': 'Answers by role',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role}: ${count}`,
  'team.place.between': (a: string, b: string) => `between ${a} and ${b}`,
  'team.place.twoJobs': (a: string, b: string) => `split between ${a} and ${b} (two jobs)`,
  'team.work': (work: string, summary: string) => `${work}. ${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `Both ends: ${research} research and ${product} product work, with ${rnd} bridge (R&D) work between them.`,
  'team.titling.twoJobs': (work: string) =>
    `With the team split, this row is half the picture: it is the grid row of ${low(work)} work, one of the two ends. Read it beside the two-jobs advice above.`,
  'team.staffing.heading': 'A staffing mix that follows the work',
  'team.staffing.note':
    'The share of people in each role follows the share of effort in each column. Change the team size to see whole people.',
  'team.staffing.size': 'Team size',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `For ${people} ${people === 1 ? 'person' : 'people'}: ${roles.join(' · ')}.`,
  'team.staffing.role': (role: string, count: number) => `${role} ${count}`,
  'team.trap.heading': 'The wrong-column trap',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `${title} of ${of} hold a title from another column than their work; ${review} of ${of} are reviewed on another column’s metrics.`,
  'team.trap.judged': (people: number) =>
    `${people} ${people === 1 ? 'person is' : 'people are'} judged by a yardstick their work does not aim at. Grading research on uptime, or product work on papers, pushes people toward the wrong work.`,
  'team.trap.titleOnly': (people: number) =>
    `Nobody is reviewed on another column’s metrics, but ${people} ${people === 1 ? 'holds a title' : 'hold titles'} from another column than their work. A title alone does not judge the work; it does set what candidates and promotion panels expect.`,
  'team.trap.none':
    'Nobody who answered the optional questions is titled or reviewed against another column. Only people who answered them count here.',
  'team.twoJobs.eyebrow': 'Split between the two ends',
  'team.twoJobs.heading': 'Your team does two jobs, not one',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `Why not “research engineering”? The average of the ${whose} lands in the middle (${position}), where the advice for bridge work would be “everyone is a research engineer in practice”. But only ${rnd} of the work is that bridge work; ${research} is research and ${product} is product. A team split between the two ends gets the two-jobs advice instead.`,
  'team.twoJobs.whose': 'members’ answers',
  'team.data.heading': 'Your team’s data',
  'team.data.export': (released: number) =>
    `The export holds the ${released} answers the map shows, each without names, ids, pages or times, in no order of arrival.`,
  'team.data.export.later': (batch: number) =>
    `Export opens once ${batch} people have answered, so no one can be picked out.`,
  'team.data.preparing': 'Preparing the export…',
  'team.data.exported': (format: string) => `Exported as ${format.toUpperCase()}.`,
  'team.data.delete': 'Delete the team…',
  'team.data.confirm': (responses: number) =>
    `Delete <name></name> with its ${responses} answers, your workstreams and your view? This cannot be undone, and the join and admin links stop working.`,
  'team.data.deleting': 'Deleting…',
  'team.data.deleteForGood': 'Delete everything for good',
  'team.data.keep': 'Keep the team',

  // Team mode: rounds, the same team answering again as its work changes.
  'team.rounds.heading': 'Rounds over time',
  'team.rounds.lead.first':
    'This is round 1. When the work changes (a new project, a reorganization, a few months on), open a new round: members answer again from the same join link, and this round stays as it is, so you see how the work moved.',
  'team.rounds.lead': (current: number) =>
    `Round ${current} is open: members answer again from the same join link. Earlier rounds stay as they were, read-only; the map above shows round ${current} only.`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `The team center by round, from research scientist (0) to AI engineer (1): ${points.join(', ')}`,
  'team.rounds.path.point': (round: number, position: string) => `round ${round} at ${position}`,
  'team.rounds.round': (round: number) => `Round ${round}`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `since ${opened}`,
  'team.rounds.answers': (n: number) => countedAnswers(n),
  'team.rounds.current': 'open now',
  'team.rounds.mix': (round: number) => `The mix of work in round ${round}`,
  'team.rounds.centre': (position: string, work: string) =>
    `Center at ${position}; most of the week is ${low(work)} work.`,
  'team.rounds.notEnough': (n: number, min: number) =>
    `Not enough answers for a center yet (${n} of ${min}).`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `${low(column)} grew from ${from} to ${to}`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `${low(column)} shrank from ${from} to ${to}`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `From round ${from} to round ${to}, ${shift}${toward ? `: ${toward}` : ''}.`,
  'team.rounds.change.toward': (from: string, to: string) =>
    `the work is moving from ${from} toward ${to}`,
  'team.rounds.place.research': 'research',
  'team.rounds.place.rnd': 'the bridge',
  'team.rounds.place.product': 'product',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `From round ${from} to round ${to}, the mix held steady: no kind of work moved by ${points} points or more.`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `The titling verdict changed from ${low(from)} to ${low(to)}.`,
  'team.rounds.change.regimeSame': (regime: string) =>
    `The titling verdict stays the same: ${low(regime)}.`,
  'team.rounds.change.split.now':
    'The week is now two jobs in one: research and product, with little bridge work between them.',
  'team.rounds.change.split.gone': 'The week is no longer two jobs in one.',
  'team.rounds.open': (next: number) => `Open round ${next}`,
  'team.rounds.open.empty': (current: number) =>
    `Round ${current} has no answers yet; the next round can open once it has some.`,
  'team.rounds.confirm': (current: number, next: number) =>
    `Close round ${current} and open round ${next}? Round ${current} keeps its answers, read-only, and its center stays in this history. Members answer round ${next} from the same join link.`,
  'team.rounds.openForGood': (next: number) => `Yes, open round ${next}`,
  'team.rounds.keep': 'Not now',
  'team.rounds.opening': 'Opening the next round…',
  // Team mode: the posting for the team's next hire, read in the browser and set beside the team.
  'team.posting.heading': 'Check a posting against this team',
  'team.posting.lead':
    'Paste the job posting for the team’s next hire. You see which role it hires, and how that role compares with the team’s center of gravity and with the gaps in its mix.',
  'team.posting.label': 'Job posting for the team’s next hire',
  'team.posting.placeholder': 'Paste the text of the job posting here…',
  'team.posting.loadFailed':
    'The analyzer could not be loaded, so nothing was read. Check the connection and type again.',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) => {
    const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
    const ends = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };
    const ordinal =
      words[nth - 1] ??
      `${nth}${ends[new Intl.PluralRules('en', { type: 'ordinal' }).select(nth)]}`;
    return `This posting hires the team’s ${ordinal} ${role}, into a team whose work is ${share} ${column}.`;
  },
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `This posting hires ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${role}, into work that your workstreams put at ${share} ${column}.`,
  'team.posting.hires.alone': (role: string) =>
    `This posting hires ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${role}.`,
  'team.posting.between': (place: string) => ` Its work sits ${place}.`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `This posting hires two jobs in one: ${first} and ${second}, with little bridge work between them.`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `None of the ${members} members who answered is in that role yet.`
      : count === members
        ? `All ${members} members who answered are in that role already.`
        : `The team already has ${count} in that role, of the ${members} members who answered.`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) =>
    `Of the ${members} members who answered, ${firstCount} ${firstCount === 1 ? 'is' : 'are'} in the ${first} role and ${secondCount} in the ${second} role.`,
  'team.posting.column.centre': (share: string, column: string) =>
    `That is where the team’s work is: ${share} of it is ${column} work, more than any other kind.`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `That column is a gap in the team’s mix: ${share} of the work is ${column} work, but ${count === 0 ? 'none' : `only ${count}`} of the ${members} members ${count > 1 ? 'are' : 'is'} in its role.`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `${share} of the team’s work is ${column} work, and the team already has as many people in that role as that share calls for.`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `That is where the work is: your workstreams put ${share} of it in ${column}, more than in any other column.`
      : `That is not where most of the work is: your workstreams put ${share} of it in ${column}.`,
  'team.posting.workstreams': (share: string, column: string) =>
    `By your workstreams, ${share} of the work is ${column} work.`,
  'team.posting.next.same': (role: string) =>
    `The mix agrees: the next hire should be ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${role}.`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `The mix says the next hire should be ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${role}: ${share} of the team’s work is ${column} work, ${count === 0 ? 'and nobody in the team is in that role yet' : `with only ${count} in that role`}.`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `The mix says the next hire should be ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${role}: your workstreams put the most work, ${share}, in ${column}.`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `Split it into two postings, and open the ${role} one first: that is the hire the mix says comes next.`
      : `Split it into two postings. The mix says the next hire should be ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${role}, which neither half is.`,
  'team.posting.twoJobs.advice': 'The two-jobs advice for this posting',
  'team.posting.nothing': (needed: number) =>
    `There is nothing to compare it with yet: the team’s map appears once ${needed} more ${needed === 1 ? 'member answers' : 'members answer'}. Until then, list the team’s workstreams below and the posting is set beside those.`,
  'team.posting.notEnough':
    'The posting is set beside the team only once it says what the work is.',
  'team.posting.mix.posting': 'The posting’s work',
  'team.posting.mix.members': 'The members’ work',
  'team.posting.mix.workstreams': 'The work in your workstreams',
  'team.posting.more':
    'For the phrases behind this, the flags and what to grade the role on, paste the posting into the <a>analyzer</a>, which also reads it in your browser.',

  // Team mode: the lead's own view of the work, beside the members'.
  'lead.heading': 'Your view beside your members’',
  'lead.none': 'You have not given your view yet.',
  'lead.yours': (position: string, place: string, work: string) =>
    `You place the team’s work at ${position}: ${place}, ${low(work)}.`,
  'lead.members.later': ' The members’ view appears once enough have answered.',
  'lead.members.alike': 'You and your members see the work alike.',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `Your members place it ${distance} further toward ${toward === 'product' ? 'the product end' : 'the research end'} (${position}). Worth a conversation: the titles and metrics should follow the work people actually do.`,
  'lead.quiz.again': 'Answer again',
  'lead.quiz.take': 'Take the quiz as you see the team’s work',
  'lead.quiz.note':
    'Answer for the work that fills most of the team’s week, as you see it. Members never see your answers.',
  'lead.quiz.open': (open: number) => `Answer every question first (${open} left).`,
  'lead.quiz.save': 'Save my view',

  // Team mode: the lead's list of workstreams.
  'workstreams.heading': 'Workstreams, as you list them',
  'workstreams.note':
    'The second way to map the work: list what the team works on, the share of effort each takes (in any unit: people, days, percent), and what kind of work it is.',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `Your workstreams put the center of gravity at ${position} (${place}), ${low(work)}: <fit></fit> ${low(regime)}.`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `Your workstreams sit at the two ends of the line (${place}); their average, ${position}, is not where the work is. `,
  'workstreams.twoJobs': 'The two-jobs advice for these workstreams',
  'workstreams.twoJobs.whose': 'workstreams',
  'workstreams.column.name': 'Name',
  'workstreams.column.effort': 'Effort',
  'workstreams.column.kind': 'Kind of work',
  'workstreams.row.name': (n: number) => `Workstream ${n} name`,
  'workstreams.row.name.placeholder': 'Workstream',
  'workstreams.row.effort': (n: number) => `Workstream ${n} share of effort`,
  'workstreams.row.kind': (n: number) => `Workstream ${n} kind of work`,
  'workstreams.row.custom': 'Custom mix (set through the API)',
  'workstreams.row.remove': 'Remove',
  'workstreams.add': 'Add a workstream',
  'workstreams.save': 'Save workstreams',
  'workstreams.error.name': 'Every workstream needs a name.',
  'workstreams.error.effort': (name: string) => `Give “${name}” a share of effort above 0.`,

  // Team mode: a member joining through the join link (/teams/join).
  'join.eyebrow': (questionCount: number) =>
    `Your team · ${countWord(questionCount).toLowerCase()} ${questions(questionCount)} · about a minute`,
  'join.title': 'Where does your week sit?',
  'join.lead':
    'Answer about the work that fills most of your own week. You see your own result; your lead sees only the team as a whole, and only once enough people have answered.',
  'join.note':
    'It is advice about work, not a verdict about a person. No name, email or address is asked or stored.',
  'join.context.lead':
    'They do not move your result. Your lead sees them only as counts: how many people hold a title, or are reviewed on metrics, from another column than their work.',
  'join.finish': 'Send and see my result',
  'join.sending': 'Sending your answers…',
  'join.sent':
    'Sent. Your answers are now part of your team’s map. Your lead sees the team as a whole once enough people have answered, never your answers on their own.',
  'join.problem.solo': 'Take the quiz on your own instead',
  'join.problem.incomplete.title': 'This join link is incomplete',
  'join.problem.incomplete.lead':
    'A join link ends with ?team= and a code. Ask your lead to send it again.',
  'join.problem.gone.title': 'This join link no longer works',
  'join.problem.gone.lead':
    'The team may have been deleted, or the link was cut short. Ask your lead for the current join link. Nothing was stored.',
  'join.problem.notSent': 'Your answers were not sent',
  'join.checking': 'Checking the join link…',
  'join.forTeam': (team: string) => `For the team “${team}”`,
  'join.again': (when: string) =>
    `This browser already answered for this team, on ${when}. Answering again replaces that answer: the map counts you once, with your new answers, from its next batch.`,
  'join.sent.replaced':
    'Sent. These answers replace the ones you gave before from this browser; the team’s map takes the change in with its next batch, never on its own.',
  'join.problem.unknown.title': 'No team has this join link',
  'join.problem.unknown.lead':
    'The code in the link matches no team: it may be mistyped or cut short, or the team was deleted. Ask your lead for the current join link.',
} as const;

/**
 * The shape every language's catalogue must have: the same ids, strings where English has a
 * string, the same function signatures where it has a function. A missing id or a wrong signature
 * is a compile error (see `en.test.ts`).
 * @example const es: Messages = { 'page.skip': 'Saltar al contenido', … }
 */
export type Messages = Catalogue<typeof en>;
