import type { EvaluatorVerdict } from '../../src/core/types.ts';

export function Verdict({ verdict }: { verdict: EvaluatorVerdict }) {
  return (
    <section aria-labelledby="verdict-h">
      <h2 id="verdict-h">
        AI-evaluator role: <span class={verdict.match ? 'pill good' : 'pill neutral'}>{verdict.match ? 'Yes' : 'Probably not'}</span>
      </h2>
      {verdict.reasons.length ? (
        <ul class="reasons">
          {verdict.reasons.slice(0, 4).map((r) => (
            <li key={r.id}>{r.label}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">No evaluator signals found in the text.</p>
      )}
    </section>
  );
}
