export * from './vocabulary/index.js';
export * from './random/seeded-random.js';
