// The fuzzer's payloads: wrong types, huge strings, deep nesting, unicode and lone surrogates, prototype keys, missing
// and unknown fields, real and made-up ids. Every choice is drawn from fast-check's seeded generator, so a seed, a
// target's place in the list and a batch's number give the same payloads on every run.
import fc from 'fast-check';

export const A_UUID = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
/** Ids the fuzzer has found in the demo council (meetings, cases, requests), filled in before any payload is drawn. */
export const realIds = [];

const aRealId = fc.nat().map((i) => (realIds.length ? realIds[i % realIds.length] : A_UUID));
const hugeString = fc
  .tuple(
    fc.constantFrom('x', 'é', '𝒳', '\u0000', '=', ' ', '\uD800'),
    fc.integer({ min: 1_000, max: 200_000 }),
  )
  .map(([c, n]) => c.repeat(n));
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates
  fc.constantFrom('', ' ', '\u0000', '=cmd|calc', '＝SUM(A1)', '../../etc/passwd', "'; DROP TABLE users; --"),
  fc.constantFrom('__proto__', 'constructor', 'prototype'),
  fc.constantFrom('2026-02-30', '2026-13-01', '9999-12-31', '0000-00-00', '2026-11-24T25:00:00Z'),
  fc.uuid(),
  fc.constant(A_UUID),
  aRealId,
);
const deep = fc.integer({ min: 10, max: 1_500 }).map((depth) => {
  let value = {};
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const anyValue = fc.oneof(
  { weight: 12, arbitrary: nasty },
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }) },
  { weight: 3, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 2, arbitrary: fc.array(nasty, { maxLength: 50 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => Array(n).fill(A_UUID)) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deep },
);

/**
 * A body for a target that validates `fields`: mostly an object with some of its own fields (each missing, wrong or
 * right by chance), three times in ten with up to three unknown ones from `otherFields` or made up; sometimes not an
 * object at all, or nothing.
 */
export const payloadFor = (fields, otherFields) =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          fc.record(Object.fromEntries(fields.map((f) => [f, anyValue])), { requiredKeys: [] }),
          fc.dictionary(
            fc.oneof(fc.constantFrom(...otherFields, '__proto__', 'constructor'), fc.string()),
            anyValue,
            { maxKeys: 3 },
          ),
          fc.integer({ min: 0, max: 9 }),
        )
        .map(([known, extra, roll]) => (roll < 3 ? { ...known, ...extra } : known)),
    },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** Route parameters: real ids, made-up uuids and short nasty strings. */
export const pathIds = (seed) =>
  fc.sample(
    fc.oneof(
      aRealId,
      fc.uuid(),
      nasty.filter((s) => typeof s === 'string' && s.length < 200),
    ),
    { numRuns: 1000, seed },
  );

/** One batch of a target's payloads, drawn lazily: a target's 100,000 are never all in memory at once. */
export const batchOf = (arbitrary, { seed, target, batch, size }) =>
  fc.sample(arbitrary, { numRuns: size, seed: (seed + target * 1_000_003 + batch * 7_919) % 2 ** 31 });
