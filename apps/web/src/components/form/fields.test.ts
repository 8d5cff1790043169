import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import CheckboxesField from './CheckboxesField.vue';
import DateField from './DateField.vue';
import InputField from './InputField.vue';
import RadiosField from './RadiosField.vue';
import SelectField from './SelectField.vue';
import TextareaField from './TextareaField.vue';

describe('a GOV.UK form field', () => {
  it('reads its label, then its hint, then what went wrong, and marks the field in error', () => {
    const wrapper = mount(TextareaField, {
      props: {
        id: 'vote-reason',
        label: 'Reason (required)',
        hint: 'Say why',
        error: 'Enter the reason for your vote',
        modelValue: '',
      },
    });
    const textarea = wrapper.find('textarea');
    expect(wrapper.find('label').attributes('for')).toBe('vote-reason');
    expect(textarea.attributes('aria-describedby')).toBe('vote-reason-hint vote-reason-error');
    expect(wrapper.find('#vote-reason-error').text()).toBe('Error: Enter the reason for your vote');
    expect(wrapper.classes()).toContain('govuk-form-group--error');
    expect(textarea.classes()).toContain('govuk-textarea--error');
  });

  it('describes a field by nothing when it has no hint and no error', () => {
    const wrapper = mount(InputField, {
      props: { id: 'add-case-reference', label: 'Case reference', modelValue: '' },
    });
    expect(wrapper.find('input').attributes('aria-describedby')).toBeUndefined();
    expect(wrapper.find('.govuk-error-message').exists()).toBe(false);
  });

  it('gives radios and checkboxes one legend and error, the first choice taking the field id for the error summary to link to', async () => {
    const radios = mount(RadiosField, {
      props: {
        id: 'vote-choice',
        legend: 'Your vote',
        options: [
          { value: 'agree', label: 'Agree' },
          { value: 'refuse', label: 'Refuse' },
        ],
        error: 'Choose your vote',
        modelValue: '',
      },
    });
    expect(radios.findAll('input').map((i) => i.attributes('id'))).toEqual([
      'vote-choice',
      'vote-choice-refuse',
    ]);
    expect(radios.find('fieldset').attributes('aria-describedby')).toBe('vote-choice-error');
    await radios.findAll('input')[1]!.setValue(true);
    expect(radios.emitted('update:modelValue')).toEqual([['refuse']]);

    const boxes = mount(CheckboxesField, {
      props: {
        id: 'triage-teams',
        legend: 'Teams',
        options: [
          { value: 't1', label: 'SALT' },
          { value: 't2', label: 'OT' },
        ],
        modelValue: [] as string[],
      },
    });
    await boxes.findAll('input')[1]!.setValue(true);
    expect(boxes.emitted('update:modelValue')).toEqual([[['t2']]]);
  });

  it('offers a select’s placeholder without letting it be chosen', () => {
    const wrapper = mount(SelectField, {
      props: {
        id: 'outcome',
        label: 'Decision',
        options: [{ value: 'agree', label: 'Agree' }],
        placeholder: 'Choose the decision',
        modelValue: '',
      },
    });
    expect(wrapper.findAll('option').map((o) => [o.text(), o.attributes('disabled') !== undefined])).toEqual([
      ['Choose the decision', true],
      ['Agree', false],
    ]);
  });

  it('keeps a date’s parts in one group, each with its own label, and marks only the parts at fault', async () => {
    const wrapper = mount(DateField, {
      props: {
        id: 'return-month',
        legend: 'Month',
        parts: ['month', 'year'],
        partIds: { year: 'return-year' },
        error: 'The month must be a number from 1 to 12',
        errorParts: ['month'],
        modelValue: { month: '13', year: '2026' },
      },
    });
    expect(
      wrapper.findAll('input').map((i) => [i.attributes('id'), i.classes().includes('govuk-input--error')]),
    ).toEqual([
      ['return-month', true],
      ['return-year', false],
    ]);
    await wrapper.find('#return-year').setValue('2025');
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ month: '13', year: '2025' }]]);
  });
});
