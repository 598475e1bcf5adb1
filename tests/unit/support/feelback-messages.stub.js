// Stands in for dist/feelback-messages.<hash>.js beside the script tag: the widget imports it through the loader.
export * from '../../../src/config/messages.ts';
