// Stands in for dist/feelback-triggers.<hash>.js beside the script tag: the widget imports it through the loader.
export * from '../../../src/journey/triggers.ts';
