import { nextTick, onBeforeUnmount, onMounted, watch, type Ref, type WatchSource } from 'vue';

const FOCUSABLE =
  'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), a[href], [tabindex="-1"]';

/**
 * Keeps focus with a person who acts in a region whose controls change under their hand: the chair's *Open voting*
 * is replaced by *Close voting* once the room's answer arrives, a vote form goes when voting closes. When `source`
 * changes and the focus was in the region last, and is no longer, it goes to `target()` (by default the region's
 * first control) rather than falling to the top of the page. Nobody else's focus is moved.
 */
export function useFocusKept(
  region: Ref<HTMLElement | null>,
  source: WatchSource,
  target?: () => HTMLElement | null | undefined,
): void {
  let actingHere = false;
  const onFocusIn = (event: FocusEvent) => {
    actingHere = region.value?.contains(event.target as Node) ?? false;
  };
  onMounted(() => document.addEventListener('focusin', onFocusIn));
  onBeforeUnmount(() => document.removeEventListener('focusin', onFocusIn));

  watch(source, async () => {
    if (!actingHere) return;
    await nextTick();
    const active = document.activeElement;
    if (active && active !== document.body && region.value?.contains(active)) return;
    // Focus that went somewhere else on purpose (another region) is left alone.
    if (active && active !== document.body) return;
    const next = target?.() ?? region.value?.querySelector<HTMLElement>(FOCUSABLE);
    next?.focus();
  });
}
