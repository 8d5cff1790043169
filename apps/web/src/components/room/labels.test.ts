import { describe, expect, it } from 'vitest';
import { itemName } from './labels';

describe('an item’s name in the room', () => {
  it('is its case reference, or says why the case is not shown to you', () => {
    expect(itemName({ caseReference: 'EHC-26-0042', forAnotherTeam: false })).toBe('EHC-26-0042');
    expect(itemName({ caseReference: null, forAnotherTeam: true })).toBe('An item for another team');
    expect(itemName({ caseReference: null, forAnotherTeam: false })).toBe('Restricted item');
  });
});
