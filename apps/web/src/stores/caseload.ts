import type { CaseSummary, LocalityView } from '@convene/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { listCases, listLocalities, type CaseFilters } from '../api/cases';

/** The caseload page's filters and the page of cases they select. */
export const useCaseloadStore = defineStore('caseload', () => {
  const filters = ref<CaseFilters>({ sort: 'urgency', page: 1, pageSize: 25 });
  const items = ref<CaseSummary[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const localities = ref<LocalityView[]>([]);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const page = await listCases(filters.value);
      items.value = page.items;
      total.value = page.total;
    } catch (e) {
      error.value = e instanceof Error ? e.message : 'The caseload could not be loaded.';
    } finally {
      loading.value = false;
    }
  }

  async function loadLocalities(): Promise<void> {
    if (localities.value.length === 0) localities.value = await listLocalities();
  }

  /** Applies new filters from the first page. */
  async function apply(next: CaseFilters): Promise<void> {
    filters.value = { ...filters.value, ...next, page: 1 };
    await load();
  }

  async function goToPage(page: number): Promise<void> {
    filters.value = { ...filters.value, page };
    await load();
  }

  return { filters, items, total, loading, error, localities, load, loadLocalities, apply, goToPage };
});
