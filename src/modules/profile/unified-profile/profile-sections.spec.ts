import { PROFILE_SECTIONS, requestedSections, sectionsProblem, splitSectionList } from './profile-sections.js';

describe('splitSectionList', () => {
  it.each([
    ['attributes', ['attributes']],
    ['attributes,metrics', ['attributes', 'metrics']],
    ['', ['']],
    ['attributes,,metrics', ['attributes', '', 'metrics']],
    ['attributes,', ['attributes', '']],
    [' attributes', [' attributes']],
  ])('splits %j without trimming or dropping anything', (raw, list) => {
    expect(splitSectionList(raw)).toEqual(list);
  });

  it('joins the repeated form (sections=a&sections=b,c)', () => {
    expect(splitSectionList(['attributes', 'metrics,segments'])).toEqual(['attributes', 'metrics', 'segments']);
  });

  it('leaves anything else for validation to refuse', () => {
    expect(splitSectionList(undefined)).toBeUndefined();
    expect(splitSectionList({ a: 1 })).toEqual({ a: 1 });
  });
});

describe('sectionsProblem', () => {
  it('quotes the bad items and lists the allowed names', () => {
    const message = sectionsProblem(['attributes', 'bogus', '']);
    expect(message).toContain('"bogus", an empty item');
    for (const name of PROFILE_SECTIONS) expect(message).toContain(name);
    expect(message).not.toContain('"attributes"');
  });

  it('cuts long lists and long items short', () => {
    const message = sectionsProblem(['a', 'b', 'c', 'd', 'x'.repeat(1000)]);
    expect(message).toContain('"a", "b", "c" and 2 more');
    expect(sectionsProblem(['y'.repeat(1000)])).toContain(`"${'y'.repeat(40)}"`);
    expect(sectionsProblem(['y'.repeat(1000)])).not.toContain('y'.repeat(41));
  });
});

describe('requestedSections', () => {
  it('is every section when left out, and counts repeats once', () => {
    expect([...requestedSections(undefined)]).toEqual([...PROFILE_SECTIONS]);
    expect([...requestedSections(['metrics', 'attributes', 'metrics'])]).toEqual(['metrics', 'attributes']);
  });
});
