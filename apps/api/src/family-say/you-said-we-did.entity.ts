import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { YOU_SAID_WE_DID_MAX_LENGTH } from '@convene/domain';
import { User } from '../identity/user.entity.js';

/**
 * "You said, we did": what families told the service and what it changed because of it, written by those who run
 * the service and read by every family. Never edited: a wrong entry is withdrawn, and families no longer see it.
 */
@Entity({ name: 'you_said_we_did' })
@Check('you_said_we_did_you_said', `length(btrim(you_said)) BETWEEN 1 AND ${YOU_SAID_WE_DID_MAX_LENGTH}`)
@Check('you_said_we_did_we_did', `length(btrim(we_did)) BETWEEN 1 AND ${YOU_SAID_WE_DID_MAX_LENGTH}`)
@Check('you_said_we_did_withdrawn', `(withdrawn_at IS NULL) = (withdrawn_by IS NULL)`)
export class YouSaidWeDidEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'you_said', type: 'text' })
  youSaid!: string;

  @Column({ name: 'we_did', type: 'text' })
  weDid!: string;

  /** Families see it from this day. */
  @Index()
  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'written_by' })
  writtenByUser!: User;

  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy!: string;

  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'withdrawn_by' })
  withdrawnByUser!: User | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;
}
