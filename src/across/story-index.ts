/**
 * Stories of a store: the stored articles (near-copies left out) clustered by src/across/stories.ts,
 * computed when first asked for and again when the number of stored articles changes. A story's
 * id is the id of its oldest article, so it stays the same while the story only grows.
 */
import { clusterStories } from './stories.js';
import type { DocJson } from '../model/json.js';
import type { Store } from '../store/store.js';

export interface StorySummary {
  id: string;
  /** The oldest article's title. */
  title: string | null;
  articles: number;
  /** First and last publication day (YYYY-MM-DD), null when undated. */
  from: string | null;
  to: string | null;
}

export interface Story extends StorySummary {
  members: { id: string; title: string | null; published: string | null }[];
}

export class StoryIndex {
  private built: Promise<{ count: number; stories: Story[]; byId: Map<string, Story> }> | undefined;

  constructor(private readonly store: Store) {}

  /** Every story, most articles first (ties: newest first). */
  async all(): Promise<Story[]> {
    return (await this.current()).stories;
  }

  async get(id: string): Promise<Story | undefined> {
    return (await this.current()).byId.get(id);
  }

  private async current() {
    const count = (await this.store.stats()).articles;
    const built = this.built ? await this.built : undefined;
    if (!built || built.count !== count) {
      this.built = this.build(count);
      this.built.catch(() => (this.built = undefined));
    }
    return this.built!;
  }

  private async build(count: number) {
    const docs: DocJson[] = [];
    // Near-copies stay out: a story counts each report once (copies are linked to their original).
    for await (const doc of this.store.documents({ originals: true })) docs.push(doc);
    const byDoc = new Map(docs.map((d) => [d.id, d]));
    const day = (d: DocJson | undefined) => d?.published?.slice(0, 10) ?? null;
    const stories = clusterStories(docs).map((ids): Story => {
      const members = ids.map((id) => ({ id, title: byDoc.get(id)?.title ?? null, published: byDoc.get(id)?.published ?? null }));
      const days = ids.map((id) => day(byDoc.get(id))).filter((d): d is string => d !== null).sort();
      return { id: ids[0]!, title: members[0]!.title, articles: ids.length, from: days[0] ?? null, to: days.at(-1) ?? null, members };
    });
    stories.sort((a, b) => b.articles - a.articles || (b.to ?? '').localeCompare(a.to ?? '') || a.id.localeCompare(b.id));
    return { count, stories, byId: new Map(stories.map((s) => [s.id, s])) };
  }
}
