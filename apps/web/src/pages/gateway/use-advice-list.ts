import type { HealthAdviceView } from '@convene/contracts';
import { nextTick, ref } from 'vue';
import { listHealthAdvice, type AdviceState } from '../../api/health-gateway';
import { ApiError } from '../../api/http';

export type AdviceAction = 'chase' | 'rate' | 'return';

/** The id of a row's button for an action, so focus can go back to it when the action is done or cancelled. */
export const actionButtonId = (action: AdviceAction, adviceId: string) => `advice-${action}-${adviceId}`;

/**
 * A list of requests for health advice and the one being acted on (chased, rated, returned). The action's form
 * takes focus when it opens; when it closes focus goes back to the row's button, or to the list's status line
 * when that button is gone (a returned advice has no "Mark returned").
 */
export function useAdviceList() {
  const rows = ref<HealthAdviceView[]>([]);
  const loading = ref(false);
  const problem = ref<string | null>(null);
  /** What the list shows, and what was just done: read out by screen readers. */
  const status = ref('');
  const statusLine = ref<{ focus(): void } | null>(null);
  const acting = ref<{ action: AdviceAction; advice: HealthAdviceView } | null>(null);

  let latest = 0;
  async function load(filter: { teamId?: string; state: AdviceState }): Promise<void> {
    const request = ++latest;
    loading.value = true;
    problem.value = null;
    acting.value = null;
    try {
      const answer = await listHealthAdvice(filter);
      if (request === latest) rows.value = answer;
    } catch (error) {
      if (request !== latest) return;
      rows.value = [];
      problem.value = error instanceof ApiError ? error.message : 'Convene could not be reached. Try again.';
    } finally {
      if (request === latest) loading.value = false;
    }
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
    rows.value = rows.value.map((row) => (row.id === updated.id ? updated : row));
    status.value = message;
    await close();
  }

  /** A request recorded by hand goes to the top of the list. */
  function add(recorded: HealthAdviceView): void {
    rows.value = [recorded, ...rows.value.filter((row) => row.id !== recorded.id)];
  }

  return { rows, loading, problem, status, statusLine, acting, load, open, close, done, add };
}
