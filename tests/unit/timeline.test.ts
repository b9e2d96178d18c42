import { describe, expect, test } from 'vitest';
import { isWithin, nextBoundary, phaseAt, phasesFrom, phasesOf } from '../../src/lib/time/timeline.ts';

const t = (iso: string) => new Date(iso);

describe('isWithin', () => {
  test('includes the start and excludes the end', () => {
    const span = { from: t('2026-12-02T09:00:00Z'), until: t('2026-12-02T10:00:00Z') };
    expect(isWithin(span, t('2026-12-02T08:59:59Z'))).toBe(false);
    expect(isWithin(span, t('2026-12-02T09:00:00Z'))).toBe(true);
    expect(isWithin(span, t('2026-12-02T09:59:59Z'))).toBe(true);
    expect(isWithin(span, t('2026-12-02T10:00:00Z'))).toBe(false);
  });

  test('an open end reaches to the beginning or the end of time', () => {
    expect(isWithin({ until: t('2026-12-02T09:00:00Z') }, t('1999-01-01T00:00:00Z'))).toBe(true);
    expect(isWithin({ from: t('2026-12-02T09:00:00Z') }, t('2099-01-01T00:00:00Z'))).toBe(true);
    expect(isWithin({}, t('2026-12-02T09:00:00Z'))).toBe(true);
  });
});

describe('phasesOf', () => {
  const a = t('2027-01-01T00:00:00Z');
  const b = t('2027-02-01T00:00:00Z');
  const c = t('2027-03-01T00:00:00Z');

  test('cuts time at the boundaries and asks what holds in each piece', () => {
    const state = (instant: Date) => (instant < a ? 'before' : instant < b ? 'first' : instant < c ? 'second' : 'after');
    expect(phasesOf([c, a, b], state)).toEqual([
      { state: 'before', until: a },
      { state: 'first', from: a, until: b },
      { state: 'second', from: b, until: c },
      { state: 'after', from: c, until: undefined },
    ]);
  });

  test('joins neighbouring pieces in the same state, and ignores repeated boundaries', () => {
    const state = (instant: Date) => (instant >= a && instant < c ? 'during' : 'outside');
    expect(phasesOf([a, b, b, c], state)).toEqual([
      { state: 'outside', until: a },
      { state: 'during', from: a, until: c },
      { state: 'outside', from: c, until: undefined },
    ]);
  });

  test('without boundaries there is one phase for all time', () => {
    expect(phasesOf([], () => 'always')).toEqual([{ state: 'always', until: undefined }]);
  });
});

describe('phaseAt, phasesFrom and nextBoundary', () => {
  const a = t('2027-01-01T00:00:00Z');
  const b = t('2027-02-01T00:00:00Z');
  const phases = phasesOf([a, b], (instant) => (instant < a ? 'before' : instant < b ? 'during' : 'after'));

  test('phaseAt finds the phase that holds', () => {
    expect(phaseAt(phases, t('2026-06-01T00:00:00Z'))?.state).toBe('before');
    expect(phaseAt(phases, a)?.state).toBe('during');
    expect(phaseAt(phases, b)?.state).toBe('after');
  });

  test('phasesFrom keeps the phase under way and those to come', () => {
    expect(phasesFrom(phases, t('2027-01-15T00:00:00Z')).map((phase) => phase.state)).toEqual(['during', 'after']);
    expect(phasesFrom(phases, b).map((phase) => phase.state)).toEqual(['after']);
  });

  test('nextBoundary is the next change after now, if any', () => {
    expect(nextBoundary(phases, t('2026-06-01T00:00:00Z'))).toEqual(a);
    expect(nextBoundary(phases, a)).toEqual(b);
    expect(nextBoundary(phases, b)).toBeUndefined();
  });
});
