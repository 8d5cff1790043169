import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import CharacterCountField from './CharacterCountField.vue';

describe('a GOV.UK textarea with a character count', () => {
  it('counts down what is left, then says how many too many without cutting off what was typed', async () => {
    vi.useFakeTimers();
    const field = mount(CharacterCountField, {
      props: { id: 'views', label: 'Your views', hint: 'Say which part', maxlength: 10, modelValue: '' },
    });
    const textarea = field.get('textarea');
    expect(textarea.attributes('aria-describedby')).toBe('views-hint views-info');
    expect(textarea.attributes('maxlength')).toBeUndefined();
    expect(field.get('#views-info').text()).toBe('You can write up to 10 characters');
    expect(field.get('[data-test="character-count"]').text()).toBe('You have 10 characters left');

    await field.setProps({ modelValue: 'Twelve chars' });
    const count = field.get('[data-test="character-count"]');
    expect(count.text()).toBe('You have 2 characters too many');
    expect(count.classes()).toContain('govuk-error-message');
    expect(textarea.classes()).toContain('govuk-textarea--error');
    // A screen reader hears the count once typing pauses, not at every key.
    const spoken = field.get('[aria-live="polite"]');
    expect(spoken.text()).toBe('You have 10 characters left');
    await vi.advanceTimersByTimeAsync(1000);
    expect(spoken.text()).toBe('You have 2 characters too many');
    vi.useRealTimers();
  });
});
