import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** The time now, as a reactive value refreshed every `everyMs` while the component is on screen. */
export function useNow(everyMs: number): Ref<number> {
  const now = ref(Date.now());
  let tick: ReturnType<typeof setInterval> | undefined;
  onMounted(() => (tick = setInterval(() => (now.value = Date.now()), everyMs)));
  onBeforeUnmount(() => clearInterval(tick));
  return now;
}
