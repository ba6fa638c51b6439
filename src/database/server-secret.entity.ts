import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A secret generated once per database (see the ServerSecret migration). */
@Entity('server_secret')
export class ServerSecret {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_server_secret' })
  name: string;

  @Column({ type: 'text' })
  value: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
