export * from './dip-sample.js';
export * from './grading.js';
