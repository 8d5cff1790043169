import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MeetingMemberRole } from '@convene/domain';
import { User } from '../identity/user.entity.js';
import { Meeting } from './meeting.entity.js';
import { MEETING_MEMBER_ROLES } from '@convene/domain';
import { ATTENDANCE, type Attendance } from '@convene/contracts';
import { oneOf } from '../database/check.js';

/** Someone invited to a meeting, and in what capacity. Only invited people may see it. */
@Entity({ name: 'meeting_members' })
@Check('meeting_members_role', oneOf('role', MEETING_MEMBER_ROLES))
@Check('meeting_members_attendance', oneOf('attendance', ATTENDANCE))
export class MeetingMember {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'text' })
  role!: MeetingMemberRole;

  /** Marked by the chair: present, apologies sent, or absent. Drives quorum. */
  @Column({ type: 'text', default: 'expected' })
  attendance!: Attendance;
}
