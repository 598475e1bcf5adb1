// Stands in for dist/feelback-prompt.js beside the script tag: the entry imports it by URL.
export * from '../../../src/ui/index.ts';
