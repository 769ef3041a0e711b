#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { describeError, isNewsgraphError } from '../errors.js';
import { kbCommand } from './kb.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { quotesCommand } from './quotes.js';
import { searchCommand, showCommand } from './search.js';
import { serveCommand } from './serve.js';
import { timelineCommand } from './timeline.js';
import { workerCommand } from './worker.js';

/** Exit codes: 0 all good, 1 some inputs failed, 2 the command itself could not run. */
export function program(): Command {
  const root = new Command('newsgraph')
    .description('Reads news and turns it into structured, verifiable event data.')
    .version('0.1.0')
    .exitOverride()
    .addCommand(analyzeCommand())
    .addCommand(extractCommand())
    .addCommand(ingestCommand())
    .addCommand(workerCommand())
    .addCommand(eventsCommand())
    .addCommand(quotesCommand())
    .addCommand(searchCommand())
    .addCommand(showCommand())
    .addCommand(exportCommand())
    .addCommand(timelineCommand())
    .addCommand(kbCommand())
    .addCommand(serveCommand())
    .addCommand(demoCommand());
  for (const command of root.commands) command.exitOverride();
  return root;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`newsgraph: ${describeError(error)}\n`);
    if (!isNewsgraphError(error) && process.env.NEWSGRAPH_DEBUG) console.error(error);
    return 2;
  }
}

// A closed pipe (`newsgraph export … | head`) ends the run quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
