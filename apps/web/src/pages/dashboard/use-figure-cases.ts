import type { FigureQuery } from '@convene/contracts';
import { computed, nextTick, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { figureCasesKey, figureFromCasesKey, sectionOf, type FigureSection } from './figure-cases';

/**
 * The figure whose cases are listed (`?cases=…` in the address), when it belongs to this section of the page.
 * When a reader chooses one, focus moves to its list (not on arrival, where the page starts at the top).
 */
export function useFigureCases(section: FigureSection) {
  const route = useRoute();
  const chosen = computed<FigureQuery | null>(() => {
    const figure = figureFromCasesKey(route.query.cases);
    return figure && sectionOf(figure) === section ? figure : null;
  });
  const list = ref<{ focus(): void } | null>(null);
  watch(
    () => (chosen.value ? figureCasesKey(chosen.value) : null),
    async (key) => {
      if (!key) return;
      await nextTick();
      list.value?.focus();
    },
  );
  return { chosen, list };
}
