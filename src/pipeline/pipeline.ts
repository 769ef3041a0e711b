import { copyDoc } from '../model/create.js';
import type { Doc, DocKey, Message } from '../model/doc.js';
import { NewsgraphError, isNewsgraphError } from '../errors.js';
import type { Context, Stage, StageName } from './stage.js';

/** Milliseconds and documents per stage, summed over every run of a pipeline. */
export type Profile = Map<StageName, { ms: number; docs: number }>;

/** A check after one stage that can end a run early: the document keeps what it has, plus the message. */
export interface Gate {
  after: StageName;
  /** A message saying why the run stops here, or undefined to go on. */
  stop(doc: Readonly<Doc>): Promise<Message | undefined>;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly profile: Profile;
  run(doc: Doc, gate?: Gate): Promise<Doc>;
}

/**
 * The enabled stages, in order, after checking that each one's `requires` are assigned by an
 * enabled earlier stage (or were given with the document: `raw`, `bytes`, `origin`).
 */
export function enabledStages(all: readonly Stage[], disable: readonly StageName[]): Stage[] {
  const stages = all.filter((s) => !disable.includes(s.name));
  const given = new Set<DocKey>(['origin', 'raw', 'bytes', 'schema']);
  for (const stage of stages) {
    for (const key of stage.requires) {
      if (!given.has(key)) {
        const producer = all.find((s) => s.assigns.includes(key as never));
        throw new NewsgraphError(
          'NG_STAGE_REQUIRES',
          `stage "${stage.name}" needs "${String(key)}"${producer ? `, which stage "${producer.name}" assigns, but it is disabled` : ''}`,
        );
      }
    }
    for (const key of stage.assigns) given.add(key);
  }
  return stages;
}

/** A pipeline of the enabled stages (checked by `enabledStages`), with a time profile. */
export function buildPipeline(all: readonly Stage[], ctx: Context, disable: readonly StageName[] = []): Pipeline {
  const stages = enabledStages(all, disable);
  const profile: Profile = new Map(stages.map((s) => [s.name, { ms: 0, docs: 0 }]));

  async function run(doc: Doc, gate?: Gate): Promise<Doc> {
    // one copy per run, which each stage's values then update in place (the caller's doc is untouched)
    const current = copyDoc(doc);
    for (const stage of stages) {
      const t0 = performance.now();
      let patch;
      try {
        patch = await stage.run(current, ctx);
      } catch (error) {
        if (isNewsgraphError(error)) throw error;
        throw new NewsgraphError('NG_STAGE_FAILED', `stage "${stage.name}" failed: ${(error as Error)?.message ?? error}`, {
          cause: error,
        });
      }
      const { messages, ...values } = patch;
      Object.assign(current, values);
      if (messages) current.messages = [...current.messages, ...messages];
      const p = profile.get(stage.name)!;
      p.ms += performance.now() - t0;
      p.docs += 1;
      if (gate?.after === stage.name) {
        const stop = await gate.stop(current);
        if (stop) {
          current.messages = [...current.messages, stop];
          break;
        }
      }
    }
    return current;
  }

  return { stages, profile, run };
}

/** A table of time per stage, for --profile. */
export function formatProfile(profile: Profile): string {
  const rows = [...profile].map(([name, p]) => ({ name, ...p }));
  const total = rows.reduce((sum, r) => sum + r.ms, 0) || 1;
  const lines = ['stage       total ms   ms/doc    share'];
  for (const r of rows) {
    lines.push(
      `${r.name.padEnd(10)} ${r.ms.toFixed(1).padStart(9)} ${(r.docs ? r.ms / r.docs : 0).toFixed(3).padStart(8)} ${((100 * r.ms) / total).toFixed(1).padStart(7)}%`,
    );
  }
  lines.push(`${'total'.padEnd(10)} ${total.toFixed(1).padStart(9)}`);
  return lines.join('\n');
}
