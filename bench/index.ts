// `npm run bench`: every benchmark prints its figures beside its budget and a baseline measured
// in the same run. Run one with `npm run bench -- <name>`.
import { benchAnalyze } from './analyze-bench.ts';
import { benchCli } from './cli-bench.ts';
import { benchIngest } from './ingest-bench.ts';
import { benchScore } from './score-bench.ts';
import { benchSoak } from './soak-bench.ts';
import { benchStats } from './stats-bench.ts';
import { benchWebhooks } from './webhook-bench.ts';
import { benchWidget } from './widget-bench.ts';

type Bench = { name: string; run: () => Promise<boolean> };

const benches: Bench[] = [
  { name: 'score', run: benchScore },
  { name: 'ingest', run: benchIngest },
  { name: 'webhooks', run: benchWebhooks },
  { name: 'analyze', run: benchAnalyze },
  { name: 'stats', run: benchStats },
  { name: 'widget', run: benchWidget },
  { name: 'cli', run: benchCli },
  { name: 'soak', run: benchSoak },
];

const only = process.argv.slice(2);
let failed = 0;
for (const bench of benches) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.log(`\n## ${bench.name}`);
  const withinBudget = await bench.run();
  if (!withinBudget) failed++;
}
if (failed > 0) {
  console.log(`\n${failed} benchmark(s) over budget`);
  process.exitCode = 1;
}
