import type { AgendaItemKind, MeetingKind } from '@convene/domain';
import type { DataSource } from 'typeorm';
import { aCase } from './factories.js';

export interface TestMeeting {
  meetingId: string;
  itemIds: string[];
}

/** A meeting with its members and an agenda of cases, scheduled for today. */
export async function aMeeting(
  dataSource: DataSource,
  options: {
    kind?: MeetingKind;
    chair: string;
    members?: string[];
    presenters?: string[];
    observers?: string[];
    items?: { kind?: AgendaItemKind; restricted?: boolean; presenter?: string }[];
  },
): Promise<TestMeeting> {
  const [meeting] = await dataSource.query(
    `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ($1, 'Test panel', now(), now() + interval '3 hours') RETURNING id`,
    [options.kind ?? 'dmg'],
  );
  const members: [string, string][] = [
    [options.chair, 'chair'],
    ...(options.members ?? []).map((id): [string, string] => [id, 'member']),
    ...(options.presenters ?? []).map((id): [string, string] => [id, 'presenter']),
    ...(options.observers ?? []).map((id): [string, string] => [id, 'observer']),
  ];
  for (const [userId, role] of members) {
    await dataSource.query(`INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, $3)`, [
      meeting.id,
      userId,
      role,
    ]);
  }
  const itemIds: string[] = [];
  for (const [index, item] of (options.items ?? [{}]).entries()) {
    const { requestId } = await aCase(dataSource);
    const [row] = await dataSource.query(
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id, presenter_id, restricted) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        meeting.id,
        index + 1,
        item.kind ?? 'decision_to_assess',
        requestId,
        item.presenter ?? null,
        item.restricted ?? false,
      ],
    );
    itemIds.push(row.id);
  }
  return { meetingId: meeting.id, itemIds };
}
