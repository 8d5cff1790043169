export * from './disagreement-time-limits.js';
