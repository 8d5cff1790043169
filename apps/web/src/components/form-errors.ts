import type { CommandRejection, FieldError } from '@convene/contracts';
import { computed, nextTick, ref, type Ref } from 'vue';
import { ApiError } from '../api/http';

/**
 * A form's problems, GOV.UK style: a message against each field at fault, the same in an error summary that
 * takes focus. `fieldIds` gives each field's input id (the summary links to it); `serverNames` maps the names
 * the API or a command acknowledgement uses for fields (`requestId`) to the form's own (`reference`).
 */
export function useFormErrors<F extends string>(
  fieldIds: Record<F, string>,
  serverNames: Record<string, NoInfer<F>> = {},
) {
  const problem = ref<string | null>(null);
  const errors: Ref<Partial<Record<F, string>>> = ref({});
  /** The ErrorSummary component, given focus when problems are shown. */
  const summary = ref<{ focus(): void } | null>(null);

  const fields = Object.keys(fieldIds) as F[];
  const hasErrors = computed(() => problem.value !== null || fields.some((f) => errors.value[f]));
  const summaryErrors = computed(() =>
    fields.filter((f) => errors.value[f]).map((f) => ({ fieldId: fieldIds[f], message: errors.value[f]! })),
  );
  /** For an input's aria-describedby and its error message's id. */
  const errorId = (field: F) => `${fieldIds[field]}-error`;

  function clear(): void {
    problem.value = null;
    errors.value = {};
  }

  async function show(
    fieldErrors: Partial<Record<F, string>>,
    message: string | null = null,
  ): Promise<boolean> {
    errors.value = fieldErrors;
    problem.value = message;
    if (!hasErrors.value) return false;
    await nextTick();
    summary.value?.focus();
    return true;
  }

  // `criteria.describes_needs` is the criteria field's problem.
  const nameOf = (field: string): F | undefined =>
    serverNames[field] ?? (fields.includes(field as F) ? (field as F) : undefined);

  function fromFields(list: FieldError[] | undefined, message: string): Promise<boolean> {
    const known: Partial<Record<F, string>> = {};
    let unplaced = false;
    for (const { field, messages } of list ?? []) {
      const name = nameOf(field) ?? nameOf(field.split('.')[0]!);
      if (name && !known[name]) known[name] = messages[0] ?? message;
      else if (!name) unplaced = true;
    }
    return show(known, Object.keys(known).length && !unplaced ? null : message);
  }

  /** Shows why the API refused: against the fields it names, else its message. */
  function fromApi(error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError)) return show({}, 'Convene could not be reached. Try again.');
    // Typed as a string, but a bare Nest exception can carry a list of reasons.
    const message: unknown = error.body.message;
    return fromFields(error.body.fields, Array.isArray(message) ? message.join('. ') : String(message));
  }

  /** Shows why the room refused a command. */
  const fromAck = (rejection: CommandRejection) => fromFields(rejection.fields, rejection.message);

  /** True while a submission is out: the form's button is disabled, so it is not sent twice. */
  const busy = ref(false);
  /** Sends the form: its answer, or undefined when the API refused (shown against the fields, as `fromApi`). */
  async function submit<T>(send: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    try {
      return await send();
    } catch (error) {
      await fromApi(error);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  return {
    problem,
    errors,
    summary,
    hasErrors,
    summaryErrors,
    errorId,
    busy,
    clear,
    show,
    fromApi,
    fromAck,
    submit,
  };
}
