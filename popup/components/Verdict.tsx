import type { EvaluatorReason, EvaluatorVerdict } from '../../src/core/types.ts';

function ReasonList({ reasons, label }: { reasons: EvaluatorReason[]; label: string }) {
  return (
    <ul class="reasons" aria-label={label}>
      {reasons.map((r) => (
        <li key={r.id}>{r.label}</li>
      ))}
    </ul>
  );
}

export function Verdict({ verdict }: { verdict: EvaluatorVerdict }) {
  // Reasons come strongest first. A "Probably not" with evaluator words in it has to say what
  // outweighed them ("Engineering or science title, and no contract, hourly or per-task work").
  const forIt = verdict.reasons.filter((r) => r.weight > 0);
  const against = verdict.reasons.filter((r) => r.weight < 0).sort((a, b) => a.weight - b.weight);
  const showAgainst = !verdict.match && forIt.length > 0 && against.length > 0;
  return (
    <section aria-labelledby="verdict-h">
      <h2 id="verdict-h">
        AI-evaluator role: <span class={verdict.match ? 'pill good' : 'pill neutral'}>{verdict.match ? 'Yes' : 'Probably not'}</span>
      </h2>
      {forIt.length > 0 ? (
        <ReasonList reasons={forIt.slice(0, showAgainst ? 3 : 4)} label="Signs of evaluator work" />
      ) : (
        <p class="muted">No evaluator signals found in the text.</p>
      )}
      {showAgainst ? (
        <>
          <p class="muted small">Outweighed by:</p>
          <ReasonList reasons={against.slice(0, 3)} label="Signs against" />
        </>
      ) : null}
    </section>
  );
}
