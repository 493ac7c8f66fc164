import type { Catalogue } from './catalogue.ts';

/**
 * The English text of review rubrics (`rubric`), merged into `en` under `rubric.*`. A cell list
 * holds one statement per step of scope (RUBRIC_STAGES, guided first): each is evidence a
 * reviewer can check, and each step asks for more scope than the one before. A rubric of fewer
 * levels takes some of the steps. What to grade on and not comes from the roles (`role.*`), the
 * dimension names from `dimension.*`, the titling verdicts from `grid.*`.
 */
export const rubricEn = {
  'rubric.title.role': (role: string) => `Review rubric: ${role}`,
  /** `role` as mid-sentence (`role.inSentence`), `title` the shared title. */
  'rubric.title.flat': (role: string, title: string) => `Review rubric: ${role} work as ${title}`,
  'rubric.title.twoJobs': 'Review rubric: two jobs in one',
  'rubric.intro': (levels: number) =>
    `${levels} levels, each including the ones below it. Every line names something a reviewer can check evidence for; the lists of what not to grade on name other columns' outputs and metrics on purpose.`,
  /** `first` and `second` mid-sentence; `intro` is `rubric.intro`. */
  'rubric.intro.twoJobs': (first: string, second: string, intro: string) =>
    `A week that holds two jobs, ${first} and ${second}: each part is graded on its own column, never on the other's. ${intro}`,
  /** The one title everyone holds under a flat regime. */
  'rubric.sharedTitle': 'Member of Technical Staff',
  'rubric.track': (role: string) => `${role} track`,
  'rubric.level': (level: number, name: string) => `Level ${level} — ${name}`,
  'rubric.dimension.bridge.name': 'Across the bridge',
  /** A label for one role's part of a two-jobs ladder: "Output (research scientist)". */
  'rubric.forRole': (label: string, role: string) => `${label} (${role})`,
  'rubric.recognition': 'Recognised under one title',
  'rubric.heading.interfaces': 'Interfaces between tracks',
  'rubric.interfaces.intro':
    'Who hands what to whom, and when. A track answers for what it hands over, not for what the next track does with it.',
  'rubric.interface': (from: string, to: string) => `${from} → ${to}`,

  'rubric.stage.names': [
    'Guided',
    'Independent on defined work',
    'Owns a line of work',
    'Leads an area',
    'Leads across a group',
    'Sets direction across teams',
    'Sets direction for the organisation',
  ],
  'rubric.stage.scopes': [
    'Does well-defined pieces of work with regular guidance from someone more senior.',
    'Takes defined pieces of work from start to finish without day-to-day guidance, and asks for help at the right moments.',
    'Owns a line of work end to end: chooses the approach, plans it and answers for the outcome.',
    "Leads an area with several people in it: sets its goals, reviews others' work and grows the people in it.",
    'Leads the direction of a group of several areas, and is who other leads turn to on hard calls.',
    'Sets direction that several teams follow, and changes how they work, not only what they do.',
    'Sets direction for the whole organisation, and is recognised for it well beyond it.',
  ],

  'rubric.cell.research-scientist.core-question': [
    'Works on a research question a senior scientist has framed, and can say what result would answer it.',
    "Turns a framed problem into hypotheses that can be tested, and picks which to try first with a mentor's check.",
    'Frames their own research questions from the literature, each with the result that would settle it.',
    'Sets the open questions of an area and makes the written case for why they matter more than the alternatives.',
    'Chooses which open problems a group works on, and drops questions that have stopped paying off.',
    'Defines research directions that several teams take up, each grounded in prior work and early results.',
    'Names the open questions the organisation bets on for years, and is asked by the research community to frame them.',
  ],
  'rubric.cell.research-scientist.output': [
    'Contributes analyses and written sections to a paper led by a senior scientist.',
    'Writes up a result of their own as a workshop paper or internal report, reviewed by a mentor before it goes out.',
    'Publishes first-author papers or new methods that hold up under peer review.',
    'Leads a line of publications, new methods or new benchmarks that other groups adopt and cite.',
    'Produces novel methods or new benchmarks that are adopted well beyond their own group.',
    'Publishes results that other labs build on, with papers that become the reference on their topic.',
    'Produces breakthroughs, or a body of work the field treats as a reference point.',
  ],
  'rubric.cell.research-scientist.optimizes-for': [
    'Reports findings with scientific rigour: states each caveat and reports the negative results too.',
    'Chooses ideas for their novelty, and checks a result against prior work before calling it new.',
    'Picks problems where a novel result would matter, and judges progress by what was learned rather than by what was built.',
    'Steers an area toward scientific impact, weighing how widely a result is taken up over how many papers it yields.',
    "Holds a group's results to a standard of novelty and rigour the research community recognises.",
    'Sets the bar for scientific impact across teams, and ends lines of work that produce papers but no lasting insight.',
    'Is judged by impact on the field: ideas, methods and results that others take up over many years.',
  ],
  'rubric.cell.research-scientist.time-horizon': [
    'Plans their own work a month or two ahead, inside a research project that runs a year or more.',
    'Keeps a plan for a research question over several months, and reports what was ruled out as well as what worked.',
    'Runs a research project of a year or more, with milestones that show progress before the final result.',
    'Holds a multi-year research agenda for an area, with milestones a reviewer can read.',
    'Keeps several long-horizon bets going at once, each with a stated point at which it continues or stops.',
    'Plans research across teams over several years, and keeps long-term research safe from short-term pressure.',
    'Sets the multi-year research bets of the organisation and keeps them funded through lean years.',
  ],
  'rubric.cell.research-scientist.bridge': [
    'Writes up their results so that a colleague can rerun them from the notes and code alone.',
    'Hands a finished result to the engineers who build on it, with its open questions and known limits written down.',
    'Writes the handover for a method (what it claims, where it breaks, what would show it works) and answers questions from the engineers who take it on.',
    "Agrees with the engineers who carry an area's methods forward what counts as success, and names them as authors on the papers.",
    'Sets up a regular exchange between the group and the people who take its results toward use, so questions flow both ways.',
    'Decides with engineering leaders which results are ready to leave the lab, and explains the choice to the groups involved.',
    'Is the one other leaders consult on which open problems are ripe for use, and keeps the scientific and engineering sides talking.',
  ],

  'rubric.cell.research-engineer.core-question': [
    'Builds the part of an experiment a senior engineer has specified, and checks that it answers the question asked.',
    'Turns a proposed idea into an experiment plan: which runs, which metrics, and how to tell a bug from a finding.',
    'Decides what infrastructure a line of experiments needs to give trustworthy answers fast, and builds it.',
    'Owns how an area finds things out: its training stack, its eval suites and which experiments it can afford.',
    'Decides how a group turns ideas into tests it can trust, and which shared research tooling makes that fast.',
    'Sets how several teams run and compare experiments, so that a result from one holds up in another.',
    'Decides which experimentation platform the organisation builds on, so a new idea reaches a trusted answer in days rather than months.',
  ],
  'rubric.cell.research-engineer.output': [
    'Delivers tested pieces of training code or eval tooling that others on the team use.',
    'Builds a data pipeline, an eval harness or a training job end to end, with tests and documentation.',
    "Produces experiment frameworks or curated datasets that the team's results depend on.",
    "Owns an area's training infrastructure or eval suites, and carries methods from prototype to full-size training runs.",
    'Builds shared research infrastructure that several projects run on, with a record of the results it made possible.',
    'Produces methods scaled far beyond their first version, and the systems that let several teams train models at that size.',
    'Produces the core ML systems the organisation trains and evaluates on, at a scale few teams could reach alone.',
  ],
  'rubric.cell.research-engineer.optimizes-for': [
    'Keeps their runs reproducible: fixed seeds, pinned versions and results another engineer can rerun.',
    'Shortens the time from idea to result for their own experiments, and can show by how much.',
    'Tracks experiment velocity and reproducibility for a line of work, and fixes what slows them down.',
    "Sets targets for an area's iteration speed and for how often results are reproducible, and meets them.",
    "Balances speed against trust across a group's experiments: cheap ablations where they suffice, full runs where they do not.",
    'Sets reproducibility standards that several teams adopt, and tracks how fast experiments turn around across them.',
    'Is judged by how fast the whole organisation can test an idea it trusts: experiment velocity at the scale of the lab.',
  ],
  'rubric.cell.research-engineer.time-horizon': [
    'Breaks their tasks into steps of a few days, inside an experiment programme that runs for months.',
    'Plans a component over one to three months, and says early when a training run or dataset will be late.',
    'Plans infrastructure work a quarter or two ahead, and keeps it useful while the questions being asked change.',
    "Keeps an area's infrastructure plan for the next six to twelve months, tied to the experiments it must support.",
    "Plans a group's research platform work a year ahead, in stages that each pay off on their own.",
    'Plans shared infrastructure for several teams over a year or two, and retires what no longer earns its keep.',
    "Sets a one- to two-year plan for the organisation's training infrastructure, matched to the experiments expected next.",
  ],
  'rubric.cell.research-engineer.bridge': [
    'Works with the scientists whose ideas they test, and reports back what each run showed.',
    "Turns research ideas into experiments that run on the team's cluster, and reports the gaps they find.",
    'Translates research results into a system others can build on: the code, the evals and a note on where it breaks.',
    'Partners with the research scientists of an area on what a method must show before it moves on, and with the engineers on what they receive.',
    'Supports the research teams of a group with a written interface: what a result must show before it is carried forward, and who receives it.',
    'Designs how results move from idea to working system across several teams, and removes the steps where they stall.',
    "Builds the organisation's bridge from lab results to working systems, and is who both sides turn to when it breaks down.",
  ],

  'rubric.cell.ai-engineer.core-question': [
    'Delivers a defined part of a feature, and can say how it will be checked in production.',
    'Takes a feature from ticket to release, choosing how to use an existing model for the use case.',
    'Decides how a feature is built to ship reliably: which model or API, which prompts, which fallbacks.',
    'Owns how a product area reaches users reliably: its serving path, its limits and what happens when a model misbehaves.',
    'Sets how a group ships AI features: what must be true before a launch, and what is watched after it.',
    'Sets shared patterns for shipping AI features across teams, so no team solves the same problem twice.',
    'Decides which user problems the organisation solves with AI in its products, and which it leaves alone, from what users and the business gain.',
  ],
  'rubric.cell.ai-engineer.output': [
    'Ships small changes to a production service, with tests and a rollback path.',
    'Ships features end to end: the code, the integration and the monitoring that shows they work.',
    'Ships AI features users rely on, and runs A/B tests that show what they changed.',
    'Owns an AI service in production and the features built on it, with A/B test wins the team can point to.',
    'Delivers services that several product teams build their features on.',
    "Ships systems that carry a large share of the product's traffic or revenue, and keeps them healthy.",
    'Ships the AI capabilities the business is known for, and the shared services the rest of the organisation builds on.',
  ],
  'rubric.cell.ai-engineer.optimizes-for': [
    'Fixes the latency, error and cost problems they are pointed to, and checks each fix in production monitoring.',
    'Watches the latency, cost and error rate of what they ship, and keeps each within its target.',
    'Sets service-level objectives for their features and meets them: uptime, latency, cost per request.',
    "Moves an area's product metrics, such as conversion or retention, while keeping latency and cost within budget.",
    "Balances reliability, cost and shipping speed across a group's services, and explains each trade-off in numbers.",
    'Sets the reliability and cost targets several teams work to, tied to business KPIs.',
    'Is judged by what AI adds to the business (revenue, retention, cost saved) at the uptime customers expect.',
  ],
  'rubric.cell.ai-engineer.time-horizon': [
    'Works in steps of a few days, with a change in production every week or two.',
    'Plans their work sprint by sprint and finishes what they commit to.',
    'Plans a feature over a few weeks to a quarter, with releases along the way.',
    "Keeps an area's roadmap for the next quarter, adjusting it to what users and the data say.",
    "Plans a group's services two quarters ahead without losing the steady pace of releases.",
    'Plans the AI work of the product across teams for the next two or three quarters, and drops what no longer pays.',
    "Sets the year's plan for AI in the product, and keeps delivery steady from release to release.",
  ],
  'rubric.cell.ai-engineer.bridge': [
    'Asks the people who built a model how it behaves before using it, and reports the failures they see in production.',
    'Adapts a method someone else validated into a feature, and writes down where it fell short for users.',
    'Gives the people who build methods the production data and failure cases they need, and turns their next version into a release.',
    'Agrees with the people upstream which methods an area takes into production, and what each must show before launch.',
    'Sets up the loop from users back to the people who build models: what failed, for whom and how often.',
    'Decides with research leaders which results to productionize across teams, and plans the integration work.',
    'Makes sure what the lab learns can reach customers, and that what customers teach flows back.',
  ],

  'rubric.recognition.research-scientist': [
    'Their findings are written up where the whole team reads them, not only in a research channel.',
    "A research result of theirs is presented at the team's review with its evidence, like any other work.",
    'Their papers and methods count toward promotion as fully as any other work under the shared title.',
    'The area they lead has research goals of its own in the plan, and is reviewed on research outcomes.',
    'The research time and budget of their group are protected in writing, and they report how both were used.',
    'Research has named leaders at this level under the shared title, with a say in what the organisation builds next.',
    'The research they set is part of how the organisation describes itself, not a side activity.',
  ],
  'rubric.recognition.research-engineer': [
    'Their infrastructure fixes are credited by name in the results they made possible.',
    'The experiments they built are listed, with their name, beside the results they produced.',
    'The bridge work they own is reviewed on its own terms: experiment velocity, reproducibility and methods carried into systems.',
    'They are named as equal contributors on the results their systems made possible.',
    'The research infrastructure of their group has goals of its own in the plan, not only requests from others.',
    'Leading the bridge across teams is a path to the top levels of the shared title, not a service role.',
    'The experimentation platform they set is treated as a core asset of the organisation, with its own leader.',
  ],
  'rubric.recognition.ai-engineer': [
    "What they shipped is shown at the team's review with its effect on users.",
    'Their features count with their measured effect, not only with the effort spent.',
    'The production systems they own count at review as fully as any other work under the shared title.',
    'The product metrics of their area are reviewed with the people who moved them named.',
    'Reliability work that prevents incidents is counted, not only the launches people see.',
    'Leading how AI ships across teams is a path to the top levels of the shared title.',
    'What AI earns the business is reported with the people behind it named, level by level.',
  ],

  'rubric.interface.research-scientist.research-engineer':
    'A method with the claim it makes, the result that would show it works and the first code, handed over once the idea holds up on a small problem.',
  'rubric.interface.research-engineer.research-scientist':
    'Experiment results the scientist can trust (reproducible runs, the data used and what was ruled out), after each agreed round of experiments.',
  'rubric.interface.research-engineer.ai-engineer':
    'A method scaled and packaged with its evals, its known limits and what it costs to run, once it meets the bar agreed for leaving the lab.',
  'rubric.interface.ai-engineer.research-engineer':
    'What happened in production (failure cases, the data users agreed to share, the latency and cost seen), on a fixed rhythm and at once when a model fails users.',

  /** `value` is what was sent, as JSON. */
  'rubric.error.role': (value: string, allowed: readonly string[]) =>
    `unknown role ${value}; choose one of: ${allowed.join(', ')}`,
  'rubric.error.regime': (value: string, allowed: readonly string[]) =>
    `unknown titling regime ${value}; choose one of: ${allowed.join(', ')}`,
  'rubric.error.levels': (value: string, min: number, max: number) =>
    `levels must be a whole number from ${min} to ${max}, not ${value}`,
};

/** What a catalogue of the rubric text must hold: every key of `rubricEn`, same shapes. */
export type RubricMessages = Catalogue<typeof rubricEn>;
