import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.js';

describe('where single sign-on returns to', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnTo('/meetings')).toBe('/meetings');
    expect(safeReturnTo('/cases?stage=received#top')).toBe('/cases?stage=received#top');
  });

  it('goes home when there is nowhere to return to', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('')).toBe('/');
    expect(safeReturnTo(['/meetings', '/cases'])).toBe('/');
    expect(safeReturnTo(`/${'a'.repeat(2000)}`)).toBe('/');
  });

  it.each([
    'https://evil.example/meetings',
    '//evil.example/meetings',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'meetings',
  ])('never sends anyone off the site: %j', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/../../meetings')).toBe('/meetings');
  });
});
