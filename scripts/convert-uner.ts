/**
 * Converts Universal NER (UNER v1) English IOB2 files into the training format of
 * scripts/train-ner.ts: one JSON object per document, {doc, text, entities, partial}, gzipped.
 *   node --import tsx scripts/convert-uner.ts OUT.jsonl.gz FILE.iob2...
 * UNER v1 English annotates PER, ORG and LOC only, so every record carries `partial: true`:
 * tokens outside its spans may still be OTHER or NORP names (see train.ts, partial labels).
 * Spans follow GUM's conventions (see shared/eval/ner/README.md): a leading "the" is left out, and
 * so are titles before a person's name ("Shaikh", "Mr.", "President"; the project's title words).
 * Texts come from the `# text =` lines (original spacing); sentences of one `# newdoc` are joined
 * with a space. Tokens are located in the sentence text in order; a sentence whose tokens cannot
 * be found is rebuilt from its tokens joined by spaces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TITLE_WORDS } from '../src/stages/entities/ner/lexicon.js';

const TYPE: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' };

interface Entity { start: number; end: number; type: string; text: string }
interface UnerDoc { doc: string; text: string; entities: Entity[]; partial: true; source: string }

/** The span without a leading determiner and, for a person, without the titles before the name. */
function trimmed(text: string, e: Entity): Entity | undefined {
  let start = e.start;
  for (;;) {
    const m = /^(\S+)\s+/.exec(text.slice(start, e.end));
    if (!m) break;
    const w = m[1]!.toLowerCase().replace(/\.$/, '');
    if (w === 'the' || (e.type === 'PERSON' && TITLE_WORDS.has(w))) start += m[0].length;
    else break;
  }
  return start < e.end ? { ...e, start, text: text.slice(start, e.end) } : undefined;
}

function convert(path: string): UnerDoc[] {
  const source = basename(path);
  const docs: UnerDoc[] = [];
  let doc: UnerDoc | undefined;
  let sentText: string | undefined;
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    if (!doc) docs.push((doc = { doc: `${source}#${docs.length}`, text: '', entities: [], partial: true, source }));
    let text = sentText ?? '';
    const at: number[] = [];
    let cursor = 0;
    for (const r of rows) {
      const i = text.indexOf(r[1]!, cursor);
      if (i < 0 || text.slice(cursor, i).trim() !== '') {
        at.length = 0;
        break;
      }
      at.push(i);
      cursor = i + r[1]!.length;
    }
    if (at.length !== rows.length) {
      text = rows.map((r) => r[1]!).join(' ');
      at.length = 0;
      let c = 0;
      for (const r of rows) {
        at.push(c);
        c += r[1]!.length + 1;
      }
    }
    const base = doc.text ? doc.text.length + 1 : 0;
    doc.text = doc.text ? `${doc.text} ${text}` : text;
    let open: Entity | undefined;
    const close = () => {
      if (open) {
        const e = trimmed(doc!.text, open);
        if (e) doc!.entities.push(e);
      }
      open = undefined;
    };
    rows.forEach((r, k) => {
      const tag = r[2] ?? 'O';
      const [bio, raw] = tag.split('-') as [string, string | undefined];
      const type = raw ? TYPE[raw] : undefined;
      const start = base + at[k]!;
      const end = start + r[1]!.length;
      if (!type || bio === 'O') return close();
      if (bio === 'I' && open && open.type === type) {
        open.end = end;
        return;
      }
      close();
      open = { start, end, type, text: '' };
    });
    close();
    rows = [];
    sentText = undefined;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      const id = line.replace(/^# newdoc id = /, '').trim();
      docs.push((doc = { doc: `${source}#${id}`, text: '', entities: [], partial: true, source }));
    } else if (line.startsWith('# text = ')) sentText = line.slice('# text = '.length);
    else if (line.startsWith('#')) continue;
    else if (!line.trim()) flush();
    else rows.push(line.split('\t'));
  }
  flush();
  return docs.filter((d) => d.text);
}

const [out, ...inputs] = process.argv.slice(2);
if (!out || !inputs.length) {
  console.error('usage: convert-uner.ts OUT.jsonl.gz FILE.iob2...');
  process.exit(2);
}
const records = inputs.flatMap(convert);
for (const r of records) for (const e of r.entities) if (r.text.slice(e.start, e.end) !== e.text) throw new Error(`${r.doc}: bad span`);
writeFileSync(out, gzipSync(Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n'), { level: 9 }));
const entities = records.reduce((n, r) => n + r.entities.length, 0);
console.log(`${records.length} documents, ${entities} entities → ${out}`);
