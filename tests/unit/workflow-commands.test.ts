import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/lib/content/problems.ts';
import {
  escapeData,
  escapeProperty,
  escapeTableCell,
  problemAnnotation,
  problemsSummary,
  withoutCommands,
  workflowCommand,
} from '../../src/lib/workflows/workflow-commands.ts';
import { ROOT } from '../support/build.ts';

const HOSTILE_KEY = 'x\n::warning::pwned';
const hostile: Problem = {
  file: 'content/postcards/a,b:c/index.md',
  field: HOSTILE_KEY,
  found: '"100%\\r\\n"',
  expected: 'only the fields the content contract lists',
};

/** Lines the runner would read as commands. */
const commandLines = (output: string) => output.split(/\r?\n|\r/).filter((line) => line.startsWith('::'));

describe('escaping as the toolkit does', () => {
  test('messages escape %, CR and LF', () => {
    expect(escapeData('100%\r\n::warning::pwned')).toBe('100%25%0D%0A::warning::pwned');
  });

  test('properties also escape : and ,', () => {
    expect(escapeProperty('a,b:c\n%')).toBe('a%2Cb%3Ac%0A%25');
  });

  test('a crafted YAML key stays inside one annotation', () => {
    const line = problemAnnotation(hostile, `${hostile.field}: found ${hostile.found}`);
    expect(line).toBe(
      '::error file=content/postcards/a%2Cb%3Ac/index.md,title=x%0A%3A%3Awarning%3A%3Apwned::x%0A::warning::pwned: found "100%25\\r\\n"',
    );
    expect(commandLines(line)).toEqual([line]);
  });

  test('a command without properties', () => {
    expect(workflowCommand('notice', {}, 'done')).toBe('::notice::done');
  });

  test('stop-commands wraps text in a token', () => {
    expect(withoutCommands('::warning::pwned', 'abc')).toBe('::stop-commands::abc\n::warning::pwned\n::abc::');
  });
});

describe('the job summary', () => {
  test('table cells are one line with no HTML, pipes, links or mentions', () => {
    expect(escapeTableCell('a|b\n<script>alert(1)</script> [x](https://e.example) @octocat *b* & #1')).toBe(
      'a\\|b &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(https://e.example\\) &#64;octocat \\*b\\* &amp; \\#1',
    );
  });

  test('lists every problem with its file and field', () => {
    const summary = problemsSummary([
      hostile,
      { file: 'content/rounds/1.yaml', field: 'number', found: '2', expected: '1, the number in the file name' },
    ]);
    const rows = summary.split('\n').filter((line) => line.startsWith('| content/'));
    expect(rows).toEqual([
      '| content/postcards/a,b:c/index.md | x ::warning::pwned | "100%\\\\r\\\\n" | only the fields the content contract lists |',
      '| content/rounds/1.yaml | number | 2 | 1, the number in the file name |',
    ]);
    expect(summary).toContain('2 problems in content');
    expect(problemsSummary([])).toContain('Every file follows the content contract.');
  });

  test('lists warnings after the problems, saying the check passes', () => {
    const link = { file: 'content/topics/1/08-x.md', field: 'body', found: 'a link to 01-y.md, but there is no file', expected: 'a link to a file' };
    const summary = problemsSummary([], [link]);
    expect(summary).toContain('Every file follows the content contract.');
    expect(summary).toContain('1 warning in content: probably unmeant, though the check passes.');
    expect(summary).toContain('| content/topics/1/08-x.md | body | a link to 01-y.md, but there is no file | a link to a file |');
  });
});

describe('npm run check:content on GitHub Actions', () => {
  test('prints no command of the content, annotates each problem and writes the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iln-annotations-'));
    try {
      const content = join(dir, 'content');
      mkdirSync(join(content, 'rounds'), { recursive: true });
      mkdirSync(join(content, 'news'), { recursive: true });
      writeFileSync(
        join(content, 'rounds', '1.yaml'),
        'number: 1\napplicationsOpen: 2026-01-01T09:00:00+11:00\napplicationsClose: 2026-02-01T09:00:00+11:00\npartnershipsStart: 2026-03-01\npartnershipsEnd: 2026-06-01\nsignupUrl: https://example.org/apply\n',
      );
      writeFileSync(
        join(content, 'news', '2026-01-hello.md'),
        `---\ntitle: Hello\npublishDate: 2026-01-05\nsummary: "::error::from the summary"\n${JSON.stringify(HOSTILE_KEY)}: 1\n---\n\nBody.\n`,
      );
      const summaryFile = join(dir, 'summary.md');
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts'), content], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      // stop-commands with a fresh token; inside it the crafted key; after its end, one annotation.
      const token = /^::stop-commands::([0-9a-f-]{36})$/m.exec(result.stdout)?.[1];
      expect(token).toBeDefined();
      const [before = '', rest = ''] = result.stdout.split(`::stop-commands::${token}\n`);
      const [inside = '', after = ''] = rest.split(`\n::${token}::\n`);
      expect(commandLines(before)).toEqual([]);
      expect(inside).toMatch(/^::warning::pwned/m);
      expect(commandLines(after)).toEqual([expect.stringMatching(/^::error file=.*news\/2026-01-hello\.md,title=x%0A%3A%3Awarning%3A%3Apwned::/)]);
      expect(readFileSync(summaryFile, 'utf8')).toContain('| x ::warning::pwned | a field the contract does not have: 1 |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
