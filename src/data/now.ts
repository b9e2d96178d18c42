/**
 * The instant the site is built for: what is published, which round is open. It is read
 * once so that every page agrees. `ILN_NOW` (an ISO date-time) pins it, so that tests and
 * previews of a future schedule build the same site every time.
 */
const pinned = typeof process === 'undefined' ? undefined : process.env.ILN_NOW;

export const buildTime: Date = pinned ? new Date(pinned) : new Date();

if (Number.isNaN(buildTime.getTime())) {
  throw new Error(`ILN_NOW: found ${JSON.stringify(pinned)}; expected an ISO date-time such as 2026-11-23T09:00:00+11:00`);
}
