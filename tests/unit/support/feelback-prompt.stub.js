// Stands in for dist/feelback-prompt.<hash>.js beside the script tag: the loader imports it by URL.
export * from '../../../src/ui/index.ts';
