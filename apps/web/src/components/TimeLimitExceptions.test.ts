import { mount } from '@vue/test-utils';
import type { StatutoryExceptionView } from '@convene/contracts';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../test-support/visible-text';
import TimeLimitExceptions from './TimeLimitExceptions.vue';

const exception = (view: Partial<StatutoryExceptionView>): StatutoryExceptionView => ({
  id: 'x1',
  regulation: '10(4)',
  kind: 'absent_from_area',
  startsOn: '2026-06-01',
  endsOn: '2026-06-28',
  adviceAskedOn: null,
  adviceRequestId: null,
  note: null,
  notAllowedBecause: null,
  ...view,
});

describe('the exceptions to a request’s time limits', () => {
  it('cites each by its regulation and paragraph, with its dates', () => {
    const text = visibleText(
      mount(TimeLimitExceptions, {
        props: {
          exceptions: [
            exception({}),
            exception({ id: 'x2', regulation: '5(4)', kind: 'exceptional_circumstances', endsOn: null }),
            exception({
              id: 'x3',
              kind: 'early_years_closure',
              startsOn: '2026-07-22',
              endsOn: '2026-09-02',
              adviceAskedOn: '2026-07-15',
            }),
          ],
        },
      }),
    );
    expect(text).toContain(
      'reg 10(4)(d): Absent from the area for 4 weeks or more, from 1 June 2026 to 28 June 2026',
    );
    expect(text).toContain('reg 5(4)(b): Exceptional personal circumstances, from 1 June 2026');
    expect(text).toContain(
      'reg 10(4)(b): Early years provider closed for 4 weeks or more, from 22 July 2026 to 2 September 2026, advice asked on 15 July 2026',
    );
  });

  it('says "Not allowed", and why, for an exception the clock does not allow, rather than counting it', () => {
    const text = visibleText(
      mount(TimeLimitExceptions, {
        props: {
          exceptions: [
            exception({}),
            exception({
              id: 'x2',
              endsOn: '2026-06-27',
              notAllowedBecause:
                '27 days from 1 June 2026 to 27 June 2026 is less than the 4 continuous weeks reg 10(4)(d) needs.',
            }),
          ],
        },
      }),
    );
    expect(text).toContain(
      'Not allowed reg 10(4)(d): Absent from the area for 4 weeks or more, from 1 June 2026 to 27 June 2026 ' +
        'Not counted as an exception: 27 days from 1 June 2026 to 27 June 2026 is less than the 4 continuous weeks reg 10(4)(d) needs.',
    );
    // The one the clock allows carries no such words.
    expect(text.match(/Not allowed/g)).toHaveLength(1);
  });

  it('shows nothing when there are none', () => {
    expect(mount(TimeLimitExceptions, { props: { exceptions: [] } }).text()).toBe('');
  });
});
