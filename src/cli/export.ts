import { Command, Option } from 'commander';
import { gdeltHeader, toGdeltRows } from '../export/gdelt.js';
import { toPloverRecords } from '../export/plover.js';
import { openStore, EXPORT_TABLES, type ExportTable } from '../store/index.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write stored articles as JSON Lines, a table of facts as CSV, events as PLOVER JSON or GDELT-style TSV')
    .requiredOption('--db <file|url>', 'SQLite file or postgres:// URL')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'plover', 'gdelt']).default('jsonl'))
    .addOption(new Option('--table <table>', 'table for CSV').choices([...EXPORT_TABLES]).default('events'))
    .action(async (flags: { db: string; format: 'jsonl' | 'csv' | 'plover' | 'gdelt'; table: ExportTable }) => {
      const store = openStore(flags.db);
      try {
        if (flags.format === 'jsonl') {
          for await (const doc of store.documents()) process.stdout.write(`${JSON.stringify(doc)}\n`);
          return;
        }
        if (flags.format === 'plover') {
          // One PLOVER record per line: counted events only (not negated, hypothetical or demanded), near-copies left out.
          for await (const doc of store.documents({ originals: true })) for (const r of toPloverRecords(doc)) process.stdout.write(`${JSON.stringify(r)}\n`);
          return;
        }
        if (flags.format === 'gdelt') {
          process.stdout.write(`${gdeltHeader().join('\t')}\n`);
          for await (const doc of store.documents({ originals: true })) for (const row of toGdeltRows(doc)) process.stdout.write(`${row.join('\t')}\n`);
          return;
        }
        const { columns, rows } = store.table(flags.table);
        process.stdout.write(`${columns.map(csvField).join(',')}\n`);
        for await (const row of rows) process.stdout.write(`${columns.map((k) => csvField(row[k])).join(',')}\n`);
      } finally {
        await store.close();
      }
    });
}
