/**
 * Hand-annotated NER training text from the Wikinews corpus (guidelines: docs/annotation/entities.md).
 *   node --import tsx scripts/ner-annotations.ts pick <label> <count> [--skip ids.txt]
 *       ids of corpus articles, ordered by SHA-256 of "<label>:<id>" (no choice by content)
 *   node --import tsx scripts/ner-annotations.ts pre <out.txt> <id...>
 *       writes the articles with the shipped model's entities marked as [[TYPE name]], for correcting
 *   node --import tsx scripts/ner-annotations.ts build <out.jsonl.gz> <annotations.txt...>
 *       checks every file against the corpus text and writes training records {doc, text, entities}
 *   node --import tsx scripts/ner-annotations.ts lint <annotations.txt>
 *       lists what to look at again: capitalised words outside marks (not opening a sentence),
 *       marks that start with "the", end with "'s", or give a PERSON a title
 * --corpus FILE[,FILE…] (before the command's arguments or after them): the articles to annotate, JSON Lines
 * with id and text (default: the Wikinews corpus), e.g. the quote probe sets' fictional articles,
 * test/fixtures/quotes/src/probe/articles-pN.jsonl.
 * Annotation files: blocks that open with a line "### <article id>", then the article text with marks.
 * An annotator appends " checked" to the id line once the block is corrected; build uses only those.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import { loadNerModel } from '../src/stages/entities/ner/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '../shared/corpus/wikinews/articles.jsonl');
const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'NORP', 'OTHER']);
const TITLE_WORDS = /\b(President|Prime Minister|Minister|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|King|Queen|Prince|Pope|Dr\.|Mr\.|Mrs\.|Ms\.|General|Gen\.|Judge|Justice|Chancellor|Secretary|Ambassador|Chief|Director|Chairman|Professor|Coach|Speaker|Representative|Officer|Captain)\s/;
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MARK = /\[\[([A-Z]+) ([^\]]*)\]\]/g;

interface Article {
  id: string;
  text: string;
}
interface Entity {
  start: number;
  end: number;
  type: string;
  text: string;
}

const argv = process.argv.slice(2);
const corpusAt = argv.indexOf('--corpus');
const corpusFiles = corpusAt >= 0 ? argv.splice(corpusAt, 2)[1]!.split(',') : [CORPUS];
const corpus = new Map(
  corpusFiles.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Article)
      .map((a) => [a.id, a] as const),
  ),
);
const source = corpusAt >= 0 ? 'fictional news written for this project (quote probe sets), annotated here' : 'wikinews corpus, annotated here';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Parses one marked-up article: the plain text and its entities, or the first problem found. */
export function parseMarked(marked: string): { text: string; entities: Entity[] } | { error: string } {
  let text = '';
  const entities: Entity[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const [, type, name] = m as unknown as [string, string, string];
    if (!TYPES.has(type)) return { error: `unknown type ${type} in ${m[0]}` };
    if (name !== name.trim() || !name) return { error: `spaces at the edge of ${m[0]}` };
    entities.push({ start: text.length, end: text.length + name.length, type, text: name });
    text += name;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const stray = /\[\[|\]\]/.exec(text);
  if (stray) return { error: `unbalanced mark near "${text.slice(Math.max(0, stray.index - 30), stray.index + 30)}"` };
  return { text, entities };
}

function blocks(path: string): { id: string; checked: boolean; body: string }[] {
  const out: { id: string; checked: boolean; body: string }[] = [];
  for (const part of readFileSync(path, 'utf8').split(/^### /m).slice(1)) {
    const nl = part.indexOf('\n');
    const [id = '', flag] = part.slice(0, nl).trim().split(/\s+/);
    out.push({ id, checked: flag === 'checked', body: part.slice(nl + 1).replace(/\n+$/, '') });
  }
  return out;
}

const [cmd, ...rest] = argv;
if (cmd === 'pick') {
  const [label, count] = rest;
  const skipAt = rest.indexOf('--skip');
  const skip = new Set(skipAt >= 0 ? readFileSync(rest[skipAt + 1]!, 'utf8').split(/\s+/).filter(Boolean) : []);
  const ids = [...corpus.keys()].filter((id) => !skip.has(id)).sort((a, b) => (sha(`${label}:${a}`) < sha(`${label}:${b}`) ? -1 : 1));
  console.log(ids.slice(0, Number(count)).join('\n'));
} else if (cmd === 'pre') {
  const [out, ...ids] = rest;
  const model = loadNerModel();
  const parts = ids.map((id) => {
    const a = corpus.get(id);
    if (!a) throw new Error(`no corpus article ${id}`);
    const tokens = tokenize(a.text);
    const spans = model.tag(a.text, tokens, splitSentences(a.text, tokens).sentences);
    let body = '';
    let last = 0;
    for (const s of spans) {
      body += a.text.slice(last, s.start) + `[[${s.type === 'GPE' ? 'LOC' : s.type} ${a.text.slice(s.start, s.end)}]]`;
      last = s.end;
    }
    return `### ${id}\n${body + a.text.slice(last)}\n`;
  });
  writeFileSync(out!, parts.join('\n'));
} else if (cmd === 'build') {
  const [out, ...files] = rest;
  const records: string[] = [];
  let problems = 0;
  const seen = new Set<string>();
  let unchecked = 0;
  for (const file of files) {
    for (const { id, checked, body } of blocks(file)) {
      if (!checked) {
        unchecked++;
        continue;
      }
      const where = `${file}: ${id}`;
      const article = corpus.get(id);
      const parsed = parseMarked(body);
      if (!article) console.error(`${where}: not a corpus article`);
      else if ('error' in parsed) console.error(`${where}: ${parsed.error}`);
      else if (parsed.text !== article.text) {
        let i = 0;
        while (parsed.text[i] === article.text[i]) i++;
        console.error(`${where}: text differs from the corpus at ${i}: "${parsed.text.slice(i, i + 40)}" vs "${article.text.slice(i, i + 40)}"`);
      } else if (seen.has(id)) console.error(`${where}: annotated twice`);
      else {
        seen.add(id);
        records.push(JSON.stringify({ doc: id, text: article.text, entities: parsed.entities, source }));
        continue;
      }
      problems++;
    }
  }
  if (problems) {
    console.error(`${problems} article(s) with problems; nothing written`);
    process.exit(1);
  }
  writeFileSync(out!, gzipSync(records.join('\n') + '\n', { level: 9 }));
  console.log(`${records.length} articles written to ${out} (${unchecked} not checked yet, left out)`);
} else if (cmd === 'lint') {
  for (const { id, body } of blocks(rest[0]!)) {
    const parsed = parseMarked(body);
    if ('error' in parsed) {
      console.log(`${id}: ${parsed.error}`);
      continue;
    }
    const notes: string[] = [];
    const inside = new Uint8Array(parsed.text.length);
    for (const e of parsed.entities) {
      inside.fill(1, e.start, e.end);
      if (/^the\s/i.test(e.text)) notes.push(`starts with "the": ${e.text}`);
      if (/['’]s?$/.test(e.text)) notes.push(`possessive kept: ${e.text}`);
      if (e.type === 'PERSON' && TITLE_WORDS.test(e.text)) notes.push(`title in a PERSON: ${e.text}`);
    }
    for (const m of parsed.text.matchAll(/[A-Z][\p{L}\p{N}'’.-]*/gu)) {
      if (inside[m.index] || CALENDAR.test(m[0])) continue;
      const before = parsed.text.slice(Math.max(0, m.index - 3), m.index);
      if (m.index === 0 || /[.!?:"“\n]\s*$|^\s*$/.test(before) || /[.!?]["”']?\s+$/.test(before)) continue;
      notes.push(`unmarked: ${parsed.text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 15).replace(/\n/g, ' ')}`);
    }
    if (notes.length) console.log(`### ${id}\n  ${notes.join('\n  ')}`);
  }
} else {
  console.error('usage: ner-annotations.ts pick|pre|build … (see the comment at the top)');
  process.exit(2);
}
