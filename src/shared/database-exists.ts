/**
 * Whether one of our databases is on the device, without creating it (opening would). Where
 * `databases()` is missing (Firefox < 126), assume it may exist, so it is opened and read. No
 * IndexedDB, one that refuses (private mode, a blocked third-party frame) or an opaque origin
 * (a sandboxed iframe, where asking also leaves an unhandled rejection in Chromium) has nothing
 * of ours in it. Never rejects: the globals are read inside, as a page may make reading them throw.
 */
export async function databaseExists(
  name: string,
  factory?: Partial<Pick<IDBFactory, 'databases'>>,
  origin?: string,
): Promise<boolean> {
  try {
    factory ??= globalThis.indexedDB;
    origin ??= globalThis.origin;
    return origin !== 'null' && !!factory && ((await factory.databases?.())?.some((db) => db.name === name) ?? true);
  } catch {
    return false;
  }
}
