// Small helpers the core shares: ids for the user's own keywords, and regex escaping.

/** Id of a user keyword: "custom-" + its term in kebab case (the extractor and the match agree on it). */
export function customId(term: string): string {
  return (
    'custom-' +
    term
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
  );
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
