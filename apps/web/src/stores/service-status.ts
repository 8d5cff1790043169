import type { HealthResponse } from '@convene/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getJson } from '../api/http';

/** Whether Convene and its database are reachable, shown so nobody works on in a broken room. */
export const useServiceStatusStore = defineStore('service-status', () => {
  const health = ref<HealthResponse | null>(null);
  const unreachable = ref(false);
  const checkedAt = ref<Date | null>(null);

  const summary = computed(() => {
    if (unreachable.value) return 'Convene cannot be reached. Your changes may not be saved.';
    if (!health.value) return 'Checking the service…';
    return health.value.database === 'up'
      ? 'All systems working'
      : 'The database cannot be reached. Changes cannot be saved.';
  });
  const healthy = computed(() => !unreachable.value && health.value?.database === 'up');

  async function check(): Promise<void> {
    try {
      health.value = await getJson<HealthResponse>('/api/health');
      unreachable.value = false;
    } catch (error) {
      const body = (error as { body?: { statusCode?: number } }).body;
      // A 503 still carries the health body; anything else means we could not reach it.
      unreachable.value = body?.statusCode !== 503;
      health.value =
        body?.statusCode === 503
          ? { status: 'degraded', database: 'down', version: health.value?.version ?? '' }
          : null;
    } finally {
      checkedAt.value = new Date();
    }
  }

  return { health, unreachable, checkedAt, summary, healthy, check };
});
