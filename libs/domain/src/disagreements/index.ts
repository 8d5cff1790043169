export * from './disagreement-time-limits.js';
export * from './disagreement-clocks.js';
export * from './disagreement-indicators.js';
