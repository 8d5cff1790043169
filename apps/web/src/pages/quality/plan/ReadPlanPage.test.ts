import type { EhcPlanInFull, EhcPlanSectionView, RedactedEhcPlan } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../../App.vue';
import ScoringPanel from '../../../components/room/ScoringPanel.vue';
import { createAppRouter } from '../../../router';
import { useRoomStore } from '../../../stores/room';
import { useSessionStore } from '../../../stores/session';
import { A_CHAIR, fakeApi, healthy, signedInAs, urlOf } from '../../../test-support/fake-api';
import { aQualityGroupMeeting, anItem, aUser } from '../../../test-support/quality-room';

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;
const ok = (body: unknown) => () => ({ status: 200, body });

const section = (letter: string, title: string, text: string | null): EhcPlanSectionView => ({
  section: letter.toLowerCase() as EhcPlanSectionView['section'],
  letter,
  title,
  text,
});
const REDACTED: RedactedEhcPlan = {
  caseReference: 'EHC-26-0007',
  sections: [
    section(
      'A',
      'The views, interests and aspirations of the child and their parents',
      '[the child] lives with mum, [parent], at [address].\n[the child] likes trains.',
    ),
    section('B', 'Special educational needs', '[the child] has a diagnosis of autism.'),
    section('C', 'Health needs related to their special educational needs', null),
  ],
  placeholders: ['[the child]', '[parent]'],
};
const FULL: EhcPlanInFull = {
  requestId: 'r1',
  childId: 'c1',
  caseReference: 'EHC-26-0007',
  child: { givenName: 'Amara', familyName: 'Wobbleton', dateOfBirth: '2016-05-04' },
  parentCarers: [{ name: 'Nadia Wobbleton', relationship: 'mum' }],
  settingName: 'Kestrel Way Primary School',
  finalIssuedOn: '2026-03-02',
  sections: [
    section('A', REDACTED.sections[0]!.title, 'Amara lives with mum, Nadia, at 14 Orchard Close.'),
    REDACTED.sections[1]!,
    REDACTED.sections[2]!,
  ],
};

async function open(path: string, roles: string[], api: Routes = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, fetch };
}

describe('reading a sampled plan', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows a parent reviewer the redacted plan from the room, section by section, with no choice to see names', async () => {
    const { wrapper, fetch } = await open('/meetings/m1/items/i1/plan?request=r1', ['parent_reviewer'], {
      'GET /api/meetings/m1/items/i1/plan': ok(REDACTED),
    });
    expect(wrapper.find('h1').text()).toBe('The plan for EHC-26-0007');
    expect(wrapper.find('.govuk-back-link').attributes('href')).toBe('/meetings/m1');
    expect(wrapper.find('input[name="plan-view"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('The case reference is the only identifier left.');
    expect(wrapper.findAll('#plan-section-a p').map((p) => p.text())).toEqual([
      '[the child] lives with mum, [parent], at [address].',
      '[the child] likes trains.',
    ]);
    expect(wrapper.find('#plan-section-c').text()).toContain('This plan has no section C.');
    expect(wrapper.findAll('#plan-contents li').map((li) => li.text())[2]).toBe(
      'Section C: Health needs related to their special educational needs (missing)',
    );
    expect(fetch.mock.calls.map(([path]) => urlOf(path))).not.toContain('/api/requests/r1/plan');
  });

  it('moves focus to the section chosen from the contents', async () => {
    const { wrapper } = await open('/meetings/m1/items/i1/plan?request=r1', ['parent_reviewer'], {
      'GET /api/meetings/m1/items/i1/plan': ok(REDACTED),
    });
    await wrapper.findAll('#plan-contents li a')[1]!.trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('plan-section-b');
  });

  it('lets a reviewer who may see names choose between the redacted plan and the plan in full', async () => {
    const { wrapper } = await open('/quality/dip-samples/s1/plans/r1', ['chair', 'qa_reviewer'], {
      'GET /api/quality/dip-samples/s1/plans/r1': ok(REDACTED),
      'GET /api/requests/r1/plan': ok(FULL),
    });
    expect(wrapper.find('.govuk-back-link').attributes('href')).toBe('/quality?sample=s1');
    expect((wrapper.find('#plan-view-redacted').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.text()).not.toContain('Amara');

    await wrapper.find('#plan-view-full').setValue(true);
    await flushPromises();
    expect(wrapper.find('.govuk-summary-list').text()).toContain('Amara Wobbleton, born 4 May 2016');
    expect(wrapper.find('.govuk-summary-list').text()).toContain('Nadia Wobbleton (mum)');
    expect(wrapper.find('#plan-section-a p').text()).toBe(
      'Amara lives with mum, Nadia, at 14 Orchard Close.',
    );
    expect(wrapper.find('#plan-status').text()).toBe('Showing the plan in full, with names.');

    await wrapper.find('#plan-view-redacted').setValue(true);
    await flushPromises();
    expect(wrapper.text()).not.toContain('Amara');
  });

  it('offers no full view to a quality reviewer who may not see names', async () => {
    const { wrapper } = await open('/quality/dip-samples/s1/plans/r1', ['qa_reviewer'], {
      'GET /api/quality/dip-samples/s1/plans/r1': ok(REDACTED),
    });
    expect(wrapper.find('h1').text()).toBe('The plan for EHC-26-0007');
    expect(wrapper.find('input[name="plan-view"]').exists()).toBe(false);
  });

  it('says so when the plan is not one the reader may read', async () => {
    const { wrapper } = await open('/meetings/m1/items/i9/plan', ['parent_reviewer']);
    expect(wrapper.find('[role="alert"]').text()).toContain('There is no plan here that you can read.');
    expect(wrapper.find('#plan-section-a').exists()).toBe(false);
  });
});

describe("the room's scoring panel", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('links a sampled plan to its redacted view, in a new tab so the reviewer stays in the room; an audited advice has no such link', async () => {
    setActivePinia(createPinia());
    fakeApi({ 'GET /api/quality/framework': ok([]) });
    const room = useRoomStore();
    room.snapshot = aQualityGroupMeeting('member', 'pat', [anItem()]);
    useSessionStore().user = aUser('pat', { roles: ['parent_reviewer'] });
    const plan = mount(ScoringPanel, { props: { item: anItem() } });
    await flushPromises();
    const link = plan.findAll('a').find((a) => a.text() === 'Read the plan (opens in new tab)')!;
    expect(link.attributes('href')).toBe('/meetings/m1/items/i1/plan?request=r1');
    expect(link.attributes('target')).toBe('_blank');
    const advice = mount(ScoringPanel, { props: { item: anItem({ kind: 'advice_audit' }) } });
    expect(advice.text()).not.toContain('Read the plan');
  });
});
