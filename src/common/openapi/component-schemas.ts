import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * Component schemas written by hand, for what property decorators cannot say (a recursive
 * type): a module defines them beside its DTOs, properties point at them with
 * `componentSchemaRef`, and `buildOpenApiDocument` lists them under `components.schemas`.
 */
const defined = new Map<string, SchemaObject>();

export function defineComponentSchemas(schemas: Record<string, SchemaObject>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    if (defined.has(name)) throw new Error(`component schema ${name} is defined twice`);
    defined.set(name, schema);
  }
}

export function componentSchemaRef(name: string): ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}

/** Adds every defined schema to the document; a name the decorators also generated is an error. */
export function addComponentSchemas(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ?? {};
  for (const [name, schema] of defined) {
    if (schemas[name]) throw new Error(`component schema ${name} is also generated from a class`);
    schemas[name] = structuredClone(schema);
  }
  document.components.schemas = schemas;
}
