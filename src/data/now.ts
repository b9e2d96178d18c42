/**
 * The instant the site is built for: what is published, which round is open. It is read
 * once so that every page agrees. `ILN_NOW` (an ISO date-time, checked in
 * src/config/env.ts) pins it, so that tests and previews of a future schedule build the
 * same site every time.
 */
import { env } from '../config/env.ts';

export const buildTime: Date = env.ILN_NOW ?? new Date();
