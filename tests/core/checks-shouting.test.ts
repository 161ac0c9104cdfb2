// The all-caps shouting check: capitalised sentences in running text count, capitalised section
// headings do not. Our own texts.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/core/checks/index.ts';
import type { SignalDocument } from '../../src/core/signals.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';

const rule = redFlagRules.find((r) => r.id === 'all-caps-shouting')!;

function shouts(text: string): string[] {
  const doc: SignalDocument = { text, tokens: tokenize(text), title: '', pay: null, aiEvaluator: false };
  return (runCheck(rule, doc) ?? []).map((e) => e.text);
}

describe('all-caps-shouting check', () => {
  it('leaves out headings alone on their line, before ordinary text', () => {
    expect(shouts('Intro text.\nEXPERIENCE AND SKILLS YOU SHOULD HAVE\n\nThree years of Python.')).toEqual([]);
    expect(shouts('Intro text.\n* THINGS YOU GET TO DO:\n- Work with the team.')).toEqual([]);
  });

  it('leaves out headings run into the text after a no-break space, as scraped postings have them', () => {
    expect(shouts('payroll support.\u00a0\u00a0THINGS YOU GET TO DO * Work directly with the CEO.')).toEqual([]);
    expect(shouts('friendly.\u00a0SO YOU WANT THE GIG... Awesome! Tell us about you.')).toEqual([]);
  });

  it('still counts shouted sentences and lines', () => {
    expect(shouts('Intro.\nEARN MONEY FAST FROM HOME TODAY!\nSend your details.')).toEqual(['EARN MONEY FAST FROM HOME TODAY']);
    expect(shouts('Intro.\nEARN MONEY FAST FROM HOME TODAY.\nSend your details.')).toEqual(['EARN MONEY FAST FROM HOME TODAY']);
    expect(shouts('Apply now. EARN MONEY FAST FROM HOME TODAY and more.')).toEqual(['EARN MONEY FAST FROM HOME TODAY']);
    expect(shouts('pass you by.POSITIONS ARE STILL AVAILABLE - GET STARTED RIGHT NOW Apply at: x')).toEqual([
      'POSITIONS ARE STILL AVAILABLE - GET STARTED RIGHT NOW',
    ]);
    // Longer than a heading.
    expect(shouts('Intro.\nPLEASE NOTE WE ARE ONLY ACCEPTING APPLICATIONS FROM CLINICAL CODERS\nHere at the Trust.')).toHaveLength(1);
    // Last in the text: nothing follows that it could head.
    expect(shouts('Intro.\nEARN MONEY FAST FROM HOME TODAY')).toHaveLength(1);
  });
});
