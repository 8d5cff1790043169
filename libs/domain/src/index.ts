export * from './vocabulary/index.js';
export * from './random/seeded-random.js';
export * from './request-path/request-path.js';
export * from './request-path/clock-badge.js';
export * from './meeting-rules/meeting-rules.js';
export * from './calendar-date/index.js';
export * from './statutory-clock/index.js';
export * from './quality/index.js';
