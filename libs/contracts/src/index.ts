export * from './errors.js';
export * from './health.js';
export * from './identity.js';
export * from './cases.js';
export * from './evidence.js';
export * from './case-import.js';
export * from './meeting-protocol.js';
export * from './apply-meeting-event.js';
