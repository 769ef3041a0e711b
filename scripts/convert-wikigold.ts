/**
 * Converts WikiGold (Balasuriya et al. 2009: 145 Wikipedia articles annotated by hand with the
 * CoNLL-2003 types PER, ORG, LOC, MISC; CC BY 4.0) into the training format of scripts/train-ner.ts:
 * one JSON object per article, {doc, text, entities, source}, gzipped. Fully annotated: no `partial`.
 *   node --import tsx scripts/convert-wikigold.ts OUT.jsonl.gz wikigold.conll.txt
 * Input: CoNLL IOB1 ("word TAG" per line, blank line between sentences, "-DOCSTART- O" between
 * articles). Text: tokens joined by spaces, except no space before closing punctuation (, . ; : ! ? ) ]
 * 's n't …) and none after opening brackets; sentences of one article joined with a space.
 *
 * Conventions mapped onto GUM's (shared/eval/ner/README.md):
 * - PER → PERSON, ORG → ORG, LOC → LOC (GUM types every place LOC).
 * - MISC → OTHER (events, works, products, languages, …), except a single-word MISC that is a
 *   nationality, language or group word (the project's DEMONYMS, LANGUAGES, GROUP_NOUNS lists):
 *   followed by a word it is an adjective ("Japanese band", "American singer") and is dropped —
 *   GUM does not annotate adjectives; otherwise a group noun ("Americans", "Jews", "the French")
 *   → NORP, a language name ("written in Japanese.") → OTHER, anything else dropped.
 * - A leading "the" is left out, and so are titles before a person's name (the project's title words).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMONYMS, EXTRA_GPE, GROUP_NOUNS, LANGUAGES, PLACE_SUFFIXES, TITLE_WORDS } from '../src/stages/entities/ner/lexicon.js';
import { mergeGazetteers, normalisePhrase, readCityGazetteer, readPetrarchGazetteers } from '../src/stages/entities/ner/petrarch.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLACES_ARG = process.argv.includes('--gum-places');
/** Place names the tagger's gazetteers know (PETRARCH places, towns and cities, EXTRA_GPE), for --gum-places. */
const PLACES = PLACES_ARG
  ? (() => {
      const l = mergeGazetteers(readPetrarchGazetteers(join(ROOT, '../shared/reference/petrarch')), readCityGazetteer(join(ROOT, 'data/ner-training/cities.txt.gz')));
      return new Set([...l.place, ...(l.city ?? []), ...EXTRA_GPE.map(normalisePhrase)]);
    })()
  : new Set<string>();

const TYPE: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
interface Entity { start: number; end: number; type: string; text: string }
interface Doc { doc: string; text: string; entities: Entity[]; source: string }

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

function convert(path: string): Doc[] {
  const docs: Doc[] = [];
  let sentences: [string, string][][] = [];
  let sent: [string, string][] = [];
  const flushSentence = () => {
    if (sent.length) sentences.push(sent);
    sent = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (!sentences.length) return;
    let text = '';
    const entities: Entity[] = [];
    for (const s of sentences) {
      if (text) text += ' ';
      // token offsets
      const at: number[] = [];
      s.forEach(([w], k) => {
        if (k > 0 && !NO_SPACE_BEFORE.test(w) && !NO_SPACE_AFTER.test(s[k - 1]![0])) text += ' ';
        at.push(text.length);
        text += w;
      });
      let open: { start: number; end: number; type: string; first: number; last: number } | undefined;
      const spans: { start: number; end: number; type: string; first: number; last: number }[] = [];
      const close = () => {
        if (open) spans.push(open);
        open = undefined;
      };
      s.forEach(([w, tag], k) => {
        const [bio, raw] = tag.split('-') as [string, string | undefined];
        const type = raw ? TYPE[raw] : undefined;
        if (!type || bio === 'O') return close();
        const start = at[k]!;
        const end = start + w.length;
        if (bio === 'I' && open && open.type === type && open.last === k - 1) {
          open.end = end;
          open.last = k;
          return;
        }
        close();
        open = { start, end, type, first: k, last: k };
      });
      close();
      for (const sp of spans) {
        let type = sp.type;
        if (type === 'MISC') {
          type = 'OTHER';
          if (sp.first === sp.last) {
            const lw = s[sp.first]![0].toLowerCase();
            if (GROUP_NOUNS.has(lw) || DEMONYMS.has(lw) || LANGUAGES.has(lw)) {
              const next = s[sp.first + 1]?.[0];
              const before = s[sp.first - 1]?.[0].toLowerCase();
              if (next !== undefined && /^\p{L}/u.test(next)) continue; // an adjective ("Japanese band"): not a name in GUM
              if (GROUP_NOUNS.has(lw) && (before === 'the' || !LANGUAGES.has(lw))) type = 'NORP';
              else if (LANGUAGES.has(lw)) type = 'OTHER';
              else continue;
            }
          }
        }
        if (PLACES_ARG && type === 'ORG') {
          // GUM types a place standing for its team or government, and a building, as a place.
          const words = s.slice(sp.first, sp.last + 1).map(([w]) => w.toLowerCase());
          if (PLACES.has(normalisePhrase(words.join(' '))) || (words.length > 1 && PLACE_SUFFIXES.has(words[words.length - 1]!))) type = 'LOC';
        }
        let start = sp.start;
        let first = sp.first;
        while (first < sp.last) {
          const w = s[first]![0].toLowerCase().replace(/\.$/, '');
          if (w === 'the' || (type === 'PERSON' && TITLE_WORDS.has(w))) start = at[++first]!;
          else break;
        }
        entities.push({ start, end: sp.end, type, text: text.slice(start, sp.end) });
      }
    }
    docs.push({ doc: `wikigold#${docs.length}`, text, entities, source: 'wikigold.conll.txt' });
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.trimEnd();
    if (l.startsWith('-DOCSTART-')) flushDoc();
    else if (!l) flushSentence();
    else {
      const sp = l.lastIndexOf(' ');
      sent.push([l.slice(0, sp), l.slice(sp + 1)]);
    }
  }
  flushDoc();
  return docs;
}

const [out, input] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!out || !input) {
  console.error('usage: convert-wikigold.ts OUT.jsonl.gz wikigold.conll.txt');
  process.exit(2);
}
const records = convert(input);
for (const r of records) for (const e of r.entities) if (r.text.slice(e.start, e.end) !== e.text) throw new Error(`${r.doc}: bad span`);
writeFileSync(out, gzipSync(Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n'), { level: 9 }));
const count = new Map<string, number>();
for (const r of records) for (const e of r.entities) count.set(e.type, (count.get(e.type) ?? 0) + 1);
const words = records.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
console.log(`${records.length} documents, ~${words} words, entities: ${[...count].sort().map(([t, n]) => `${t} ${n}`).join(', ')} → ${out}`);
