import { Command } from 'commander';
import { NewsgraphError } from '../errors.js';
import { loadKb } from '../kb/index.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { buildServer, isLoopbackHost, MAX_BODY_BYTES } from '../server/index.js';
import { openStore } from '../store/index.js';
import { parseSize } from './common.js';

interface ServeFlags {
  db: string;
  port: number;
  host: string;
  token?: string;
  allowPrivate?: boolean;
  maxBody: number;
  web?: string;
  log?: boolean;
}

/** A TCP port: 0 (any free one) to 65535. */
function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new NewsgraphError('NG_USAGE', `not a port: ${value}`, { hint: 'Give a port from 0 (any free port) to 65535.' });
  return n;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the JSON API (/api, described at /openapi.json) and the web UI for a database')
    .requiredOption('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--port <n>', 'TCP port (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--token <token>', 'API token, required as "Authorization: Bearer <token>" (default: $NEWSGRAPH_TOKEN)')
    .option('--allow-private', 'let POST /api/analyze fetch URLs on private, loopback and link-local addresses')
    .option('--max-body <n>', 'largest request body (accepts 500k, 2MB, …)', parseSize, MAX_BODY_BYTES)
    .option('--web <dir>', 'folder of the built web UI (default: dist/web)')
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? (process.env.NEWSGRAPH_TOKEN || undefined);
      if (!isLoopbackHost(flags.host) && !token) {
        throw new NewsgraphError('NG_USAGE', `refusing to serve on ${flags.host} without an API token`, {
          hint: 'Pass --token <secret> or set NEWSGRAPH_TOKEN; without one, serve on 127.0.0.1 only.',
        });
      }
      const store = openStore(flags.db);
      const analyzer = createAnalyzer({ kb: loadKb(), options: { allowPrivate: Boolean(flags.allowPrivate) } });
      const app = await buildServer({
        store,
        analyzer,
        token,
        bodyLimit: flags.maxBody,
        logger: Boolean(flags.log),
        ...(flags.web ? { webRoot: flags.web } : {}),
      });
      await app.listen({ port: flags.port, host: flags.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : flags.port;
      const shown = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      process.stdout.write(`newsgraph: serving ${flags.db} on http://${shown}:${port}/ (API: /api, /openapi.json)\n`);

      // Runs until SIGINT/SIGTERM; then closes the server and the database.
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await app.close();
      await store.close();
    });
}
