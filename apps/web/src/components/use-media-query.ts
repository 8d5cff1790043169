import { onBeforeUnmount, ref } from 'vue';

/** GOV.UK Frontend's tablet breakpoint: below it a page is laid out for a phone, as GOV.UK's own components are. */
export const TABLET_AND_WIDER = '(min-width: 40.0625em)';

/** Whether a CSS media query matches now, kept up to date as the window changes (false where there is no window). */
export function useMediaQuery(query: string) {
  const list = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const matches = ref(list?.matches ?? false);
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches);
  list?.addEventListener('change', update);
  onBeforeUnmount(() => list?.removeEventListener('change', update));
  return matches;
}
