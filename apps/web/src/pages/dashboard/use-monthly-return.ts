import { computed, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { getTimeliness, type TimelinessReport } from '../../api/dashboard';
import { useFormErrors } from '../../components/form-errors';
import { todayInEngland } from '../../format';
import { fieldsOf, figureFromKey, monthOf, monthProblems } from './monthly-return';

/**
 * The monthly return for the 12 months to a month: the month lives in the address (`?month=2026-03`, this month
 * if left out) so the return can be bookmarked or sent on, and so does the figure whose cases are listed
 * (`&figure=…`). The month picker's fields are checked before the API is asked. `enabled`: whether the reader may
 * see the figures at all (the API would refuse).
 */
export function useMonthlyReturn(routeName: string, enabled: boolean) {
  const route = useRoute();
  const router = useRouter();
  const fields = reactive({ month: '', year: '' });
  const report = ref<TimelinessReport | null>(null);
  const loading = ref(false);
  const { problem, errors, summary, hasErrors, summaryErrors, clear, show, fromApi } = useFormErrors({
    month: 'return-month',
    year: 'return-year',
  });

  const thisMonth = () => todayInEngland().slice(0, 7);
  const monthInAddress = () => (typeof route.query.month === 'string' ? route.query.month : thisMonth());
  const figure = computed(() => (route.name === routeName ? figureFromKey(route.query.figure) : null));

  let latest = 0;
  async function load(month: string): Promise<void> {
    // Any answer still on its way is for a month no longer asked for.
    const request = ++latest;
    Object.assign(fields, fieldsOf(month));
    clear();
    report.value = null;
    if (await show(monthProblems(fieldsOf(month), thisMonth()))) return;
    loading.value = true;
    try {
      const answer = await getTimeliness(month);
      if (request === latest) report.value = answer;
    } catch (error) {
      if (request === latest) await fromApi(error);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  async function submit(): Promise<void> {
    clear();
    if (await show(monthProblems(fields, thisMonth()))) return;
    const month = monthOf(fields);
    if (route.query.month === month) await load(month);
    // A new table: the cases of a figure in the old one are put away.
    else await router.push({ query: { month } });
  }

  // Runs on arrival and whenever the month in the address changes, including with the browser's back button;
  // opening a figure's cases changes only `figure`, so the table is not fetched again.
  watch(
    // Two sources, each compared on its own: one getter returning a new array would run on every change of the query.
    [() => route.name, () => route.query.month],
    () => {
      if (enabled && route.name === routeName) void load(monthInAddress());
    },
    { immediate: true },
  );

  return { fields, report, loading, figure, problem, errors, summary, hasErrors, summaryErrors, submit };
}
