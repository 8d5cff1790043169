import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Every event broadcast in a meeting, by its sequence number: the record the minutes are assembled from. */
@Entity({ name: 'meeting_events' })
export class MeetingEventRecord {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
