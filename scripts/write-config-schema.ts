// Writes schema/server-error-lens.schema.json from cli/config-schema.ts (a unit test keeps them equal).
import { writeFileSync } from 'node:fs';
import { configSchema } from '../cli/config-schema';

writeFileSync(new URL('../schema/server-error-lens.schema.json', import.meta.url), `${JSON.stringify(configSchema(), null, 2)}\n`);
