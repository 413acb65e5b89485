/**
 * Numbers as notes write them: digits with thousands separators ("16,000") or a word ("three read
 * replicas", "up to five Regions"). One table of word values for the recognisers, the CIDR role
 * binding and the rules. Each pattern still chooses which words it reads (a replica count never
 * reads "one"; a binding distance counts "zero" to "ten") and builds its alternation with
 * `wordsPattern`, so sharing the table changes no pattern.
 */
const VALUES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90,
  }),
);

/** A digit written out: "zero" to "ten". */
export const DIGIT_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The counts notes write out for replicas and ceilings ("fifteen replicas", "sixteen Regions"). */
export const COUNT_WORDS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'sixteen', 'twenty'];

/** A regex alternation of `words` (letters only, nothing to escape), in the order given. */
export function wordsPattern(words: readonly string[]): string {
  return words.join('|');
}

/** The value of one number word in any case ("Twelve" → 12); undefined for anything else. */
export function numberWordValue(word: string): number | undefined {
  return VALUES.get(word.toLowerCase());
}

/** The value of digits ("16,000", "2.5") or of one number word; undefined for anything else. */
export function numberValue(raw: string): number | undefined {
  if (/^[\d,.]+$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return numberWordValue(raw);
}
