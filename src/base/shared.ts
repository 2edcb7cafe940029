/**
 * The one value for `name` in this process, kept on `globalThis` under the registered symbol
 * `newsletter-kit/<name>`: every copy of the package loaded into one process (an app's own next to
 * the CLI's, the core next to an entry that bundles it) gets the same value. Put a version in the
 * name (`…@1`) and raise it when the value's shape changes, so that copies of different versions
 * keep apart.
 */
export function sharedAcrossCopies<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(`newsletter-kit/${name}`)] ??= create());
}
