import type { Pay as PayT } from '../../src/core/types.ts';

function money(n: number, currency: string): string {
  // A bare salary field ("30000-45000") names no currency: show the figure, not a guessed one.
  if (!currency) return n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 2 : 0 });
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: n < 100 ? 2 : 0 }).format(n);
  } catch {
    return `${n} ${currency}`;
  }
}

const BAND_TEXT = { below: 'below the usual range', within: 'within the usual range', above: 'above the usual range', unknown: 'market range unknown' } as const;

export function Pay({ pay, floor }: { pay: PayT | null; floor: { amount: number; currency: string } | null }) {
  if (!pay) {
    return (
      <section aria-labelledby="pay-h">
        <h2 id="pay-h">Pay</h2>
        <p class="muted">No pay stated.</p>
      </section>
    );
  }
  const lo = pay.hourlyMin ?? pay.hourlyMax;
  const hi = pay.hourlyMax ?? pay.hourlyMin;
  const hourly = lo === null || hi === null ? null : lo === hi ? `${money(lo, pay.currency)}/hour` : `${money(lo, pay.currency)}–${money(hi, pay.currency)}/hour`;
  const original = pay.evidence?.text;
  let floorNote: { text: string; cls: string } | null = null;
  if (floor && hi !== null && floor.currency === pay.currency) {
    floorNote = hi < floor.amount
      ? { text: `Below your floor of ${money(floor.amount, floor.currency)}/hour`, cls: 'bad' }
      : { text: `Meets your floor of ${money(floor.amount, floor.currency)}/hour`, cls: 'good' };
  }
  return (
    <section aria-labelledby="pay-h">
      <h2 id="pay-h">Pay</h2>
      <p>
        <strong>{hourly ?? `Per ${pay.period}, no hourly equivalent`}</strong>
        {pay.currency ? null : <span class="muted"> (currency not stated)</span>}
        {pay.band ? <span class="muted"> — {BAND_TEXT[pay.band]}</span> : null}
      </p>
      {original && pay.period !== 'hour' ? <p class="muted small">Stated as “{original}”.</p> : null}
      {floorNote ? <p class={`pill ${floorNote.cls}`}>{floorNote.text}</p> : null}
    </section>
  );
}
