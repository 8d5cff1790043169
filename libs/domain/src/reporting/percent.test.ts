import { describe, expect, it } from 'vitest';
import { percentOf } from './percent.js';

describe('a share as a percentage', () => {
  it('rounds to one decimal place, and is null with nothing to share', () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
  });
});
