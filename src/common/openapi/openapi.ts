import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { useOpenApiDocumentForBodies } from '../validation/openapi-body.js';
import { documentFrameworkProblems } from './framework-problems.js';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATH = 'api/docs-json';

/** The OpenAPI document, generated from the controllers' decorators, with sorted keys. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Customer Data API')
    .setDescription(
      'Customer data for next-best-action decisioning: unified profiles, GDPR erasure, ' +
        'interaction history and interaction summaries. Errors are RFC 9457 problem+json.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}`,
  });
  documentFrameworkProblems(document);
  return sortDocument(document);
}

export function setupSwagger(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  useOpenApiDocumentForBodies(document);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: DOCS_JSON_PATH,
    swaggerOptions: { persistAuthorization: true },
  });
}

/** Stable output: paths and schemas in alphabetical order, so the committed file diffs cleanly. */
function sortDocument(document: OpenAPIObject): OpenAPIObject {
  const sortKeys = <T>(record: Record<string, T> | undefined) =>
    record && Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...document,
    paths: sortKeys(document.paths) ?? {},
    components: document.components && {
      ...document.components,
      schemas: sortKeys(document.components.schemas),
    },
  };
}
