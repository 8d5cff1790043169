import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { sentJson, urlOf } from '../../test-support/fake-api';
import Sen2DetailsPanel from './Sen2DetailsPanel.vue';

const DETAILS = {
  upn: null,
  uln: null,
  upnUnknown: null,
  sex: 'F',
  ethnicity: null,
  postcode: 'NE1 4ST',
  senType: 'ASD',
  secondSenType: null,
  plan: { requestId: 'r1', finalIssuedOn: '2026-06-20', ceasedOn: null, ceaseReason: null },
  placements: [],
};

async function mountAt(hash: string, answers: ((url: string, init?: RequestInit) => Response)[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: urlOf(input), init });
      return Promise.resolve(answers[Math.min(calls.length, answers.length) - 1]!(urlOf(input), init));
    }),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/cases/:childId', component: { template: '<div />' } }],
  });
  await router.push(`/cases/c1${hash}`);
  await router.isReady();
  const wrapper = mount(Sen2DetailsPanel, {
    props: { childId: 'c1', canChange: true },
    global: { plugins: [router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, calls };
}
const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status });

describe('the SEN2 return details on a case', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows what is not recorded yet, and opens the form the validation report links to', async () => {
    const { wrapper } = await mountAt('#sen2-return-details', [json(DETAILS)]);
    const rows = wrapper
      .findAll('.govuk-summary-list__row')
      .map((r) => [r.find('dt').text(), r.find('dd').text()]);
    expect(rows).toContainEqual(['UPN', 'Not recorded']);
    expect(rows).toContainEqual(['Ethnicity', 'Not recorded']);
    expect(rows).toContainEqual(['Primary type of need', 'Autistic spectrum disorder']);
    expect(rows).toContainEqual(['Plan ceased', 'No, the plan is maintained']);
    expect(wrapper.find('#sen2-upn').exists()).toBe(true);
    expect(document.activeElement?.id).toBe('sen2-return-details');
    wrapper.unmount();
  });

  it('sends the corrected details, and shows the API’s refusal against the field', async () => {
    const { wrapper, calls } = await mountAt('', [
      json(DETAILS),
      json(
        {
          statusCode: 422,
          code: 'invalid_return_detail',
          message: 'x',
          fields: [{ field: 'upn', messages: ['That is not a valid UPN'] }],
        },
        422,
      ),
      json({ ...DETAILS, upn: 'L201234567890', ethnicity: 'WBRI' }),
    ]);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Change the return details')!
      .trigger('click');
    await wrapper.find('#sen2-upn').setValue('A201234567890');
    await wrapper.find('#sen2-ethnicity').setValue('WBRI');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#sen2-upn-error').text()).toContain('That is not a valid UPN');

    await wrapper.find('#sen2-upn').setValue('L201234567890');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const sent = calls[2]!;
    expect(sent.url).toBe('/api/cases/c1/return-details');
    expect(sent.init?.method).toBe('PATCH');
    expect(sentJson(sent.init)).toMatchObject({
      upn: 'L201234567890',
      upnUnknown: null,
      ethnicity: 'WBRI',
      sex: 'F',
      planCeasedOn: null,
      planCeaseReason: null,
    });
    expect(wrapper.find('[role="status"]').text()).toBe('The return details are saved.');
    expect(wrapper.text()).toContain('L201234567890');
    wrapper.unmount();
  });

  it('records a placement with its URN and start day', async () => {
    const { wrapper, calls } = await mountAt('#sen2-placements', [
      json(DETAILS),
      json({
        ...DETAILS,
        placements: [
          {
            id: 'p1',
            establishmentName: 'Riverside Primary',
            urn: '123456',
            ukprn: null,
            senSetting: null,
            senSettingOther: null,
            rank: 1,
            entryDate: '2025-09-01',
            leavingDate: null,
            senUnit: false,
            resourcedProvision: false,
          },
        ],
      }),
    ]);
    expect(wrapper.text()).toContain('No placement is recorded.');
    await wrapper.find('#placement-name').setValue('Riverside Primary');
    await wrapper.find('#placement-urn').setValue('123456');
    await wrapper.find('#placement-entry').setValue('1');
    await wrapper.find('#placement-entry-month').setValue('9');
    await wrapper.find('#placement-entry-year').setValue('2025');
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    await flushPromises();
    expect(calls[1]!.url).toBe('/api/cases/c1/placements');
    expect(sentJson(calls[1]!.init)).toEqual({
      establishmentName: 'Riverside Primary',
      urn: '123456',
      rank: 1,
      entryDate: '2025-09-01',
      senUnit: false,
      resourcedProvision: false,
    });
    expect(wrapper.text()).toContain('URN 123456');
    expect(wrapper.text()).toContain('Main placement');
    wrapper.unmount();
  });
});
