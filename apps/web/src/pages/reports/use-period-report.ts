import { computed, nextTick, reactive, ref, watch, type Ref } from 'vue';
import { useRoute, useRouter, type LocationQueryValue } from 'vue-router';
import { ApiError } from '../../api/http';
import type { ReportPeriod } from '../../api/reports';
import { isCalendarDate } from '@convene/domain';
import { lastTwelveCompleteMonths } from './report-period';

export type PeriodField = keyof ReportPeriod;

export const PERIOD_FIELDS = [
  { name: 'from', label: 'From' },
  { name: 'to', label: 'To' },
] as const;

const MISSING: Record<PeriodField, string> = {
  from: 'Enter the first day of the period',
  to: 'Enter the last day of the period',
};
const NOT_A_DATE: Record<PeriodField, string> = {
  from: 'The first day of the period must be a real date',
  to: 'The last day of the period must be a real date',
};

function problemsWith(period: ReportPeriod): Partial<Record<PeriodField, string>> {
  const errors: Partial<Record<PeriodField, string>> = {};
  for (const { name } of PERIOD_FIELDS) {
    if (!period[name]) errors[name] = MISSING[name];
    else if (!isCalendarDate(period[name])) errors[name] = NOT_A_DATE[name];
  }
  if (!errors.from && !errors.to && period.from > period.to)
    errors.to = 'The last day of the period must be the same as or after the first day';
  return errors;
}

/**
 * A report for a period of whole days: the period lives in the address (so a report can be bookmarked or sent to
 * a colleague), defaults to the last 12 whole months, is checked before the API is asked, and the API's refusal is
 * explained against the date it could not read. `fieldId` names the date inputs, for the error summary's links.
 */
export function usePeriodReport<T>(options: {
  routeName: string;
  fieldId: (field: PeriodField) => string;
  fetch: (period: ReportPeriod) => Promise<T>;
}) {
  const route = useRoute();
  const router = useRouter();

  const form = reactive<ReportPeriod>({ from: '', to: '' });
  const report = ref<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const problem = ref<string | null>(null);
  const fieldErrors = ref<Partial<Record<PeriodField, string>>>({});
  /** The error summary (an element or a component with `focus()`), given focus when there are problems. */
  const summary = ref<{ focus(): void } | null>(null);

  const hasErrors = computed(() => problem.value !== null || Object.keys(fieldErrors.value).length > 0);
  const summaryErrors = computed(() =>
    PERIOD_FIELDS.filter(({ name }) => fieldErrors.value[name]).map(({ name }) => ({
      fieldId: options.fieldId(name),
      message: fieldErrors.value[name]!,
    })),
  );

  function periodInAddress(): ReportPeriod {
    const single = (value: LocationQueryValue | LocationQueryValue[] | undefined) =>
      typeof value === 'string' ? value : undefined;
    const standard = lastTwelveCompleteMonths();
    return { from: single(route.query.from) ?? standard.from, to: single(route.query.to) ?? standard.to };
  }

  /** What to tell the reader when the API refuses: a date it could not read against that field, else its message. */
  function explain(error: unknown): void {
    if (!(error instanceof ApiError)) {
      problem.value = 'Convene could not be reached. Try again.';
      return;
    }
    const dates = (error.body.fields ?? [])
      .map((f) => f.field)
      .filter((field): field is PeriodField => field === 'from' || field === 'to');
    if (dates.length) {
      fieldErrors.value = Object.fromEntries(dates.map((field) => [field, NOT_A_DATE[field]]));
      return;
    }
    // Typed as a string, but a bare Nest exception can carry a list of reasons: show each one.
    const message: unknown = error.body.message;
    problem.value = Array.isArray(message) ? message.join('. ') : String(message);
  }

  async function showProblems(): Promise<void> {
    // GOV.UK pattern: move focus to the error summary so it is read out first.
    await nextTick();
    summary.value?.focus();
  }

  let latest = 0;
  async function load(period: ReportPeriod): Promise<void> {
    // Any answer still on its way is for a period no longer asked for.
    const request = ++latest;
    Object.assign(form, period);
    problem.value = null;
    fieldErrors.value = problemsWith(period);
    report.value = null;
    loading.value = !hasErrors.value;
    if (hasErrors.value) return showProblems();
    try {
      const answer = await options.fetch(period);
      if (request === latest) report.value = answer;
    } catch (error) {
      if (request !== latest) return;
      explain(error);
      await showProblems();
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  async function submit(): Promise<void> {
    const period = { from: form.from, to: form.to };
    problem.value = null;
    fieldErrors.value = problemsWith(period);
    if (hasErrors.value) return showProblems();
    const current = periodInAddress();
    if (current.from === period.from && current.to === period.to && route.query.from && route.query.to)
      await load(period);
    else await router.push({ query: { ...route.query, ...period } });
  }

  // Runs on arrival and whenever the address changes, including the browser's back button.
  watch(
    () => [route.name, route.query.from, route.query.to],
    () => {
      if (route.name === options.routeName) void load(periodInAddress());
    },
    { immediate: true },
  );

  return { form, report, loading, problem, fieldErrors, hasErrors, summaryErrors, summary, submit };
}
