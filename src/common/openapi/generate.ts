import type { OpenAPIObject } from '@nestjs/swagger';
import { createApp } from '../../app.factory.js';
import { loadConfig } from '../../config/app-config.js';
import { buildOpenApiDocument } from './openapi.js';

/** Where the committed document lives, relative to the repository root. */
export const OPENAPI_FILE = 'openapi.json';

/**
 * The OpenAPI document as `npm run openapi` writes it: from a preview of the app (the
 * module graph, no providers, no database), so it depends on the code alone.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' });
  const app = await createApp(config, 'postgres://unused@127.0.0.1/unused', { preview: true });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The document as committed: two-space JSON with a final newline. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return JSON.stringify(document, null, 2) + '\n';
}
