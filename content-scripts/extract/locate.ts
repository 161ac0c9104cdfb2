// Find the visible element that holds a known text (the JSON-LD description) without guessing:
// descend from the root into the one child that still holds both the start and the end of the text.
// Comparison ignores everything but letters and digits, since block breaks differ between the two.

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SNIPPET = 40;

export function locateText(root: Element, text: string): Element | null {
  const wanted = squash(text);
  if (wanted.length < SNIPPET * 2) return null;
  const head = wanted.slice(0, SNIPPET);
  const tail = wanted.slice(-SNIPPET);
  const holds = (el: Element): boolean => {
    const own = squash(el.textContent ?? '');
    return own.includes(head) && own.includes(tail);
  };
  if (!holds(root)) return null;
  let current = root;
  for (;;) {
    const next = Array.from(current.children).find((child) => !/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/i.test(child.tagName) && holds(child));
    if (!next) return current;
    current = next;
  }
}
