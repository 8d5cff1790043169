export * from './codes.js';
export * from './upn.js';
export * from './sen2-record.js';
export * from './sen2-validation.js';
export * from './sen2-xml.js';
