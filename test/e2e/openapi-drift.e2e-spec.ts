import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedFilesDrift, openApiDrift } from '../../src/common/openapi/drift.js';
import { generateOpenApiDocument, OPENAPI_FILE, serializeOpenApiDocument } from '../../src/common/openapi/generate.js';
import { API_TAGS } from '../../src/common/openapi/tags.js';
import { parseSegmentRule, SEGMENT_OPS } from '../../src/modules/profile/segments/segment-rule.js';
import {
  CLIENT_GENERATED_DIR,
  readGeneratedFiles,
  renderTypescriptClient,
  writeGeneratedFiles,
} from '../../src/common/openapi/typescript-client.js';
import { OpenApiSchemas } from './openapi-schemas.js';

/**
 * openapi.json and the generated TypeScript client are committed; these tests fail when
 * either is stale, and check that the document says what clients need to know.
 */

/** Every operation's id, pinned: a generated client names its calls after them. */
const OPERATION_IDS: Record<string, string> = {
  'GET /api/v1/auth/me': 'getCurrentUser',
  'GET /api/v1/channels': 'listChannels',
  'PUT /api/v1/channels/{id}': 'putChannel',
  'GET /api/v1/creatives': 'listCreatives',
  'PUT /api/v1/creatives/{id}': 'putCreative',
  'DELETE /api/v1/customers/{id}': 'eraseCustomer',
  'GET /api/v1/customers/{id}/metrics': 'getCustomerMetrics',
  'PUT /api/v1/customers/{id}/metrics': 'putCustomerMetrics',
  'GET /api/v1/customers/{id}/unified-profile': 'getUnifiedProfile',
  'GET /api/v1/experiments': 'listExperiments',
  'PUT /api/v1/experiments/{id}': 'putExperiment',
  'PUT /api/v1/experiments/{id}/assignments/{customerId}': 'putExperimentAssignment',
  'POST /api/v1/impressions': 'ingestImpressions',
  'GET /api/v1/interaction-history': 'listInteractionHistory',
  'GET /api/v1/interaction-summary': 'getInteractionSummary',
  'POST /api/v1/interaction-summary/refresh': 'refreshInteractionSummary',
  'POST /api/v1/interactions': 'ingestInteractions',
  'GET /api/v1/metrics': 'listMetrics',
  'PUT /api/v1/metrics/{name}': 'putMetric',
  'GET /api/v1/offers': 'listOffers',
  'GET /api/v1/offers/{id}': 'getOffer',
  'PUT /api/v1/offers/{id}': 'putOffer',
  'GET /api/v1/privacy/erasures': 'listErasures',
  'DELETE /api/v1/privacy/suppressions/{customerId}': 'liftSuppression',
  'GET /api/v1/schema-tables': 'listSchemaTables',
  'PUT /api/v1/schema-tables/{name}': 'putSchemaTable',
  'GET /api/v1/schema-tables/{name}/records/{customerId}': 'getSchemaRecord',
  'PUT /api/v1/schema-tables/{name}/records/{customerId}': 'putSchemaRecord',
  'GET /api/v1/segments': 'listSegments',
  'PUT /api/v1/segments/{id}': 'putSegment',
  'GET /health': 'getHealth',
};

interface Operation {
  operationId: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: unknown; example?: unknown; examples?: Record<string, { value: unknown }> }> }
  >;
}

function operations(document: any): [string, Operation][] {
  return Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([route, item]) =>
    Object.entries(item).map(
      ([method, operation]) => [`${method.toUpperCase()} ${route}`, operation] as [string, Operation],
    ),
  );
}

