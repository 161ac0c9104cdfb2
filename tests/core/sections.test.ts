import { describe, expect, it } from 'vitest';
import { keysFor } from '../../src/core/matcher.ts';
import { importanceMap } from '../../src/core/sections.ts';
import { tokenize } from '../../src/core/tokenize.ts';

describe('importanceMap', () => {
  const text = [
    'Requirements:',
    'Python and SQL',
    'Nice to have:',
    'Go, and Rust (required for the infra team).',
    'Benefits',
    'Dental insurance',
    'Overview',
    'Kotlin is a plus. Java is required, Scala preferred.',
  ].join('\n');
  const tokens = tokenize(text);
  const doc = keysFor(text, tokens);
  const map = importanceMap(text, doc);
  const token = (word: string) => {
    for (let k = 0; k < tokens.count; k++) if (text.slice(tokens.start[k], tokens.end[k]) === word) return k;
    throw new Error(word);
  };

  it('reads each line under its heading, and each sentence by its cue', () => {
    expect(map.at(token('Python'))).toBe('required');
    expect(map.at(token('Go'))).toBe('preferred');
    // A cue in a parenthesis with other words speaks for those words only.
    expect(map.at(token('infra'))).toBe('required');
    expect(map.at(token('Dental'))).toBe('mentioned');
    expect(map.aboutTheEmployer(token('Dental'))).toBe(true);
    expect(map.aboutTheEmployer(token('Python'))).toBe(false);
    expect(map.at(token('Kotlin'))).toBe('preferred');
    // 'preferred' in the sentence wins over 'required'.
    expect(map.at(token('Java'))).toBe('preferred');
  });
});

describe('headings of postings in other languages', () => {
  const levels = (text: string) => {
    const tokens = tokenize(text);
    const map = importanceMap(text, keysFor(text, tokens));
    const out: Record<string, string> = {};
    for (let k = 0; k < tokens.count; k++) {
      const word = text.slice(tokens.start[k], tokens.end[k]);
      if (/^(?:Alpha|Beta|Gamma)$/.test(word)) out[word] = map.aboutTheEmployer(k) ? 'benefits' : map.at(k);
    }
    return out;
  };
  const expected = { Alpha: 'required', Beta: 'preferred', Gamma: 'benefits' };
  it.each([
    ['Spanish', 'Requisitos:\n- Alpha\nSe valorará:\n- Beta\nOfrecemos:\n- Gamma'],
    ['French, with and without accents', 'Profil recherché\n- Alpha\nCompétences souhaitées\n- Beta\nNous offrons\n- Gamma'],
    ['French, accents dropped', 'Profil recherche\n- Alpha\nAtouts\n- Beta\nAvantages\n- Gamma'],
    ['German', 'Ihr Profil\n- Alpha\nWünschenswert\n- Beta\nWir bieten\n- Gamma'],
    ['Portuguese', 'Requisitos\n- Alpha\nDiferenciais\n- Beta\nBenefícios\n- Gamma'],
    ['Dutch', 'Vereiste kwalificaties:\n- Alpha\nPluspunten\n- Beta\nWat wij bieden\n- Gamma'],
    ['English', "What you'll bring\n- Alpha\nNice to have\n- Beta\nWhat we offer\n- Gamma"],
  ])('%s', (_, text) => {
    expect(levels(text)).toEqual(expected);
  });
  it('still reads Korean headings (Hangul is not taken apart by the accent folding)', () => {
    const text = '자격 요건 · Café\n- Alpha';
    expect(levels(text)).toEqual({ Alpha: 'required' });
  });
});

