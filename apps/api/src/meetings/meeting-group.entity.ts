import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MEETING_KINDS, type MeetingKind } from '@convene/domain';
import { oneOf } from '../database/check.js';

/**
 * A panel's standing membership — the weekly Decision-Making Group, the Children in Care group, the
 * Health Gateway, the Quality and Compliance Group — from which each sitting's members are invited.
 */
@Entity({ name: 'meeting_groups' })
@Check('meeting_groups_kind', oneOf('kind', MEETING_KINDS))
export class MeetingGroup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: MeetingKind;

  @Column({ type: 'text', unique: true })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
