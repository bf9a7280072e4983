/**
 * The heading level a guide or a step uses for any `heading-level` a portal writes: above 6 is
 * 6; anything that is not a level at all (0, negative, not a number) is the default 2.
 */
export function headingLevel(asked: unknown): number {
  const level = Math.round(Number(asked));
  return level >= 1 ? Math.min(6, level) : 2;
}
