import type { Entity, EntityType, Offsets, Ref } from '../../model/doc.js';
import { PRONOUNS } from './verbs.js';

/** Body mentions of entities, in text order, for finding who said something. */
export interface MentionIndex {
  mentions: { start: number; end: number; entity: Entity }[];
}

export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const mentions = entities
    .flatMap((entity) => entity.mentions.filter((m) => !m.field).map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  return { mentions };
}

const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

export function refOf(entity: Entity): Ref {
  return { entity: entity.id, name: entity.name };
}

/** The entity mentioned exactly over [start, end) or ending there ("Netanyahu" in "Netanyahu's office"). */
export function mentionAt(index: MentionIndex, range: Offsets): Entity | undefined {
  return index.mentions.find((m) => m.start >= range.start && m.end <= range.end && SPEAKER_TYPES.has(m.entity.type))?.entity;
}

/** What a pronoun before `offset` refers to: the nearest earlier mention of a compatible entity. */
export function resolvePronoun(index: MentionIndex, pronoun: string, offset: number): Entity | undefined {
  const kind = PRONOUNS[pronoun.toLowerCase()];
  if (!kind) return undefined;
  const ok = (e: Entity) => (kind === 'person' ? e.type === 'PERSON' : e.type === 'ORG' || e.type === 'GPE' || (kind === 'plural' && e.type === 'NORP'));
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.end <= offset && ok(m.entity)) return m.entity;
  }
  return undefined;
}
