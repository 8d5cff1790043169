import { ref, watch, type Ref, type WatchSource } from 'vue';

/**
 * A list loaded again whenever `source` changes; an answer to an earlier request that arrives after a later one
 * is dropped, so the list always belongs to the figure now chosen. `rows` is null while loading.
 */
export function useLatestList<T>(source: WatchSource, load: () => Promise<T[]>, failure: () => string): { rows: Ref<T[] | null>; problem: Ref<string | null> } {
  const rows = ref<T[] | null>(null) as Ref<T[] | null>;
  const problem = ref<string | null>(null);
  let latest = 0;
  watch(
    source,
    async () => {
      const request = ++latest;
      rows.value = null;
      problem.value = null;
      try {
        const list = await load();
        if (request === latest) rows.value = list;
      } catch {
        if (request === latest) problem.value = failure();
      }
    },
    { immediate: true },
  );
  return { rows, problem };
}
