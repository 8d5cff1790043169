export * from './dip-sample.js';
export * from './grading.js';
export * from './score-on-criteria.js';
export * from './redact-plan.js';
