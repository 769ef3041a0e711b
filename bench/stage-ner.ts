/**
 * Scores the entities stage's mentions (segmentation + NER model + KB linking + title patterns:
 * the NER users get) on ../shared/eval/ner's dev file with its scorer (exact span and type).
 * Shared by bench/ner.ts and bench/entities.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kb } from '../src/kb/types.js';
import { createDoc } from '../src/model/create.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import type { NerModel } from '../src/stages/entities/ner/index.js';

export const EVAL_DIR = join(fileURLToPath(new URL('../', import.meta.url)), '../shared/eval/ner');
export const DEV_FILE = join(EVAL_DIR, 'gum-news-dev.jsonl');
/** Stages after entities, left out when only entities are measured. */
export const STAGES_AFTER = ['quotes', 'events', 'claims', 'flags'] as const;

/** The scorer's report for the entities stage's mentions on the dev file (with or without the model). */
export async function scoreStage(kb: Kb, ner: NerModel | null): Promise<string> {
  const gold = readFileSync(DEV_FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc: string; text: string });
  const analyzer = createAnalyzer({ kb, ner, disable: [...STAGES_AFTER] });
  const lines: string[] = [];
  for (const g of gold) {
    const doc = await analyzer.run(createDoc({ kind: 'record', location: 'dev' }, { raw: { format: 'record', content: g.text, meta: { id: g.doc } } }));
    const entities = doc.entities.flatMap((e) => e.mentions.filter((m) => !m.field).map((m) => ({ start: m.start, end: m.end, type: e.type })));
    lines.push(JSON.stringify({ doc: g.doc, entities }));
  }
  const pred = join(mkdtempSync(join(tmpdir(), 'newsgraph-ner-')), 'pred.jsonl');
  writeFileSync(pred, `${lines.join('\n')}\n`);
  return execFileSync(process.execPath, [join(EVAL_DIR, 'score.mjs'), DEV_FILE, pred], { encoding: 'utf8' }).trim();
}
