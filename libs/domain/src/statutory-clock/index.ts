export * from './time-limits.js';
export * from './milestones.js';
export * from './clock-events.js';
export * from './time-limit-exceptions.js';
export * from './statutory-clock.js';
export * from './timeliness.js';
export * from './annual-review.js';
export * from './phase-transfer.js';
