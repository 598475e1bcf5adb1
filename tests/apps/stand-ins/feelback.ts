// An empty stand-in with the API the examples use: an app built against it costs what the app
// costs without feelback, so the difference is what feelback adds (tests/node/app-sizes.test.mjs).
const noop = () => {};
export const createFeelback = () => ({ step: noop, on: () => noop });
