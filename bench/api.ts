/**
 * Load test of the HTTP API on loopback: builds the demo database (or takes --db <file>), starts
 * `newsgraph serve` in a child process on a free port, and runs autocannon against the article and
 * event endpoints for a few seconds each. Prints requests/s and latency (p50, p99) per endpoint.
 *
 *   node --import tsx bench/api.ts [--db newsgraph-demo.db] [--seconds 4] [--connections 10]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { db: { type: 'string' }, seconds: { type: 'string', default: '4' }, connections: { type: 'string', default: '10' } } });
const SECONDS = Math.min(30, Math.max(1, Number(values.seconds)));
const CONNECTIONS = Math.min(100, Math.max(1, Number(values.connections)));

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
let db = values.db;
if (!db) {
  db = join(dir, 'demo.db');
  process.stderr.write('building the demo database…\n');
  const demo = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'demo', '--db', db], { cwd: ROOT, encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
}

// The server runs in its own process, so the load generator does not share its event loop.
const runner = `import { serveCommand } from ${JSON.stringify(join(ROOT, 'src/cli/serve.ts'))};
await serveCommand().parseAsync(JSON.parse(process.env.SERVE_ARGS), { from: 'user' });`;
const server = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', runner], {
  cwd: ROOT,
  env: { ...process.env, NEWSGRAPH_TOKEN: '', SERVE_ARGS: JSON.stringify(['--db', db, '--port', '0', '--host', '127.0.0.1']) },
  stdio: ['ignore', 'pipe', 'inherit'],
});

try {
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('close', (code) => reject(new Error(`serve exited with ${code}`)));
  });

  const get = async (path: string) => (await fetch(`${base}${path}`)).json() as Promise<any>;
  const seed = (await get('/api/articles?q=Witkoff%20ceasefire&limit=1')).items[0]?.id ?? (await get('/api/articles?limit=1')).items[0].id;
  const stats = await get('/api/stats');
  const category = Object.keys(stats.eventsByCategory)[0];

  const endpoints: [string, string][] = [
    ['article (one analysed document)', `/api/articles/${seed}`],
    ['events (first page of 50)', '/api/events?limit=50'],
    [`events (category=${category}, by actor)`, `/api/events?category=${category}&sort=actor&limit=50`],
    ['events (country=USA, page 5 by offset)', '/api/events?country=USA&limit=50&offset=200'],
    ['articles (full-text search)', '/api/articles?q=ceasefire&limit=20'],
  ];

  console.log(`newsgraph API on ${base}: ${stats.articles} articles, ${Object.values<number>(stats.eventsByCategory).reduce((a, b) => a + b, 0)} events; ${CONNECTIONS} connections, ${SECONDS} s per endpoint`);
  console.log(`${'endpoint'.padEnd(42)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`);
  for (const [name, path] of endpoints) {
    const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 });
    const bad = result.errors + result.timeouts + result.non2xx;
    console.log(
      `${name.padEnd(42)} ${result.requests.average.toFixed(0).padStart(8)} ${result.latency.p50.toFixed(1).padStart(8)} ${result.latency.p99.toFixed(1).padStart(8)} ${String(bad).padStart(7)}`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.on('close', resolve)));
  rmSync(dir, { recursive: true, force: true });
}
