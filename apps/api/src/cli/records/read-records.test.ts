import { describe, expect, it } from 'vitest';
import { demoData } from '@thb/store/demo';
import { TEST_NOW } from '@thb/store/testing';
import { arrayElementLines } from './json-lines.ts';
import { readCsvRecords, readJsonRecords } from './read-records.ts';
import { recordsCsv, recordsJson } from './write-records.ts';

const demo = demoData(TEST_NOW);

describe('reading an import file', () => {
  it('reads back every demo record from JSON and from each kind\'s CSV', () => {
    const json = readJsonRecords(recordsJson(demo));
    expect(json.problems).toEqual([]);
    expect(json.records).toEqual({ members: demo.members, resources: demo.resources, events: demo.events });
    for (const kind of ['members', 'resources', 'events'] as const) {
      const csv = readCsvRecords(recordsCsv(kind, demo[kind]));
      expect([kind, csv.kind, csv.problems]).toEqual([kind, kind, []]);
      expect(csv.records[kind]).toEqual(demo[kind]);
    }
  });

  it('finds the line each record of a JSON file starts on, however it is laid out', () => {
    const text = '{"members": [\n  {"id": "a", "x": "[{"},\n\n  {"id": "b"}], "note": "[", "events": [ ],\n"resources":\n[1,\n2]}';
    expect(Object.fromEntries(arrayElementLines(text))).toEqual({ members: [2, 4], events: [], resources: [6, 7] });
  });

  it('reports every bad JSON record with its place and line, and ids used twice', () => {
    const members = demo.members.slice(0, 4).map((member) => ({ ...member }));
    members[1] = { ...members[1]!, country: 'XX' };
    members[3] = { ...members[3]!, id: members[0]!.id };
    const text = JSON.stringify({ members, events: [{ id: 'no-title' }], pages: [] }, null, 2);
    const { problems, total } = readJsonRecords(text);
    expect(total).toBe(5);
    // JSON.stringify puts each record's opening brace on a line of its own, four spaces in.
    const starts = text.split('\n').flatMap((line, index) => (line === '    {' ? [index + 1] : []));
    expect(problems.map((problem) => problem.where)).toEqual([
      `members[1], line ${starts[1]} (id "${members[1].id}")`,
      `members[3], line ${starts[3]} (id "${members[0]!.id}")`,
      `events[0], line ${starts[4]} (id "no-title")`,
      '"pages"',
    ]);
    expect(problems[0]!.message).toMatch(/^country: must be an ISO 3166-1/);
    expect(problems[1]!.message).toBe(`the id is used twice: also at members[0], line ${starts[0]}`);
    expect(problems[2]!.message).toContain('title: Invalid input');
  });

  it('reports JSON that does not parse, or is not the export\'s shape', () => {
    expect(readJsonRecords('{\n"members": [\n}').problems).toMatchObject([{ message: expect.stringMatching(/^not valid JSON/) }]);
    expect(readJsonRecords('[]').problems).toMatchObject([{ message: expect.stringMatching(/^must hold one object/) }]);
    expect(readJsonRecords('{"members": {}}').problems).toMatchObject([{ where: '"members"', message: 'must be a list ([...]) of records' }]);
  });

  it('reports a CSV header of unknown columns, rows of the wrong width and cells that are not JSON', () => {
    expect(readCsvRecords('id,colour\na,red\n').problems).toMatchObject([{ line: 1, message: expect.stringContaining('--kind') }]);
    expect(readCsvRecords('id,colour\na,red\n', 'members').problems).toMatchObject([{ line: 1, message: 'unknown column "colour" for members' }]);
    const csv = recordsCsv('members', demo.members.slice(0, 3)).split('\r\n');
    csv[2] = `${csv[2]},extra`;
    csv[3] = csv[3]!.replace('"{""lat""', '"{lat""');
    const { problems } = readCsvRecords(csv.join('\r\n'));
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [3, 'has 16 cells; the header has 15'],
      [4, expect.stringMatching(/^coordinates: not valid JSON/)],
    ]);
  });
});
