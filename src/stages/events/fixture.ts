/** Test helper: a document analysed by segment → entities → events (no other stage needed). */
import { loadKb } from '../../kb/index.js';
import type { Kb } from '../../kb/types.js';
import { createDoc } from '../../model/create.js';
import type { Doc } from '../../model/doc.js';
import { DEFAULT_OPTIONS, type Context } from '../../pipeline/stage.js';
import { loadCameoToPlover } from '../../reference/plover.js';
import { entities } from '../entities/index.js';
import { segment } from '../segment/index.js';
import { events, loadEventLexicon, type EventLexicon } from './index.js';

let shared: { kb: Kb; eventLexicon: EventLexicon } | undefined;

export function testContext(): Context {
  shared ??= { kb: loadKb(), eventLexicon: loadEventLexicon() };
  return { ...shared, cameoToPlover: loadCameoToPlover(), options: DEFAULT_OPTIONS };
}

export async function analyse(text: string, published: string | null = '2025-07-25'): Promise<Doc> {
  const ctx = testContext();
  const doc = createDoc({ kind: 'inline', location: 'test' });
  doc.text = text;
  doc.published = published;
  doc.id = 'test';
  Object.assign(doc, await segment.run(doc, ctx));
  Object.assign(doc, await entities.run(doc, ctx));
  Object.assign(doc, await events.run(doc, ctx));
  return doc;
}
