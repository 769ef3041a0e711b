import { Command } from 'commander';
import type { Event } from '../model/doc.js';
import type { DocJson } from '../model/json.js';
import { countedCategory } from '../stages/events/counted.js';
import { addAnalyzeOptions, analyzerFor, runInputs, type AnalyzeFlags } from './common.js';

/** Longest sentence excerpt in the table, in characters. */
const MAX_EXCERPT_CHARS = 70;

interface EventsFlags extends AnalyzeFlags {
  json?: boolean;
  all?: boolean;
}

const actorCell = (r: Event['actor'] | null) => (r ? (r.code ? `${r.name} (${r.code})` : r.name) : '-');

/** One table row per event: actor, event/mode, recipient, modality, negated, sentence excerpt. */
export function eventRows(doc: Readonly<DocJson>, all = false): string[][] {
  const rows: string[][] = [];
  for (const e of doc.events) {
    const counted = countedCategory(e);
    if (!counted && !all) continue;
    const sentence = doc.sentences.find((s) => s.start <= e.start && e.start < s.end);
    let excerpt = sentence ? doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : e.text;
    if (excerpt.length > MAX_EXCERPT_CHARS) excerpt = `${excerpt.slice(0, MAX_EXCERPT_CHARS - 1)}…`;
    rows.push([
      actorCell(e.actor),
      `${e.event}${e.mode ? `/${e.mode}` : ''}${counted && counted !== e.event ? ` → ${counted}` : ''} [${e.cameo ?? ''}]`,
      actorCell(e.recipient),
      e.modality,
      e.negated ? 'yes' : 'no',
      excerpt,
    ]);
  }
  return rows;
}

export function formatTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, k) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[k]!.length))));
  const cell = (s: string, k: number) => (k === header.length - 1 ? s : (s.length > widths[k]! ? `${s.slice(0, widths[k]! - 1)}…` : s.padEnd(widths[k]!)));
  return [header, ...rows].map((r) => r.map(cell).join('  ').trimEnd()).join('\n');
}

const HEADER = ['actor', 'event/mode [cameo]', 'recipient', 'modality', 'negated', 'sentence'];

export function eventsCommand(): Command {
  return addAnalyzeOptions(
    new Command('events')
      .description('analyse articles and print who did what to whom (PLOVER/CAMEO events) as a table')
      .argument('<paths...>', 'files (.txt, .html, .jsonl, …), directories, URLs, or - for stdin')
      .option('--json', 'one JSON line per article: {id, events}')
      .option('--all', 'also list negated, hypothetical and demanded events (not counted as PLOVER events)'),
  ).action(async (paths: string[], flags: EventsFlags) => {
    const pipeline = analyzerFor(flags);
    const summary = await runInputs(paths, pipeline, flags, {
      onDoc(doc) {
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ id: doc.id, events: doc.events })}\n`);
          return;
        }
        const rows = eventRows(doc, flags.all);
        process.stdout.write(`# ${doc.title ?? doc.id} (${rows.length} events)\n${rows.length ? `${formatTable(HEADER, rows)}\n` : ''}\n`);
      },
    });
    if (summary.failed > 0) process.exitCode = 1;
  });
}
