import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as cases from '../../api/cases';
import { ApiError } from '../../api/http';
import { viewTestAt } from '../../test-support/viewport';
import CaseImportPage from './CaseImportPage.vue';

function thePage() {
  return mount(CaseImportPage, { global: { stubs: { AdminNav: true } }, attachTo: document.body });
}
async function choose(wrapper: ReturnType<typeof thePage>, file: File) {
  const input = wrapper.get('#import-file');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}
const CSV = new File(['case_reference\n'], 'open-cases.csv', { type: 'text/csv' });

describe('importing the council’s open cases', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    viewTestAt(1024, 768);
  });

  it('asks for a file before sending anything', async () => {
    const upload = vi.spyOn(cases, 'importCases');
    const wrapper = thePage();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.govuk-error-summary__list a').text()).toBe('Select the CSV file to import');
    expect(upload).not.toHaveBeenCalled();
  });

  it('says what was imported, and lists each row not imported with what to fix', async () => {
    const upload = vi.spyOn(cases, 'importCases').mockResolvedValue({
      counts: { rows: 3, created: 2, updated: 0, unchanged: 0, rejected: 1 },
      rejectedRows: [
        {
          line: 4,
          caseReference: 'EHC-20-0003',
          field: 'locality_code',
          reason: "locality_code 'nowhere' is not one of: northdale",
        },
      ],
      ignoredColumns: [],
    });
    const wrapper = thePage();
    await choose(wrapper, CSV);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(upload).toHaveBeenCalledWith(CSV);
    const counts = wrapper
      .findAll('.govuk-summary-list__row')
      .map((r) => `${r.get('dt').text()}: ${r.get('dd').text()}`);
    expect(counts).toEqual([
      'Rows in the file: 3',
      'New cases: 2',
      'Cases brought up to date: 0',
      'Cases already as in the file: 0',
      'Rows not imported: 1',
    ]);
    expect(wrapper.findAll('tbody td').map((td) => td.text())).toEqual([
      '4',
      'EHC-20-0003',
      'locality_code',
      "locality_code 'nowhere' is not one of: northdale",
    ]);
  });

  it('shows why a whole file is refused', async () => {
    vi.spyOn(cases, 'importCases').mockRejectedValue(
      new ApiError({
        statusCode: 400,
        code: 'import_file_not_csv',
        message: 'The file is not a CSV file.',
      }),
    );
    const wrapper = thePage();
    await choose(wrapper, CSV);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.govuk-error-summary').text()).toContain('The file is not a CSV file.');
  });

  it('lists each row to fix in full on a phone', async () => {
    viewTestAt(390, 844);
    vi.spyOn(cases, 'importCases').mockResolvedValue({
      counts: { rows: 1, created: 0, updated: 0, unchanged: 0, rejected: 1 },
      rejectedRows: [
        { line: 2, caseReference: 'EHC-20-0009', field: 'given_name', reason: 'given_name is required' },
      ],
      ignoredColumns: [],
    });
    const wrapper = thePage();
    await choose(wrapper, CSV);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.get('ul.govuk-list--bullet li').text().replace(/\s+/g, ' ')).toBe(
      'Line 2 (EHC-20-0009), given_name: given_name is required',
    );
  });
});
