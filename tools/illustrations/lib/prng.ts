/**
 * Randomness for scatter (leaves, grass, ripples) that must not change between runs: the same
 * scene name always gives the same numbers, so regenerating leaves unchanged files unchanged.
 */

/** A deterministic PRNG (mulberry32) seeded from the scene name. */
export function prng(name: string) {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const range = (lo: number, hi: number) => lo + (hi - lo) * next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, range, pick };
}
export type Rng = ReturnType<typeof prng>;
