/** The checks a quality criterion's words and weight pass, the same as the API's, when adding or changing one. */
export type CriterionField = 'section' | 'text' | 'weight';

export function criterionProblems(values: {
  section: string;
  text: string;
  weight: string;
}): Partial<Record<CriterionField, string>> {
  const found: Partial<Record<CriterionField, string>> = {};
  const section = values.section.trim();
  const text = values.text.trim();
  if (!section) found.section = 'Enter the section the criterion belongs to';
  else if (section.length > 200) found.section = 'The section must be 200 characters or fewer';
  if (!text) found.text = 'Enter the words of the criterion';
  else if (text.length > 1000) found.text = 'The criterion must be 1,000 characters or fewer';
  if (!values.weight.trim()) found.weight = 'Enter the weight, from 1 to 10';
  else if (!/^\d+$/.test(values.weight.trim()) || Number(values.weight) < 1 || Number(values.weight) > 10)
    found.weight = 'The weight must be a whole number from 1 to 10';
  return found;
}