describe('OpenAPI document and generated client', () => {
  let generatedText: string;
  let document: any;

  beforeAll(async () => {
    generatedText = serializeOpenApiDocument(await generateOpenApiDocument());
    document = JSON.parse(generatedText);
  });

  it('the committed openapi.json is what the code generates (else: run `npm run openapi`)', async () => {
    const drift = openApiDrift(await readFile(OPENAPI_FILE, 'utf8'), generatedText);
    if (drift !== null) throw new Error(drift);
  });

  it('the drift check reports a stale openapi.json, pointing at what differs', () => {
    const stale = structuredClone(document);
    stale.paths['/api/v1/interaction-history'].get.operationId = 'oldName';
    delete stale.paths['/api/v1/segments'];
    const message = openApiDrift(JSON.stringify(stale, null, 2) + '\n', generatedText);
    expect(message).toContain(
      '~ /paths/~1api~1v1~1interaction-history/get/operationId: "oldName" → "listInteractionHistory"',
    );
    expect(message).toContain('+ /paths/~1api~1v1~1segments');
    expect(message).toContain('Run `npm run openapi` and commit openapi.json.');
    expect(openApiDrift(JSON.stringify(document), generatedText)).toContain('not the same key order or layout');
  });

  describe('the generated TypeScript client', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'client-drift-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('is what openapi.json generates (else: run `npm run client:generate`)', async () => {
      const fresh = path.join(dir, 'fresh');
      await writeGeneratedFiles(fresh, await renderTypescriptClient(await readFile(OPENAPI_FILE, 'utf8')));
      const drift = generatedFilesDrift(
        CLIENT_GENERATED_DIR,
        await readGeneratedFiles(CLIENT_GENERATED_DIR),
        await readGeneratedFiles(fresh),
      );
      if (drift !== null) throw new Error(drift);
    });

    it('the drift check reports a stale client, naming the file and the first differing line', async () => {
      const fresh = await renderTypescriptClient(generatedText);
      const stale = path.join(dir, 'stale');
      const schema = fresh.get('schema.ts')!;
      await writeGeneratedFiles(
        stale,
        new Map([
          ['schema.ts', schema.replace('getUnifiedProfile', 'getProfile')],
          ['old.ts', ''],
        ]),
      );
      const message = generatedFilesDrift(CLIENT_GENERATED_DIR, await readGeneratedFiles(stale), fresh);
      expect(message).toMatch(/~ schema\.ts: first difference at line \d+: .*getProfile.* → .*getUnifiedProfile/);
      expect(message).toContain('- old.ts: not generated any more');
      expect(message).toContain('Run `npm run client:generate` and commit clients/typescript/src/generated.');
    });

    it('runs on the openapi-fetch version the tests use, and carries the document’s version', async () => {
      const client = JSON.parse(await readFile('clients/typescript/package.json', 'utf8'));
      const root = JSON.parse(await readFile('package.json', 'utf8'));
      expect(client.dependencies['openapi-fetch']).toBe(root.devDependencies['openapi-fetch']);
      expect(client.version).toBe(document.info.version);
    });
  });

  it('pins every operationId', () => {
    expect(Object.fromEntries(operations(document).map(([key, op]) => [key, op.operationId]))).toEqual(OPERATION_IDS);
  });

  it('tags every operation with one declared module tag, and lists each tag once with a description', () => {
    for (const [key, op] of operations(document)) {
      expect({ key, tags: op.tags }).toEqual({ key, tags: [expect.any(String)] });
      expect(Object.keys(API_TAGS)).toContain(op.tags![0]);
    }
    expect(document.tags.map((tag: { name: string }) => tag.name)).toEqual(Object.keys(API_TAGS).sort());
  });

  it('puts the bearer scheme on every operation but /health (explicitly open), with 401 and 403 problems', () => {
    expect(document.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    for (const [key, op] of operations(document)) {
      if (key === 'GET /health') {
        expect(op.security).toEqual([]);
        continue;
      }
      expect({ key, security: op.security }).toEqual({ key, security: [{ bearer: [] }] });
      expect({ key, statuses: Object.keys(op.responses) }).toEqual({
        key,
        statuses: expect.arrayContaining(['401', '403']),
      });
    }
  });

  it('documents every error as problem+json with the shared schema and an example of its own path', () => {
    for (const [key, op] of operations(document)) {
      const instance = key.split(' ')[1];
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect({ key, status, content: Object.keys(response.content ?? {}) }).toEqual({
          key,
          status,
          content: ['application/problem+json'],
        });
        const media = response.content!['application/problem+json'];
        expect(media.schema).toEqual({ $ref: '#/components/schemas/ProblemResponse' });
        const example = media.example as { status: number; instance: string };
        expect({ key, status: example.status }).toEqual({ key, status: Number(status) });
        expect(example.instance).toMatch(new RegExp(`^${instance.replace(/\{[^}]+\}/g, '[^/]+')}$`));
      }
    }
  });

  it('documents 400, 413 and 415 on every operation with a request body (413 and 415 on no other), 414 on every one with a path parameter, 429 on every protected one', () => {
    for (const [key, op] of operations(document)) {
      const statuses = Object.keys(op.responses);
      if (op.requestBody) {
        expect({ key, statuses }).toEqual({ key, statuses: expect.arrayContaining(['400', '413', '415']) });
      } else {
        expect({ key, body: statuses.filter((s) => s === '413' || s === '415') }).toEqual({ key, body: [] });
      }
      if (op.security?.length) expect({ key, statuses }).toEqual({ key, statuses: expect.arrayContaining(['429']) });
      if (op.parameters?.some((p) => p.in === 'path')) {
        expect({ key, statuses }).toEqual({ key, statuses: expect.arrayContaining(['400', '414']) });
      }
    }
  });

  it('names the closed sets as reusable enums, and the parameters use them', () => {
    const schemas = document.components.schemas;
    expect(schemas.InteractionType).toEqual({ type: 'string', enum: ['impression', 'click', 'dismiss', 'convert'] });
    expect(schemas.InteractionSummaryGroupBy).toEqual({
      type: 'string',
      enum: ['action', 'treatment', 'channel', 'customer'],
    });
    expect(schemas.ProfileSection).toEqual({
      type: 'string',
      enum: ['attributes', 'interactions', 'metrics', 'segments', 'experiments'],
    });
    for (const name of ['OfferStatus', 'SchemaFieldType', 'Role', 'InteractionSummarySource']) {
      expect(schemas[name]).toMatchObject({ type: 'string', enum: expect.any(Array) });
    }
    const parameter = (route: string, name: string) =>
      document.paths[route].get.parameters.find((p: { name: string }) => p.name === name);
    expect(parameter('/api/v1/interaction-history', 'type').schema).toEqual({
      $ref: '#/components/schemas/InteractionType',
    });
    expect(parameter('/api/v1/interaction-summary', 'groupBy').schema).toEqual({
      $ref: '#/components/schemas/InteractionSummaryGroupBy',
    });
    expect(parameter('/api/v1/customers/{id}/unified-profile', 'sections')).toMatchObject({
      style: 'form',
      explode: false,
      schema: { type: 'array', items: { $ref: '#/components/schemas/ProfileSection' } },
    });
  });

  it('every example in the document is valid against its own schema', () => {
    const schemas = new OpenApiSchemas(document, { closed: true });
    const failures: string[] = [];
    const check = (where: string, schema: unknown, value: unknown) => {
      const errors = schemas.errors(schema, value, true);
      if (errors.length > 0) failures.push(`${where}: ${errors.join('; ')}`);
    };
    let checked = 0;
    for (const [key, op] of operations(document)) {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (media.example !== undefined) check(`${key} ${status} ${type}`, media.schema, media.example);
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            check(`${key} ${status} ${type} (${name})`, media.schema, example.value);
          }
          checked += media.example !== undefined ? 1 : Object.keys(media.examples ?? {}).length;
        }
      }
      for (const parameter of op.parameters ?? []) {
        const { example, ...schema } = parameter.schema;
        if (example !== undefined) check(`${key} parameter ${parameter.name}`, schema, example);
      }
    }
    // Property examples, checked against the property's own schema.
    for (const [name, schema] of Object.entries(document.components.schemas as Record<string, any>)) {
      for (const [property, propertySchema] of Object.entries((schema.properties ?? {}) as Record<string, any>)) {
        if (propertySchema.example === undefined) continue;
        const { example, ...rest } = propertySchema;
        check(`${name}.${property}`, rest, example);
        checked++;
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  describe('as its users meet it', () => {
    const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
    const TIMESTAMP_NAME = /At$|^(timestamp|since|until)$/;

    /** Every named inline free-form string: properties (anywhere) and parameters, with where they are. */
    function namedStrings(): { where: string; name: string; schema: Record<string, any> }[] {
      const found: { where: string; name: string; schema: Record<string, any> }[] = [];
      const walk = (node: unknown, where: string): void => {
        if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`));
        if (typeof node !== 'object' || node === null) return;
        const record = node as Record<string, any>;
        if (typeof record.name === 'string' && typeof record.in === 'string' && record.schema) {
          found.push({ where, name: record.name, schema: record.schema });
        }
        if (record.properties && typeof record.properties === 'object') {
          for (const [name, schema] of Object.entries(record.properties as Record<string, any>)) {
            found.push({ where: `${where}/properties/${name}`, name, schema });
          }
        }
        for (const [key, value] of Object.entries(record)) walk(value, `${where}/${key}`);
      };
      walk(document, '#');
      return found.filter(({ schema }) => schema.type === 'string' && schema.enum === undefined);
    }

    it('gives every timestamp property and parameter format date-time', () => {
      const timestamps = namedStrings().filter(
        ({ name, schema }) =>
          TIMESTAMP_NAME.test(name) ||
          (typeof schema.example === 'string' && ISO_DATE_TIME.test(schema.example)) ||
          /ISO 8601/.test(String(schema.description ?? '')),
      );
      expect(timestamps.length).toBeGreaterThanOrEqual(30);
      const without = timestamps.filter(({ schema }) => schema.format !== 'date-time').map(({ where }) => where);
      expect(without).toEqual([]);
    });

    it('describes every operation and every 2xx response', () => {
      const missing: string[] = [];
      for (const [key, op] of operations(document)) {
        if (!(op as { description?: string }).description?.trim()) missing.push(key);
        for (const [status, response] of Object.entries(op.responses)) {
          const { description } = response as { description?: string };
          if (/^2/.test(status) && !description?.trim()) missing.push(`${key} ${status}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('has a license, a contact, a server, and the version of package.json', async () => {
      const root = JSON.parse(await readFile('package.json', 'utf8'));
      expect(document.info.version).toBe(root.version);
      expect(document.info.license).toEqual({ name: root.license });
      expect(document.info.contact.name).toEqual(expect.any(String));
      expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    });

    it('declares X-Request-Id on every response, X-RateLimit-* where the limiter ran, Retry-After on 429 and 503', () => {
      const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
      const rateLimit = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];
      for (const name of ['X-Request-Id', 'Retry-After', ...rateLimit]) {
        expect(document.components.headers[name]).toMatchObject({ description: expect.any(String), schema: {} });
      }
      for (const [key, op] of operations(document)) {
        for (const [status, response] of Object.entries(op.responses)) {
          const headers = (response as { headers?: Record<string, unknown> }).headers ?? {};
          const expected: Record<string, unknown> = { 'X-Request-Id': ref('X-Request-Id') };
          if (op.security?.length && status !== '414') {
            for (const name of rateLimit) expected[name] = ref(name);
          }
          if (status === '429' || status === '503') expected['Retry-After'] = ref('Retry-After');
          expect({ key, status, headers }).toEqual({ key, status, headers: expected });
        }
      }
    });

    describe('the segment rule', () => {
      let schemas: OpenApiSchemas;
      beforeAll(() => {
        schemas = new OpenApiSchemas(document, { closed: true });
      });
      const rule = { $ref: '#/components/schemas/SegmentRule' };

      it('is a named, recursive schema that requests and responses refer to', () => {
        const { SegmentRule, SegmentAllGroup, SegmentRuleNode, PutSegmentRequest, SegmentResponse } =
          document.components.schemas;
        expect(PutSegmentRequest.properties.rule.allOf).toEqual([rule]);
        expect(SegmentResponse.properties.rule.allOf).toEqual([rule]);
        expect(SegmentRule.oneOf).toEqual([
          { $ref: '#/components/schemas/SegmentAllGroup' },
          { $ref: '#/components/schemas/SegmentAnyGroup' },
        ]);
        expect(SegmentAllGroup.properties.all.items).toEqual({ $ref: '#/components/schemas/SegmentRuleNode' });
        expect(SegmentRuleNode.oneOf).toContainEqual({ $ref: '#/components/schemas/SegmentAllGroup' });
        const ops = SegmentRuleNode.oneOf
          .map(({ $ref }: { $ref: string }) => document.components.schemas[$ref.split('/').pop()!])
          .flatMap((node: any) => node.properties.op?.enum ?? []);
        expect([...ops].sort()).toEqual([...SEGMENT_OPS].sort());
        expect(schemas.errors(rule, SegmentRule.example)).toEqual([]);
      });

      it('accepts every rule the parser accepts, and refuses the shapes it refuses', () => {
        const condition = { field: 'attributes.tier', op: 'eq', value: 'gold' };
        const accepted = [
          { all: [condition] },
          { any: [{ all: [{ any: [condition, { field: 'metrics.score', op: 'gte', value: 0.5 }] }] }] },
          { all: [{ field: 'attributes.tier', op: 'in', value: ['gold', 1, true] }] },
          {
            all: [
              { field: 'attributes.email', op: 'exists' },
              { field: 'attributes.x', op: 'exists', value: false },
            ],
          },
          { any: [{ field: 'attributes.joined', op: 'lt', value: '2026-03-15' }] },
        ];
        for (const value of accepted) {
          expect({ value, parsed: parseSegmentRule(value).ok }).toEqual({ value, parsed: true });
          expect({ value, errors: schemas.errors(rule, value) }).toEqual({ value, errors: [] });
        }
        const refused = [
          {},
          { all: [] },
          { all: [condition], any: [condition] },
          { all: [condition], extra: 1 },
          { all: [{ ...condition, op: 'like' }] },
          { all: [{ ...condition, extra: 1 }] },
          { all: [{ field: 'tier', op: 'eq', value: 'gold' }] },
          { all: [{ field: 'attributes.tier', op: 'eq' }] },
          { all: [{ field: 'attributes.tier', op: 'in', value: [] }] },
          { all: [{ field: 'attributes.tier', op: 'gt', value: true }] },
          { all: [{ field: 'attributes.tier', op: 'exists', value: 'yes' }] },
          { all: [{ field: 'attributes.tier', op: 'eq', value: null }] },
        ];
        for (const value of refused) {
          expect({ value, parsed: parseSegmentRule(value).ok }).toEqual({ value, parsed: false });
          expect({ value, valid: schemas.errors(rule, value).length === 0 }).toEqual({ value, valid: false });
        }
      });
    });
  });
});
