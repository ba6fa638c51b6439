import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from '../app.factory.js';
import { buildOpenApiDocument } from '../common/openapi/openapi.js';
import { loadConfig } from '../config/app-config.js';

/** `npm run openapi`: writes the OpenAPI document to openapi.json at the repository root. */
async function main(): Promise<void> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' }) };
  const app = await createApp(config, 'postgres://unused@127.0.0.1/unused', { preview: true });
  const document = buildOpenApiDocument(app);
  const target = path.resolve(process.argv[2] ?? 'openapi.json');
  await writeFile(target, JSON.stringify(document, null, 2) + '\n');
  await app.close();
  console.log(`Wrote ${target} (${Object.keys(document.paths).length} paths)`);
}

await main();
