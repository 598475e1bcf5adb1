// Stands in for dist/feelback-core.<hash>.js beside the script tag: the loader imports it by URL.
export * from '../../../src/instance/script-tag.ts';
