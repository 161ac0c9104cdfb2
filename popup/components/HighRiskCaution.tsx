import type { RiskLevel } from '../../src/core/types.ts';

/**
 * Above the match and the resume edits of a high-risk posting: a good match is no reason to trust
 * it, and tailoring a resume is the first step scams ask for.
 */
export function HighRiskCaution({ level }: { level: RiskLevel }) {
  if (level !== 'high') return null;
  return (
    <p class="caution" role="note">
      This posting shows serious scam signs (see the red flags above). However well it matches your profile, check who is
      hiring on the company's own website before you apply, and never pay, deposit or share ID or bank details to get work.
    </p>
  );
}
