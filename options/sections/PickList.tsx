import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface PickItem {
  id: string;
  label: string;
  /** Shown after the label, e.g. "tool". */
  kind: string;
}

/** From this many suggestions on, a filter box helps find one (a software engineer is offered ~100 tools). */
const FILTER_FROM = 12;

/** Suggestions the user ticks and then adds to the profile in one go (nothing is added unasked). */
export function PickList({ id, title, hint, name, items, onAdd }: { id: string; title: string; hint?: ComponentChildren; name: string; items: PickItem[]; onAdd: (ids: Set<string>) => void }) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [query, setQuery] = useState('');
  if (items.length === 0) return null;
  const q = query.trim().toLowerCase();
  // Ticked items stay in view while filtering, so the count on the button is never a surprise.
  const shown = q ? items.filter((item) => picked.has(item.id) || item.label.toLowerCase().includes(q)) : items;
  function toggle(itemId: string, on: boolean) {
    const next = new Set(picked);
    if (on) next.add(itemId);
    else next.delete(itemId);
    setPicked(next);
  }
  return (
    <div class="offers">
      <h3 id={id}>{title}</h3>
      {hint ? <p class="hint">{hint}</p> : null}
      {items.length >= FILTER_FROM ? (
        <>
          <label for={`${id}-filter`}>Filter these {items.length} suggestions</label>
          <input id={`${id}-filter`} type="search" value={query} onInput={(ev) => setQuery((ev.target as HTMLInputElement).value)} placeholder="e.g. Excel, Python" />
        </>
      ) : null}
      <fieldset class="scroll-list short" aria-labelledby={id}>
        {shown.map((item) => (
          <label key={item.id} class="check">
            <input type="checkbox" name={name} value={item.id} checked={picked.has(item.id)} onChange={(ev) => toggle(item.id, (ev.target as HTMLInputElement).checked)} />
            {item.label} <span class="hint">({item.kind})</span>
          </label>
        ))}
        {shown.length === 0 ? <p class="hint">Nothing here matches “{query}”.</p> : null}
      </fieldset>
      <button
        type="button"
        onClick={() => {
          onAdd(picked);
          setPicked(new Set());
        }}
        disabled={picked.size === 0}
      >
        Add {picked.size || ''} selected to my profile
      </button>
    </div>
  );
}
