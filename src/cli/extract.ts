import { Command } from 'commander';
import { addAnalyzeOptions, analyzerFor, runInputs, type AnalyzeFlags } from './common.js';

/** Only reading and extraction: the article and its metadata, no analysis. */
export function extractCommand(): Command {
  return addAnalyzeOptions(
    new Command('extract')
      .description('extract articles from HTML pages (or text) and print their metadata and body as JSON Lines')
      .argument('<inputs...>', '.html, .htm, .html.gz files, directories, URLs, or - for stdin'),
  ).action(async (inputs: string[], flags: AnalyzeFlags) => {
    const pipeline = analyzerFor({ ...flags, disable: ['segment', 'entities', 'quotes', 'events', 'claims', 'flags', ...(flags.disable ?? [])] });
    const summary = await runInputs(inputs, pipeline, flags, {
      onDoc(doc) {
        const { title, byline, published, modified, publisher, url, language, text } = doc;
        process.stdout.write(`${JSON.stringify({ path: doc.origin.location, title, byline, published, modified, publisher, url, language, text })}\n`);
      },
    });
    if (summary.failed > 0) process.exitCode = 1;
  });
}
