/**
 * Cross-validation of the NER training recipe over the training documents (never the dev or
 * held-out news): documents sorted by name go to fold (index % folds), so every fold mixes genres.
 * Each fold is tagged by a model trained (with the same case augmentation) on the other folds.
 * Prints micro F1 over all folds, per type and for the Wikinews interviews (the most news-like
 * genre), then dev F1 of a model trained on everything with the same settings.
 *   node --import tsx scripts/cv-ner.ts [--folds 4] [--seeds 3] [--epochs 5] [--min-row-weight W] [--kb-gazetteer] [--cities[=FILE]] [--classes=FILE]
 *     [--extra FILE.jsonl.gz[,MORE]] [--no-dev] [--errors FILE]
 * --extra: gzipped training documents kept in this repository (as in train-ner.ts), added to every
 * fold's training set (never scored).
 * --news FILE.jsonl.gz [--news-folds 5] [--news-weight NEWS_WEIGHT]: hand-annotated news (data/ner-training/wikinews.jsonl.gz)
 * instead of GUM as the cross-validated set: each fold of it is tagged by a model trained on GUM, the
 * other news folds (each repeated --news-weight times) and --extra; dev is then tagged by a model
 * trained on GUM and all the news.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/kb/index.js';
import { createDoc } from '../src/model/create.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import type { NerModel, NerSpan } from '../src/stages/entities/ner/model.js';
import { decodeModel, encodeModel, MIN_ROW_WEIGHT } from '../src/stages/entities/ner/model-file.js';
import { EXTRA_GPE } from '../src/stages/entities/ner/lexicon.js';
import { mergeGazetteers, normalisePhrase, readCityGazetteer, readKbGazetteers, readPetrarchGazetteers } from '../src/stages/entities/ner/petrarch.js';
import { readWordClasses } from '../src/stages/entities/ner/word-classes.js';
import {
  augmentCase, DEFAULT_TRAIN_OPTIONS, prepareDocs, resourcesFrom, score, tagDocs, trainAveraged, type AlignmentStats, type GoldDoc, type Score,
} from '../src/stages/entities/ner/train.js';
import { CASE_AUGMENT_DOC_RATE, CASE_AUGMENT_SENTENCE_RATE, NEWS_WEIGHT, readJsonl, readJsonlGz, TRAIN_SEEDS } from './ner-recipe.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const folds = arg('--folds', 4);
const seeds = TRAIN_SEEDS.slice(0, arg('--seeds', 3));
const epochs = arg('--epochs', DEFAULT_TRAIN_OPTIONS.epochs);
const minRowWeight = arg('--min-row-weight', MIN_ROW_WEIGHT);

const gum = readJsonl<GoldDoc>(join(SHARED, 'eval/ner/gum-train.jsonl')).sort((a, b) => a.doc.localeCompare(b.doc));
const dev = readJsonl<GoldDoc>(join(SHARED, 'eval/ner/gum-news-dev.jsonl'));
const news = readJsonl<{ text: string }>(join(SHARED, 'corpus/wikinews/articles.jsonl')).map((a) => a.text);
const readGz = (list: string): GoldDoc[] => list.split(',').filter(Boolean).flatMap((path) => readJsonlGz<GoldDoc>(resolve(path)));
const extra = readGz(args.includes('--extra') ? args[args.indexOf('--extra') + 1]! : '');
const annotatedNews = readGz(args.includes('--news') ? args[args.indexOf('--news') + 1]! : '').sort((a, b) => a.doc.localeCompare(b.doc));
const newsFolds = arg('--news-folds', 5);
const newsWeight = arg('--news-weight', NEWS_WEIGHT);
const unlabelled = [...gum.map((d) => d.text), ...extra.map((d) => d.text), ...news];
const curated = args.includes('--kb-gazetteer') ? [readKbGazetteers(join(ROOT, 'data/kb'))] : [];
const citiesPath = args.find((a) => a.startsWith('--cities='))?.slice('--cities='.length) ?? join(ROOT, 'data/ner-training/cities.txt.gz');
if (args.some((a) => a.startsWith('--cities'))) curated.push(readCityGazetteer(citiesPath));
const lists = mergeGazetteers(readPetrarchGazetteers(join(SHARED, 'reference/petrarch')), ...curated, {
  place: EXTRA_GPE.map(normalisePhrase), person: [], org: [],
});
const classes = readWordClasses(args.find((a) => a.startsWith('--classes='))?.slice('--classes='.length) ?? join(ROOT, 'data/ner-training/glove-classes.txt.gz'));
const res = resourcesFrom(lists, unlabelled, classes);

const noStats = (): AlignmentStats => ({ entities: 0, misaligned: 0, dropped: 0, overlapping: 0, inactive: 0 });
function train(docs: readonly GoldDoc[], inDomain: readonly GoldDoc[] = []) {
  const prepared = prepareDocs([...docs, ...extra], res, noStats());
  const domain = prepareDocs(inDomain, res, noStats());
  for (let i = 0; i < newsWeight; i++) prepared.push(...domain);
  prepared.push(...prepareDocs(augmentCase([...docs, ...(newsWeight > 0 ? inDomain : [])], CASE_AUGMENT_DOC_RATE, CASE_AUGMENT_SENTENCE_RATE, TRAIN_SEEDS[0]!), res, noStats()));
  const { model, table } = trainAveraged(prepared, res, { ...DEFAULT_TRAIN_OPTIONS, epochs }, seeds);
  // Scored as shipped: quantised and pruned through the model file.
  return decodeModel(encodeModel({ table, trans: model.trans, words: res.words, gazetteer: lists, meta: {}, minRowWeight }));
}

const kb = loadKb();
/** The entities stage's mentions (body only), with `model` as its NER model. */
async function stageSpans(model: NerModel, docs: readonly GoldDoc[]): Promise<NerSpan[][]> {
  const analyzer = createAnalyzer({ kb, ner: model, disable: ['quotes', 'events', 'claims', 'flags'] });
  const out: NerSpan[][] = [];
  for (const g of docs) {
    const doc = await analyzer.run(createDoc({ kind: 'record', location: 'cv' }, { raw: { format: 'record', content: g.text, meta: { id: g.doc } } }));
    out.push(doc.entities.flatMap((e) => e.mentions.filter((m) => !m.field).map((m) => ({ start: m.start, end: m.end, type: e.type, confidence: 1 }))));
  }
  return out;
}

