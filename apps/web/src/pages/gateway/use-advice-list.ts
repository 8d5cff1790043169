import type { HealthAdviceView } from '@convene/contracts';
import { computed, nextTick, ref } from 'vue';
import { listAdvice, type AdviceState, type GatewaySlug } from '../../api/advice-gateways';
import { useResource } from '../../components/use-resource';

export type AdviceAction = 'chase' | 'rate' | 'return' | 'action';
export interface AdviceFilter {
  teamId?: string;
  state: AdviceState;
}

/** The id of a row's button for an action, so focus can go back to it when the action is done or cancelled. */
export const actionButtonId = (action: AdviceAction, adviceId: string) => `advice-${action}-${adviceId}`;

/**
 * A list of a gateway's requests for advice and the one being acted on (chased, rated, returned). The action's form
 * takes focus when it opens; when it closes focus goes back to the row's button, or to the list's status line
 * when that button is gone (a returned advice has no "Mark returned"). Loads `first` at once; `load` asks again.
 */
export function useAdviceList(gateway: GatewaySlug, first: AdviceFilter) {
  const filter = ref<AdviceFilter>(first);
  const list = useResource(() => listAdvice(gateway, filter.value), {
    source: filter,
    failure: 'Convene could not be reached. Try again.',
  });
  const rows = computed(() => list.data.value ?? []);
  /** What the list shows, and what was just done: read out by screen readers. */
  const status = ref('');
  const statusLine = ref<{ focus(): void } | null>(null);
  const acting = ref<{ action: AdviceAction; advice: HealthAdviceView } | null>(null);

  /** Applies a filter; the list is asked for again even when the filter is the same, as a person applying it expects. */
  function load(next: AdviceFilter): void {
    acting.value = null;
    filter.value = { ...next };
  }

  function open(action: AdviceAction, advice: HealthAdviceView): void {
    acting.value = { action, advice };
  }

  async function close(): Promise<void> {
    const was = acting.value;
    acting.value = null;
    await nextTick();
    const button = was ? document.getElementById(actionButtonId(was.action, was.advice.id)) : null;
    (button ?? statusLine.value)?.focus();
  }

  /** The server's answer replaces the row; the message says what happened. */
  async function done(updated: HealthAdviceView, message: string): Promise<void> {
    list.data.value = rows.value.map((row) => (row.id === updated.id ? updated : row));
    status.value = message;
    await close();
  }

  /** A request recorded by hand goes to the top of the list. */
  function add(recorded: HealthAdviceView): void {
    list.data.value = [recorded, ...rows.value.filter((row) => row.id !== recorded.id)];
  }

  return { list, rows, status, statusLine, acting, load, open, close, done, add };
}
