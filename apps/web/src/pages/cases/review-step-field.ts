/** One field of a step of a review or a transfer: a date, a short text, a whole number, or a choice (radios or a select). */
export interface StepField {
  name: string;
  label: string;
  type: 'date' | 'text' | 'number' | 'radios' | 'select';
  options?: { value: string; label: string }[];
  optional?: boolean;
}
