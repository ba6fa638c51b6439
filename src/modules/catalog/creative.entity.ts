import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Channel } from './channel.entity.js';
import { Offer } from './offer.entity.js';

/** A creative ("treatment"): one rendering of an offer on one channel. */
@Entity('creative')
@Index('ix_creative_offer', ['offerId'])
@Index('ix_creative_channel', ['channelId'])
export class Creative {
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_creative' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'offer_id', type: 'varchar', length: 128 })
  @ForeignKey(() => Offer, { name: 'fk_creative_offer' })
  offerId: string;

  @Column({ name: 'channel_id', type: 'varchar', length: 128 })
  @ForeignKey(() => Channel, { name: 'fk_creative_channel' })
  channelId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
