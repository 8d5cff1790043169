import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EvidencePanel from './EvidencePanel.vue';

const aDocument = (id: string, mediaType: string, title: string) => ({
  id,
  childId: 'c1',
  requestId: null,
  kind: 'ep_advice',
  title,
  fileName: `${title}.pdf`,
  mediaType,
  sizeBytes: 250_000,
  sha256: 'x',
  uploadedAt: '2026-11-20T10:00:00.000Z',
  uploadedBy: { id: 'u', displayName: 'Hattie Quillfeather' },
  sentByFamily: null,
});

describe('the evidence on a case', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each document and opens a PDF in the viewer from its content address', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify([aDocument('e1', 'application/pdf', 'EP advice March')])),
        ),
      ),
    );
    const wrapper = mount(EvidencePanel, { props: { childId: 'c1', canUpload: false } });
    await flushPromises();
    expect(wrapper.find('tbody').text()).toContain('EP advice March');
    expect(wrapper.find('tbody').text()).toContain('Educational psychology advice');
    await wrapper.find('tbody button').trigger('click');
    expect(wrapper.find('iframe').attributes('src')).toBe('/api/evidence/e1/content');
    expect(wrapper.find('.app-viewer[role="region"]').attributes('aria-label')).toBe(
      'Viewing EP advice March',
    );
  });

  it('marks what the family sent themselves, with who sent it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(
            JSON.stringify([
              {
                ...aDocument('e3', 'application/pdf', 'The family’s views'),
                kind: 'parent_views',
                sentByFamily: { relationship: 'mum' },
              },
              aDocument('e4', 'application/pdf', 'EP advice'),
            ]),
          ),
        ),
      ),
    );
    const wrapper = mount(EvidencePanel, { props: { childId: 'c1', canUpload: false } });
    await flushPromises();
    const rows = wrapper.findAll('tbody tr');
    expect(rows[0]!.text()).toContain('Sent by the family (mum)');
    expect(rows[1]!.text()).not.toContain('Sent by the family');
  });

  it('offers Word documents for download only', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(
            JSON.stringify([
              aDocument(
                'e2',
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                'School report',
              ),
            ]),
          ),
        ),
      ),
    );
    const wrapper = mount(EvidencePanel, { props: { childId: 'c1', canUpload: false } });
    await flushPromises();
    expect(wrapper.find('tbody button').exists()).toBe(false);
    expect(wrapper.find('tbody a').attributes('href')).toBe('/api/evidence/e2/content');
  });

  it("shows the server's reason when an upload is refused", async () => {
    const fetch = vi.fn((_url: string, init?: RequestInit) =>
      Promise.resolve(
        init?.method === 'POST'
          ? new Response(
              JSON.stringify({
                statusCode: 415,
                code: 'unsupported_file_type',
                message: 'Only PDF, Word documents and images can be added.',
              }),
              { status: 415 },
            )
          : new Response('[]'),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(EvidencePanel, { props: { childId: 'c1', canUpload: true } });
    await flushPromises();
    await wrapper.find('#evidence-kind').setValue('parent_views');
    await wrapper.find('#evidence-title').setValue('Views');
    const input = wrapper.find('#evidence-file');
    Object.defineProperty(input.element, 'files', { value: [new File(['not a pdf'], 'views.pdf')] });
    await input.trigger('change');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('Only PDF, Word documents and images can be added.');
  });
});
