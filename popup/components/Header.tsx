import type { ExtractedPosting } from '../../src/core/types.ts';

export function Header({ posting }: { posting: ExtractedPosting }) {
  return (
    <header class="posting">
      <h1>{posting.title ?? 'Untitled posting'}</h1>
      {posting.company ? <p class="company">{posting.company}</p> : null}
    </header>
  );
}
