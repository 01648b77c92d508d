// Writes report.schema.json from the built zod schema, so the published schema can never drift from the types.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/index.js';

const schema = {
  $id: 'https://corroborate.dev/schema/report.schema.json',
  title: 'corroborate report',
  ...reportJsonSchema(),
};
writeFileSync(new URL('../report.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
