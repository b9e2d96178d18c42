import { describe, expect, test } from 'vitest';
import { formAction } from '../../src/security.ts';

describe('formAction', () => {
  test('lets forms post only to the site while no email form is set up', () => {
    expect(formAction(undefined)).toBe("form-action 'self'");
  });

  test("adds the email service's origin, not the whole address", () => {
    expect(formAction({ action: 'https://buttondown.com/api/emails/embed-subscribe/iln', emailField: 'email' })).toBe(
      "form-action 'self' https://buttondown.com",
    );
  });

  test('refuses an email service that is not https, naming the setting', () => {
    expect(() => formAction({ action: 'http://example.org/subscribe', emailField: 'email' })).toThrow('site.config.ts → newsletter.action');
  });
});
