/**
 * Trains the shipped NER model from GUM's non-news training split and reports dev F1.
 *   node --import tsx scripts/train-ner.ts [--out data/models/ner.bin.gz] [--epochs N] [--seeds N] [--no-write]
 *     [--extra data/ner-training/uner-en.jsonl.gz[,more.jsonl.gz]]
 * --extra adds gzipped JSON Lines training documents kept in this repository; records marked
 * `partial: true` annotate only PERSON/ORG/LOC (see data/ner-training/README.md). The shipped model
 * uses none: with UNER English or WikiGold (data/ner-training/wikigold.jsonl.gz, fully annotated) added,
 * cross-validation did not improve (docs/ner.md, "What did not help").
 * --news FILE (default data/ner-training/wikinews.jsonl.gz; --news '' for none): Wikinews corpus articles
 * annotated here (docs/annotation/entities.md), repeated --news-weight times (default NEWS_WEIGHT).
 * Deterministic: fixed seed, sorted inputs. Inputs (all open, read from ../shared):
 *   eval/ner/gum-train.jsonl             labelled training text (never the dev or held-out file)
 *   reference/petrarch/Phoenix.*.actors  gazetteers (MIT)
 *   corpus/wikinews/articles.jsonl       unlabelled news text: capitalisation prior
 * and from this repository data/ner-training/glove-classes.txt.gz (word classes of GloVe vectors),
 * data/ner-training/cities.txt.gz (GeoNames town and city names; leave out
 * with --no-cities). With --kb-gazetteer, also data/kb/{countries,places,organizations,people}.json
 * (curated KB names as gazetteers). Settings are chosen by cross-validation: scripts/cv-ner.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/stages/entities/ner/model-file.js';
import { EXTRA_GPE } from '../src/stages/entities/ner/lexicon.js';
import { mergeGazetteers, normalisePhrase, readCityGazetteer, readKbGazetteers, readPetrarchGazetteers } from '../src/stages/entities/ner/petrarch.js';
import { CASE_AUGMENT_DOC_RATE, CASE_AUGMENT_SENTENCE_RATE, NEWS_WEIGHT, readJsonl, readJsonlGz, TRAIN_SEEDS } from './ner-recipe.js';
import { readWordClasses } from '../src/stages/entities/ner/word-classes.js';
import {
  augmentCase, DEFAULT_TRAIN_OPTIONS, prepareDocs, resourcesFrom, score, tagDocs, trainAveraged, type AlignmentStats, type GoldDoc,
} from '../src/stages/entities/ner/train.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const TRAIN = join(SHARED, 'eval/ner/gum-train.jsonl');
const DEV = join(SHARED, 'eval/ner/gum-news-dev.jsonl');
const SCORER = join(SHARED, 'eval/ner/score.mjs');
const PETRARCH = join(SHARED, 'reference/petrarch');
const WIKINEWS = join(SHARED, 'corpus/wikinews/articles.jsonl');
/** The project's knowledge base (with --kb-gazetteer: names of its curated entries join the gazetteers). */
const KB = join(ROOT, 'data/kb');
/** Town and city names from GeoNames (see scripts/build-ner-cities.ts and data/ner-training/README.md). */
const CITIES = join(ROOT, 'data/ner-training/cities.txt.gz');
/** Word classes of GloVe vectors (see scripts/build-ner-glove-classes.ts and data/ner-training/README.md). */
const GLOVE_CLASSES = join(ROOT, 'data/ner-training/glove-classes.txt.gz');
/** Training data kept in this repository (see data/ner-training/README.md). */
const EXTRA_DEFAULT: string[] = [];
/** Hand-annotated Wikinews articles (scripts/ner-annotations.ts build). */
const NEWS_DEFAULT = join(ROOT, 'data/ner-training/wikinews.jsonl.gz');

const SEEDS = TRAIN_SEEDS;

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(ROOT, arg('--out') ?? 'data/models/ner.bin.gz');
const epochs = Number(arg('--epochs') ?? DEFAULT_TRAIN_OPTIONS.epochs);
const minFeatureCount = Number(arg('--min-count') ?? DEFAULT_TRAIN_OPTIONS.minFeatureCount);
const write = !args.includes('--no-write');
const EXTRA = arg('--extra') !== undefined ? arg('--extra')!.split(',').filter(Boolean).map((p) => resolve(p)) : EXTRA_DEFAULT;
const seeds = SEEDS.slice(0, Number(arg('--seeds') ?? SEEDS.length));
const newsPath = arg('--news') ?? NEWS_DEFAULT;
const newsWeight = Number(arg('--news-weight') ?? NEWS_WEIGHT);

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const gum = readJsonl<GoldDoc>(TRAIN).sort((a, b) => a.doc.localeCompare(b.doc));
const extra = EXTRA.flatMap((path) => readJsonlGz<GoldDoc>(path));
const annotatedNews = newsPath ? readJsonlGz<GoldDoc>(resolve(newsPath)).sort((a, b) => a.doc.localeCompare(b.doc)) : [];
const train = [...gum, ...extra];
const dev = readJsonl<GoldDoc>(DEV);
const news = readJsonl<{ text: string }>(WIKINEWS).map((a) => a.text);
const unlabelled = [...train.map((d) => d.text), ...news];
console.log(
  `train: ${gum.length} GUM docs + ${annotatedNews.length} annotated news docs (weight ${newsWeight}) + ${extra.length} extra docs ` +
    `(${EXTRA.map((p) => basename(p)).join(', ')}); unlabelled: ${unlabelled.length} texts`,
);

