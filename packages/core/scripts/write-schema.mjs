// Writes report.schema.json and config.schema.json from the built zod schemas, so the published schemas can
// never drift from the types.
import { writeFileSync } from 'node:fs';
import { configJsonSchema, reportJsonSchema } from '../dist/index.js';

const write = (file, id, title, schema) =>
  writeFileSync(new URL(`../${file}`, import.meta.url), `${JSON.stringify({ $id: id, title, ...schema }, null, 2)}\n`);

write('report.schema.json', 'https://corroborate.dev/schema/report.schema.json', 'corroborate report', reportJsonSchema());
write('config.schema.json', 'https://corroborate.dev/schema/config.schema.json', 'corroborate config', configJsonSchema());
