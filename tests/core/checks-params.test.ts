import { describe, expect, it } from 'vitest';
import { perRule } from '../../src/core/checks/params.ts';
import type { SignalRule } from '../../src/data/schema.ts';

const rule = (params: Record<string, unknown>) => ({ id: 'r', params }) as unknown as SignalRule;

describe('perRule', () => {
  it('builds once per rule and hands back the same value', () => {
    let builds = 0;
    const of = perRule((r) => {
      builds++;
      return { size: Object.keys(r.params).length };
    });
    const a = rule({ x: 1 });
    const b = rule({ x: 1, y: 2 });
    expect(of(a)).toBe(of(a));
    expect(of(b)?.size).toBe(2);
    expect(builds).toBe(2);
  });
  it('gives null for good when the build throws, without building again', () => {
    let builds = 0;
    const of = perRule((r) => {
      builds++;
      return new RegExp(String(r.params.pattern));
    });
    const bad = rule({ pattern: '(' });
    expect(of(bad)).toBeNull();
    expect(of(bad)).toBeNull();
    expect(builds).toBe(1);
  });
});
