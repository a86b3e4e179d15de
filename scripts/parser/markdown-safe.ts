/**
 * mdast-util-to-markdown with a faster `safe`: the same escapes, byte for byte.
 *
 * The library's `safe` runs every one of its ~90 unsafe-character patterns (a regular expression
 * each) over every text node, though a text holds only a few of those characters: on a filing most
 * of the serialiser's time went there. Every pattern's expression contains its character, so a
 * pattern whose character the text does not hold cannot match and is skipped before its scope is
 * checked or its expression run. The rest is the library's algorithm (mdast-util-to-markdown 2.2,
 * lib/util/safe.js, MIT), unchanged.
 */
import type { Parents, Root } from 'mdast';
import { defaultHandlers, type Info, type SafeConfig, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * The handler for the root, as the library's own, that first puts `fastSafe` in the state's place
 * of `safe`: every handler (text, link, heading, table cell) escapes through it from then on.
 */
export function rootHandler(node: Root, parent: Parents | undefined, state: State, info: Info): string {
  state.safe = (input, config) => fastSafe(state, input, config);
  return defaultHandlers.root(node, parent, state, info);
}

/** ASCII punctuation, escaped with a backslash (any other unsafe character gets a character reference). */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Unicode whitespace, punctuation and symbols: what micromark does not count as a word character beside `_`. */
const NOT_WORD = /[\s\p{P}\p{S}]/u;

/** Whether a character code is a word character for intraword `_` (micromark's classifyCharacter gives undefined). */
function isWordCode(code: number): boolean {
  if (Number.isNaN(code)) return true;
  return code !== 32 && !NOT_WORD.test(String.fromCharCode(code));
}

/** Which ASCII characters the current value holds: the entry of a character is `stamp` when it is there. */
const seenAt = new Uint32Array(128);
let stamp = 0;
/** The distinct ASCII codes of the current value, in the order first met. */
const presentCodes: number[] = [];

/** Marks the ASCII characters of `value` as present and lists them (one pass, no allocation). */
function markPresent(value: string): void {
  stamp++;
  if (stamp === 0xffffffff) {
    seenAt.fill(0);
    stamp = 1;
  }
  presentCodes.length = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128 && seenAt[code] !== stamp) {
      seenAt[code] = stamp;
      presentCodes.push(code);
    }
  }
}

/** A list of unsafe patterns by character: those of each ASCII character, and the others. */
interface PatternIndex {
  byCode: Unsafe[][];
  other: Unsafe[];
}

/** The index of each list of patterns the serialiser was configured with. */
const patternIndexes = new WeakMap<readonly Unsafe[], PatternIndex>();

/** The patterns of `unsafe` filed by character (their order within a character kept). */
function patternIndex(unsafe: readonly Unsafe[]): PatternIndex {
  let index = patternIndexes.get(unsafe);
  if (!index) {
    index = { byCode: Array.from({ length: 128 }, () => []), other: [] };
    for (const pattern of unsafe) {
      const code = pattern.character.length === 1 ? pattern.character.charCodeAt(0) : 128;
      if (code < 128) index.byCode[code]!.push(pattern);
      else index.other.push(pattern);
    }
    patternIndexes.set(unsafe, index);
  }
  return index;
}

/** The `before` or `after` of a pattern that is a line break (as the library writes it). */
const LINE_BREAK = '[\\r\\n]';
/** Per pattern, whether its expression (see the library's compilePattern) cannot match without a `\r` or `\n`. */
const breakNeeded = new WeakMap<Unsafe, boolean>();

/** A pattern at a line break (`atBreak`), or after or before one, needs a line break in the text unless a node edge stands in for it. */
function needsBreak(pattern: Unsafe): boolean {
  let needed = breakNeeded.get(pattern);
  if (needed === undefined) {
    needed = (!pattern.beforeNode && (pattern.atBreak === true || pattern.before === LINE_BREAK)) || (!pattern.afterNode && pattern.after === LINE_BREAK);
    breakNeeded.set(pattern, needed);
  }
  return needed;
}

