import type { Kb } from '../../src/kb/types.js';
import { createDoc } from '../../src/model/create.js';
import type { Doc } from '../../src/model/doc.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import type { StageName } from '../../src/pipeline/stage.js';
import type { NerModel } from '../../src/stages/entities/ner/index.js';
import { FIXTURE_ENTRIES, testKb } from './kb.js';

/** Runs the whole pipeline on a text given as a JSON Lines record (offsets index `text` as given). */
export async function analyzeText(
  text: string,
  options: { id?: string; kb?: Kb; title?: string; published?: string; disable?: StageName[]; ner?: NerModel | null } = {},
): Promise<Doc> {
  // Rules and KB only unless a test passes the model: unit tests should not move when it is retrained.
  const analyzer = createAnalyzer({ kb: options.kb ?? testKb(FIXTURE_ENTRIES), disable: options.disable ?? [], ner: options.ner ?? null });
  const meta: { id: string; title?: string; published?: string } = { id: options.id ?? 'test' };
  if (options.title) meta.title = options.title;
  if (options.published) meta.published = options.published;
  return analyzer.run(createDoc({ kind: 'inline', location: 'test' }, { raw: { format: 'record', content: text, meta } }));
}
