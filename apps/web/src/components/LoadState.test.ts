import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import LoadState from './LoadState.vue';
import { useResource } from './use-resource';

/** A page that shows a list of meetings through LoadState, fed by `answers` in turn (an Error fails). */
function aPage(answers: (string[] | Error)[], loadingText?: string) {
  let call = 0;
  const settle: (() => void)[] = [];
  const Page = defineComponent({
    setup() {
      const meetings = useResource(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const answer = answers[call++]!;
            settle.push(() => (answer instanceof Error ? reject(answer) : resolve(answer)));
          }),
        { failure: 'Your meetings could not be loaded.' },
      );
      return () =>
        h(
          LoadState<string[]>,
          { resource: meetings, loadingText },
          {
            default: ({ data }: { data: string[] }) =>
              h(
                'ul',
                data.map((m) => h('li', m)),
              ),
          },
        );
    },
  });
  const wrapper = mount(Page, { attachTo: document.body });
  const answerNext = async () => {
    settle.shift()!();
    await flushPromises();
  };
  return { wrapper, answerNext };
}

describe('LoadState', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says it is loading, in a status live region, and shows no data yet', () => {
    const { wrapper } = aPage([['Decision-Making Group']], 'Loading your meetings…');
    expect(wrapper.find('[role="status"]').text()).toBe('Loading your meetings…');
    expect(wrapper.find('[role="status"]').attributes('aria-live')).toBe('polite');
    expect(wrapper.find('ul').exists()).toBe(false);
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
  });

  it('says “Loading…” when the page gives no words of its own', () => {
    const { wrapper } = aPage([['Decision-Making Group']]);
    expect(wrapper.find('[role="status"]').text()).toBe('Loading…');
  });

  it('shows the data once loaded, and the loading words go', async () => {
    const { wrapper, answerNext } = aPage([['Decision-Making Group', 'Quality panel']]);
    await answerNext();
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Decision-Making Group', 'Quality panel']);
    expect(wrapper.find('[role="status"]').text()).toBe('');
  });

  it('shows a failure as a GOV.UK error summary with a Try again button, and no data', async () => {
    const { wrapper, answerNext } = aPage([new TypeError('Failed to fetch')]);
    await answerNext();
    const summary = wrapper.find('.govuk-error-summary');
    expect(summary.find('[role="alert"]').exists()).toBe(true);
    expect(summary.find('.govuk-error-summary__title').text()).toBe('There is a problem');
    expect(summary.find('.govuk-error-summary__list').text()).toBe('Your meetings could not be loaded.');
    expect(wrapper.find('button').text()).toBe('Try again');
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Your meetings could not be loaded.']);
  });

  it('Try again asks once more and shows the data when it comes', async () => {
    const { wrapper, answerNext } = aPage(
      [new TypeError('Failed to fetch'), ['Decision-Making Group']],
      'Loading your meetings…',
    );
    await answerNext();
    await wrapper.find('button').trigger('click');
    expect(wrapper.find('[role="status"]').text()).toBe('Loading your meetings…');
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
    await answerNext();
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Decision-Making Group']);
  });
});
