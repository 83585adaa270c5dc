export * from './check';
export * from './codes';
export * from './credit-code';
export * from './id-number';
export * from './mask';
export * from './plate';
