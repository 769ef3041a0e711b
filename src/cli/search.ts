import { Command } from 'commander';
import { NewsgraphError } from '../errors.js';
import { openStore } from '../store/index.js';

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over stored titles and texts')
    .argument('<query...>', 'words to search for (all must match)')
    .requiredOption('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--limit <n>', 'most results to show', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'JSON Lines instead of a table')
    .action(async (words: string[], flags: { db: string; limit: number; json?: boolean }) => {
      const store = openStore(flags.db);
      try {
        const hits = await store.search(words.join(' '), flags.limit);
        for (const h of hits) {
          if (flags.json) process.stdout.write(`${JSON.stringify(h)}\n`);
          else process.stdout.write(`${h.id}  ${h.published?.slice(0, 10) ?? '          '}  ${h.title ?? '(no title)'}\n    ${h.snippet ?? ''}\n`);
        }
        if (!flags.json) process.stderr.write(`${hits.length} result${hits.length === 1 ? '' : 's'}\n`);
      } finally {
        await store.close();
      }
    });
}

export function showCommand(): Command {
  return new Command('show')
    .description('print one stored article as its analysed JSON document')
    .argument('<article-id>')
    .requiredOption('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--compact', 'one line instead of indented JSON')
    .action(async (id: string, flags: { db: string; compact?: boolean }) => {
      const store = openStore(flags.db);
      try {
        const doc = await store.get(id);
        if (!doc) throw new NewsgraphError('NG_STORE_NOT_FOUND', `no article ${id} in ${flags.db}`);
        process.stdout.write(`${JSON.stringify(doc, null, flags.compact ? undefined : 2)}\n`);
      } finally {
        await store.close();
      }
    });
}
