import { Command } from 'commander';
import { formatEntry, viewEntry } from '../kb/format.js';
import { loadKb } from '../kb/load.js';
import type { Kb } from '../kb/types.js';

export interface KbCommandOptions {
  /** Supplies the knowledge base (default: `loadKb()` on first use). */
  load?: () => Kb;
}

interface LookupOptions {
  date?: string;
  json?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `newsgraph kb lookup <name> [--date YYYY-MM-DD] [--json]`. */
export function kbCommand(options: KbCommandOptions = {}): Command {
  const load = options.load ?? (() => loadKb());
  const kb = new Command('kb').description('query the knowledge base (countries, places, organisations, people)');
  kb.command('lookup')
    .description('show every entry whose name, alias or demonym matches')
    .argument('<name>', 'a name, alias or demonym, e.g. "U.S.", "French", "Keir Starmer"')
    .option('--date <YYYY-MM-DD>', 'show only roles holding on that day')
    .option('--json', 'print JSON')
    .action((name: string, opts: LookupOptions, command: Command) => {
      if (opts.date !== undefined && !ISO_DAY.test(opts.date)) {
        command.error(`error: --date must be YYYY-MM-DD, got "${opts.date}"`, { exitCode: 2, code: 'newsgraph.kb.badDate' });
      }
      const base = load();
      const matches = base.lookup(name);
      if (matches.length === 0) {
        process.stderr.write(`kb: no entry matches "${name}"\n`);
        process.exitCode = 1;
        return;
      }
      const refDate = opts.date ?? new Date().toISOString().slice(0, 10);
      const views = matches.map((entry) => viewEntry(entry, refDate, opts.date !== undefined));
      if (opts.json) {
        const out = views.map((v) => ({ ...v.entry, roles: v.roles, ...(v.codeOnDate ? { codeOnDate: v.codeOnDate } : {}) }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${views.map((v) => formatEntry(base, v)).join('\n\n')}\n`);
    });
  return kb;
}
