import { timeOnItem, type TimeOnItem } from '@convene/domain';
import { computed, type ComputedRef } from 'vue';
import { useNow } from './use-now';

/**
 * How the time on the item under discussion stands against its allowance, kept up to date while on screen: minutes
 * are enough, so it moves every 30 seconds. Null while no item is under way.
 */
export function useTimeOnItem(
  since: () => string | null,
  allowanceMinutes: () => number,
): ComputedRef<TimeOnItem | null> {
  const now = useNow(30_000);
  return computed(() => {
    const from = since();
    return from ? timeOnItem(new Date(from), allowanceMinutes(), new Date(now.value)) : null;
  });
}
