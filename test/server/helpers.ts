import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_DIR } from '../../src/cli/demo.js';
import { loadKb } from '../../src/kb/index.js';
import { toJson } from '../../src/model/json.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { expandInputs } from '../../src/stages/ingest/index.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import { buildServer, type App, type ServerOptions } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';

export const SEED_TITLE = 'US Abruptly Ends Gaza Ceasefire Negotiations Amid Hamas Doubts';
export const SEED_FILE = join(SAMPLE_DIR, 'gaza-ceasefire.txt');

let kb: ReturnType<typeof loadKb> | undefined;
export function analyzer(options: { allowPrivate?: boolean } = {}): Pipeline {
  kb ??= loadKb();
  return createAnalyzer({ kb, options: { allowPrivate: Boolean(options.allowPrivate) } });
}

/** A database with the seed article and the first `records` Wikinews records of the sample (quicker than the demo). */
export async function smallStore(records = 40): Promise<{ store: Store; dir: string; path: string }> {
  const dir = tempDir('newsgraph-server-');
  const jsonl = join(dir, 'sample.jsonl');
  const lines = readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, records);
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  const path = join(dir, 'test.db');
  const store = openStore(path);
  const pipeline = analyzer();
  for await (const item of expandInputs([SEED_FILE, jsonl], 10 * 1024 * 1024)) {
    if ('error' in item) throw item.error;
    await store.put(toJson(await pipeline.run(item.doc)));
  }
  return { store, dir, path };
}

/** A folder with a tiny built UI, and a secret file beside it (outside the web root) for traversal tests. */
export function fakeWebRoot(dir: string): string {
  const root = join(dir, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title><div id="app"></div>');
  writeFileSync(join(root, 'assets', 'app-123.js'), 'console.log("ui")');
  writeFileSync(join(root, '.env'), 'SECRET=dotfile');
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-OUTSIDE-ROOT');
  return root;
}

export async function server(store: Store, options: Partial<ServerOptions> = {}): Promise<App> {
  return buildServer({ store, analyzer: options.analyzer ?? analyzer(), webRoot: null, ...options });
}

/** JSON of an injected response, with its status. */
export async function getJson<T = any>(app: App, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const res = await app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, body: res.json() as T, headers: res.headers };
}
