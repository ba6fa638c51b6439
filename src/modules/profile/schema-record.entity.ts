import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SchemaTable } from './schema-table.entity.js';

export type RecordValue = string | number | boolean | null;

/** One customer's record in one schema table. */
@Entity('schema_record')
@Index('ix_schema_record_table', ['tableName'])
export class SchemaRecord {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_schema_record' })
  customerId: string;

  @PrimaryColumn({ name: 'table_name', type: 'varchar', length: 63, primaryKeyConstraintName: 'pk_schema_record' })
  @ForeignKey(() => SchemaTable, { name: 'fk_schema_record_table' })
  tableName: string;

  @Column({ type: 'jsonb' })
  data: Record<string, RecordValue>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
