// The worst red-flag severity of a posting: the badge (runtime) and the summary chip (UI) both need it.
import type { SignalHit } from '../../src/core/types.ts';

export const severityRank = { high: 3, medium: 2, low: 1 } as const;

export function worstSeverity(flags: SignalHit[]): SignalHit['severity'] | null {
  return flags.reduce<SignalHit['severity'] | null>((worst, flag) => (!worst || severityRank[flag.severity] > severityRank[worst] ? flag.severity : worst), null);
}
