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

/**
 * A copy of a document with its fields in createDoc's order: every document a pipeline works on
 * then has one shape, so the stages' compiled code meets one kind of object (documents that came
 * from another thread or through JSON otherwise each look different to the JavaScript engine).
 */
export function copyDoc(d: Doc): Doc {
  return {
    schema: d.schema,
    id: d.id,
    url: d.url,
    title: d.title,
    byline: d.byline,
    published: d.published,
    modified: d.modified,
    publisher: d.publisher,
    description: d.description,
    language: d.language,
    text: d.text,
    origin: d.origin,
    sentences: d.sentences,
    entities: d.entities,
    quotes: d.quotes,
    events: d.events,
    claims: d.claims,
    flags: d.flags,
    messages: d.messages,
    tokens: d.tokens,
    raw: d.raw,
    bytes: d.bytes,
  };
}
