import { describe, expect, test } from 'vitest';
import { cutValues } from '../../src/lib/content/yaml-comments.ts';

describe('cutValues: plain values YAML cuts at " #"', () => {
  test('a field, a nested field and a list item', () => {
    const yaml = [
      'title: Libraries and social media',
      'summary: Follow along with #ILNchat and share',
      'chat:',
      '  platform: Mastodon #ILN',
      '  hashtag: "#ILNchat"',
      'tags:',
      '  - advocacy #2',
      '  - spaces',
      'imageAlt: Our reading room #2, with tall windows',
    ].join('\n');
    expect(cutValues(yaml)).toEqual([
      { field: 'summary', dropped: '#ILNchat and share' },
      { field: 'chat.platform', dropped: '#ILN' },
      { field: 'tags', dropped: '#2' },
      { field: 'imageAlt', dropped: '#2, with tall windows' },
    ]);
  });

  test('quoted values, hashes without a space before them, and comments of their own are left alone', () => {
    const yaml = [
      '# A comment of its own',
      'title: "Follow #ILNchat"',
      "summary: 'Round #3 opens'",
      'url: https://example.org/#section',
      'series: { name: Technology #1, part: 1 }',
      'body: |',
      '  Text # with a hash',
      'chat:',
      '  platform: >-',
      '    Mastodon # and Bluesky',
      '  hashtag: "#ILNchat"',
      'hashtag: #ILNchat',
      'number: 3',
    ].join('\n');
    expect(cutValues(yaml)).toEqual([]);
  });
});
