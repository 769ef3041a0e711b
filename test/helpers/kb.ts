import { normalizeName } from '../../src/kb/index.js';
import type { Kb, KbEntry } from '../../src/kb/types.js';
import { DEFAULT_OPTIONS, type Context } from '../../src/pipeline/stage.js';
import { loadCameoToPlover } from '../../src/reference/plover.js';
import { loadEventLexicon } from '../../src/stages/events/index.js';

/** A small in-memory knowledge base for unit tests. */
export function testKb(entries: KbEntry[]): Kb {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byName = new Map<string, KbEntry[]>();
  for (const e of entries) {
    for (const name of new Set([e.name, ...e.aliases, ...(e.demonyms ?? [])].map(normalizeName))) {
      byName.set(name, [...(byName.get(name) ?? []), e]);
    }
  }
  return {
    size: byId.size,
    get: (id) => byId.get(id),
    lookup: (name) => byName.get(normalizeName(name)) ?? [],
    entries: () => byId.values(),
  };
}

const src = 'test fixture';

/** Entries used across the stage tests. */
export const FIXTURE_ENTRIES: KbEntry[] = [
  { id: 'USA', name: 'United States', type: 'GPE', aliases: ['U.S.', 'US', 'America'], demonyms: ['American'], code: 'USA', roles: [], source: src },
  { id: 'GBR', name: 'United Kingdom', type: 'GPE', aliases: ['UK', 'Britain'], demonyms: ['British'], code: 'GBR', roles: [], source: src },
  { id: 'FRA', name: 'France', type: 'GPE', aliases: [], demonyms: ['French'], code: 'FRA', roles: [], source: src },
  { id: 'ISR', name: 'Israel', type: 'GPE', aliases: [], demonyms: ['Israeli'], code: 'ISR', roles: [], source: src },
  { id: 'org:hamas', name: 'Hamas', type: 'ORG', aliases: [], code: 'PSEREB', roles: [], source: src },
  { id: 'org:un', name: 'United Nations', type: 'ORG', aliases: ['UN', 'U.N.'], code: 'IGOUNO', roles: [], source: src },
  {
    id: 'person:joe-biden', name: 'Joe Biden', type: 'PERSON', aliases: ['Joseph Biden'], gender: 'male', source: src,
    roles: [{ title: 'President', affiliation: 'USA', start: '2021-01-20', end: '2025-01-20', code: 'USAGOV', source: src }],
  },
  {
    id: 'person:donald-trump', name: 'Donald Trump', type: 'PERSON', aliases: [], gender: 'male', source: src,
    roles: [
      { title: 'President', affiliation: 'USA', start: '2017-01-20', end: '2021-01-20', code: 'USAGOV', source: src },
      { title: 'President', affiliation: 'USA', start: '2025-01-20', code: 'USAGOV', source: src },
    ],
  },
  {
    id: 'person:steve-witkoff', name: 'Steve Witkoff', type: 'PERSON', aliases: [], gender: 'male', source: src,
    roles: [{ title: 'Special Envoy to the Middle East', affiliation: 'USA', start: '2025-01-20', code: 'USAGOV', source: src }],
  },
  {
    id: 'person:keir-starmer', name: 'Keir Starmer', type: 'PERSON', aliases: [], gender: 'male', source: src,
    roles: [{ title: 'Prime Minister', affiliation: 'GBR', start: '2024-07-05', code: 'GBRGOV', source: src }],
  },
];

/** A stage context for unit tests: the given KB, the real reference tables, default options. */
export function testContext(kb: Kb = testKb([])): Context {
  return { kb, cameoToPlover: loadCameoToPlover(), eventLexicon: loadEventLexicon(), options: DEFAULT_OPTIONS };
}
