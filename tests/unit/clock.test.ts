/** The build's one clock: SITE_NOW when set, read once per process; the preview switch. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.resetModules();
});

/** A fresh copy of the module, as a new process would load it. */
const freshClock = async () => {
  vi.resetModules();
  return import('../../src/lib/clock.ts');
};

describe('siteNow', () => {
  it('is SITE_NOW when set', async () => {
    vi.stubEnv('SITE_NOW', '2025-09-02T08:00:00+07:00');
    const { siteNow } = await freshClock();
    expect(siteNow().toISOString()).toBe('2025-09-02T01:00:00.000Z');
  });
  it('is read once: the whole build sees one moment, even as the real time moves on', async () => {
    vi.stubEnv('SITE_NOW', '');
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const { siteNow } = await freshClock();
    const first = siteNow();
    vi.setSystemTime(new Date('2026-01-02T00:00:00Z'));
    expect(siteNow().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    // Each call gets its own copy: a caller changing it cannot move the clock.
    first.setFullYear(1999);
    expect(siteNow().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('stops on a SITE_NOW without offset', async () => {
    vi.stubEnv('SITE_NOW', '2025-09-02T08:00:00');
    const { siteNow } = await freshClock();
    expect(() => siteNow()).toThrow(/SITE_NOW="2025-09-02T08:00:00" has no offset/);
  });
  it('stops on a SITE_NOW that is not a date-time', async () => {
    vi.stubEnv('SITE_NOW', 'tomorrow+07:00');
    const { siteNow } = await freshClock();
    expect(() => siteNow()).toThrow(/SITE_NOW is not a valid date-time/);
  });
});

describe('isPreview', () => {
  it('is on only for SITE_PREVIEW=1', async () => {
    const { isPreview } = await freshClock();
    expect(isPreview({ SITE_PREVIEW: '1' })).toBe(true);
    expect(isPreview({ SITE_PREVIEW: 'true' })).toBe(false);
    expect(isPreview({})).toBe(false);
  });
});
