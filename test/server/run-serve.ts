/**
 * Runs `newsgraph serve` on its own (as main.ts would once it registers the command):
 * `node --import tsx test/server/run-serve.ts --db x.db --port 0`. Errors as the CLI prints them, exit 2.
 */
import { describeError } from '../../src/errors.js';
import { serveCommand } from '../../src/cli/serve.js';

try {
  await serveCommand().exitOverride().parseAsync(process.argv);
} catch (error) {
  if ((error as { code?: string }).code?.startsWith('commander.')) process.exitCode = 2;
  else {
    process.stderr.write(`newsgraph: ${describeError(error)}\n`);
    process.exitCode = 2;
  }
}
