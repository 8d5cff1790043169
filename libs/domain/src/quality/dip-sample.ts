import { SeededRandom } from '../random/seeded-random.js';

export interface SampleablePlan {
  id: string;
  /** The stratum: the plan's locality. */
  locality: string;
}

export interface DipSample {
  seed: number;
  planIds: string[];
  /** How many plans each locality gave, for the record. */
  byLocality: Record<string, number>;
}

/**
 * Draws `size` plans at random, stratified by locality: each locality gives plans in proportion to how
 * many it has (largest remainders settle the rounding; a tie goes to the locality first by name), then
 * plans are drawn at random within it. The same plans and seed always give the same sample, whatever
 * order the plans come in. Plans sampled recently are left out by the caller before drawing.
 */
export function drawDipSample(plans: readonly SampleablePlan[], size: number, seed: number): DipSample {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('a dip sample has at least one plan');
  const strata = new Map<string, string[]>();
  for (const plan of [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    strata.set(plan.locality, [...(strata.get(plan.locality) ?? []), plan.id]);
  }
  const total = plans.length;
  const take = Math.min(size, total);
  const localities = [...strata.keys()].sort();
  const quotas = localities.map((locality) => {
    const exact = (strata.get(locality)!.length / Math.max(total, 1)) * take;
    return { locality, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = take - quotas.reduce((sum, q) => sum + q.count, 0);
  for (const q of [...quotas].sort(
    (a, b) => b.remainder - a.remainder || (a.locality < b.locality ? -1 : 1),
  )) {
    if (left === 0) break;
    q.count += 1;
    left -= 1;
  }
  const random = new SeededRandom(seed);
  const planIds: string[] = [];
  const byLocality: Record<string, number> = {};
  for (const { locality, count } of quotas) {
    const drawn = random.shuffle(strata.get(locality)!).slice(0, count);
    planIds.push(...drawn);
    byLocality[locality] = drawn.length;
  }
  return { seed, planIds, byLocality };
}
