/** Live chats: when they end and whether they are still to come, happening or over. */
import { type Phase, phaseAt, phasesOf } from './timeline.ts';

export interface ChatTime {
  start: Date;
  durationMinutes: number;
}

/**
 * - `upcoming`: the chat has not started
 * - `live`: it is happening now
 * - `past`: it is over
 */
export type ChatStatus = 'upcoming' | 'live' | 'past';

/** The instant the chat ends. */
export function chatEnd({ start, durationMinutes }: ChatTime): Date {
  return new Date(start.getTime() + durationMinutes * 60 * 1000);
}

/** The chat's three phases: upcoming until it starts, live until it ends, past after that. */
export function chatPhases(chat: ChatTime): Phase<ChatStatus>[] {
  const end = chatEnd(chat);
  return phasesOf([chat.start, end], (instant) =>
    instant.getTime() < chat.start.getTime() ? 'upcoming' : instant.getTime() < end.getTime() ? 'live' : 'past',
  );
}

/** The status of `chat` at `now`. */
export function chatStatus(chat: ChatTime, now: Date): ChatStatus {
  return phaseAt(chatPhases(chat), now)?.state ?? 'past';
}
