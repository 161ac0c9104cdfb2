import type { Profile } from '../../src/schema/profile.ts';
import { labelOf } from '../taxonomy-view.ts';

/** The seed's pattern: combine the AI keyword with the professional background. */
export function searchesFor(profile: Profile): string[] {
  const out: string[] = [];
  for (const d of profile.domains.slice(0, 4)) {
    const label = labelOf(d.id).toLowerCase();
    out.push(`${label} AI evaluator remote`, `${label} AI training jobs`);
  }
  out.push('RLHF expert reviewer', 'AI model evaluation contract');
  return [...new Set(out)];
}

const BOARDS: [string, (q: string) => string][] = [
  ['LinkedIn', (q) => `https://www.linkedin.com/jobs/search/?keywords=${encodeURIComponent(q)}`],
  ['Upwork', (q) => `https://www.upwork.com/nx/search/jobs/?q=${encodeURIComponent(q)}`],
  ['Indeed', (q) => `https://www.indeed.com/jobs?q=${encodeURIComponent(q)}`],
];

export function Searches({ profile }: { profile: Profile }) {
  const searches = searchesFor(profile);
  return (
    <section id="searches" aria-labelledby="searches-h">
      <h2 id="searches-h">7. Suggested searches</h2>
      <p class="hint">Searching with your field plus the AI keyword finds more relevant work than “remote jobs”.</p>
      <ul class="plain">
        {searches.map((q) => (
          <li key={q} class="row wrap">
            <span class="grow">“{q}”</span>
            {BOARDS.map(([board, url]) => (
              <a key={board} href={url(q)} target="_blank" rel="noopener noreferrer" aria-label={`Search ${board} for ${q}`}>
                {board}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
