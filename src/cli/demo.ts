import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { openStore, type StoreStats } from '../store/index.js';
import { analyzerFor, runInputs, storing, summaryLine } from './common.js';

/** The bundled sample: the repository's data/sample (this file sits at src/cli/ or dist/cli/). */
export const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));

export function demoCommand(): Command {
  return new Command('demo')
    .description('analyse the bundled sample into a fresh database and print a summary')
    .option('--db <file|url>', 'SQLite file to create (replaced if it exists), or a postgres:// URL', 'newsgraph-demo.db')
    .action(async (flags: { db: string }) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${flags.db}${suffix}`, { force: true });
      const store = openStore(flags.db);
      try {
        const pipeline = analyzerFor({ maxBytes: 10 * 1024 * 1024 });
        const summary = await runInputs([SAMPLE_DIR], pipeline, { maxBytes: 10 * 1024 * 1024 }, { progress: true, ...storing(store) });
        process.stdout.write(`${formatStats(await store.stats())}\n\n${summaryLine(summary)}\ndatabase: ${flags.db}\n`);
        process.stdout.write(`try: newsgraph search ceasefire --db ${flags.db}\n`);
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

/** A short human summary of a store. */
export function formatStats(s: StoreStats): string {
  const counts = (record: Record<string, number | undefined>) =>
    Object.entries(record).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const lines = [
    `articles: ${s.articles}${s.duplicates ? ` (${s.duplicates} near-copies of others, their facts not counted again)` : ''}`,
    `entities: ${counts(s.entitiesByType)}`,
    `quotes: ${s.quotes}, claims: ${s.claims}, flags: ${s.flags}`,
    `events: ${counts(s.eventsByCategory)}`,
    'top actors:',
    ...s.topActors.map((a) => `  ${String(a.events).padStart(4)}  ${a.name}${a.code ? ` (${a.code})` : ''}`),
  ];
  return lines.join('\n');
}
