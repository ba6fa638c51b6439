/**
 * The sections a unified profile can carry, and the rules of the `sections` query
 * parameter. Pure, and unit-tested.
 */
export const PROFILE_SECTIONS = ['attributes', 'interactions', 'metrics', 'segments', 'experiments'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export const SECTIONS_RULE = `a comma-separated list of one or more of: ${PROFILE_SECTIONS.join(', ')}`;

/**
 * The raw parameter as a list of names: `a,b` and the repeated form `sections=a&sections=b`
 * (an array from the query parser) both give `['a', 'b']`. Nothing is trimmed or dropped, so
 * an empty item (`sections=`, `a,,b`, `a,`) stays in the list as `''` and fails validation.
 */
export function splitSectionList(value: unknown): unknown {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.flatMap((item) => item.split(','));
  }
  return value;
}

export function isProfileSection(value: unknown): value is ProfileSection {
  return typeof value === 'string' && (PROFILE_SECTIONS as readonly string[]).includes(value);
}

/** What a client is told about a `sections` list with bad items (quoted, and cut short). */
export function sectionsProblem(items: readonly unknown[]): string {
  const bad = items.filter((item) => !isProfileSection(item));
  const shown = bad
    .slice(0, 3)
    .map((item) =>
      item === '' ? 'an empty item' : JSON.stringify(typeof item === 'string' ? item.slice(0, 40) : item),
    );
  const more = bad.length > shown.length ? ` and ${bad.length - shown.length} more` : '';
  return `sections must be ${SECTIONS_RULE} (got ${shown.join(', ')}${more})`;
}

/** The sections asked for, as a set: left out means all of them; repeats count once. */
export function requestedSections(items: readonly ProfileSection[] | undefined): ReadonlySet<ProfileSection> {
  return new Set(items ?? PROFILE_SECTIONS);
}
