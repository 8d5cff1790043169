import { Injectable } from '@nestjs/common';
import type { InvitablePerson, MeetingInvitation } from '@convene/contracts';
import type { MeetingStatus } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import { UsersRepository } from '../../identity/users.repository.js';
import { MeetingsRepository } from '../meetings.repository.js';

class MeetingInvitationRefusedError extends DomainError {
  readonly code = 'meeting_invitation_refused';
  constructor(
    message: string,
    readonly status: 403 | 404 | 409,
  ) {
    super(message);
  }
}

/**
 * One person invited to one meeting, outside the panel's standing membership: by an administrator or the
 * meeting's chair, before it starts. Audited. Once it is under way the chair invites from the room (the
 * `member.invite` command), so that everyone in it sees the newcomer; who may be invited is listed until it ends.
 */
@Injectable()
export class MeetingInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async invitable(user: SessionUser, meetingId: string): Promise<InvitablePerson[]> {
    const meetings = new MeetingsRepository(this.dataSource.manager);
    await this.mayInvite(meetings, user, meetingId, ['scheduled', 'in_progress']);
    const people = await meetings.invitable(meetingId);
    return people.map((p) => ({
      userId: p.user_id,
      displayName: p.display_name,
      jobTitle: p.job_title,
      agency: p.agency,
    }));
  }

  async invite(user: SessionUser, meetingId: string, invitation: MeetingInvitation): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const meetings = new MeetingsRepository(manager);
      await this.mayInvite(meetings, user, meetingId, ['scheduled']);
      if (!(await new UsersRepository(manager).isActive(invitation.userId)))
        throw new MeetingInvitationRefusedError('There is no such active user.', 404);
      if (!(await meetings.inviteOnce(meetingId, invitation.userId, invitation.role)))
        throw new MeetingInvitationRefusedError('They are already invited to this meeting.', 409);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'meeting.invited',
        entityType: 'meeting',
        entityId: meetingId,
        meetingId,
        after: { ...invitation },
      });
    });
  }

  /** An administrator, or the meeting's own chair; the meeting in one of `statuses`. The same answer for a meeting that does not exist and one that is not yours. */
  private async mayInvite(
    meetings: MeetingsRepository,
    user: SessionUser,
    meetingId: string,
    statuses: readonly MeetingStatus[],
  ): Promise<void> {
    const meeting = await meetings.statusAndChair(meetingId, user.id);
    if (!meeting || (!meeting.chairing && !user.roles.includes('admin')))
      throw new MeetingInvitationRefusedError('There is no such meeting that you chair.', 404);
    if (!statuses.includes(meeting.status))
      throw new MeetingInvitationRefusedError(
        meeting.status === 'in_progress'
          ? 'The meeting is under way: its chair invites from the room.'
          : 'Nobody more can be invited to a meeting that is over.',
        409,
      );
  }
}
