export * from './calendar-date.js';
export * from './working-days.js';
