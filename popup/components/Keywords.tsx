import type { KeywordHit, MatchItem } from '../../src/core/types.ts';

const TAG = { required: 'required', preferred: 'preferred', mentioned: '' } as const;

function Chips({ items }: { items: (MatchItem | KeywordHit)[] }) {
  return (
    <ul class="chips">
      {items.map((k) => (
        <li key={k.id} class={`chip ${k.importance}`}>
          {k.label}
          {TAG[k.importance] ? <span class="tag"> · {TAG[k.importance]}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Group({ id, title, hint, items, empty }: { id: string; title: string; hint: string; items: MatchItem[]; empty: string }) {
  return (
    <div class="kw-group" data-group={id}>
      <h3 id={`kw-${id}`}>
        {title} <span class="count">({items.length})</span>
      </h3>
      <p class="muted small">{hint}</p>
      {items.length ? <Chips items={items} /> : <p class="muted small">{empty}</p>}
    </div>
  );
}

export function Keywords({ matched, missing }: { matched: MatchItem[]; missing: MatchItem[] }) {
  return (
    <section aria-labelledby="kw-h">
      <h2 id="kw-h">Keywords</h2>
      <Group id="resume" title="On your resume" hint="The posting asks for these and your resume says them." items={matched.filter((m) => m.source === 'resume')} empty="None yet." />
      <Group
        id="profile"
        title="In your profile, not on your resume"
        hint="You have these — say them on your resume."
        items={matched.filter((m) => m.source !== 'resume')}
        empty="Nothing to add."
      />
      <Group id="missing" title="Missing" hint="Neither your profile nor your resume has these." items={missing} empty="Nothing missing." />
    </section>
  );
}

export function PostingKeywords({ keywords }: { keywords: KeywordHit[] }) {
  return (
    <section aria-labelledby="kw-h">
      <h2 id="kw-h">Keywords in this posting</h2>
      {keywords.length ? <Chips items={keywords} /> : <p class="muted">None found.</p>}
    </section>
  );
}
