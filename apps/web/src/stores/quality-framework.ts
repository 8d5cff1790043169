import type { QualityCriterionView } from '@convene/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getQualityFramework } from '../api/quality';

/** Criteria under their section, sections in the order of their first criterion. */
export interface FrameworkSection {
  name: string;
  criteria: QualityCriterionView[];
}

export function bySection(criteria: readonly QualityCriterionView[]): FrameworkSection[] {
  const sections = new Map<string, QualityCriterionView[]>();
  for (const criterion of [...criteria].sort((a, b) => a.position - b.position)) {
    sections.set(criterion.section, [...(sections.get(criterion.section) ?? []), criterion]);
  }
  return [...sections].map(([name, list]) => ({ name, criteria: list }));
}

/**
 * The council's quality framework: asked for once, however many sampled plans the room moves through, and
 * kept up to date by the administrators' page as they change it.
 */
export const useQualityFrameworkStore = defineStore('quality-framework', () => {
  const criteria = ref<QualityCriterionView[]>([]);
  const loaded = ref(false);
  const problem = ref<string | null>(null);
  let inFlight: Promise<void> | null = null;

  const active = computed(() =>
    criteria.value.filter((c) => c.active).sort((a, b) => a.position - b.position),
  );

  function load(again = false): Promise<void> {
    if (loaded.value && !again) return Promise.resolve();
    inFlight ??= getQualityFramework()
      .then((list) => {
        criteria.value = list;
        loaded.value = true;
        problem.value = null;
      })
      .catch((error: unknown) => {
        problem.value = error instanceof Error ? error.message : 'The quality framework could not be loaded.';
      })
      .finally(() => (inFlight = null));
    return inFlight;
  }

  /** A criterion as the API now has it, added or changed. */
  function put(criterion: QualityCriterionView): void {
    const at = criteria.value.findIndex((c) => c.id === criterion.id);
    criteria.value =
      at === -1 ? [...criteria.value, criterion] : criteria.value.map((c, i) => (i === at ? criterion : c));
  }

  return { criteria, loaded, problem, active, load, put };
});
