import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { type CommentsConfig, commentSettingProblems, commentsStatus } from '../lib/site/comments.ts';
import { formatProblem } from '../lib/content/problems.ts';

/**
 * Says once per build, and once when the dev server starts, whether pages get comment
 * threads and from where: a fork or a fresh clone has no giscus ids, and its build
 * explains why there are no comments rather than leaving people to guess (pages say
 * nothing: they simply have no comment section). Settings that cannot work stop the build.
 */
export function comments(config: CommentsConfig): AstroIntegration {
  const report = ({ logger }: { logger: { info: (message: string) => void } }) => logger.info(commentsStatus(config));
  return {
    name: 'interlibnet:comments',
    hooks: {
      'astro:config:setup': () => {
        const problems = commentSettingProblems(config);
        if (problems.length > 0) {
          throw new AstroError(
            problems.map(formatProblem).join('\n'),
            'Fix the comment settings in src/site.config.ts; docs/comments.md explains each.',
          );
        }
      },
      'astro:build:start': report,
      'astro:server:start': report,
    },
  };
}
