// cardVerdict hands the card's employer to the core. A contributor's title ("Tax Expert") with a
// snippet that says nothing about AI is rater work only when the employer is an AI-training platform.
import { describe, expect, it } from 'vitest';
import { cardVerdict } from '../../src/background/analysis.ts';

// What the content script sends for a LinkedIn SDUI card: the whole card's text, the title, the employer.
const card = (company: string | undefined, title = 'Tax Expert') => ({
  key: `k-${company ?? 'none'}-${title}`,
  title,
  ...(company === undefined ? {} : { company }),
  text: `${title}\n${company ?? ''}\nUnited States (Remote)\n$90/hr`,
});

describe('cardVerdict with and without the company', () => {
  it('a contributor title at an AI-training platform is an AI-evaluator card', () => {
    for (const [title, company] of [['Tax Expert', 'Mercor'], ['Legal Expert', 'micro1'], ['Physics Expert', 'Outlier'], ['Sentiment Evaluator', 'Welocalize'], ['Finance Expert', 'DataAnnotation'], ['Medical Expert', 'Alignerr']] as const) {
      const verdict = cardVerdict(card(company, title));
      expect(verdict, `${title} @ ${company}`).toMatchObject({ key: `k-${company}-${title}`, aiEvaluator: true, warnings: 0 });
    }
  });

  it('the same title and snippet at an ordinary firm is not', () => {
    expect(cardVerdict(card('Harlow & Pike Tax Advisors')).aiEvaluator).toBe(false);
  });

  it('without a company the snippet alone is not enough, even when it names the platform', () => {
    expect(cardVerdict({ key: 'a', title: 'Tax Expert', text: 'Tax Expert\nUnited States (Remote)\n$90/hr' }).aiEvaluator).toBe(false);
    // The card text names Mercor, but only the company field says who employs: the text alone does not decide.
    expect(cardVerdict({ key: 'b', title: 'Tax Expert', text: 'Tax Expert\nMercor\nUnited States (Remote)\n$90/hr' }).aiEvaluator).toBe(false);
  });

  it('a staff title at the platform stays a staff job', () => {
    expect(cardVerdict(card('Mercor', 'Senior Software Engineer')).aiEvaluator).toBe(false);
  });

  it('an empty company is the same as none', () => {
    expect(cardVerdict({ ...card(undefined), company: '' }).aiEvaluator).toBe(false);
  });
});
