/**
 * Scripts, run before the widget (an init script, or the top of the page's <head>), that break
 * IndexedDB the way browsers do (see the delivery reference, F1–F4).
 */
export const STORAGE_FAULTS: Array<[string, string]> = [
  ['missing', `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });`],
  [
    'throwing SecurityError on open',
    `IDBFactory.prototype.open = function () { throw new DOMException('denied', 'SecurityError'); };
     IDBFactory.prototype.databases = function () { return Promise.reject(new DOMException('denied', 'SecurityError')); };`,
  ],
  [
    'throwing InvalidStateError on open (private mode)',
    `IDBFactory.prototype.open = function () { throw new DOMException('private', 'InvalidStateError'); };`,
  ],
  // A request object that never fires, like Safari's first open (idb-keyval#120).
  ['hanging on open', `IDBFactory.prototype.open = function () { return {}; };`],
  [
    'full (QuotaExceededError on write)',
    `IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
  ],
];
