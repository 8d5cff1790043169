import { describe, expect, it } from 'vitest';
import { exceptionCitation } from './statutory-exceptions.js';

describe('where the law allows an exception', () => {
  it('letters reg 10(4) as the Regulations do: closures (a) and (b), circumstances (c), absence (d)', () => {
    expect(exceptionCitation('10(4)', 'school_closure')).toBe('reg 10(4)(a)');
    expect(exceptionCitation('10(4)', 'early_years_closure')).toBe('reg 10(4)(b)');
    expect(exceptionCitation('10(4)', 'exceptional_circumstances')).toBe('reg 10(4)(c)');
    expect(exceptionCitation('10(4)', 'absent_from_area')).toBe('reg 10(4)(d)');
  });

  it('letters reg 8(2): circumstances (a), absence (b), a missed appointment (c)', () => {
    expect(exceptionCitation('8(2)', 'exceptional_circumstances')).toBe('reg 8(2)(a)');
    expect(exceptionCitation('8(2)', 'absent_from_area')).toBe('reg 8(2)(b)');
    expect(exceptionCitation('8(2)', 'missed_appointment')).toBe('reg 8(2)(c)');
  });

  it('cites the 2020 coronavirus easement by its instrument, under the regulation whose limit it eased', () => {
    expect(exceptionCitation('10(4)', 'coronavirus')).toBe('reg 10(4) as eased by SI 2020/471');
    expect(exceptionCitation('5(4)', 'coronavirus')).toBe('reg 5(4) as eased by SI 2020/471');
  });

  it('cites a kind its regulation does not allow by the regulation alone', () => {
    expect(exceptionCitation('8(2)', 'school_closure')).toBe('reg 8(2)');
  });
});
