/**
 * `result` with extra read-only fields computed when read. TanStack Query tracks which fields of
 * its result a component reads and re-renders it only when those change; spreading the result
 * into a new object would read (and so track) every field. Wrapping keeps the tracking exact.
 */
export function withFields<R extends object, E extends object>(
  result: R,
  fields: { [K in keyof E]: () => E[K] },
): R & E {
  const isField = (key: string | symbol): key is keyof E & string =>
    typeof key === 'string' && Object.hasOwn(fields, key)
  return new Proxy(result, {
    get: (target, key) => (isField(key) ? fields[key]() : Reflect.get(target, key)),
    has: (target, key) => isField(key) || Reflect.has(target, key),
    ownKeys: (target) => [...Reflect.ownKeys(target), ...Object.keys(fields)],
    getOwnPropertyDescriptor: (target, key) =>
      isField(key)
        ? { configurable: true, enumerable: true, writable: false, value: fields[key]() }
        : Reflect.getOwnPropertyDescriptor(target, key),
  }) as R & E
}
