import { auditEn } from './audit-en.ts';
import type { Catalogue } from './catalogue.ts';
import { type FrameworkMessages, frameworkEn } from './framework-en.ts';
import { rubricEn } from './rubric-en.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Core's English text, keyed by id: the framework (`frameworkEn`), the longer role profiles,
 * the team advice, mismatch and analyzer messages, share-code errors, the job brief and the review
 * rubrics (`rubricEn`). Ids never
 * change; anything with values is a function, so another language orders its own sentence.
 */
export const en = {
  ...frameworkEn,

  'dimension.core-question.name': 'Core question',
  'dimension.output.name': 'Output',
  'dimension.optimizes-for.name': 'Optimizes for',
  'dimension.time-horizon.name': 'Time horizon',
  'dimension.background.name': 'Typical background',

  'profile.research-scientist.alias': ['AI researcher', 'research scientist'],
  'profile.research-scientist.summary':
    'Asks questions nobody has answered, invents methods to answer them and writes up what was learned. The product is knowledge that others build on.',
  'profile.research-scientist.core-question':
    'What is true, or possible, that nobody has shown yet?',
  'profile.research-scientist.output': 'Papers, new methods, new benchmarks',
  'profile.research-scientist.optimizes-for': 'Novelty and scientific impact',
  'profile.research-scientist.time-horizon': 'Years',
  'profile.research-scientist.background': 'A PhD and a record of publications',
  'profile.research-engineer.alias': ['research engineer', 'ML research engineer'],
  'profile.research-engineer.summary':
    'Builds what turns an idea into a test you can trust: training and evaluation infrastructure, curated data, metrics and experiments that run at scale. The bridge between a research result and a working system, and often a co-author.',
  'profile.research-engineer.core-question':
    'What do we need to build to find out, quickly and repeatably?',
  'profile.research-engineer.output':
    'Training infrastructure, experiment frameworks, methods that run at scale',
  'profile.research-engineer.optimizes-for': 'Experiment velocity and reproducibility',
  'profile.research-engineer.time-horizon': 'Months, up to a couple of years',
  'profile.research-engineer.background':
    'Strong computer science plus hands-on ML systems experience',
  'profile.ai-engineer.alias': ['ML engineer', 'product AI engineer', 'AI engineer'],
  'profile.ai-engineer.summary':
    'Picks and adapts existing models and turns them into systems that run reliably, scale and earn their keep: data pipelines, serving, latency and cost, product integration, A/B tests.',
  'profile.ai-engineer.core-question': 'How do we ship this to users, reliably and at scale?',
  'profile.ai-engineer.output': 'Services in production, product features, A/B test wins',
  'profile.ai-engineer.optimizes-for': 'Uptime, latency, cost and business metrics',
  'profile.ai-engineer.time-horizon': 'Weeks to a few months',
  'profile.ai-engineer.background': 'Software engineering and production experience',

  'work.research.summary': 'Long, uncertain bets aimed at knowledge nobody has yet.',
  'work.rnd.summary': 'Turning research results into systems a team can build and ship.',
  'work.product.summary': 'Known methods applied hard to a product, at scale.',
  /** The kind of work mid-sentence, as mismatch messages name it. */
  'work.research.inSentence': 'research-heavy',
  'work.rnd.inSentence': 'R&D-heavy',
  'work.product.inSentence': 'product-heavy',

  'regime.separate-tracks.summary':
    'Distinct research scientist, research engineer and engineer titles, each with its own ladder and its own metrics.',
  'regime.flat.summary':
    'Everyone holds one title (Member of Technical Staff, or simply engineer) and is expected to work across the stack.',

  'twoJobs.team-groups': {
    summary:
      'The team does work at both ends, research and product, with little bridge work between them. Its average lands in the middle, but almost nobody does middle work: this is not a research-engineering team.',
    risk: "Results stall between the two groups, and one title or one ladder grades one group on the other's column.",
    options: [
      'Run two tracks with explicit interfaces between the groups: who hands what to whom, and when.',
      'Staff the bridge: research engineers who carry results from the research group into the product.',
      "Under one flat title, review each group on its own column and protect the research group's time from the roadmap.",
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      'Most people on the team hold both ends at once, open research and shipping product, with little bridge work: each of them is doing two jobs in one.',
    risk: 'Each person is graded on one column while doing two, and the long research bets lose to the next deadline.',
    options: [
      'Split the roles: let some people own the research and others own what ships, each graded on their own column.',
      'Add the bridge: research engineers who turn results into something shippable, so nobody has to hold both ends.',
      'Where people keep both, agree how much of the week each part gets, and review each part on its own column.',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `The title says ${role}, but the work is ${work}. A title sets expectations and a ladder; this one points at another column.`,
  'mismatch.review': (role: string, work: string) =>
    `Reviewed on ${role} metrics while the work is ${work}: that is grading on the wrong column.`,

  'answers.notObject': 'answers must be an object mapping question ids to option ids',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `unknown question "${id}"; questions are: ${known.join(', ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `question "${id}" has no answer; choose one of: ${allowed.join(', ')}`,
  /** `value` is what was sent, as JSON. */
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `question "${id}" has no option ${value}; choose one of: ${allowed.join(', ')}`,

  /** Each confidence band's name, as a badge says it: "High confidence". */
  'confidence.high.name': 'High',
  'confidence.moderate.name': 'Moderate',
  'confidence.low.name': 'Low',

  'portfolio.empty': 'give at least one workstream or person',
  'portfolio.oneOf': 'give exactly one of "work" (research, rnd or product), "shares" or "result"',
  'portfolio.zeroShares': 'shares must not all be zero',

  // What a request body gets wrong, as the schemas say it (quiz-schema.ts, submission.ts).
  'request.answers.required':
    'required: an object of question id → option id, e.g. {"core-question": "ship"} (GET /api/quiz lists them)',
  'request.answers.shape':
    'must map question ids to option ids as strings, e.g. {"core-question": "ship"}',
  'request.fields.count': 'at most 10 hidden fields per response',
  'request.fields.name':
    "a field's name is 1 to 40 characters of a-z, 0-9 and _, such as utm_source",
  'request.fields.value': "a field's value is text of at most 200 characters",
  'request.id.required':
    'required: a UUID the client picks once per finished quiz (crypto.randomUUID()) and reuses on retries',
  'request.id.shape': 'must be a UUID such as 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',

  // A shared result's link preview: its picture and its title (the server's share preview).
  'preview.callsFor': 'The work calls for',
  'preview.between': 'The work sits between',
  'preview.twoJobs': 'Two jobs in one',
  'preview.title.role': (role: string) => `The work calls for the ${role} role`,
  'preview.title.between': (first: string, second: string) =>
    `The work sits between ${first} and ${second}`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `Two jobs in one: ${first} + ${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `${research} research · ${rnd} R&D · ${product} product`,
  'preview.invite': (questions: number) =>
    `Which AI role does your work call for? Find out in ${questions} questions.`,
  'preview.team.eyebrow': 'Your team asks',
  'preview.team.headline': 'Where does your week sit?',
  'preview.team.title': (team: string) => `Where does your week sit? For the team “${team}”`,
  'preview.team.description': (questions: number) =>
    `${questions} questions about the work that fills your week, about a minute. Your lead sees the team as a whole, never your answers alone.`,

  'shareCode.damaged': 'this result link is damaged or incomplete',
  'shareCode.otherVersion': (version: string, current: number) =>
    `this link was made with version ${version} of the quiz; the current version is ${current}`,
  'shareCode.answerCount': 'this result link has the wrong number of answers',
  'shareCode.unknownAnswer': 'this result link names an answer the quiz does not have',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `The title says ${title}, but the work it describes is ${work} (${phrases}), which is ${role} work: title and ladder should follow the work.`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `Measured on ${roles} terms (${phrases}) while the title names ${title}: that grades the role on another column's metrics.`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `Measured on ${roles} terms (${phrases}) while the work is ${work}: that grades the role on another column's metrics.`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `This asks for both ends at once: research (${research}) and product work (${product}), with little bridge work between them. That is two jobs in one: split the role, or add a research engineer as the bridge.`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `This grades both ends at once: research (${research}) and product work (${product}), with little bridge work between them. That is two jobs in one: split the role, or add a research engineer as the bridge.`,
  'analyze.flag.noEvidence.none':
    'Not enough to say: nothing here describes research, R&D or product work. Paste the duties and requirements of the posting, or the criteria of the rubric.',
  'analyze.flag.noEvidence.few':
    'Not enough to say: only a word or two here describes the work. Paste the duties and requirements of the posting, or the criteria of the rubric.',
  'analyze.flag.lowEvidence':
    'Only a few phrases say what the work is, so treat this placement as a guess; a fuller description of the duties would settle it.',
  'analyze.flag.truncated': (maxChars: number) =>
    `Only the first ${maxChars} characters were read; the rest of the text was left out.`,
  'analyze.flag.binaryLooking':
    'This looks like binary data rather than written text, so any placement from it means little.',
  'analyze.invalidText': 'text must be a string',
  /** A list of role names: "A and B". */
  'analyze.roleList': (names: readonly string[]) => names.join(' and '),
  /** Phrases quoted from the text: `"a", "b"`. */
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `"${p}"`).join(', '),

  'brief.percent': percent,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `${percent(shares.research)} research, ${percent(shares.rnd)} R&D, ${percent(shares.product)} product`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${percent(confidence)} (${band})`,
  'brief.title.role': (role: string) => `Job brief: ${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `Job brief: two jobs in one (${first} + ${second})`,
  'brief.between': (first: string, second: string) =>
    `The work sits between **${first}** and **${second}**: hire for the overlap, and read both columns before writing the ladder.`,
  'brief.row.work': 'Work',
  'brief.row.workValue': (work: string, shares: string) => `${work} (${shares})`,
  'brief.row.twoJobsValue': (shares: string) => `Two jobs (${shares})`,
  'brief.row.largerPart': 'Larger part',
  'brief.row.largerPartValue': (role: string, share: number) =>
    `${role} (${percent(share)} of the week)`,
  'brief.row.position': 'Spectrum position',
  'brief.row.positionValue': (position: number) =>
    `${position.toFixed(2)} (0 research scientist · 0.5 research engineer · 1 AI engineer)`,
  'brief.row.confidence': 'Confidence',
  'brief.heading.coreQuestion': 'Core question',
  'brief.heading.outputs': 'Outputs',
  'brief.heading.optimizeFor': 'Optimize for',
  'brief.heading.gradeOn': 'Grade on',
  'brief.heading.dontGradeOn': 'Do not grade on',
  'brief.heading.timeHorizon': 'Time horizon',
  'brief.heading.background': 'Background to look for',
  'brief.heading.titling': 'Titling',
  'brief.heading.risk': 'The risk',
  'brief.heading.waysOut': 'Ways out',
  'brief.part.title': (n: number, role: string, share: number) =>
    `Part ${n}: ${role} (${percent(share)} of the week)`,
  'brief.part.gradeOn': 'Grade this part on',
  /** The titling line of the brief: the regime's name in bold, then the grid's verdict. */
  'brief.verdict': (regime: string, verdict: string) => `**${regime}.** ${verdict}`,
  /** A labelled line of the brief ("Risk you accept: …"), with the language's own colon. */
  'brief.item': (label: string, value: string) => `${label}: ${value}`,
  'brief.titling.risk': 'Risk you accept',
  'brief.titling.manage': 'How to manage it',

  ...rubricEn,
  ...auditEn,
};

/**
 * What a catalogue of core's text must hold: every key of `en`, with the same signature.
 * @example const es: Messages = { 'role.ai-engineer.name': 'Ingeniero de IA', … }
 */
export type Messages = Catalogue<typeof en>;

/** The part of a catalogue that scoring reads (see `frameworkEn`); a full `Messages` is one. */
export type { FrameworkMessages };
