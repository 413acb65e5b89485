/**
 * Which block-result object a shifted copy was made from. A block below an edit keeps its result,
 * and the document phase reads copies of its contexts moved to current offsets (blocks.ts): new
 * objects on every keystroke. A cache keyed by the copy would miss every time; keyed by the origin
 * it holds as long as the block's result is reused.
 */
const origins = new WeakMap<object, object>();

/** Records that `copy` is `origin` at other offsets. */
export function setOrigin(copy: object, origin: object): void {
  if (copy !== origin) origins.set(copy, origin);
}

/** The block result's own object behind `value` (itself when it is not a shifted copy). */
export function originOf<T extends object>(value: T): T {
  return (origins.get(value) as T | undefined) ?? value;
}

/**
 * A per-context memo that survives edits elsewhere in the document. Only for values that hold no
 * document offsets (booleans, indexes, texts, offsets relative to the context's start): the
 * origin's offsets are those of an earlier text.
 */
export function memoByOrigin<C extends object, V>(compute: (context: C) => V): (context: C) => V {
  const memo = new WeakMap<object, V>();
  return (context) => {
    const key = originOf(context);
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(context);
    memo.set(key, value);
    return value;
  };
}
