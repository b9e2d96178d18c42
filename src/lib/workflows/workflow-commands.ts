/**
 * Printing untrusted text (content fields, YAML keys, issue text) on GitHub Actions. The
 * runner reads any output line starting `::` as a command, so every value is escaped the
 * way GitHub's toolkit does (`@actions/core` `command.ts`): a crafted field such as
 * `"x\n::warning::pwned"` stays one line of text inside one annotation.
 */
import type { Problem } from '../content/problems.ts';

/** Escapes a command's message: `%`, `\r` and `\n`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property (`file=`, `title=`): as escapeData, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line: `workflowCommand('error', { file: 'a.md' }, 'text')` is
 * `::error file=a.md::text`.
 */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The annotation that marks a content problem (or, at `warning`, a warning) on its file in a pull request. */
export function problemAnnotation(problem: Problem, message: string, level: 'error' | 'warning' = 'error'): string {
  return workflowCommand(level, { file: problem.file, title: problem.field }, message);
}

/**
 * Text for one cell of a Markdown table in the job summary: one line, no `|` that ends the
 * cell, no HTML, no Markdown that links, emphasises or mentions.
 */
export function escapeTableCell(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(/[\\`*_{}[\]()#+!|~]/g, (character) => `\\${character}`)
      // After the backslashes, so that the entities' own & and # stay as they are.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@/g, '&#64;')
  );
}

/** Rows of a job summary's table: file, field, found, expected, sorted by file and field. */
function problemRows(problems: readonly Problem[]): string[] {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
    .map(({ file, field, found, expected }) => `| ${[file, field, found, expected].map(escapeTableCell).join(' | ')} |`);
}

const TABLE_HEAD = ['| File | Field | Found | Expected |', '| --- | --- | --- | --- |'];

/**
 * The job summary of a content check: every problem with its file and field, as a table,
 * then any warnings (what is probably unmeant, such as a link that will lead nowhere), which do
 * not fail the check.
 */
export function problemsSummary(problems: readonly Problem[], warnings: readonly Problem[] = []): string {
  const lines = ['### Content check', ''];
  if (problems.length === 0) lines.push('Every file follows the content contract.', '');
  else
    lines.push(
      `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in content: change each field as the last column says (CONTRIBUTING.md explains every field).`,
      '',
      ...TABLE_HEAD,
      ...problemRows(problems),
      '',
    );
  if (warnings.length > 0)
    lines.push(
      `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} in content: probably unmeant, though the check passes.`,
      '',
      ...TABLE_HEAD,
      ...problemRows(warnings),
      '',
    );
  return lines.join('\n');
}

/**
 * Wraps text that may hold lines starting `::` so the runner reads none of them as a
 * command (`::stop-commands::`), as the toolkit does; `token` must be unguessable.
 */
export function withoutCommands(text: string, token: string): string {
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}
