// Stands in for dist/feelback-core.js beside the script tag: the loader imports it by URL.
export * from '../../../src/embed-core.ts';
