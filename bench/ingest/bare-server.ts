// The baseline for the ingest budget: node:http + better-sqlite3 writing the same rows into the
// same schema (rolefit's migrations: table, indexes, stats trigger) with the same pragmas, and
// nothing else — no framework, no validation, no scoring (the result text is computed once).
import { createServer } from 'node:http';
import { DEFAULT_QUIZ, score } from '@rolefit/core';
import { createStore } from '@rolefit/server';
import SqliteDatabase from 'better-sqlite3';

const [path = ':memory:'] = process.argv.slice(2);
await (await createStore(`file:${path}`)).close(); // migrate, exactly as rolefit does at start

const db = new SqliteDatabase(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const insert = db.prepare(
  `insert into responses (id, quiz_id, quiz_version, answers, result, role, regime, dominant_work, position, team_id, source, created_at)
   values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?) on conflict (id) do nothing`,
);
const fixed = score(
  DEFAULT_QUIZ,
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % 5]?.id])),
);
if (!fixed.ok) throw new Error(fixed.error.message);
const result = fixed.value;
const resultJson = JSON.stringify(result);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      id: string;
      answers: unknown;
    };
    insert.run(
      body.id,
      result.quiz.id,
      result.quiz.version,
      JSON.stringify(body.answers),
      resultJson,
      result.role,
      result.regime.recommended,
      result.dominantWork,
      result.position,
      new Date().toISOString(),
    );
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(resultJson);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
