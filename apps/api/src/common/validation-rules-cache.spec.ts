import 'reflect-metadata';
import { IsString, MaxLength, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { cacheValidationRules } from './validation-rules-cache.js';

cacheValidationRules();

/** Each refused field with the rules it broke. */
const failures = async (target: object) =>
  Object.fromEntries((await validate(target, { whitelist: true, forbidNonWhitelisted: true })).map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()]));

class ItemNote {
  @IsString()
  @MaxLength(10)
  note!: string;
}

describe('validation with each DTO’s rules looked up once', () => {
  it('checks every rule on every call, and refuses unknown fields, as before', async () => {
    const ok = Object.assign(new ItemNote(), { note: 'short' });
    expect(await failures(ok)).toEqual({});
    expect(await failures(Object.assign(new ItemNote(), { note: 'far too long a note' }))).toEqual({ note: ['maxLength'] });
    expect(await failures(Object.assign(new ItemNote(), { note: 42 }))).toEqual({ note: ['isString', 'maxLength'] });
    expect(await failures(Object.assign(new ItemNote(), { note: 'ok', extra: 1 }))).toEqual({ extra: ['whitelistValidation'] });
    // Asked again, the same answers: nothing of one call is kept into the next.
    expect(await failures(ok)).toEqual({});
  });

  it('applies a rule registered after the class was first validated', async () => {
    class Reason {
      @IsString()
      reason!: string;
    }
    const long = Object.assign(new Reason(), { reason: 'a reason of some length' });
    expect(await failures(long)).toEqual({});
    MaxLength(5)(Reason.prototype, 'reason');
    expect(await failures(long)).toEqual({ reason: ['maxLength'] });
  });

  it('gives a class defined later its parent’s rules and its own', async () => {
    expect(await failures(Object.assign(new ItemNote(), { note: 'short' }))).toEqual({});
    class ChairNote extends ItemNote {
      @IsString()
      chair!: string;
    }
    expect(await failures(Object.assign(new ChairNote(), { note: 'far too long a note', chair: 7 }))).toEqual({ note: ['maxLength'], chair: ['isString'] });
  });
});
