import { generatedFilesDrift, jsonDifferences, openApiDrift } from './drift.js';

const text = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('openApiDrift', () => {
  const current = { openapi: '3.0.0', paths: { '/a': { get: { operationId: 'getA' } } }, tags: ['x', 'y'] };

  it('is null when the committed text is the generated text', () => {
    expect(openApiDrift(text(current), text(current))).toBeNull();
  });

  it('names each changed, added and removed member of a stale copy, and says how to fix it', () => {
    const stale = { openapi: '3.0.0', paths: { '/a': { get: { operationId: 'oldA' } }, '/gone': {} }, tags: ['x'] };
    const message = openApiDrift(text(stale), text(current))!;
    expect(message.split('\n')).toEqual([
      'openapi.json differs from the document the code generates (3 differences):',
      '  ~ /paths/~1a/get/operationId: "oldA" → "getA"',
      '  - /paths/~1gone',
      '  + /tags/1',
      'Run `npm run openapi` and commit openapi.json.',
    ]);
  });

  it('reports a copy that differs only in layout or key order', () => {
    expect(openApiDrift(JSON.stringify(current), text(current))).toMatch(
      /same content .* not the same key order or layout/,
    );
  });

  it('reports a committed file that is not JSON', () => {
    expect(openApiDrift('<<<<<<< HEAD', text(current))).toMatch(
      /^openapi.json is not valid JSON\.\nRun `npm run openapi`/,
    );
  });

  it('lists at most 20 differences', () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, i]));
    const message = openApiDrift(text({}), text(many))!;
    expect(message).toContain('(25 differences)');
    expect(message).toContain('… and 5 more');
  });
});

describe('jsonDifferences', () => {
  it('compares arrays by position and escapes pointer tokens', () => {
    expect(jsonDifferences({ 'a/b~c': [1, 2] }, { 'a/b~c': [1, 3, 4] })).toEqual([
      '~ /a~1b~0c/1: 2 → 3',
      '+ /a~1b~0c/2',
    ]);
  });
});

describe('generatedFilesDrift', () => {
  const fresh = new Map([
    ['schema.ts', 'line 1\nline 2\n'],
    ['new.ts', 'x'],
  ]);

  it('is null when every file matches', () => {
    expect(generatedFilesDrift('client', new Map(fresh), fresh)).toBeNull();
  });

  it('names changed, missing and extra files, with the first differing line', () => {
    const stale = new Map([
      ['schema.ts', 'line 1\nline two\n'],
      ['old.ts', 'y'],
    ]);
    expect(generatedFilesDrift('client', stale, fresh)!.split('\n')).toEqual([
      'client differs from what openapi.json generates (3 files):',
      '  + new.ts: missing from the committed files',
      '  - old.ts: not generated any more',
      '  ~ schema.ts: first difference at line 2: "line two" → "line 2"',
      'Run `npm run client:generate` and commit client.',
    ]);
  });
});
