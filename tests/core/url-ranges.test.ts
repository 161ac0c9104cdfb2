import { describe, expect, it } from 'vitest';
import { detectEvaluator } from '../../src/core/evaluator.ts';
import { keysFor } from '../../src/core/matcher.ts';
import { inRanges, linkPaths } from '../../src/core/url-ranges.ts';

describe('link paths', () => {
  it('spans each address from the slash after its host to its end', () => {
    const text = 'Read https://news.example.com/articles/dod-scale-ai-contract and www.example.org/jobs/42 or https://app.outlier.ai today.';
    const paths = linkPaths(text, keysFor(text).index);
    const spans = [];
    for (let k = 0; k < paths.length; k += 2) spans.push(text.slice(paths[k], paths[k + 1]));
    expect(spans).toEqual(['/articles/dod-scale-ai-contract', '/jobs/42']);
    expect(inRanges(paths, text.indexOf('outlier'))).toBe(false);
    const plain = 'No links at all, just text about AI.';
    expect(linkPaths(plain, keysFor(plain).index)).toEqual([]);
  });

  it('keeps a vendor named in a host and drops one named only in a news slug', () => {
    const body = 'Build prompts and evaluation tooling for our wargaming simulator. ';
    const inSlug = detectEvaluator(body + 'See https://www.govnews.example/articles/dod-scale-ai-prime-contract for background.', 'Prompt Engineering Intern');
    expect(inSlug.reasons.map((r) => r.id)).not.toContain('ai-training-vendor');
    const inHost = detectEvaluator(body + 'Apply at https://dataannotation.tech/apply today.', 'Prompt Engineering Intern');
    expect(inHost.reasons.map((r) => r.id)).toContain('ai-training-vendor');
  });
});
