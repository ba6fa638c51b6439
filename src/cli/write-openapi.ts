import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateOpenApiDocument, OPENAPI_FILE, serializeOpenApiDocument } from '../common/openapi/generate.js';

/** `npm run openapi`: writes the OpenAPI document to openapi.json at the repository root. */
async function main(): Promise<void> {
  const document = await generateOpenApiDocument();
  const target = path.resolve(process.argv[2] ?? OPENAPI_FILE);
  await writeFile(target, serializeOpenApiDocument(document));
  console.log(`Wrote ${target} (${Object.keys(document.paths).length} paths)`);
}

await main();
