import { Command } from 'commander';
import { toJson } from '../model/json.js';
import { openStore } from '../store/index.js';
import { addAnalyzeOptions, analyzerFor, runInputs, summaryLine, type AnalyzeFlags } from './common.js';

export function ingestCommand(): Command {
  return addAnalyzeOptions(
    new Command('ingest')
      .description('analyse articles and store them with all their facts; inputs stored before are skipped')
      .argument('<inputs...>', 'files, directories, .jsonl files, URLs, or - for stdin')
      .requiredOption('--db <file>', 'SQLite database file (created when missing)'),
  ).action(async (inputs: string[], flags: AnalyzeFlags & { db: string }) => {
    const pipeline = analyzerFor(flags);
    const store = openStore(flags.db);
    try {
      const summary = await runInputs(inputs, pipeline, flags, {
        progress: true,
        skip: (key) => store.hasSource(key),
        async onDoc(doc, key) {
          await store.put(toJson(doc), key);
        },
      });
      process.stderr.write(`${summaryLine(summary)}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}