const line = (label: string, s: Score) =>
  `${label}: F1 ${s.f1.toFixed(4)} (${s.tp}/${s.gold} gold, ${s.pred} pred) ` +
  Object.entries(s.byType).sort().map(([t, v]) => `${t} ${v.f1.toFixed(3)}`).join(' ');

/** Type confusions among spans found with the right boundaries ("gold->predicted count"), most frequent first. */
function confusions(golds: readonly GoldDoc[], preds: ReturnType<typeof tagDocs>): string {
  const norm = (t: string) => (t === 'GPE' ? 'LOC' : t);
  const counts = new Map<string, number>();
  golds.forEach((g, i) => {
    const byOffsets = new Map(preds[i]!.map((p) => [`${p.start}:${p.end}`, norm(p.type)]));
    for (const e of g.entities) {
      const p = byOffsets.get(`${e.start}:${e.end}`);
      if (p && p !== e.type) counts.set(`${e.type}->${p}`, (counts.get(`${e.type}->${p}`) ?? 0) + 1);
    }
  });
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

/** Training-document type errors with context, one per line (for --errors: reading CV mistakes, never dev ones). */
function typeErrors(golds: readonly GoldDoc[], preds: ReturnType<typeof tagDocs>): string[] {
  const out: string[] = [];
  golds.forEach((g, i) => {
    const byOffsets = new Map(preds[i]!.map((p) => [`${p.start}:${p.end}`, p.type === 'GPE' ? 'LOC' : p.type]));
    for (const e of g.entities) {
      const p = byOffsets.get(`${e.start}:${e.end}`);
      if (!p || p === e.type) continue;
      const ctx = `${g.text.slice(Math.max(0, e.start - 50), e.start)}[[${g.text.slice(e.start, e.end)}]]${g.text.slice(e.end, e.end + 40)}`;
      out.push(`${e.type}->${p}\t${g.doc}\t${ctx.replace(/\s+/g, ' ')}`);
    }
  });
  return out.sort();
}

const t0 = Date.now();
const heldGold: GoldDoc[] = [];
const heldPred: ReturnType<typeof tagDocs> = [];
const heldStage: NerSpan[][] = [];
const cvSet = annotatedNews.length ? annotatedNews : gum;
const cvFolds = annotatedNews.length ? newsFolds : folds;
for (let k = 0; k < cvFolds; k++) {
  const test = cvSet.filter((_, i) => i % cvFolds === k);
  const rest = cvSet.filter((_, i) => i % cvFolds !== k);
  const model = annotatedNews.length ? train(gum, rest) : train(rest);
  heldGold.push(...test);
  heldPred.push(...tagDocs(model, test));
  heldStage.push(...(await stageSpans(model, test)));
  console.log(`fold ${k + 1}/${cvFolds} done (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
}
console.log(
  `settings: ${cvFolds} folds over ${annotatedNews.length ? `${annotatedNews.length} annotated news docs (weight ${newsWeight})` : 'GUM'}, ` +
    `${seeds.length} seeds, ${epochs} epochs, rows below ${minRowWeight} dropped, ${extra.length} extra training docs`,
);
console.log(line('CV all', score(heldGold, heldPred)));
const interviews = heldGold.flatMap((d, i) => (d.doc.startsWith('GUM_interview_') ? [i] : []));
console.log(line('CV entities stage', score(heldGold, heldStage)));
console.log(`CV type confusions: ${confusions(heldGold, heldPred)}`);
const errorsPath = args.includes('--errors') ? args[args.indexOf('--errors') + 1]! : undefined;
if (errorsPath) writeFileSync(errorsPath, typeErrors(heldGold, heldPred).join('\n') + '\n');
if (interviews.length) console.log(line('CV interviews', score(interviews.map((i) => heldGold[i]!), interviews.map((i) => heldPred[i]!))));
if (!args.includes('--no-dev')) {
  const model = train(gum, annotatedNews);
  console.log(line('dev (trained on all)', score(dev, tagDocs(model, dev))));
  console.log(line('dev entities stage', score(dev, await stageSpans(model, dev))));
}
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
