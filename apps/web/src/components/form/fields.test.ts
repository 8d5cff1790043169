import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import CheckboxField from './CheckboxField.vue';
import CheckboxesField from './CheckboxesField.vue';
import DateField from './DateField.vue';
import FieldGroup from './FieldGroup.vue';
import FileUploadField from './FileUploadField.vue';
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

  it('puts other attributes on the control itself, and a prefix and suffix beside it, hidden from screen readers', () => {
    const wrapper = mount(InputField, {
      props: { id: 'funding-total', label: 'Total a year', prefix: '£', suffix: 'a year', modelValue: '' },
      attrs: { maxlength: '12', name: 'total' },
    });
    const input = wrapper.get('input');
    expect([input.attributes('maxlength'), input.attributes('name')]).toEqual(['12', 'total']);
    expect(wrapper.attributes('maxlength')).toBeUndefined();
    expect(wrapper.findAll('[aria-hidden="true"]').map((a) => a.text())).toEqual(['£', 'a year']);
  });

  it('points a field at its group’s error as well as its own, and marks it in error for the group', () => {
    const group = mount(FieldGroup, {
      props: { id: 'funding-shares', legend: 'Each agency’s share', error: 'The shares do not add up' },
      slots: { default: '<p id="inside">a share</p>' },
    });
    expect(group.get('fieldset').attributes('aria-describedby')).toBe('funding-shares-error');
    expect(group.get('#funding-shares-error').text()).toBe('Error: The shares do not add up');
    expect(group.find('#inside').exists()).toBe(true);
    const share = mount(InputField, {
      props: {
        id: 'funding-share-health',
        label: 'Health',
        modelValue: '',
        describedBy: 'funding-shares-error',
        invalid: true,
      },
    });
    expect(share.get('input').attributes('aria-describedby')).toBe('funding-shares-error');
    expect(share.get('input').classes()).toContain('govuk-input--error');
  });

  it('reveals a radio’s follow-up question only while that radio is chosen, and gives a choice its hint', async () => {
    const radios = mount(RadiosField, {
      props: {
        id: 'draw-tier',
        legend: 'Who the sample is for',
        options: [
          {
            value: 'multiagency',
            label: 'The group’s meeting',
            hint: 'Goes on the agenda',
            id: 'tier-group',
          },
          { value: 'senior', label: 'Seniors' },
        ],
        modelValue: '',
        'onUpdate:modelValue': (value: string) => void radios.setProps({ modelValue: value }),
      },
      slots: { 'conditional-multiagency': '<p id="which-meeting">Which meeting?</p>' },
    });
    expect(radios.find('#which-meeting').exists()).toBe(false);
    expect(radios.get('#tier-group').attributes('aria-describedby')).toBe('tier-group-hint');
    expect(radios.get('#tier-group-hint').text()).toBe('Goes on the agenda');
    await radios.get('#tier-group').setValue(true);
    expect(radios.find('#which-meeting').exists()).toBe(true);
    await radios.get('#draw-tier-senior').setValue(true);
    expect(radios.find('#which-meeting').exists()).toBe(false);
  });

  it('ticks a lone checkbox on and off', async () => {
    const box = mount(CheckboxField, {
      props: { id: 'tracker-overdue', label: 'Overdue only', modelValue: false },
    });
    expect(box.get('label').attributes('for')).toBe('tracker-overdue');
    await box.get('input').setValue(true);
    expect(box.emitted('update:modelValue')).toEqual([[true]]);
  });

  it('gives the file chosen, and empties the control once the file is put back to none', async () => {
    const upload = mount(FileUploadField, {
      props: {
        id: 'return-file',
        label: 'Your advice',
        hint: 'A PDF',
        error: 'Choose the file',
        modelValue: null,
      },
      attrs: { accept: '.pdf' },
    });
    const input = upload.get('input');
    expect(input.attributes('accept')).toBe('.pdf');
    expect(input.attributes('aria-describedby')).toBe('return-file-hint return-file-error');
    expect(input.classes()).toContain('govuk-file-upload--error');
    const file = new File(['advice'], 'advice.pdf', { type: 'application/pdf' });
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    expect(upload.emitted('update:modelValue')).toEqual([[file]]);
    await upload.setProps({ modelValue: file });
    const cleared = vi.spyOn(input.element as HTMLInputElement, 'value', 'set');
    await upload.setProps({ modelValue: null });
    expect(cleared).toHaveBeenCalledWith('');
  });
});
