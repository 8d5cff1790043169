import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MEETING_MEMBER_ROLES, type MeetingMemberRole } from '@convene/domain';
import { oneOf } from '../database/check.js';
import { User } from '../identity/user.entity.js';
import { MeetingGroup } from './meeting-group.entity.js';

/** A standing member of a panel, and the part they take in its sittings. */
@Entity({ name: 'meeting_group_members' })
@Check('meeting_group_members_role', oneOf('role', MEETING_MEMBER_ROLES))
export class MeetingGroupMember {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => MeetingGroup, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group!: MeetingGroup;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'text' })
  role!: MeetingMemberRole;
}
