export * from './doc.js';
export * from './create.js';
export * from './id.js';
export * from './json.js';
export * from './span.js';
