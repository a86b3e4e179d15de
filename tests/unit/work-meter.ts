/**
 * Counts the work a synchronous function does through the built-ins, without timing it: elements
 * visited by array callbacks and iterators (spread, for-of, `filter`, `find`, ...), elements and
 * characters copied (`slice`, `concat`, `split`), and characters a regular expression reads (up to
 * the end of its match, or the whole input when it fails). A plain `for` loop over indexes is not
 * seen, so the count is a floor, not the whole cost; it is the same on every machine and every run.
 */

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;
type Patch = { target: object; key: PropertyKey; original: unknown };

/** Array methods whose callback runs once per element visited. */
const CALLBACK_METHODS = ['filter', 'map', 'forEach', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'reduce', 'reduceRight', 'flatMap'] as const;
/** Array methods that scan or copy the whole array (counted as its length). */
const WHOLE_ARRAY_METHODS = ['indexOf', 'lastIndexOf', 'includes', 'reverse', 'sort', 'join', 'fill'] as const;
/** String methods that scan or copy the string (counted as its length). */
const WHOLE_STRING_METHODS = ['split', 'indexOf', 'lastIndexOf', 'includes', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'normalize'] as const;

/** Work in two kinds, kept apart so a quadratic array copy is not hidden under the per-line text work. */
export interface Work {
  /** Array, Map and Set elements visited or copied. */
  elements: number;
  /** String characters read or copied, by string methods and regular expressions. */
  characters: number;
}

/** Runs `fn` with the built-ins counting, and returns its result and the work. */
export function countWork<T>(fn: () => T): { result: T; work: Work } {
  const work: Work = { elements: 0, characters: 0 };
  const patches: Patch[] = [];
  const patch = (target: object, key: PropertyKey, wrap: (original: AnyFunction) => AnyFunction): void => {
    const original = Reflect.get(target, key) as AnyFunction;
    patches.push({ target, key, original });
    Object.defineProperty(target, key, { value: wrap(original), writable: true, configurable: true, enumerable: false });
  };
  const countingIterator = (original: AnyFunction): AnyFunction =>
    function (this: unknown, ...args: unknown[]) {
      const inner = original.apply(this, args) as Iterator<unknown>;
      return {
        next: () => {
          work.elements++;
          return inner.next();
        },
        [Symbol.iterator]() {
          return this;
        },
      };
    };
  try {
    for (const name of CALLBACK_METHODS) {
      patch(Array.prototype, name, (original) =>
        function (this: unknown, callback: unknown, ...rest: unknown[]) {
          const counted = function (this: unknown, ...args: unknown[]) {
            work.elements++;
            return (callback as AnyFunction).apply(this, args);
          };
          return original.call(this, counted, ...rest);
        },
      );
    }
    for (const name of WHOLE_ARRAY_METHODS) {
      patch(Array.prototype, name, (original) =>
        function (this: unknown, ...args: unknown[]) {
          work.elements += (this as unknown[]).length;
          return original.apply(this, args);
        },
      );
    }
    for (const [target, name] of [[Array.prototype, 'slice'], [Array.prototype, 'concat'], [String.prototype, 'slice'], [String.prototype, 'substring']] as const) {
      patch(target, name, (original) =>
        function (this: unknown, ...args: unknown[]) {
          const out = original.apply(this, args) as { length: number };
          if (typeof out === 'string') work.characters += out.length;
          else work.elements += out.length;
          return out;
        },
      );
    }
    for (const name of WHOLE_STRING_METHODS) {
      patch(String.prototype, name, (original) =>
        function (this: unknown, ...args: unknown[]) {
          work.characters += String(this).length;
          return original.apply(this, args);
        },
      );
    }
    patch(RegExp.prototype, 'exec', (original) =>
      function (this: unknown, input: unknown) {
        const re = this as RegExp;
        const text = String(input);
        const from = re.global || re.sticky ? re.lastIndex : 0;
        const match = original.call(re, text) as RegExpExecArray | null;
        work.characters += match ? Math.max(1, match.index + match[0].length - from) : re.sticky ? 1 : text.length - from;
        return match;
      },
    );
    patch(Array.prototype, Symbol.iterator, countingIterator);
    for (const proto of [Map.prototype, Set.prototype]) {
      for (const name of ['entries', 'keys', 'values', Symbol.iterator] as const) patch(proto, name, countingIterator);
    }
    return { result: fn(), work };
  } finally {
    for (const { target, key, original } of patches.reverse()) {
      Object.defineProperty(target, key, { value: original, writable: true, configurable: true, enumerable: false });
    }
  }
}
