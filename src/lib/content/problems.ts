/**
 * Problems in content, reported the way an editor can act on them: the file, the field,
 * what was found there and what is expected instead.
 */
import type { z } from 'astro/zod';
import { showingForbidden } from './characters.ts';

export interface Problem {
  /** Project-relative path with forward slashes: `content/topics/3/04-library-spaces.md`. */
  file: string;
  /** Dotted field path (`chat.start`), or what else is wrong: `file name`, `frontmatter`. */
  field: string;
  /** What the file has, already described for people. */
  found: string;
  /** What the contract expects there. */
  expected: string;
}

/** `content/x.md → field: found …; expected …`, with no character that would act on a terminal. */
export function formatProblem({ file, field, found, expected }: Problem): string {
  return showingForbidden(`${file} → ${field}: found ${found}; expected ${expected}`);
}

/** One message for all problems, sorted by file so that each file's problems stand together. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
  const heading = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in content (see CONTRIBUTING.md):`;
  return [heading, ...sorted.map((problem) => `  ${formatProblem(problem)}`)].join('\n');
}

/**
 * One message for warnings: what the content check found probably unmeant without stopping
 * the build (a link that will lead nowhere, a value YAML cut at ` #`, a clock change missed).
 */
export function formatWarnings(warnings: readonly Problem[]): string {
  const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
  const heading = `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} in content, probably unmeant; the build goes on (see CONTRIBUTING.md):`;
  return [heading, ...sorted.map((warning) => `  ${formatProblem(warning)}`)].join('\n');
}

/** Thrown when content breaks the contract; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Describes a raw value for a message: `"2024-3-1"`, `12`, `a list of 3`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'empty text';
    const quoted = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
    return value.length > 60 ? `${quoted} (${[...value].length} characters)` : quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a group of fields';
}

/** The raw value at a field path, or undefined when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** `['chat', 'start']` → `chat.start`; `['tags', 2]` → `tags[2]`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Turns a failed parse into problems. `fieldsAt` lists the fields allowed at a dotted
 * path, so that an unknown field can be answered with the right spelling.
 */
export function problemsFromIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  fieldsAt: (path: string) => readonly string[] | undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(fieldName(issue.path)) ?? [];
      return issue.keys.map((key) => {
        const spelling = allowed.find((name) => name.toLowerCase() === key.toLowerCase());
        return {
          file,
          field: fieldName([...issue.path, key]),
          found: `a field the contract does not have: ${describeValue(valueAt(data, [...issue.path, key]))}`,
          expected: spelling
            ? `${spelling} (field names are case-sensitive)`
            : `only these fields: ${allowed.join(', ')} (check the spelling)`,
        };
      });
    }
    const field = fieldName(issue.path) || 'frontmatter';
    const value = valueAt(data, issue.path);
    // `title: 1984` or `tags: [2024]`: YAML reads the value as a number before the schema sees it.
    const unquoted = issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
    const expected = unquoted ? `${issue.message}; YAML reads ${String(value)} as a ${typeof value === 'number' ? 'number' : 'true/false value'}, so put it in quotes: "${String(value)}"` : issue.message;
    return [{ file, field, found: describeValue(value), expected }];
  });
}
