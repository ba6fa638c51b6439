import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { KeysetPages, type Page } from '../../../common/http/page.js';
import type { SchemaRecord } from '../schema-record.entity.js';
import type { SchemaField, SchemaTable } from '../schema-table.entity.js';
import { breakingFieldChanges, checkRecord, fieldNameErrors } from './schema-fields.js';
import { SchemaTablesRepository } from './schema-tables.repository.js';
import { isPlainObject } from '../shared/names.js';
import type { Upserted } from '../shared/upserted.js';

@Injectable()
export class SchemaTablesService {
  constructor(
    private readonly tables: SchemaTablesRepository,
    private readonly pages: KeysetPages,
  ) {}

  /**
   * Creates or redeclares a table. Adding fields is always allowed; removing or retyping
   * one only while no record holds a non-null value for it (409 otherwise), so records
   * always match their table. Records' nulls for a removed field are dropped with it.
   */
  async putTable(name: string, fields: SchemaField[]): Promise<Upserted<SchemaTable>> {
    const nameErrors = fieldNameErrors(fields);
    if (nameErrors.length > 0) {
      throw new DomainError('invalid_input', nameErrors.map((e) => e.message).join('; '), nameErrors);
    }
    return this.tables.transaction(async (tx) => {
      const created = await tx.insertTableIfAbsent(name, fields);
      if (created) return { row: created, created: true };
      // It exists: lock it so no record is written against the old fields meanwhile.
      const current = await tx.lockTable(name, 'update');
      if (!current) throw new Error(`schema table ${name} vanished inside its transaction`);
      const changes = breakingFieldChanges(current.fields, fields);
      if (changes.length > 0) {
        const inUse = new Set(
          await tx.fieldsHoldingValues(
            name,
            changes.map((c) => c.name),
          ),
        );
        const blocking = changes.filter((change) => inUse.has(change.name));
        if (blocking.length > 0) {
          const errors = blocking.map((change) =>
            change.index === undefined
              ? { field: 'fields', message: `field ${change.name} cannot be removed: records hold values for it` }
              : {
                  field: `fields.${change.index}.type`,
                  message: `field ${change.name} cannot change from ${change.from} to ${change.to}: records hold values for it`,
                },
          );
          throw new DomainError('conflict', errors.map((e) => e.message).join('; '), errors);
        }
        const removed = changes.filter((change) => change.index === undefined).map((change) => change.name);
        if (removed.length > 0) await tx.removeFieldKeys(name, removed);
      }
      return { row: await tx.updateTable(name, fields), created: false };
    });
  }

  async listTables(cursor: string | undefined, limit: number): Promise<Page<SchemaTable>> {
    const rows = await this.tables.listTables(await this.pages.after('schema-tables', cursor), limit + 1);
    return this.pages.page('schema-tables', rows, limit, (table) => table.name);
  }

  /** Replaces the customer's record in the table with `body`, checked against its fields. */
  putRecord(tableName: string, customerId: string, body: unknown): Promise<Upserted<SchemaRecord>> {
    // A body that is not an object cannot be a record of any table: no need to look one up.
    if (!isPlainObject(body)) {
      throw new DomainError('invalid_input', 'the body must be a JSON object of field names to values');
    }
    return this.tables.transaction(async (tx) => {
      await tx.lockCustomer(customerId);
      const table = await tx.lockTable(tableName, 'share');
      if (!table) throw new DomainError('not_found', `schema table ${tableName} does not exist`);
      const check = checkRecord(table.fields, body);
      if (!check.ok)
        throw new DomainError('invalid_input', check.errors.map((e) => e.message).join('; '), check.errors);
      return tx.upsertRecord(tableName, customerId, check.data);
    });
  }

  async getRecord(tableName: string, customerId: string): Promise<SchemaRecord> {
    const record = await this.tables.findRecord(tableName, customerId);
    if (record) return record;
    if (!(await this.tables.tableExists(tableName))) {
      throw new DomainError('not_found', `schema table ${tableName} does not exist`);
    }
    throw new DomainError('not_found', `the customer has no record in schema table ${tableName}`);
  }
}
