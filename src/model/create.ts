import { SCHEMA_VERSION, type Doc, type Origin, type Raw } from './doc.js';

/** A fresh, empty document for an input. */
export function createDoc(origin: Origin, init: { raw?: Raw; bytes?: Uint8Array } = {}): Doc {
  return {
    schema: SCHEMA_VERSION,
    id: '',
    url: null,
    title: null,
    byline: null,
    published: null,
    modified: null,
    publisher: null,
    description: null,
    language: null,
    text: '',
    origin,
    sentences: [],
    entities: [],
    quotes: [],
    events: [],
    claims: [],
    flags: [],
    messages: [],
    tokens: [],
    raw: init.raw ?? null,
    bytes: init.bytes ?? null,
  };
}
