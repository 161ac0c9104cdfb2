import type { Risk as RiskT, SignalHit } from '../../src/core/types.ts';

const LEVEL_TEXT = { none: 'No warning signs', low: 'Low risk', medium: 'Medium risk', high: 'High risk' } as const;
// The words the risk reasons use: a missing salary is not a deposit demand, and should not look like one.
const SEVERITY_TEXT = { high: 'Serious', medium: 'Warning', low: 'Minor' } as const;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function Signals({ items, kind }: { items: SignalHit[]; kind: 'flag' | 'healthy' }) {
  const shown = kind === 'flag' ? [...items].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : items;
  return (
    <ul class={`signals ${kind}`}>
      {shown.map((s) => (
        <li key={s.id} class={kind === 'flag' ? `sev-${s.severity}` : undefined}>
          <span class="sig-title">
            <span aria-hidden="true">{kind === 'flag' ? '⚠ ' : '✓ '}</span>
            {kind === 'flag' ? <span class="sev">{SEVERITY_TEXT[s.severity]}: </span> : null}
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