describe('duty headings end a requirements section', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    const map = importanceMap(text, keysFor(text, tokens));
    for (let k = 0; k < tokens.count; k++) if (text.slice(tokens.start[k], tokens.end[k]) === word) return map.at(k);
    throw new Error(word);
  };
  it.each([
    ['Role Highlights', "**Why You're a Great Fit**\n- Know Python\n**Role Highlights**\n- Compare Alpha outputs"],
    ['Job Details', 'Qualifications:\n- Know Python\n**Job Details**:\n- Work on Alpha tasks'],
    ["What you'll be doing", "Who you are\nYou know Python.\nWhat you'll be doing\nReview Alpha outputs."],
    ['Key Accountabilities', 'Requirements\n- Python\nKey Accountabilities\n- Alpha reports'],
    ['More about the opportunity', 'Ideal Qualifications\n- Python\nMore About the Opportunity\n- Alpha hours a week'],
  ])('%s', (_, text) => {
    expect(at(text, 'Python')).toBe('required');
    expect(at(text, 'Alpha')).toBe('mentioned');
  });
  it('reads "How you can be qualified" as requirements', () => {
    expect(at('What You Will Do\nTeach Beta.\nHow You Can Be Qualified\nAlpha degree', 'Alpha')).toBe('required');
  });
});

describe('sections in which the employer describes itself', () => {
  const employerWords = (text: string) => {
    const tokens = tokenize(text);
    const map = importanceMap(text, keysFor(text, tokens));
    const out: string[] = [];
    for (let k = 0; k < tokens.count; k++) if (map.aboutTheEmployer(k)) out.push(text.slice(tokens.start[k], tokens.end[k]));
    return out.join(' ');
  };

  it.each([
    ['About Acme', 'About Acme\nAcme serves hospitals.\nRequirements:\n- Python'],
    ['About us', '**About Us**\nAcme serves hospitals.\nWhat you will do\n- Python'],
    ['Company overview', 'Company Overview:\nAcme serves hospitals.\nResponsibilities\n- Python'],
    ['Our values', 'Our values\nAcme serves hospitals.\nQualifications\n- Python'],
    ['Equal opportunity', 'Equal Opportunity Employer\nAcme serves hospitals.\nHow to apply\n- Python'],
    ['Spanish', 'Sobre nosotros\nAcme serves hospitals.\nRequisitos\n- Python'],
  ])('%s', (_, text) => {
    // The heading's own line counts with its section, as a benefits heading does.
    expect(employerWords(text)).toMatch(/ Acme serves hospitals$/);
  });

  it.each([
    ['About the role', 'About the Role\nReview model answers.'],
    ['About the teams', 'About the teams\nReview model answers.'],
    ['About a kind of work', 'About AI Training Work\nReview model answers.'],
    ['Who we are looking for', 'Who we are looking for?\nReview model answers.'],
  ])('leaves the job\'s own text alone: %s', (_, text) => {
    expect(employerWords(text)).toBe('');
  });

  it('ends at a heading it does not name', () => {
    expect(employerWords('About Acme\nAcme serves hospitals.\nWhy This Work Matters\nReview model answers.')).toBe('About Acme Acme serves hospitals');
  });
});

describe('importanceMap with no-break spaces', () => {
  // Text copied from web pages keeps &nbsp; between words: headings read the same.
  const at = (text: string, word: string) => {
    const doc = keysFor(text);
    const map = importanceMap(text, doc);
    for (let k = 0; k < doc.tokens.count; k++) if (text.slice(doc.tokens.start[k], doc.tokens.end[k]) === word) return map.at(k);
    throw new Error(word);
  };
  it('reads a heading line whose words are joined by no-break spaces', () => {
    const text = (space: string) => `### Your tasks\nWrite lessons for learners.\n### You${space}bring${space}to${space}us\nA degree in linguistics.`;
    expect(at(text(' '), 'linguistics')).toBe('required');
    expect(at(text('\u00a0'), 'linguistics')).toBe('required');
  });
  it('reads an inline heading in a flattened line whose spaces are no-break spaces', () => {
    const text = (space: string) =>
      'Rate answers from a chat model for accuracy and tone, compare pairs of replies, explain which is better and why, flag unsafe content and write short notes for the team each week. Requirements: A degree in linguistics and two years of editing experience with style guides. Benefits: Flexible hours and weekly pay.'.replace(/ /g, space);
    expect(at(text(' '), 'linguistics')).toBe('required');
    expect(at(text('\u00a0'), 'linguistics')).toBe('required');
  });
});
