import type { Risk as RiskT, SignalHit } from '../../src/core/types.ts';

const LEVEL_TEXT = { none: 'No warning signs', low: 'Low risk', medium: 'Medium risk', high: 'High risk' } as const;

function Signals({ items, kind }: { items: SignalHit[]; kind: 'flag' | 'healthy' }) {
  return (
    <ul class={`signals ${kind}`}>
      {items.map((s) => (
        <li key={s.id}>
          <span class="sig-title">
            <span aria-hidden="true">{kind === 'flag' ? '⚠ ' : '✓ '}</span>
            {s.title}
          </span>
          <span class="sig-expl">{s.explanation}</span>
        </li>
      ))}
    </ul>
  );
}

export function Risk({ risk, redFlags, healthy }: { risk: RiskT; redFlags: SignalHit[]; healthy: SignalHit[] }) {
  return (
    <section aria-labelledby="risk-h">
      <h2 id="risk-h">
        Risk: <span class={`pill risk-${risk.level}`}>{LEVEL_TEXT[risk.level]}</span>
      </h2>
      {redFlags.length ? (
        <details open={risk.level === 'high' || risk.level === 'medium'}>
          <summary>{redFlags.length} red flag{redFlags.length === 1 ? '' : 's'}</summary>
          <Signals items={redFlags} kind="flag" />
        </details>
      ) : null}
      {healthy.length ? (
        <details>
          <summary>{healthy.length} healthy signal{healthy.length === 1 ? '' : 's'}</summary>
          <Signals items={healthy} kind="healthy" />
        </details>
      ) : null}
    </section>
  );
}
