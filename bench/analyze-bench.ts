import { analyze } from '@rolefit/core';
import { timePerCall } from './score-bench.ts';

/** Budget from PRODUCT.md: 10 KB of text analysed in under 5 ms. */
const BUDGET_MS = 5;

// A realistic posting of about 1.3 KB, repeated with numbered sections until it reaches 10 KB.
const POSTING = `# Machine Learning Engineer, Applied AI

About Northwind
Northwind builds tools that help logistics teams plan routes. We are a fast-growing company
backed by great investors, and we care about craft, kindness and shipping.

What you'll do
- Ship LLM-powered features to thousands of customers, from prototype to production
- Own latency, uptime and inference cost for the assistant APIs
- Design A/B tests with product managers and read the results honestly
- Build evaluation pipelines and curate datasets for fine-tuning existing models
- Work closely with our research scientists to turn promising results into services

Requirements
- 4+ years of software engineering with production experience in Python or TypeScript
- Experience with Kubernetes, CI/CD and cloud (AWS or GCP)
- No PhD required; publications are not expected in this role

Nice to have
- Experience with distributed training or GPU kernels
- A paper at NeurIPS or ICML

How you'll be measured
- Product KPIs: retention and conversion of the assistant
- p95 latency and availability of the service against its SLOs

Benefits
- Health insurance, 401(k) match, paid time off and a learning budget
We are an equal opportunity employer.
`;

/** About 10 KB of posting text. */
export function benchText(bytes = 10_000): string {
  let text = '';
  for (let i = 1; text.length < bytes; i++) text += `${POSTING.replace('# ', `# ${i}. `)}\n`;
  return text.slice(0, bytes);
}

/** Analysing 10 KB of posting text, against a plain lower-case + indexOf scan of the same text. */
export async function benchAnalyze(): Promise<boolean> {
  const text = benchText();
  const words = ['publication', 'novel', 'training', 'reproducib', 'ship', 'latency', 'uptime'];
  const full = timePerCall(() => analyze(text)) / 1000;
  const baseline =
    timePerCall(() => {
      const lower = text.toLowerCase();
      let hits = 0;
      for (const w of words)
        for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) hits++;
      return hits;
    }) / 1000;
  const within = full < BUDGET_MS;
  console.log(
    `analyze(), ${text.length} chars: ${full.toFixed(2)} ms per call (budget < ${BUDGET_MS} ms) ${within ? 'ok' : 'OVER BUDGET'}`,
  );
  console.log(`lower-case + indexOf scan:  ${baseline.toFixed(3)} ms (baseline, same run)`);
  return within;
}
