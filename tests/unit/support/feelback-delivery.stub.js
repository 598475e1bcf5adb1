// Stands in for dist/feelback-delivery.<hash>.js beside the script tag: the widget imports it through the loader.
export * from '../../../src/queue/delivery.ts';
