import type { Kb, KbEntry } from './types.js';

const indexes = new WeakMap<Kb, Map<string, KbEntry[]>>();

/**
 * Curated people by surname (the last word of the name), built once per knowledge base. Used
 * only where the text says the word is a person's name ("President Biden", "the Biden
 * administration") and only when one person has that surname.
 */
export function bySurname(kb: Kb, surname: string): KbEntry | undefined {
  let index = indexes.get(kb);
  if (!index) {
    index = new Map();
    for (const entry of kb.entries()) {
      if (entry.type !== 'PERSON' || entry.id.startsWith('petr:') || entry.roles.length === 0) continue;
      const last = entry.name.split(/\s+/).pop()!.toLowerCase();
      const list = index.get(last) ?? [];
      list.push(entry);
      index.set(last, list);
    }
    indexes.set(kb, index);
  }
  const hits = index.get(surname.toLowerCase());
  return hits?.length === 1 ? hits[0] : undefined;
}
