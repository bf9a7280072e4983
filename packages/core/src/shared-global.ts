/**
 * One value per page, whichever copy of Caremode asks first. Portals end up with two copies
 * (the drop-in bundle and an npm build); keying by name and schema version on globalThis keeps
 * one preferences store, one token sheet and one announcer between them.
 */
export function shared<T>(key: string, create: () => T): T {
  const symbol = Symbol.for(`caremode:${key}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return (holder[symbol] ??= create());
}
