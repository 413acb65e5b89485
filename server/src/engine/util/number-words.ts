/**
 * Numbers as notes write them: digits with thousands separators ("16,000") or spelled out ("seventeen
 * Aurora Replicas", "twenty-nine seconds", "sixteen thousand IOPS"). One grammar and one table of word
 * values for the recognisers, the CIDR role binding and the rules, so a number a quantity reads in words
 * a count or a ceiling reads too. A pattern that must not read some words (a binding distance counts
 * "zero" to "ten"; a count of things never reads a bare "one") says so with `SPELLED_COUNT` or `wordsPattern`.
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

/** A number word below a hundred: "twelve", "twenty-one", "ninety nine" (a unit joins only a tens word: "five one-hour" is two numbers). */
const BELOW_100 = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/**
 * A number spelled out as people say it: "seventeen", "twenty-nine", "four hundred", "a hundred and
 * twenty", "sixteen thousand", "two thousand five hundred". No capture groups; `spelledValue` reads it.
 * Every branch starts with a distinct word and the joints are single spaces or hyphens, so it is linear.
 */
export const SPELLED_NUMBER = String.raw`(?:(?:a|${BELOW_100})\s+thousand(?:\s+(?:and\s+)?(?:${BELOW_100})\s+hundred)?|(?:a|${BELOW_100})\s+hundred)(?:\s+(?:and\s+)?${BELOW_100})?|${BELOW_100}`;

/**
 * `SPELLED_NUMBER` for counts of things: not a bare "one" ("one of the replicas", "one IP address" name
 * a thing, not a quantity a limit judges), but "one hundred" and "one thousand" are counts.
 */
export const SPELLED_COUNT = String.raw`(?!one\b(?!\s+(?:hundred|thousand)\b))(?:${SPELLED_NUMBER})`;

/** The value of a spelled number ("two thousand five hundred and ten" → 2510); undefined if a word is not a number. */
export function spelledValue(raw: string): number | undefined {
  // Hundreds scale the words before them, thousands close a group.
  let total = 0;
  let group = 0;
  for (const part of raw.toLowerCase().split(/[-\s]+/)) {
    if (part === 'and' || part === '') continue;
    if (part === 'a') group += 1;
    else if (part === 'hundred') group = (group || 1) * 100;
    else if (part === 'thousand') {
      total += (group || 1) * 1000;
      group = 0;
    } else {
      const word = VALUES.get(part);
      if (word === undefined) return undefined;
      group += word;
    }
  }
  return total + group;
}

/** A regex alternation of `words` (letters only, nothing to escape), in the order given. */
export function wordsPattern(words: readonly string[]): string {
  return words.join('|');
}

/** The value of one number word in any case ("Twelve" → 12); undefined for anything else. */
export function numberWordValue(word: string): number | undefined {
  return VALUES.get(word.toLowerCase());
}

/** The value of digits ("16,000", "2.5") or of a spelled number ("twenty-nine"); undefined for anything else. */
export function numberValue(raw: string): number | undefined {
  if (/^[\d,.]+$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return spelledValue(raw);
}
