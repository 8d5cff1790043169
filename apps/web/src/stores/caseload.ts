import type { LocalityView } from '@convene/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { listLocalities, type CaseFilters } from '../api/cases';

/** The caseload page's filters, kept while the person visits a case and comes back; the page loads the cases they select. */
export const useCaseloadStore = defineStore('caseload', () => {
  const filters = ref<CaseFilters>({ sort: 'urgency', page: 1, pageSize: 25 });
  const localities = ref<LocalityView[]>([]);

  async function loadLocalities(): Promise<void> {
    if (localities.value.length === 0) localities.value = await listLocalities();
  }

  /** Applies new filters from the first page. */
  function apply(next: CaseFilters): void {
    filters.value = { ...filters.value, ...next, page: 1 };
  }

  function goToPage(page: number): void {
    filters.value = { ...filters.value, page };
  }

  return { filters, localities, loadLocalities, apply, goToPage };
});
