/**
 * A copy of `options` without a prototype, for the dictionaries we hand to browser APIs (fetch's
 * init, Web Locks' options…): the browser reads every option it knows by name, through the
 * prototype chain, so a page that added `Object.prototype.mode = 'no-cors'` would otherwise
 * change our request.
 */
export const plain = <T extends object>(options: T): T => Object.assign(Object.create(null), options);