/** The library's `safe`, skipping the patterns whose character is not in the text. */
export function fastSafe(state: State, input: string | null | undefined, config: SafeConfig): string {
  const value = (config.before || '') + (input || '') + (config.after || '');
  const positions: number[] = [];
  const result: string[] = [];
  const infos: Record<number, { before: boolean; after: boolean }> = {};
  // Character escapes and references do not work in autolinks, so percent-encoding is used instead.
  const percentEncode = state.stack.includes('autolink');
  const offset = config.before ? config.before.length : 0;
  const end = value.length - (config.after ? config.after.length : 0);

  // Only the patterns of characters the value holds can match (each expression contains its character);
  // the order patterns are tried in does not matter, as every match only adds a position or clears its flags.
  const patterns = patternIndex(state.unsafe);
  markPresent(value);
  const hasBreak = seenAt[10] === stamp || seenAt[13] === stamp;
  for (const code of presentCodes) {
    for (const pattern of patterns.byCode[code]!) if (hasBreak || !needsBreak(pattern)) matchPattern(state, pattern, config, value, offset, end, positions, infos);
  }
  for (const pattern of patterns.other) {
    if (value.indexOf(pattern.character) !== -1) matchPattern(state, pattern, config, value, offset, end, positions, infos);
  }

  positions.sort((a, b) => a - b);

  let start = offset;
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index]!;
    // Character before or after matched:
    if (position < start || position >= end) continue;

    // Intraword underscores (`a_b`, `a__b`) cannot form attention, so they stay as they are.
    if (
      value.charAt(position) === '_' &&
      position > 0 &&
      isWordCode(value.charCodeAt(position - 1)) &&
      !infos[position - 1] &&
      !(position - 1 === offset && /[*_]/.test(value.charAt(offset - 1)))
    ) {
      let sequenceEnd = position + 1;
      while (sequenceEnd < end && value.charAt(sequenceEnd) === '_') sequenceEnd++;
      const skip = sequenceEnd - position - 1;
      if (
        positions[index + skip] === sequenceEnd - 1 &&
        sequenceEnd < value.length &&
        isWordCode(value.charCodeAt(sequenceEnd)) &&
        !infos[sequenceEnd] &&
        !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)))
      ) {
        index += skip;
        continue;
      }
    }

    // A character escaped for a condition on its neighbour, when the neighbour is escaped anyway.
    if (
      (position + 1 < end && positions[index + 1] === position + 1 && infos[position]!.after && !infos[position + 1]!.before && !infos[position + 1]!.after) ||
      (position - 1 >= offset && positions[index - 1] === position - 1 && infos[position]!.before && !infos[position - 1]!.before && !infos[position - 1]!.after)
    ) {
      continue;
    }

    if (start !== position) {
      const slice = value.slice(start, position);
      result.push(percentEncode ? slice : escapeBackslashes(slice, '\\'));
    }
    start = position + 1;

    if (percentEncode) {
      result.push('%' + value.charCodeAt(position).toString(16).toUpperCase().padStart(2, '0'));
    } else if (ASCII_PUNCTUATION.test(value.charAt(position)) && (!config.encode || !config.encode.includes(value.charAt(position)))) {
      result.push('\\' + value.charAt(position));
    } else {
      result.push('&#x' + value.charCodeAt(position).toString(16).toUpperCase() + ';');
    }
  }

  const rest = value.slice(start, end);
  result.push(percentEncode ? rest : escapeBackslashes(rest, config.after));
  return result.join('');
}

/** Records where one pattern matches in the value (the library's loop body), when it applies here at all. */
function matchPattern(
  state: State,
  pattern: Unsafe,
  config: SafeConfig,
  value: string,
  offset: number,
  end: number,
  positions: number[],
  infos: Record<number, { before: boolean; after: boolean }>,
): void {
  if (!patternInScope(state.stack, pattern) || !nodeInScope(pattern.beforeNode, config.beforeNode) || !nodeInScope(pattern.afterNode, config.afterNode)) return;
  const expression = state.compilePattern(pattern);
  const from = pattern.beforeNode ? offset : 0;
  const subject = value.slice(from, pattern.afterNode ? end : undefined);
  let match: RegExpExecArray | null;
  while ((match = expression.exec(subject))) {
    const before = Boolean(pattern.before || pattern.atBreak);
    const after = Boolean(pattern.after);
    const position = from + match.index + (before ? match[1]!.length : 0);
    const known = infos[position];
    if (known) {
      if (known.before && !before) known.before = false;
      if (known.after && !after) known.after = false;
    } else {
      positions.push(position);
      infos[position] = { before, after };
    }
  }
}

/** Whether a pattern applies in the current stack of constructs. */
function patternInScope(stack: readonly string[], pattern: Unsafe): boolean {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}

/** Whether any construct of the list is on the stack (`none` when the list is empty). */
function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  if (typeof list === 'string') return stack.includes(list);
  if (!list || list.length === 0) return none;
  for (const name of list) if (stack.includes(name)) return true;
  return false;
}

/** Whether a node matches the node types of a pattern. */
function nodeInScope(types: Unsafe['beforeNode'], node: SafeConfig['beforeNode']): boolean {
  if (!types) return true;
  if (!node) return false;
  return typeof types === 'string' ? types === node.type : types.includes(node.type);
}

/** Escapes backslashes followed by punctuation (in the value or in what follows it). */
function escapeBackslashes(value: string, after: string | null | undefined): string {
  // Nothing to do without a backslash in the value (the one in `after`, a single character, cannot precede punctuation).
  if (value.indexOf('\\') === -1 && !(after && after.length > 1 && after.indexOf('\\') !== -1)) return value;
  const expression = /\\(?=[!-/:-@[-`{-~])/g;
  const positions: number[] = [];
  const results: string[] = [];
  const whole = value + after;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = expression.exec(whole))) positions.push(match.index);
  for (const position of positions) {
    if (start !== position) results.push(value.slice(start, position));
    results.push('\\');
    start = position;
  }
  results.push(value.slice(start));
  return results.join('');
}
