import { mount } from '@vue/test-utils';
import type { AdviceRequestView } from '@convene/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AdviceRequestsTable from './AdviceRequestsTable.vue';

const advice = (over: Partial<AdviceRequestView>): AdviceRequestView => ({
  id: Math.random().toString(36).slice(2),
  adviceKind: 'health',
  agency: null,
  requestedOn: '2026-10-01',
  dueOn: '2026-11-12',
  returnedOn: null,
  status: 'awaiting_triage',
  ...over,
});

describe("a request's advice on the case page", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows every agency's advice with its clock: which gateway it awaits, days left, overdue, returned late", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-10T12:00:00Z'));
    const wrapper = mount(AdviceRequestsTable, {
      props: {
        advice: [
          advice({ adviceKind: 'social_care', dueOn: '2026-11-12' }),
          advice({
            adviceKind: 'health',
            agency: { id: 'salt', name: 'Speech and language therapy' },
            status: 'with_team',
            dueOn: '2026-11-09',
          }),
          advice({
            adviceKind: 'educational_psychology',
            agency: { id: 'ep', name: 'EP service' },
            status: 'with_team',
            dueOn: '2026-11-11',
          }),
          advice({
            adviceKind: 'health',
            agency: { id: 'ot', name: 'Occupational therapy' },
            status: 'returned',
            dueOn: '2026-11-01',
            returnedOn: '2026-11-03',
          }),
        ],
      },
    });
    // Each cell's words, its parts (the status, its tag) read one after another as a screen reader reads them.
    const words = (cell: Element) =>
      [...cell.childNodes]
        .filter((node) => node.nodeType !== Node.COMMENT_NODE)
        .map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => words(td.element)));
    expect(rows).toEqual([
      [
        'Social care',
        'Not yet triaged',
        '12 November 2026',
        'Awaiting Social Care Gateway triage 2 days left',
      ],
      ['Health', 'Speech and language therapy', '9 November 2026', 'With the team Overdue by 1 day'],
      ['Educational psychology', 'EP service', '11 November 2026', 'With the team 1 day left'],
      ['Health', 'Occupational therapy', '1 November 2026', 'Returned on 3 November 2026 Late'],
    ]);
  });

  it('shows nothing when no advice has been asked for', () => {
    expect(
      mount(AdviceRequestsTable, { props: { advice: [] } })
        .find('table')
        .exists(),
    ).toBe(false);
  });
});
