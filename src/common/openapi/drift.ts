/**
 * Drift checks: is a committed, generated artefact still what its generator produces?
 * Each returns null when it is, or a message that says what differs and how to fix it.
 * Used by the drift test (test/e2e/openapi-drift.e2e-spec.ts) and unit-tested on stale copies.
 */

/** How many differences a message lists before it says "and N more". */
const SHOWN = 20;

/** The committed openapi.json against the document generated from the code. */
export function openApiDrift(committedText: string, generatedText: string): string | null {
  if (committedText === generatedText) return null;
  let committed: unknown;
  try {
    committed = JSON.parse(committedText);
  } catch {
    return staleMessage('openapi.json is not valid JSON.', [], 'npm run openapi', 'openapi.json');
  }
  const differences = jsonDifferences(committed, JSON.parse(generatedText));
  const summary =
    differences.length === 0
      ? 'openapi.json has the same content as the generated document but not the same key order or layout.'
      : `openapi.json differs from the document the code generates (${count(differences.length, 'difference')}):`;
  return staleMessage(summary, differences, 'npm run openapi', 'openapi.json');
}

/** The committed generated client files against a fresh generation (file name → content). */
export function generatedFilesDrift(
  label: string,
  committed: ReadonlyMap<string, string>,
  generated: ReadonlyMap<string, string>,
): string | null {
  const differences: string[] = [];
  const names = [...new Set([...committed.keys(), ...generated.keys()])].sort();
  for (const name of names) {
    const mine = committed.get(name);
    const theirs = generated.get(name);
    if (mine === undefined) differences.push(`+ ${name}: missing from the committed files`);
    else if (theirs === undefined) differences.push(`- ${name}: not generated any more`);
    else if (mine !== theirs) differences.push(`~ ${name}: ${firstDifferentLine(mine, theirs)}`);
  }
  if (differences.length === 0) return null;
  return staleMessage(
    `${label} differs from what openapi.json generates (${count(differences.length, 'file')}):`,
    differences,
    'npm run client:generate',
    label,
  );
}

/**
 * Where two JSON values differ, as JSON pointers: `+` only in the generated value, `-`
 * only in the committed one, `~` in both with different values.
 */
export function jsonDifferences(committed: unknown, generated: unknown, pointer = ''): string[] {
  if (isObject(committed) && isObject(generated)) {
    const keys = [...new Set([...Object.keys(committed), ...Object.keys(generated)])];
    return keys.flatMap((key) => {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!(key in generated)) return [`- ${at}`];
      if (!(key in committed)) return [`+ ${at}`];
      return jsonDifferences(committed[key], generated[key], at);
    });
  }
  if (Array.isArray(committed) && Array.isArray(generated)) {
    const length = Math.max(committed.length, generated.length);
    return Array.from({ length }, (_, index) => {
      const at = `${pointer}/${index}`;
      if (index >= generated.length) return [`- ${at}`];
      if (index >= committed.length) return [`+ ${at}`];
      return jsonDifferences(committed[index], generated[index], at);
    }).flat();
  }
  if (JSON.stringify(committed) === JSON.stringify(generated)) return [];
  return [`~ ${pointer || '/'}: ${preview(committed)} → ${preview(generated)}`];
}

function staleMessage(summary: string, differences: string[], command: string, artefact: string): string {
  const shown = differences.slice(0, SHOWN).map((line) => `  ${line}`);
  if (differences.length > SHOWN) shown.push(`  … and ${differences.length - SHOWN} more`);
  return [summary, ...shown, `Run \`${command}\` and commit ${artefact}.`].join('\n');
}

function firstDifferentLine(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1}: ${preview(a[at] ?? '(end of file)')} → ${preview(b[at] ?? '(end of file)')}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value.trim()) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
