/**
 * Whether one of our databases is on the device, without creating it (opening would). Where
 * `databases()` is missing (Firefox < 126), assume it may exist, so it is opened and read. No
 * IndexedDB, one that refuses (private mode, a blocked third-party frame) or an opaque origin
 * (a sandboxed iframe, where asking also leaves an unhandled rejection in Chromium) has nothing
 * of ours in it. Never rejects.
 */
export async function databaseExists(
  name: string,
  factory: Partial<Pick<IDBFactory, 'databases'>> | undefined = globalThis.indexedDB,
  origin = globalThis.origin,
): Promise<boolean> {
  try {
    return origin !== 'null' && !!factory && ((await factory.databases?.())?.some((db) => db.name === name) ?? true);
  } catch {
    return false;
  }
}
