import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const FIELD_TYPES = ['string', 'number', 'boolean', 'timestamp'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface SchemaField {
  name: string;
  type: FieldType;
}

/** A customer data table whose typed fields an admin declares. */
@Entity('schema_table')
export class SchemaTable {
  @PrimaryColumn({ type: 'varchar', length: 63, primaryKeyConstraintName: 'pk_schema_table' })
  name: string;

  @Column({ type: 'jsonb' })
  fields: SchemaField[];

  /** Decides precedence when two tables declare the same field: the older table wins. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
