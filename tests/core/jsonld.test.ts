import { describe, expect, it } from 'vitest';
import { findJobPosting, parseJsonLdBlocks } from '../../src/core/jsonld.ts';

describe('JSON-LD JobPosting', () => {
  it('finds a posting inside @graph with an array @type and array fields', () => {
    const blocks = parseJsonLdBlocks([
      '{ broken json',
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'x' }),
      JSON.stringify({
        '@graph': [
          {
            '@type': ['JobPosting'],
            title: 'Legal AI Reviewer',
            description: '<p>Review AI answers.</p>',
            hiringOrganization: [{ '@type': 'Organization', name: 'Northwind Data' }],
            jobLocation: [{ address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' } }],
            baseSalary: { currency: 'USD', value: { minValue: 45, maxValue: 60, unitText: 'HOUR' } },
            identifier: { '@type': 'PropertyValue', value: 'LR-42' },
            jobLocationType: 'TELECOMMUTE',
          },
        ],
      }),
    ]);
    expect(findJobPosting(blocks)).toEqual({
      title: 'Legal AI Reviewer',
      company: 'Northwind Data',
      location: 'Remote, Austin, TX, US',
      descriptionHtml: '<p>Review AI answers.</p>',
      payText: '$45 - $60 per hour',
      url: null,
      identifier: 'LR-42',
      employmentType: null,
      remote: true,
    });
  });
  it('returns null when no block holds a JobPosting', () => {
    expect(findJobPosting(parseJsonLdBlocks(['{"@type":"Organization"}', '[1,2]', 'null']))).toBeNull();
  });
});
