import pg from 'pg';

/** Drops the schemas a test run created in the PostgreSQL database at `url`. */
export async function dropSchemas(url: string | undefined, schemas: readonly string[]): Promise<void> {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET client_min_messages = 'warning'");
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
