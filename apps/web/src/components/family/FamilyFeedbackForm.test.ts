import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyFeedbackForm from './FamilyFeedbackForm.vue';

const answer = (status: number, body: unknown) =>
  vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));

describe("a family's feedback on how it is going", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the ratings from very good to very poor and asks for one before sending', async () => {
    const fetch = answer(201, {});
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(FamilyFeedbackForm, { props: { childId: 'c1' }, attachTo: document.body });
    expect(wrapper.findAll('.govuk-radios__label').map((l) => l.text())).toEqual([
      'Very good',
      'Good',
      'OK',
      'Poor',
      'Very poor',
    ]);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain('Choose how it went');
    expect(fetch).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('sends the rating with what went well, and thanks the family', async () => {
    const fetch = answer(201, { id: 'f1', rating: 4, sentAt: '2026-12-07T10:00:00.000Z' });
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(FamilyFeedbackForm, { props: { childId: 'c1' } });
    await wrapper.find('input[value="4"]').setValue(true);
    await wrapper.find('#feedback-went-well').setValue('They rang us back.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/family/children/c1/feedback');
    expect(JSON.parse(init.body as string)).toEqual({ rating: 4, wentWell: 'They rang us back.' });
    expect(wrapper.find('.govuk-panel__title').text()).toBe('Thank you for telling us');
  });

  it('says so when the family already sent feedback today', async () => {
    vi.stubGlobal(
      'fetch',
      answer(409, {
        statusCode: 409,
        code: 'feedback_already_sent_today',
        message: 'You have already sent us feedback about this child today. You can send more tomorrow.',
      }),
    );
    const wrapper = mount(FamilyFeedbackForm, { props: { childId: 'c1' }, attachTo: document.body });
    await wrapper.find('input[value="2"]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain('You can send more tomorrow.');
    expect(wrapper.find('.govuk-panel').exists()).toBe(false);
    wrapper.unmount();
  });
});
