import { useState } from 'preact/hooks';
import { entriesOf, labelOf, profileHas, typicalFor } from '../taxonomy-view.ts';
import type { ProfileStore } from '../state.ts';
import { PickList } from './PickList.tsx';

const DOMAINS = entriesOf('domain');

export function Domains({ store }: { store: ProfileStore }) {
  const { profile, update } = store;
  const [filter, setFilter] = useState('');
  const chosen = new Set(profile.domains.map((d) => d.id));
  const q = filter.trim().toLowerCase();
  const shown = DOMAINS.filter((d) => chosen.has(d.id) || !q || d.label.toLowerCase().includes(q) || d.aliases.some((a) => a.toLowerCase().includes(q)));
  const offers = typicalFor([...chosen]).filter((e) => !profileHas(profile, e.id));

  function toggle(id: string, on: boolean) {
    update((p) => ({ ...p, domains: on ? [...p.domains, { id, years: null }] : p.domains.filter((d) => d.id !== id) }));
  }
  function setYears(id: string, raw: string) {
    const n = raw === '' ? null : Math.max(0, Math.min(70, Math.round(Number(raw))));
    if (n !== null && Number.isNaN(n)) return;
    update((p) => ({ ...p, domains: p.domains.map((d) => (d.id === id ? { ...d, years: n } : d)) }));
  }
  function confirmOffers(picked: Set<string>) {
    const add = offers.filter((e) => picked.has(e.id));
    update((p) => ({
      ...p,
      tools: [...p.tools, ...add.filter((e) => e.category === 'tool').map((e) => e.id)],
      evaluatorSkills: [...p.evaluatorSkills, ...add.filter((e) => e.category !== 'tool').map((e) => e.id)],
    }));
  }

  return (
    <section id="domains" aria-labelledby="domains-h">
      <h2 id="domains-h">1. Your domains</h2>
      <p class="hint">Pick the fields you know well enough to judge an AI’s answer in them.</p>
      <label for="domain-filter">Find a domain</label>
      <input id="domain-filter" type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} placeholder="e.g. finance, nursing, law" />
      <fieldset class="scroll-list">
        <legend class="visually-hidden">Domains</legend>
        {shown.map((d) => (
          <label key={d.id} class="check">
            <input type="checkbox" name="domain" value={d.id} checked={chosen.has(d.id)} onChange={(e) => toggle(d.id, (e.target as HTMLInputElement).checked)} />
            {d.label}
          </label>
        ))}
        {shown.length === 0 ? <p class="hint">No domain matches “{filter}”. Add it as a custom keyword below.</p> : null}
      </fieldset>

      {profile.domains.length ? (
        <div>
          <h3>Years of experience</h3>
          <ul class="plain">
            {profile.domains.map((d) => (
              <li key={d.id} class="row">
                <label for={`years-${d.id}`}>{labelOf(d.id)}</label>
                <input id={`years-${d.id}`} type="number" min={0} max={70} inputMode="numeric" value={d.years ?? ''} onChange={(e) => setYears(d.id, (e.target as HTMLInputElement).value)} />
                <span class="hint">years</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <PickList
        id="offers-h"
        title="Typical tools and skills for your domains"
        hint="Tick only the ones you really use; they go into your profile and your resume suggestions."
        name="offer"
        items={offers.map((e) => ({ id: e.id, label: e.label, kind: e.category === 'tool' ? 'tool' : 'skill' }))}
        onAdd={confirmOffers}
      />
    </section>
  );
}
