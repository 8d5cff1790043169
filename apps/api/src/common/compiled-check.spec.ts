import 'reflect-metadata';
import { MEETING_COMMANDS } from '@convene/contracts';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JoinMeetingDto } from '../meetings/dto/meeting-commands.dto.js';
import { registeredPanels } from '../panels/registered-panels.js';
import { compiledCheck, type DtoClass } from './compiled-check.js';

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
const passesClassValidator = async (instance: object) => (await validate(instance, OPTIONS)).length === 0;

const ENGINE = registeredPanels();

const SOCKET_DTOS: [string, DtoClass][] = [
  ['meeting.join', JoinMeetingDto],
  ...MEETING_COMMANDS.map((name): [string, DtoClass] => [name, ENGINE.command(name)!.dto]),
];

const A_UUID = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
/** Values any field may be sent: right and wrong types, empties, a uuid, a date. */
const GENERIC = [
  A_UUID,
  'not-a-uuid',
  '',
  'x',
  'bench-key-0001',
  0,
  1,
  -1,
  1.5,
  true,
  false,
  null,
  [],
  {},
  ['x'],
  [A_UUID],
  { a: 1 },
  '2026-11-24',
  'agree',
];

/** Values near a rule's own limits: lengths and bounds either side of each number, and each allowed value. */
function nearLimits(constraints: unknown[]): unknown[] {
  return constraints.flatMap((constraint) => {
    if (typeof constraint === 'number' && Number.isFinite(constraint)) {
      return [constraint - 1, constraint, constraint + 1].flatMap((n) =>
        n >= 0 && n <= 6000
          ? [n, 'é'.repeat(n), Array.from({ length: Math.min(n, 300) }, () => A_UUID)]
          : [n],
      );
    }
    if (Array.isArray(constraint)) return [...constraint, `${constraint[0]}-not`];
    return [];
  });
}

/**
 * For each property of a DTO, the candidate values class-validator accepts and those it refuses, each judged on its
 * own (the property's errors in an instance holding that value alone).
 */
async function candidatesOf(dto: DtoClass): Promise<Map<string, { valid: unknown[]; invalid: unknown[] }>> {
  const storage = getMetadataStorage();
  const grouped = storage.groupByPropertyName(
    storage.getTargetValidationMetadatas(dto, undefined as unknown as string, false, false),
  );
  const candidates = new Map<string, { valid: unknown[]; invalid: unknown[] }>();
  for (const [property, metadatas] of Object.entries(grouped)) {
    const values = [...GENERIC, ...nearLimits(metadatas.flatMap((m) => m.constraints ?? []))];
    const sorted = { valid: [] as unknown[], invalid: [] as unknown[] };
    for (const value of values) {
      const errors = await validate(plainToInstance(dto, { [property]: value }), OPTIONS);
      (errors.some((e) => e.property === property) ? sorted.invalid : sorted.valid).push(value);
    }
    candidates.set(property, sorted);
  }
  return candidates;
}

/** Mostly values the property accepts, some it refuses, some left out, and now and then a field no DTO has. */
function payloads(candidates: Map<string, { valid: unknown[]; invalid: unknown[] }>) {
  const OMIT = Symbol('omit');
  const fields = [...candidates].map(([property, { valid, invalid }]) =>
    fc
      .oneof(
        ...(valid.length ? [{ weight: 24, arbitrary: fc.constantFrom(...valid) }] : []),
        ...(invalid.length ? [{ weight: 2, arbitrary: fc.constantFrom(...invalid) }] : []),
        { weight: 1, arbitrary: fc.constant(OMIT) },
      )
      .map((value) => [property, value] as const),
  );
  return fc
    .tuple(
      fc.tuple(...fields),
      fc.oneof(
        { weight: 14, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('extra', 'meetingID', 'reason ') },
      ),
    )
    .map(([entries, extra]) => {
      const payload: Record<string, unknown> = Object.fromEntries(
        entries.filter(([, value]) => value !== OMIT),
      );
      if (extra) payload[extra] = 'x';
      return payload;
    });
}

describe('compiled check of a socket command', () => {
  it('compiles every command whose rules are flat, and leaves the one with nested shares to class-validator', () => {
    const fallsBack = SOCKET_DTOS.filter(([, dto]) => compiledCheck(dto) === null).map(([name]) => name);
    expect(fallsBack).toEqual(['funding.propose']);
  });

  it.each(SOCKET_DTOS.filter(([, dto]) => compiledCheck(dto) !== null))(
    '%s: gives class-validator’s verdict on generated payloads',
    async (_name, dto) => {
      const check = compiledCheck(dto)!;
      const candidates = await candidatesOf(dto);
      let accepted = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(payloads(candidates), async (payload) => {
          const instance = plainToInstance(dto, payload);
          const verdict = await passesClassValidator(instance);
          if (verdict) accepted++;
          else refused++;
          expect(check(instance)).toBe(verdict);
        }),
        { numRuns: 400 },
      );
      // Both verdicts were reached often enough for the comparison to mean something.
      expect(accepted).toBeGreaterThan(40);
      expect(refused).toBeGreaterThan(40);
    },
  );

  it('says no for an object that is not an instance of the DTO', () => {
    const check = compiledCheck(JoinMeetingDto)!;
    expect(check(plainToInstance(JoinMeetingDto, { meetingId: A_UUID }))).toBe(true);
    expect(check(Object.assign(Object.create(null) as object, { meetingId: A_UUID }))).toBe(false);
    expect(check({ meetingId: A_UUID })).toBe(false);
  });
});
