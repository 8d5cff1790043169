export * from './roles.js';
export * from './agencies.js';
export * from './children.js';
export * from './requests.js';
export * from './meetings.js';
export * from './panel-requests.js';
export * from './health-gateway.js';
export * from './ehc-plan.js';
