export * from './api';
export * from './documents';
export * from './domain';
export * from './errors';
export * from './schemas';
