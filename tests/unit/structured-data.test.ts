import { describe, expect, test } from 'vitest';
import { chatEventData, jsonLd, organizationData } from '../../src/lib/site/structured-data.ts';
import { site } from '../../src/site.config.ts';
import { leadership } from '../support/chat-topics.ts';

const topic = leadership;

describe('chatEventData', () => {
  test('describes the chat as an online schema.org Event with its times in Sydney', () => {
    expect(chatEventData(topic)).toMatchObject({
      '@type': 'Event',
      name: 'ILN live chat #ILNchat: Leadership without a title',
      startDate: '2026-12-02T20:00:00+11:00',
      endDate: '2026-12-02T21:00:00+11:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://mastodon.social/tags/ILNchat' },
      organizer: { '@type': 'Organization', name: 'International Librarians Network', url: 'https://interlibnet.org/' },
      url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
    });
  });

  test('a chat without a link takes place at the topic page', () => {
    const { url: _, ...chat } = topic.chat;
    expect(chatEventData({ ...topic, chat }).location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
    });
  });
});

describe('jsonLd', () => {
  test('cannot close the script it is written into', () => {
    const text = jsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('organizationData', () => {
  test('names ILN and lists every social profile of site.config.ts as sameAs', () => {
    expect(organizationData()).toEqual({
      '@type': 'Organization',
      name: 'International Librarians Network',
      url: 'https://interlibnet.org/',
      sameAs: site.social.map((link) => link.href),
    });
    expect(organizationData().sameAs).toContain('https://mastodon.social/@interlibnet');
  });
});
