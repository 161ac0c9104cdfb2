import { useState } from 'preact/hooks';
import type { KeywordCategory } from '../../src/core/types.ts';
import type { ProfileStore } from '../state.ts';
import { addToProfile, CATEGORY_LABEL, labelOf, profileHas, removeFromProfile, searchTaxonomy } from '../taxonomy-view.ts';

const BROWSABLE: KeywordCategory[] = ['tool', 'skill', 'task', 'credential', 'language', 'domain'];

function splitList(raw: string): string[] {
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
}

function Chips({ title, ids, onRemove }: { title: string; ids: string[]; onRemove: (id: string) => void }) {
  if (!ids.length) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul class="chips">
        {ids.map((id) => (
          <li key={id} class="chip">
            {labelOf(id)}
            <button type="button" class="icon" aria-label={`Remove ${labelOf(id)}`} onClick={() => onRemove(id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Keywords({ store }: { store: ProfileStore }) {
  const { profile, update } = store;
  const [category, setCategory] = useState<KeywordCategory | 'all'>('tool');
  const [query, setQuery] = useState('');
  const [term, setTerm] = useState('');
  const [synonyms, setSynonyms] = useState('');
  const [error, setError] = useState('');
  const results = searchTaxonomy(query, category);
  const remove = (id: string) => update((p) => removeFromProfile(p, id));

  function addCustom(e: Event) {
    e.preventDefault();
    const t = term.trim();
    if (!t) {
      setError('Type the keyword first.');
      return;
    }
    if (profile.customKeywords.some((k) => k.term.toLowerCase() === t.toLowerCase())) {
      setError(`“${t}” is already one of your keywords.`);
      return;
    }
    update((p) => ({ ...p, customKeywords: [...p.customKeywords, { term: t, synonyms: splitList(synonyms) }] }));
    setTerm('');
    setSynonyms('');
    setError('');
  }

  return (
    <section id="keywords" aria-labelledby="keywords-h">
      <h2 id="keywords-h">2. Keywords: tools, skills, credentials, languages</h2>
      <Chips title="Tools" ids={profile.tools} onRemove={remove} />
      <Chips title="Evaluator skills" ids={profile.evaluatorSkills} onRemove={remove} />
      <Chips title="Credentials" ids={profile.credentials} onRemove={remove} />
      <Chips title="Languages" ids={profile.languages.map((l) => l.name)} onRemove={remove} />

      <h3>Browse the built-in keywords</h3>
      <div class="row">
        <label for="kw-category">Category</label>
        <select id="kw-category" value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as KeywordCategory | 'all')}>
          <option value="all">All</option>
          {BROWSABLE.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c]}
            </option>
          ))}
        </select>
        <label for="kw-search">Search</label>
        <input id="kw-search" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="e.g. Excel, RLHF, CPA" />
      </div>
      <ul class="plain scroll-list" aria-label="Built-in keywords">
        {results.map((entry) => {
          const has = profileHas(profile, entry.id);
          return (
            <li key={entry.id} class="row">
              <span class="grow">
                {entry.label} <span class="hint">{CATEGORY_LABEL[entry.category]}</span>
                {entry.aliases.length ? <span class="hint small"> — also “{entry.aliases.slice(0, 3).join('”, “')}”</span> : null}
              </span>
              <button type="button" disabled={has || entry.category === 'work-format'} onClick={() => update((p) => addToProfile(p, entry))} aria-label={has ? `Added ${entry.label}` : `Add ${entry.label}`}>
                {has ? 'Added' : 'Add'}
              </button>
            </li>
          );
        })}
        {results.length === 0 ? <li class="hint">Nothing matches — add it as your own keyword below.</li> : null}
      </ul>

      <h3>Your own keywords</h3>
      <p class="hint">Words the built-in list lacks. Synonyms count as the same keyword, so a posting that uses one is never reported as missing it.</p>
      <form class="row wrap" onSubmit={addCustom}>
        <label for="custom-term">Keyword</label>
        <input id="custom-term" value={term} onInput={(e) => setTerm((e.target as HTMLInputElement).value)} />
        <label for="custom-syn">Synonyms (comma-separated)</label>
        <input id="custom-syn" value={synonyms} onInput={(e) => setSynonyms((e.target as HTMLInputElement).value)} />
        <button type="submit">Add keyword</button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <ul class="plain">
        {profile.customKeywords.map((k) => (
          <li key={k.term} class="row">
            <span class="grow">
              <strong>{k.term}</strong>
              {k.synonyms.length ? <span class="hint"> = {k.synonyms.join(', ')}</span> : null}
            </span>
            <button type="button" class="secondary" aria-label={`Remove keyword ${k.term}`} onClick={() => update((p) => ({ ...p, customKeywords: p.customKeywords.filter((x) => x.term !== k.term) }))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
