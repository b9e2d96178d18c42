/** Topics with live chats from the sample content, as the unit tests of chat helpers take them. */

/** content/topics/2/06-leadership-without-a-title.md: an hour on Mastodon, with a link. */
export const leadership = {
  id: '2/06-leadership-without-a-title',
  title: 'Leadership without a title',
  summary: 'You do not need to be a manager to lead. Where have you taken the lead at work, and what held you back when you did not?',
  round: 2,
  roundName: 'Round 2',
  number: 6,
  chat: {
    start: new Date('2026-12-02T20:00:00+11:00'),
    timeZone: 'Australia/Sydney',
    durationMinutes: 60,
    platform: 'Mastodon',
    hashtag: '#ILNchat',
    url: 'https://mastodon.social/tags/ILNchat',
  },
  url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
};
