import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** The generated part of the TypeScript client; everything in it is overwritten. */
export const CLIENT_GENERATED_DIR = 'clients/typescript/src/generated';

const HEADER = `/**
 * Types of the Customer Data API, generated from openapi.json by openapi-typescript.
 * Do not edit: run \`npm run client:generate\` (after \`npm run openapi\`) instead.
 */

`;

/**
 * The generated client files (name → content) for an OpenAPI document's text: types only
 * (\`paths\`, \`operations\`, \`components\`, and one alias per schema), no runtime code.
 */
export async function renderTypescriptClient(openApiText: string): Promise<Map<string, string>> {
  const ast = await openapiTS(JSON.parse(openApiText) as Parameters<typeof openapiTS>[0], {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
  });
  return new Map([['schema.ts', HEADER + astToString(ast)]]);
}

/** Replaces `dir`'s contents with `files`. */
export async function writeGeneratedFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, content] of files) await writeFile(path.join(dir, name), content);
}

/** The files in `dir` (name → content); empty when it does not exist. */
export async function readGeneratedFiles(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = new Map<string, string>();
  for (const name of names.sort()) files.set(name, await readFile(path.join(dir, name), 'utf8'));
  return files;
}
