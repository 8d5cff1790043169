import type { NotificationPreferences, NotificationView } from '@convene/contracts';
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_RULES } from '@convene/domain';
import { aScriptedSocket } from './scripted-meeting-socket';

export const aNotification = (overrides: Partial<NotificationView> = {}): NotificationView => ({
  id: 'n1',
  kind: 'voting_waiting',
  title: 'Voting is open on EHC-26-0042: Decision-Making Group, 9 December',
  subjectRef: 'EHC-26-0042',
  linkPath: '/meetings/m1',
  createdAt: '2026-12-07T09:15:00.000Z',
  readAt: null,
  ...overrides,
});

/** Everyone's settings before they choose: each kind as it is delivered by default, the digest at 07:30. */
export const defaultPreferences = (): NotificationPreferences => ({
  preferences: NOTIFICATION_KINDS.map((kind) => ({
    kind,
    delivery: NOTIFICATION_KIND_RULES[kind].defaultDelivery,
    mandatory: NOTIFICATION_KIND_RULES[kind].mandatory,
    label: NOTIFICATION_KIND_RULES[kind].label,
  })),
  digestTime: '07:30',
});

/** For `vi.mock('…/api/meeting-socket')` where a test does not play the server: a socket on which nothing happens. */
export const aQuietSocketModule = () => ({
  connectMeetingSocket: () =>
    aScriptedSocket({ handlers: new Map(), connects: 0, answer: () => ({ ok: true }) }),
});
