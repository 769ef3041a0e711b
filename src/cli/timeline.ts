import { Command } from 'commander';
import { involves, mergeEvents, timeline, type StoryEvent } from '../across/events.js';
import { StoryIndex } from '../across/story-index.js';
import { NewsgraphError } from '../errors.js';
import type { DocJson } from '../model/json.js';
import { openStore } from '../store/index.js';

/** One line a story event: day, who did what to whom, how many reports, the first report's words. */
function line(s: StoryEvent, titles: ReadonlyMap<string, string | null>): string {
  const first = s.mentions[0]!;
  const who = `${first.event.actor.name} —${s.event}${first.event.cameo ? ` (${first.event.cameo})` : ''}→ ${first.event.recipient?.name ?? '-'}`;
  const reports = s.mentions.length === 1 ? '1 report' : `${s.mentions.length} reports`;
  return `${(s.date ?? 'undated').padEnd(10)}  ${who}  [${reports}] "${first.event.text}" — ${titles.get(first.article) ?? first.article}`;
}

export function timelineCommand(): Command {
  return new Command('timeline')
    .description("dated events of a story or an entity, in order, each real-world event once with all its reports")
    .requiredOption('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--story <id>', 'a story id (the id of its oldest article; see the web UI or GET /api/stories)')
    .option('--entity <name>', 'a person, organisation or place, by name, alias or KB id')
    .option('--json', 'JSON Lines, one story event per line')
    .action(async (flags: { db: string; story?: string; entity?: string; json?: boolean }) => {
      if (!flags.story === !flags.entity) throw new NewsgraphError('NG_USAGE', 'give exactly one of --story and --entity');
      const store = openStore(flags.db);
      try {
        let ids: string[];
        if (flags.story) {
          const story = await new StoryIndex(store).get(flags.story);
          if (!story) throw new NewsgraphError('NG_STORE_NOT_FOUND', `no story ${flags.story} in ${flags.db}`, { hint: 'A story id is the id of its oldest article.' });
          ids = story.members.map((m) => m.id);
        } else {
          ids = [];
          for await (const e of store.eachEvent({ entity: flags.entity!, hideNegated: true })) if (!ids.includes(e.article.id)) ids.push(e.article.id);
        }
        const docs = (await Promise.all(ids.map((id) => store.get(id)))).filter((d): d is DocJson => d !== undefined);
        const keep = flags.entity ? (doc: DocJson, e: DocJson['events'][number]) => involves(doc, e, flags.entity!) : undefined;
        const events = timeline(mergeEvents(docs, keep));
        const titles = new Map(docs.map((d) => [d.id, d.title]));
        for (const s of events) {
          if (flags.json) {
            const mentions = s.mentions.map((m) => ({ article: m.article, title: titles.get(m.article) ?? null, date: m.date, start: m.event.start, end: m.event.end, text: m.event.text }));
            const first = s.mentions[0]!.event;
            process.stdout.write(`${JSON.stringify({ id: s.id, date: s.date, event: s.event, cameo: first.cameo, actor: first.actor, recipient: first.recipient, mentions })}\n`);
          } else process.stdout.write(`${line(s, titles)}\n`);
        }
        if (!flags.json) process.stderr.write(`${events.length} events from ${docs.length} articles\n`);
      } finally {
        await store.close();
      }
    });
}