const petrarch = readPetrarchGazetteers(PETRARCH);
// --kb-gazetteer: the curated KB names join the gazetteers (not in the shipped model: no gain within
// noise, and the model would then change whenever data/kb does).
const curated = args.includes('--kb-gazetteer') ? [readKbGazetteers(KB)] : [];
// Towns and cities of the world (GeoNames, data/ner-training/cities.txt.gz) as their own list.
const cities = args.includes('--no-cities') ? [] : [readCityGazetteer(CITIES)];
const lists = mergeGazetteers(petrarch, ...curated, ...cities, { place: EXTRA_GPE.map(normalisePhrase), person: [], org: [] });
console.log(
  `gazetteers: ${lists.place.length} places, ${lists.person.length} persons, ${lists.org.length} organisations, ` +
    `${lists.city?.length ?? 0} towns and cities (${elapsed()})`,
);
const classes = readWordClasses(GLOVE_CLASSES);
console.log(`word classes: ${classes.size} words (${elapsed()})`);
const res = resourcesFrom(lists, unlabelled, classes);
console.log(`lexicon: ${res.words.size} words (${elapsed()})`);

const stats: AlignmentStats = { entities: 0, misaligned: 0, dropped: 0, overlapping: 0, inactive: 0 };
const prepared = prepareDocs(train, res, stats);
const newsPrepared = prepareDocs(annotatedNews, res, stats);
for (let i = 0; i < newsWeight; i++) prepared.push(...newsPrepared);
const tokens = prepared.reduce((n, d) => n + d.tokens.length, 0);
console.log(
  `prepared ${tokens} tokens; gold entities ${stats.entities}: ${stats.misaligned} not on token boundaries ` +
    `(mapped to covering tokens), ${stats.dropped} dropped (no token), ${stats.overlapping} dropped (overlap after mapping), ` +
    `${stats.inactive} dropped (lower-case, away from capitals: outside at run time) (${elapsed()})`,
);
const augmented = augmentCase([...gum, ...annotatedNews], CASE_AUGMENT_DOC_RATE, CASE_AUGMENT_SENTENCE_RATE, SEEDS[0]!);
prepared.push(...prepareDocs(augmented, res, { entities: 0, misaligned: 0, dropped: 0, overlapping: 0, inactive: 0 }));
console.log(`case augmentation: ${augmented.length} document copies with upper-cased headline and some sentences`);

let seedIndex = 0;
const { model, table } = trainAveraged(
  prepared,
  res,
  {
    ...DEFAULT_TRAIN_OPTIONS,
    epochs,
    minFeatureCount,
    onEpoch(epoch, errors, n, snapshot) {
      if (epoch === 1) seedIndex++;
      const s = score(dev, tagDocs(snapshot, dev));
      console.log(
        `seed ${seedIndex}/${seeds.length} epoch ${epoch}: token errors ${errors}/${n} (${((100 * errors) / n).toFixed(2)}%), ` +
          `dev F1 ${s.f1.toFixed(4)} (${elapsed()})`,
      );
    },
  },
  seeds,
);
const averaged = score(dev, tagDocs(model, dev));
console.log(`averaged over ${seeds.length} seeds: dev F1 ${averaged.f1.toFixed(4)} (${elapsed()})`);

const file = encodeModel({
  table,
  trans: model.trans,
  words: res.words,
  gazetteer: lists,
  meta: {
    trainedOn:
      `GUM non-news split (gum-train.jsonl), ${gum.length} docs` +
      (annotatedNews.length ? `; ${basename(newsPath)}, ${annotatedNews.length} docs × ${newsWeight}` : '') +
      (extra.length ? `; extra: ${EXTRA.map((p) => basename(p)).join(', ')}, ${extra.length} docs` : ''),
    epochs,
    minFeatureCount,
    seeds,
    caseAugmentation: { docRate: CASE_AUGMENT_DOC_RATE, sentenceRate: CASE_AUGMENT_SENTENCE_RATE },
    cityGazetteer: cities.length > 0,
    tokens,
    devF1: Number(averaged.f1.toFixed(4)),
  },
});
if (write) {
  writeFileSync(out, file);
  console.log(`wrote ${out} (${(file.length / 1e6).toFixed(2)} MB) (${elapsed()})`);
}

// Dev F1 via the project's scorer, from the saved (quantised, pruned) model.
const { decodeModel } = await import('../src/stages/entities/ner/model-file.js');
const shipped = decodeModel(file);
const dir = mkdtempSync(join(tmpdir(), 'ner-dev-'));
const predPath = join(dir, 'pred.jsonl');
const preds = tagDocs(shipped, dev);
writeFileSync(predPath, dev.map((d, i) => JSON.stringify({ doc: d.doc, entities: preds[i] })).join('\n') + '\n');
console.log(execFileSync(process.execPath, [SCORER, DEV, predPath], { encoding: 'utf8' }).trimEnd());
console.log(`done in ${elapsed()}`);
