// Texts written for the browser tests and the screenshots (never real postings): an AI engineer
// posting, a review rubric graded on research work, and an AI engineer ladder whose top level
// grades research work.

/** A posting for product work: what the other documents are checked against. */
export const AI_POSTING = `AI Engineer, Search Assistant

What you'll do
- Ship LLM features to customers and own their latency, uptime and cost.
- Integrate existing models into our product and run A/B tests on what you ship.
`;

/** A review rubric that grades on papers and novelty: another column than the posting's. */
export const RESEARCH_RUBRIC = `# Performance review rubric

- Measured on papers published at top venues and their citations.
- Novel methods invented.
`;

/** An AI engineer ladder whose third level grades research work: one level on the wrong column. */
export const AI_LADDER_WRONG_TOP = `# AI Engineer career ladder

## L1 — Contributes
- Ships small features to customers behind flags, with tests.
- Keeps latency and cost of the endpoints they touch in check.

## L2 — Owns a feature
- Owns an LLM feature in production: its uptime, latency and on-call.
- Runs A/B tests and reports the KPIs the feature moves.

## L3 — Leads an area
- Measured on papers published at top venues and their citations.
- Invents novel methods and pursues open research questions.
`;
