// Optional host access for job boards the user adds. We ask for one origin at a time (never the
// whole https://*/* the manifest allows as optional), and only from a user click.
import browser from 'webextension-polyfill';

/** "https://jobs.example.com/careers" → "https://jobs.example.com", or null if not an https URL. */
export function originOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

function pattern(origin: string): string {
  return `${origin}/*`;
}

/** Must run inside a user gesture (a click handler), or the browser refuses to ask. */
export async function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern(origin)] });
}

export async function hasOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern(origin)] });
}

export async function removeOrigin(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern(origin)] });
}
