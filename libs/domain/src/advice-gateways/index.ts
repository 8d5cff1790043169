export * from './advice-gateways.js';
