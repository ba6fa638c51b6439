import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { DocsConfig, OidcLoginConfig } from '../../config/app-config.js';
import { useOpenApiDocumentForBodies } from '../validation/openapi-body.js';
import { addComponentSchemas } from './component-schemas.js';
import { addFrameworkProblems, fillProblemInstances } from './framework-problems.js';
import { packageInfo } from './package-info.js';
import { declareResponseHeaders } from './response-headers.js';
import { API_TAGS } from './tags.js';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATH = 'api/docs-json';

/** The `securitySchemes` name `@ApiBearerAuth()` refers to. */
export const BEARER_SCHEME = 'bearer';
/** The `openIdConnect` scheme's name, declared when OIDC_CLIENT_ID is configured. */
export const OIDC_SCHEME = 'oidc';

/** What operationIdFactory gives a route that has no `@ApiOperation({ operationId })`. */
const MISSING_OPERATION_ID = 'missing-operation-id:';

/**
 * The OpenAPI document, generated from the controllers' decorators: deterministic, with
 * paths, schemas and tags in alphabetical order, so the committed file diffs cleanly.
 */
export function buildOpenApiDocument(app: INestApplication, options: { oidc?: OidcLoginConfig } = {}): OpenAPIObject {
  const project = packageInfo();
  const builder = new DocumentBuilder()
    .setTitle('Customer Data API')
    .setDescription(
      'Customer data for next-best-action decisioning: unified profiles, GDPR erasure, ' +
        'interaction history and interaction summaries, and the endpoints that load the data they read. ' +
        'Every route but `/health` needs `Authorization: Bearer <JWT>` with a `roles` claim. ' +
        'Errors are RFC 9457 `application/problem+json`.',
    )
    .setVersion(project.version)
    // The API serves its own document: paths are relative to the origin it is served from.
    .addServer('/', 'This API, at the origin serving this document.')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME);
  for (const [name, description] of Object.entries(API_TAGS).sort(([a], [b]) => byCodeUnit(a, b))) {
    builder.addTag(name, description);
  }
  const config = builder.build();
  // As package.json says (UNLICENSED: proprietary); no public URL or mailbox exists to name.
  config.info.license = { name: project.license };
  config.info.contact = { name: 'Customer Data API maintainers' };
  const document = SwaggerModule.createDocument(app, config, {
    // Operation ids are the names generated clients give their calls: each is set by hand
    // (`@ApiOperation({ operationId })`) so that none changes when a method is renamed.
    operationIdFactory: (controllerKey, methodKey) => `${MISSING_OPERATION_ID}${controllerKey}.${methodKey}`,
  });
  checkOperationIds(document);
  addComponentSchemas(document);
  markPublicOperations(document);
  if (options.oidc) addOpenIdConnect(document, options.oidc);
  addFrameworkProblems(document);
  fillProblemInstances(document);
  declareResponseHeaders(document);
  return sortDocument(document);
}

/** Serves Swagger UI and the document; returns the document. */
export function setupSwagger(app: NestFastifyApplication, docs: DocsConfig): OpenAPIObject {
  const document = buildOpenApiDocument(app, { oidc: docs.oidc });
  useOpenApiDocumentForBodies(document);
  if (docs.oidc) redirectToDocsDirectory(app);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: DOCS_JSON_PATH,
    swaggerOptions: {
      // Off by default: a token in localStorage outlives the tab and is readable by any script of this origin.
      persistAuthorization: docs.persistAuthorization,
      ...(docs.oidc && {
        initOAuth: {
          clientId: docs.oidc.clientId,
          scopes: [...docs.oidc.scopes],
          usePkceWithAuthorizationCodeGrant: true,
        },
      }),
    },
  });
  return document;
}

/**
 * Swagger UI's OAuth redirect URL is the page's directory plus oauth2-redirect.html: only from
 * `/api/docs/` is that the docs route's own page. Relative, so a path-prefixing proxy keeps working.
 */
function redirectToDocsDirectory(app: NestFastifyApplication): void {
  const page = `/${DOCS_PATH}`;
  const directory = `${DOCS_PATH.slice(DOCS_PATH.lastIndexOf('/') + 1)}/`;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      if (request.url !== page && !request.url.startsWith(`${page}?`)) return done();
      void reply.redirect(directory + request.url.slice(page.length), 301);
    });
}

/**
 * Login with the identity provider (authorization code + PKCE, discovered from its issuer),
 * accepted wherever a bearer token is: security requirements in a list are alternatives.
 */
function addOpenIdConnect(document: OpenAPIObject, oidc: OidcLoginConfig): void {
  document.components = {
    ...document.components,
    securitySchemes: {
      ...document.components?.securitySchemes,
      [OIDC_SCHEME]: {
        type: 'openIdConnect',
        openIdConnectUrl: oidc.discoveryUrl,
        description: `Sign in with ${oidc.issuerUrl} (authorization code with PKCE); its access token is sent as a bearer token.`,
      },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { security?: Record<string, string[]>[] }[]) {
      if (operation.security?.some((requirement) => BEARER_SCHEME in requirement)) {
        operation.security = [...operation.security, { [OIDC_SCHEME]: [] }];
      }
    }
  }
}

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

/** Every operation has its own explicit, camelCase operationId. */
function checkOperationIds(document: OpenAPIObject): void {
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const id = (operation as { operationId?: string }).operationId ?? '';
      const where = `${method.toUpperCase()} ${path}`;
      if (id.startsWith(MISSING_OPERATION_ID)) {
        throw new Error(`${where} (${id.slice(MISSING_OPERATION_ID.length)}) needs @ApiOperation({ operationId })`);
      }
      if (!OPERATION_ID.test(id)) throw new Error(`${where}: operationId "${id}" is not camelCase`);
      const other = seen.get(id);
      if (other) throw new Error(`${where}: operationId "${id}" is already used by ${other}`);
      seen.set(id, where);
    }
  }
}

/**
 * An operation without `@Auth` is `@Public()` (a test of the route table checks that), and
 * says so with an empty security list: without one, it would look undecided.
 */
function markPublicOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { security?: unknown[] }[]) operation.security ??= [];
  }
}

/** Code-unit order: the same on every machine, whatever its locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable output: paths, schemas and tags in alphabetical order. */
function sortDocument(document: OpenAPIObject): OpenAPIObject {
  const sortKeys = <T>(record: Record<string, T> | undefined) =>
    record && Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnit(a, b)));
  return {
    ...document,
    tags: document.tags && [...document.tags].sort((a, b) => byCodeUnit(a.name, b.name)),
    paths: sortKeys(document.paths) ?? {},
    components: document.components && {
      ...document.components,
      schemas: sortKeys(document.components.schemas),
    },
  };
}
