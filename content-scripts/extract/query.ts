// Ordered selector fallbacks. A selector that the browser rejects (a typo, or syntax an older
// engine lacks) is skipped rather than aborting the whole extraction.
import { fieldText } from './text.ts';

export function queryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the earliest selector that matches anything. */
export function first(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const hit = queryAll(scope, selector)[0];
    if (hit) return hit;
  }
  return null;
}

/** The first matched element that carries visible text, as collapsed text. */
export function firstText(scope: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of queryAll(scope, selector)) {
      const text = fieldText(el);
      if (text !== '') return text;
    }
  }
  return null;
}

/** The deepest element containing all of `els` (used for descriptions split into several sections); the one element itself, or null for none. */
export function commonAncestor(els: readonly Element[]): Element | null {
  const [head, ...rest] = els;
  if (!head) return null;
  let candidate: Element | null = head;
  while (candidate && !rest.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** In a label/value list (Ashby sections, Lever categories): the value next to a label. */
export function labelledValue(scope: ParentNode, itemSelector: string, label: RegExp): string | null {
  for (const item of queryAll(scope, itemSelector)) {
    const heading = item.querySelector('h2, h3, dt, label, [class*="label"]');
    if (!heading || !label.test(fieldText(heading))) continue;
    const value = heading.nextElementSibling;
    if (value) return fieldText(value) || null;
  }
  return null;
}
