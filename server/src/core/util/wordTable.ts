/**
 * A table looked up with words from the writer's text. An ordinary object literal also answers the names every
 * object inherits: `table['constructor']` is Object's own function, so "IL-11 constructor STAT3" was read as a
 * claim whose relation was a function. A word table has no prototype and is frozen: it answers its own words only.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
