import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockCustomers } from '../../../database/customer-lock.js';
import type { RecordValue, SchemaRecord } from '../schema-record.entity.js';
import type { SchemaField, SchemaTable } from '../schema-table.entity.js';
import type { Upserted } from '../shared/upserted.js';

const TABLE_COLUMNS = `name, fields, created_at AS "createdAt", updated_at AS "updatedAt"`;
const RECORD_COLUMNS = `customer_id AS "customerId", table_name AS "tableName", data,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Schema tables' and records' SQL that must run inside one transaction. */
export class SchemaTablesTransaction {
  constructor(private readonly manager: EntityManager) {}

  /** Creates the table unless it exists; the new row, or undefined when it already existed. */
  async insertTableIfAbsent(name: string, fields: SchemaField[]): Promise<SchemaTable | undefined> {
    const rows = await this.manager.query<SchemaTable[]>(
      `INSERT INTO schema_table (name, fields) VALUES ($1, $2::jsonb)
       ON CONFLICT (name) DO NOTHING
       RETURNING ${TABLE_COLUMNS}`,
      [name, JSON.stringify(fields)],
    );
    return rows[0];
  }

  /**
   * Reads a table and locks it: `update` to change its fields (waits for record writers),
   * `share` to write a record against them (waits for a field change to commit).
   */
  async lockTable(name: string, mode: 'update' | 'share'): Promise<SchemaTable | undefined> {
    const lock = mode === 'update' ? 'FOR UPDATE' : 'FOR SHARE';
    const rows = await this.manager.query<SchemaTable[]>(
      `SELECT ${TABLE_COLUMNS} FROM schema_table WHERE name = $1 ${lock}`,
      [name],
    );
    return rows[0];
  }

  /** Which of `fieldNames` at least one record of the table holds a non-null value for. */
  async fieldsHoldingValues(tableName: string, fieldNames: string[]): Promise<string[]> {
    const rows = await this.manager.query<{ name: string }[]>(
      `SELECT f.name FROM unnest($2::text[]) AS f(name)
       WHERE EXISTS (
         SELECT 1 FROM schema_record r
         WHERE r.table_name = $1 AND r.data ? f.name AND r.data -> f.name <> 'null'::jsonb
       )
       ORDER BY f.name`,
      [tableName, fieldNames],
    );
    return rows.map((row) => row.name);
  }

  /** Drops removed fields' keys from the table's records (only nulls can be left by then). */
  async removeFieldKeys(tableName: string, fieldNames: string[]): Promise<void> {
    await this.manager.query(
      `UPDATE schema_record SET data = data - $2::text[] WHERE table_name = $1 AND data ?| $2::text[]`,
      [tableName, fieldNames],
    );
  }

  async updateTable(name: string, fields: SchemaField[]): Promise<SchemaTable> {
    // Wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const [row] = await this.manager.query<SchemaTable[]>(
      `WITH updated AS (
         UPDATE schema_table SET fields = $2::jsonb, updated_at = now() WHERE name = $1
         RETURNING ${TABLE_COLUMNS}
       )
       SELECT * FROM updated`,
      [name, JSON.stringify(fields)],
    );
    return row;
  }

  /** Serialises this write with an erasure of the same customer. */
  lockCustomer(customerId: string): Promise<void> {
    return lockCustomers(this.manager, [customerId]);
  }

  async upsertRecord(
    tableName: string,
    customerId: string,
    data: Record<string, RecordValue>,
  ): Promise<Upserted<SchemaRecord>> {
    const [row] = await this.manager.query<(SchemaRecord & { created: boolean })[]>(
      `INSERT INTO schema_record (customer_id, table_name, data) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (customer_id, table_name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()
       RETURNING ${RECORD_COLUMNS}, (xmax = 0) AS created`,
      [customerId, tableName, JSON.stringify(data)],
    );
    const { created, ...record } = row;
    return { row: record, created };
  }
}

/** The only place schema tables' and records' SQL lives. */
@Injectable()
export class SchemaTablesRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: SchemaTablesTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new SchemaTablesTransaction(manager)));
  }

  /**
   * Tables in creation order (the order that decides which table's field wins in the
   * unified profile), then by name; `after` is the last name of the previous page.
   */
  listTables(after: string | undefined, limit: number): Promise<SchemaTable[]> {
    return this.db.query(
      `SELECT ${TABLE_COLUMNS} FROM schema_table
       WHERE $1::text IS NULL
          OR (created_at, name) > (SELECT created_at, name FROM schema_table WHERE name = $1)
       ORDER BY created_at, name
       LIMIT $2`,
      [after ?? null, limit],
    );
  }

  async tableExists(name: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM schema_table WHERE name = $1`, [name]);
    return rows.length > 0;
  }

  async findRecord(tableName: string, customerId: string): Promise<SchemaRecord | undefined> {
    const rows = await this.db.query<SchemaRecord[]>(
      `SELECT ${RECORD_COLUMNS} FROM schema_record WHERE customer_id = $1 AND table_name = $2`,
      [customerId, tableName],
    );
    return rows[0];
  }
}
