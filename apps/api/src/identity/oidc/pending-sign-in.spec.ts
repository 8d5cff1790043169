import { describe, expect, it } from 'vitest';
import { PendingSignInSeal, type PendingSignIn } from './pending-sign-in.js';

const pending: PendingSignIn = {
  state: 's',
  nonce: 'n',
  codeVerifier: 'v',
  returnTo: '/meetings',
  expiresAt: Date.now() + 60_000,
};
const seal = new PendingSignInSeal('a client secret of some length');

describe('the sealed sign-in in progress', () => {
  it('opens what it sealed', () => {
    expect(seal.open(seal.seal(pending))).toEqual(pending);
  });

  it('hides the verifier and nonce from the browser', () => {
    const sealed = seal.seal({ ...pending, codeVerifier: 'VERIFIER-IN-THE-CLEAR' });
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('VERIFIER');
  });

  it('refuses a value changed by one character', () => {
    const sealed = seal.seal(pending);
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(seal.open(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`)).toBeNull();
  });

  it('refuses a value sealed with another client secret', () => {
    expect(new PendingSignInSeal('another client secret entirely').open(seal.seal(pending))).toBeNull();
  });

  it('refuses an expired sign-in, and nonsense', () => {
    expect(seal.open(seal.seal({ ...pending, expiresAt: Date.now() - 1 }))).toBeNull();
    expect(seal.open(undefined)).toBeNull();
    expect(seal.open('v1.')).toBeNull();
    expect(seal.open('not a cookie')).toBeNull();
  });
});
