// Small URL and text readers shared by the adapters.

export const param = (url: URL, ...names: string[]): string | null => {
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value) return value;
  }
  return null;
};

/** A UUID path segment as a capture group (Ashby and Lever job ids). */
export const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** First capture of `re` in the path, or null. */
export const pathMatch = (url: URL, re: RegExp): string | null => re.exec(url.pathname)?.[1] ?? null;

/** `document.title` split on the separators boards use ("Title | Company | LinkedIn"). */
export const titleSegments = (doc: Document): string[] =>
  doc.title.replace(/^\(\d+\+?\)\s*/, '').split(/\s+[|–—-]\s+/).map((s) => s.trim()).filter((s) => s !== '');

/** Trailing job id in an href such as /jobs/view/4012345678/ or /jobs/view/ai-trainer-at-x-4012345678. */
export const linkedinIdIn = (href: string | null): string | null => /\/jobs\/view\/(?:[^/?#]*?-)?(\d{6,})/.exec(href ?? '')?.[1] ?? null;
