import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalEntries } from '../../scripts/complete-lockfile.mjs';

describe('package-lock.json', () => {
  it('records every optional platform package, so `npm ci` accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Parameters<typeof missingOptionalEntries>[0];
    };
    const missing = missingOptionalEntries(lock.packages).map(([key]) => key);
    expect(missing, 'run `npm run lock:complete` after `npm install`').toEqual([]);
  });
});
