export * from './family-words.js';
export * from './family-request-view.js';
export * from './family-news.js';
export * from './family-decisions-view.js';
export * from './family-plan-words.js';
