import { Command } from 'commander';
import type { Quote } from '../model/doc.js';
import type { DocJson } from '../model/json.js';
import { addAnalyzeOptions, analyzerFor, runInputs, type AnalyzeFlags } from './common.js';

/** Longest quote excerpt in the table, in characters. */
const MAX_EXCERPT_CHARS = 90;
const SPEAKER_WIDTH = 26;

/** One quote as a JSON Lines record: where it is, who said it, how. */
export function quoteRecord(doc: DocJson, q: Quote): Record<string, unknown> {
  return {
    article: doc.id,
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    entity: q.speaker?.entity ?? null,
    verb: q.verb ?? null,
    start: q.start,
    end: q.end,
    text: q.text,
    rule: q.rule ?? null,
  };
}

function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** A readable table of who said what in one article. */
export function quoteTable(doc: DocJson): string {
  const head = `${doc.title ?? doc.origin.location}${doc.id ? `  (${doc.id})` : ''}`;
  if (doc.quotes.length === 0) return `${head}\n  no quotes\n`;
  const lines = [head, `  ${'speaker'.padEnd(SPEAKER_WIDTH)} ${'kind'.padEnd(8)} ${'verb'.padEnd(12)} quote`];
  for (const q of doc.quotes) {
    const excerpt = cell(q.text, MAX_EXCERPT_CHARS).trimEnd();
    lines.push(`  ${cell(q.speaker?.name ?? '—', SPEAKER_WIDTH)} ${q.kind.padEnd(8)} ${cell(q.verb ?? '', 12)} “${excerpt}”`);
  }
  return `${lines.join('\n')}\n`;
}

/** `newsgraph quotes <paths…>`: who said what, as a table or (--json) JSON Lines. */
export function quotesCommand(): Command {
  return addAnalyzeOptions(
    new Command('quotes')
      .description('print who said what in each article: speaker, kind, reporting verb, quote')
      .argument('<inputs...>', 'files (.txt, .html, .htm, .jsonl, optionally .gz), directories, URLs, or - for stdin')
      .option('--json', 'one JSON object per quote (JSON Lines) instead of a table'),
  ).action(async (inputs: string[], flags: AnalyzeFlags & { json?: boolean }) => {
    // Events and flags do not feed quotes; skip them unless the user chose what to disable.
    const pipeline = analyzerFor({ ...flags, disable: flags.disable ?? ['events', 'flags'] });
    let first = true;
    const summary = await runInputs(inputs, pipeline, flags, {
      onDoc(doc) {
        if (flags.json) {
          for (const q of doc.quotes) process.stdout.write(`${JSON.stringify(quoteRecord(doc, q))}\n`);
          return;
        }
        process.stdout.write(`${first ? '' : '\n'}${quoteTable(doc)}`);
        first = false;
      },
    });
    if (summary.failed > 0) process.exitCode = 1;
  });
}
