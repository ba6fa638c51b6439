import { readFile } from 'node:fs/promises';
import { OPENAPI_FILE } from '../common/openapi/generate.js';
import {
  CLIENT_GENERATED_DIR,
  renderTypescriptClient,
  writeGeneratedFiles,
} from '../common/openapi/typescript-client.js';

/** `npm run client:generate`: regenerates clients/typescript/src/generated/ from openapi.json. */
async function main(): Promise<void> {
  const files = await renderTypescriptClient(await readFile(OPENAPI_FILE, 'utf8'));
  await writeGeneratedFiles(CLIENT_GENERATED_DIR, files);
  console.log(`Wrote ${[...files.keys()].map((name) => `${CLIENT_GENERATED_DIR}/${name}`).join(', ')}`);
}

await main();
