/**
 * Writes the demo data as a SQL file for D1: `pnpm --filter @thb/api d1:seed-sql [file]`
 * (default dist/d1-seed.sql), then `wrangler d1 execute thb --remote --file dist/d1-seed.sql`.
 * Events are placed around today, as the Node server's first start places them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { demoData } from '@thb/store/demo';
import { d1SeedSql } from '../worker/d1-seed-sql.ts';

const file = resolve(process.argv[2] ?? 'dist/d1-seed.sql');
const data = demoData(new Date());
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, await d1SeedSql(data));
console.log(`Wrote ${file}: ${data.members.length} members, ${data.resources.length} resources, ${data.events.length} events`);
