import { FLOOR_CURRENCIES, HOURLY_FLOOR_MAX, languageLevels, type Profile } from '../../src/schema/profile.ts';
import type { ProfileStore } from '../state.ts';
import { labelOf } from '../taxonomy-view.ts';

const FORMATS: [keyof Profile['workFormat'], string][] = [
  ['remote', 'Remote'],
  ['contract', 'Contract'],
  ['partTime', 'Part-time'],
  ['asynchronous', 'Asynchronous'],
];

function num(raw: string, max: number): number | null {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : null;
}

export function AboutYou({ store }: { store: ProfileStore }) {
  const { profile, update } = store;
  return (
    <section id="work" aria-labelledby="work-h">
      <h2 id="work-h">3. Work format, hours and pay</h2>
      <fieldset>
        <legend>Work format you accept</legend>
        {FORMATS.map(([key, label]) => (
          <label key={key} class="check inline">
            <input
              type="checkbox"
              name={`format-${key}`}
              checked={profile.workFormat[key]}
              onChange={(e) => update((p) => ({ ...p, workFormat: { ...p.workFormat, [key]: (e.target as HTMLInputElement).checked } }))}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="hours">Hours per week available</label>
        <input id="hours" type="number" min={0} max={168} value={profile.hoursPerWeek ?? ''} onChange={(e) => update((p) => ({ ...p, hoursPerWeek: num((e.target as HTMLInputElement).value, 168) }))} />
      </div>
      <div class="row">
        <label for="floor">Lowest hourly pay you accept</label>
        <input
          id="floor"
          type="number"
          min={0}
          step="1"
          value={profile.hourlyFloor?.amount ?? ''}
          onChange={(e) => {
            const amount = num((e.target as HTMLInputElement).value, HOURLY_FLOOR_MAX);
            update((p) => ({ ...p, hourlyFloor: amount === null ? null : { amount, currency: p.hourlyFloor?.currency ?? 'USD' } }));
          }}
        />
        <label for="currency" class="visually-hidden">
          Currency
        </label>
        <select
          id="currency"
          value={profile.hourlyFloor?.currency ?? 'USD'}
          onChange={(e) => update((p) => (p.hourlyFloor ? { ...p, hourlyFloor: { ...p.hourlyFloor, currency: (e.target as HTMLSelectElement).value } } : p))}
        >
          {FLOOR_CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
      {profile.languages.length ? (
        <div>
          <h3>Language levels</h3>
          <ul class="plain">
            {profile.languages.map((l) => (
              <li key={l.name} class="row">
                <label for={`lang-${l.name}`}>{labelOf(l.name)}</label>
                <select
                  id={`lang-${l.name}`}
                  value={l.level ?? ''}
                  onChange={(e) => {
                    const v = (e.target as HTMLSelectElement).value;
                    const level = (languageLevels as readonly string[]).includes(v) ? (v as (typeof languageLevels)[number]) : null;
                    update((p) => ({ ...p, languages: p.languages.map((x) => (x.name === l.name ? { ...x, level } : x)) }));
                  }}
                >
                  <option value="">Not set</option>
                  {languageLevels.map((lv) => (
                    <option key={lv} value={lv}>
                      {lv}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="hint">Add languages you speak from “Keywords” below (category Languages) to set their level here.</p>
      )}
    </section>
  );
}
