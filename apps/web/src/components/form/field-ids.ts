/**
 * The ids a GOV.UK form field wires together once: its hint and error message, and the `aria-describedby` that
 * points its control at both, so a screen reader reads the label, then the hint, then what went wrong.
 */
export function fieldIds(id: string, hint: string | undefined, error: string | null | undefined) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/** What a field with one control hands to LabelledField, which wires its label, hint and error. */
export function labelledOf(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  labelClass?: string;
}) {
  const { id, label, hint, error, labelClass } = props;
  return { id, label, hint, error, labelClass };
}
