import { messages } from '../messages/messages.ts';

const t = messages();

/** A short text to try the analyzer on, written for this page, with what it is meant to show. */
export type AnalyzeExample = { id: string; name: string; text: string };

/**
 * The texts behind "Try an example", each showing something different: a clean placement, a
 * title that names the wrong column, a role graded on another column's metrics, and a career
 * ladder with one level graded on another column (read level by level, with rewrites). The names
 * come from the catalogue; the texts are what the analyzer reads, so they stay in the language it
 * reads (English), whatever the page's language.
 */
export const ANALYZE_EXAMPLES: readonly AnalyzeExample[] = [
  {
    id: 'wrong-metrics',
    name: t['analyze.example.wrongMetrics'],
    text: `Senior AI Engineer, Support Assistant

What you'll do
- Ship LLM features that our customers use every day
- Own latency, uptime and cost of the inference service
- Run A/B tests and follow the product metrics they move
- Build retrieval and evaluation harnesses for new releases

What we're looking for
- Several years of production experience with Python and cloud services
- No PhD required

How you'll be measured
- Papers published at top venues
- Citations of your work

About us
We are a friendly team of forty in a sunny office, with great benefits and flexible hours.`,
  },
  {
    id: 'title-mismatch',
    name: t['analyze.example.titleMismatch'],
    text: `Research Scientist, Growth

The role
- Ship recommendation features to production every sprint
- Keep the serving stack reliable: uptime, latency and on-call
- Run A/B tests with the product team and report on the KPIs
- Integrate existing models through their APIs; no new methods needed

Requirements
- Experience with CI/CD, containers and distributed systems
- A publication record is a plus`,
  },
  {
    id: 'research-engineer',
    name: t['analyze.example.researchEngineer'],
    text: `Research Engineer, Pretraining

What you will do
- Build and scale the training infrastructure our researchers run experiments on
- Curate and filter pretraining data, and design the metrics we judge it by
- Make experiments reproducible and fast, from data pipelines to evaluation
- Turn promising research ideas into scaled, testable methods

About you
- Strong software engineering plus hands-on experience with distributed training on GPU clusters
- You have co-authored papers, or would like to

Benefits
Health insurance, a learning budget and paid time off.`,
  },
  {
    id: 'rubric',
    name: t['analyze.example.rubric'],
    text: `Performance review rubric: Research Scientist

Rated on
- Novel methods: new ideas that change how the field approaches a problem
- Publications at top venues and their scientific impact
- Open questions framed and answered with careful experiments
- Mentoring others in research taste`,
  },
  {
    id: 'ladder',
    name: t['analyze.example.ladder'],
    text: `Research Engineer career ladder

## L1 — Contributes
- Builds and tests parts of the training pipeline and the evaluation harness
- Keeps their experiments reproducible: pinned data, seeds and configs

## L2 — Owns a system
- Owns a piece of the experiment infrastructure end to end
- Measured on experiment velocity: how fast an idea becomes a result the team trusts

## L3 — Leads an area
- Measured on uptime of the serving stack and on-call response times
- Ships product features to customers every sprint

### Do not grade on
- Paper count`,
  },
];
