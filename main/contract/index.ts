export * from './api';
export * from './documents';
export * from './domain';
export * from './errors';
export * from './schemas';
export * from './audit';
export * from './catalog';
export * from './procedure';
