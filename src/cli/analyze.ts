import { Command } from 'commander';
import { addAnalyzeOptions, analyzerFor, runInputs, type AnalyzeFlags } from './common.js';

export function analyzeCommand(): Command {
  return addAnalyzeOptions(
    new Command('analyze')
      .description('analyse articles and print one JSON document per article (JSON Lines)')
      .argument('<inputs...>', 'files (.txt, .html, .htm, .jsonl, optionally .gz), directories, URLs, or - for stdin')
      .option('--pretty', 'indented JSON, one document after another'),
  ).action(async (inputs: string[], flags: AnalyzeFlags & { pretty?: boolean }) => {
    const pipeline = analyzerFor(flags);
    const summary = await runInputs(inputs, pipeline, flags, {
      onDoc(doc) {
        process.stdout.write(`${JSON.stringify(doc, null, flags.pretty ? 2 : undefined)}\n`);
      },
    });
    if (summary.failed > 0) process.exitCode = 1;
  });
}
