/**
 * One key for every spelling variant of a name: case, and hyphen / underscore / space / dot-before-
 * "js" differences disappear ("Node.js", "nodejs", "node js" -> "nodejs"; "scikit-learn" ->
 * "scikit learn"). Symbols that carry meaning (+ # / .) stay: "C++" and "C" keep distinct keys.
 */
export function aliasKey(spelling: string): string {
  return spelling
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .replace(/\.(?=js\b)/g, '')
    .replace(/ (?=js\b)/g, '')
    .trim();
}
