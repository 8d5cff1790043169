import { describe, expect, it } from 'vitest';
import { signInEmailFrom } from './sign-in-email.js';

const entra = { acceptPreferredUsername: true };
const other = { acceptPreferredUsername: false };

describe('the email address single sign-on matches a user by', () => {
  it('takes the email claim, lower-cased as users are stored', () => {
    expect(signInEmailFrom({ email: ' Chair@Northdale.Gov.UK ', email_verified: true }, other)).toEqual({
      email: 'chair@northdale.gov.uk',
    });
  });

  it('accepts an email claim without email_verified, as Entra sends it', () => {
    expect(signInEmailFrom({ email: 'chair@northdale.gov.uk' }, entra)).toEqual({
      email: 'chair@northdale.gov.uk',
    });
  });

  it('refuses an address the provider says is not verified', () => {
    expect(signInEmailFrom({ email: 'chair@northdale.gov.uk', email_verified: false }, entra)).toEqual({
      refused: 'email_unverified',
    });
    expect(signInEmailFrom({ email: 'chair@northdale.gov.uk', email_verified: 'false' }, entra)).toEqual({
      refused: 'email_unverified',
    });
  });

  it("falls back to Entra's preferred_username when there is no email claim", () => {
    expect(signInEmailFrom({ preferred_username: 'Chair@Northdale.gov.uk' }, entra)).toEqual({
      email: 'chair@northdale.gov.uk',
    });
  });

  it('never trusts preferred_username from other providers, where people choose it', () => {
    expect(signInEmailFrom({ preferred_username: 'chair@northdale.gov.uk' }, other)).toEqual({
      refused: 'no_email',
    });
  });

  it('refuses a claim that is not an email address', () => {
    expect(signInEmailFrom({ email: 'chair' }, other)).toEqual({ refused: 'no_email' });
    expect(signInEmailFrom({ preferred_username: 'NORTHDALE\\chair' }, entra)).toEqual({
      refused: 'no_email',
    });
    expect(signInEmailFrom({}, entra)).toEqual({ refused: 'no_email' });
  });
});
