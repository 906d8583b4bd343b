/**
 * "Did you mean" for misspelled names and values: a case-insensitive match first (config names and most
 * values are case-sensitive in .NET, so `none` for `None` is the commonest slip), then the closest name by
 * edit distance, if it is close enough to be a plausible typo.
 */
export function didYouMean(found: string, candidates: readonly string[]): string | undefined {
  const lower = found.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(found.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** Damerau-Levenshtein distance (adjacent transpositions count as one edit: `Recieved` → `Received`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** ` (did you mean 'X'?)` or ''. */
export function suggestion(found: string, candidates: readonly string[]): string {
  const match = didYouMean(found, candidates);
  if (match === undefined || match === found) return '';
  const caseOnly = match.toLowerCase() === found.toLowerCase();
  return ` — did you mean '${match}'?${caseOnly ? ' (names and values are case-sensitive, as in .NET)' : ''}`;
}
