// The JSON the identity benches hash and write (identity.ts, fingerprint.ts): one definition, so a sentence the
// two compare is written the same way by both.
/** JSON without the back-references (a sentence's block, a fact's paper) that would repeat or loop. */
export function stable(value: unknown, indent?: number): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(
    value,
    (key, v) => {
      if (key === 'block') return undefined;
      if (v instanceof Map) return [...v.entries()];
      if (v instanceof Set) return [...v];
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[seen]';
        seen.add(v);
      }
      return v;
    },
    indent,
  );
}
