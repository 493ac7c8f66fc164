// The baseline for the ingest budget: node:http + better-sqlite3, the same table, pragmas and
// idempotent insert as rolefit, and nothing else (no framework, validation or scoring).
import { createServer } from 'node:http';
import SqliteDatabase from 'better-sqlite3';

const [path = ':memory:'] = process.argv.slice(2);
const db = new SqliteDatabase(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`create table if not exists responses (seq integer primary key autoincrement, id text not null unique,
  answers text not null, created_at text not null)`);
const insert = db.prepare(
  'insert into responses (id, answers, created_at) values (?, ?, ?) on conflict (id) do nothing',
);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      id: string;
      answers: unknown;
    };
    insert.run(body.id, JSON.stringify(body.answers), new Date().toISOString());
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: body.id }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
