import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, unsafeInput } from './validation.js';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('the checks on input before class-transformer sees it', () => {
  it('lets any DTO-shaped body through', () => {
    expect(unsafeInput({ kind: 'dmg', request: { receivedOn: '2026-01-05' }, roles: ['chair'] })).toBeNull();
    expect(unsafeInput({ field: nested(MAX_INPUT_DEPTH - 1) })).toBeNull();
  });

  it('names the top-level field that nests too deeply, however deep it goes', () => {
    expect(unsafeInput({ ok: 1, request: { receivedOn: nested(MAX_INPUT_DEPTH) } })).toMatchObject({
      field: 'request',
    });
    expect(unsafeInput({ x: nested(500_000) })).toMatchObject({ field: 'x' });
    expect(unsafeInput(nested(100_000))).toMatchObject({ field: '0' });
  });

  it('refuses the keys class-transformer would drop without a word, at any depth', () => {
    expect(unsafeInput(JSON.parse('{"name":"x","__proto__":{"admin":true}}'))).toMatchObject({
      field: '__proto__',
    });
    expect(unsafeInput({ request: { constructor: { prototype: {} } } })).toMatchObject({
      field: 'request.constructor',
    });
    expect(unsafeInput({ hasOwnProperty: 1 })).toMatchObject({
      field: 'hasOwnProperty',
      messages: ['property hasOwnProperty should not exist'],
    });
    expect(unsafeInput({ prototype: { polluted: true } })).toMatchObject({ field: 'prototype' });
  });

  it('refuses U+0000 in any string, which PostgreSQL cannot store', () => {
    expect(unsafeInput({ givenName: 'Ada\u0000', request: { note: 'fine' } })).toMatchObject({
      field: 'givenName',
    });
    expect(unsafeInput({ roles: ['chair', 'x\u0000'] })).toMatchObject({ field: 'roles.1' });
    expect(unsafeInput({ givenName: 'Zoë 🙂' })).toBeNull();
  });

  it('refuses a lone surrogate, which is no character at all, and takes a pair', () => {
    expect(unsafeInput({ email: 'a\ud800@council.example' })).toMatchObject({
      field: 'email',
      messages: ['must be well-formed Unicode text'],
    });
    expect(unsafeInput({ note: '\udfffx' })).toMatchObject({ field: 'note' });
    expect(unsafeInput({ note: 'ends \ud83d' })).toMatchObject({ field: 'note' });
    expect(unsafeInput({ note: 'a pair \ud83d\ude42 is fine' })).toBeNull();
  });
});
