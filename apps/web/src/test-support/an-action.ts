import type { ActionView } from '@convene/contracts';

/** An open action agreed at a Decision-Making Group, six days overdue: change what a test is about. */
export const anAction = (overrides: Partial<ActionView> = {}): ActionView => ({
  id: 'a1',
  what: 'Consult three settings',
  owner: {
    kind: 'person',
    userId: '3f0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
    displayName: 'Morgan Brightwater',
  },
  dueOn: '2026-12-01',
  status: 'open',
  standing: 'overdue',
  dueInWords: '6 days overdue',
  childId: 'c1',
  caseReference: 'EHC-26-0042',
  origin: {
    kind: 'meeting_item',
    meetingId: 'm1',
    meetingTitle: 'Decision-Making Group',
    itemId: 'i1',
    adviceId: null,
    sampleId: null,
  },
  createdBy: { id: 'u2', displayName: 'Ada Fairweather' },
  createdAt: '2026-11-20T10:00:00.000Z',
  closingNote: null,
  closedBy: null,
  closedAt: null,
  ...overrides,
});
