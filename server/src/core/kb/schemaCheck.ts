// The fast path's record checks, made from the zod schemas of schema.ts, so that the one definition serves
// both the precise path (zod per record, with messages) and the fast path (a yes or no per record, with the
// schema's defaults filled in place) and the two cannot drift apart.
//
// zod parses a record into a new object and collects every issue with its path; for a million valid facts
// that is seconds. A check made here walks the schema's definition once, into closures that only say
// whether a freshly parsed JSON value is valid, filling in defaults on the value itself. A schema element
// this compiler does not know is refused when the check is made (at load of this module), never passed over.
import type { ZodType } from 'zod';

/** The part of zod 4's definitions this compiler reads (zod/v4/core's `_zod.def`). */
interface Def {
  type: string;
  checks?: ZodCheck[];
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  innerType?: ZodType;
  element?: ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  format?: string;
}

interface ZodCheck {
  _zod: { def: CheckDef; check: (payload: { value: unknown; issues: unknown[] }) => void };
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

function defOf(schema: ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * A check for `schema` that fills in its defaults: a yes or no, as zod's `safeParse(value).success` would say.
 * The schema is written out once as the source of a plain function (straight-line tests, as one would write
 * by hand), which V8 compiles like any other: closures per field were a third slower on a million facts.
 */
export function recordCheck(schema: ZodType): (value: unknown) => boolean {
  const writer = new CheckWriter();
  const body = writer.write(schema, 'value', 'record', () => 'return false;');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code written from our own schema, no input text in it
  return new Function('c', `return function check(value) {\n${body}\nreturn true;\n};`)(writer.constants) as (value: unknown) => boolean;
}

/** Writes the statements that return false when a value breaks the schema; constants (patterns, sets, refinements) go in `c`. */
class CheckWriter {
  readonly constants: unknown[] = [];
  #names = 0;

  #constant(value: unknown): string {
    this.constants.push(value);
    return `c[${this.constants.length - 1}]`;
  }

  #name(): string {
    return `v${this.#names++}`;
  }

  /**
   * Statements checking the expression `at` (a local or `holder[key]`); `setDefault` is the statement that
   * writes a default into its place.
   */
  write(schema: ZodType, at: string, path: string, setDefault: (value: string) => string): string {
    const def = defOf(schema);
    // A format schema (z.email(), z.int(), ...) is a check itself: none is used by schema.ts, so none is known here.
    if (def.format !== undefined) throw new Error(`schemaCheck: ${path} is a zod ${def.type} of format ${def.format}, which the fast path does not know`);
    const v = this.#name();
    const head = `const ${v} = ${at};\n`;
    switch (def.type) {
      case 'string':
        return `${head}if (typeof ${v} !== 'string') return false;\n${this.#checks(def, v, path)}`;
      case 'number':
        return `${head}if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return false;\n${this.#checks(def, v, path)}`;
      case 'boolean':
        return `${head}if (typeof ${v} !== 'boolean') return false;\n${this.#checks(def, v, path)}`;
      case 'enum':
        return `${head}if (typeof ${v} !== 'string' || !${this.#constant(new Set(Object.values(def.entries ?? {})))}.has(${v})) return false;\n${this.#checks(def, v, path)}`;
      case 'optional':
        return `${head}if (${v} !== undefined) {\n${this.write(def.innerType!, v, path, setDefault)}}\n`;
      case 'nullable':
        return `${head}if (${v} !== null) {\n${this.write(def.innerType!, v, path, setDefault)}}\n`;
      case 'default': {
        // zod's defaultValue is a fresh copy each time it is read.
        const fresh = `${this.#constant(() => def.defaultValue)}()`;
        return `${head}if (${v} === undefined) {\n${setDefault(fresh)}\n} else {\n${this.write(def.innerType!, v, path, setDefault)}}\n`;
      }
      case 'array': {
        const i = this.#name();
        const element = this.write(def.element!, `${v}[${i}]`, `${path}[]`, (value) => `${v}[${i}] = ${value};`);
        return `${head}if (!Array.isArray(${v})) return false;\nfor (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\n${element}}\n${this.#checks(def, v, path)}`;
      }
      case 'object': {
        // Only strict objects: zod strips unknown keys of other objects, which a yes-or-no check cannot mirror.
        if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Error(`schemaCheck: ${path} is not a strict object`);
        const shape = Object.entries(def.shape ?? {});
        const known = this.#constant(new Set(shape.map(([key]) => key)));
        const k = this.#name();
        let code = `${head}if (typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})) return false;\n`;
        code += `for (const ${k} in ${v}) if (!${known}.has(${k})) return false;\n`;
        for (const [key, field] of shape) {
          const place = `${v}[${JSON.stringify(key)}]`;
          code += this.write(field, place, `${path}.${key}`, (value) => `${place} = ${value};`);
        }
        return code + this.#checks(def, v, path);
      }
      default:
        throw new Error(`schemaCheck: ${path} is a zod ${def.type}, which the fast path does not know`);
    }
  }

  /** The definition's checks (lengths, patterns, bounds, refinements) on the local `v`. */
  #checks(def: Def, v: string, path: string): string {
    let code = '';
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      let test: string | undefined;
      switch (c.check) {
        case 'min_length':
          test = `${v}.length < ${Number(c.minimum)}`;
          break;
        case 'max_length':
          test = `${v}.length > ${Number(c.maximum)}`;
          break;
        case 'string_format':
          if (c.format === 'regex' && c.pattern) {
            const pattern = new RegExp(c.pattern.source, c.pattern.flags.replace(/[gy]/g, ''));
            test = `!${this.#constant(pattern)}.test(${v})`;
          }
          break;
        case 'number_format':
          if (c.format === 'safeint') test = `!Number.isSafeInteger(${v})`;
          break;
        case 'greater_than':
          test = `${v} ${c.inclusive ? '<' : '<='} ${Number(c.value)}`;
          break;
        case 'less_than':
          test = `${v} ${c.inclusive ? '>' : '>='} ${Number(c.value)}`;
          break;
        case 'custom':
          // A refinement (FactSchema's superRefine): zod's own check, run on the value with its defaults filled in.
          test = `!${this.#constant((value: unknown) => {
            const payload = { value, issues: [] as unknown[] };
            check._zod.check(payload);
            return payload.issues.length === 0;
          })}(${v})`;
          break;
      }
      if (test === undefined) throw new Error(`schemaCheck: ${path} has a ${c.check}${c.format ? ` (${c.format})` : ''} check, which the fast path does not know`);
      code += `if (${test}) return false;\n`;
    }
    return code;
  }
}
