// Turns a seed consultation's day offsets into real instants relative to "now", so that
// whenever the seed runs the children's consultation is open and the adults' one is closed.
import { addDays, londonDate, londonTime, type CalendarDate } from "./time";
import type { SeedConsultation, SeedEvent } from "./types";

/** Consultations open at 09:00 and close at 23:59, London time (councils quote local times). */
export const OPENING_TIME = "09:00";
export const CLOSING_TIME = "23:59";
/** Cabinet meetings in the source pack start in the morning; 10:00 is a stand-in. */
export const DECISION_TIME = "10:00";

export type Schedule = {
  opensOn: CalendarDate;
  opensAt: Date;
  closesAt: Date;
  expectedDecisionDate: Date;
};

export function scheduleFor(consultation: SeedConsultation, now: Date): Schedule {
  const opensOn = addDays(londonDate(now), consultation.opensInDays);
  const closesOn = addDays(opensOn, consultation.durationDays);
  return {
    opensOn,
    opensAt: londonTime(opensOn, OPENING_TIME),
    closesAt: londonTime(closesOn, CLOSING_TIME),
    expectedDecisionDate: londonTime(addDays(closesOn, consultation.decisionDaysAfterClose), DECISION_TIME),
  };
}

export function eventTimes(event: SeedEvent, opensOn: CalendarDate): { startsAt: Date; endsAt: Date | null } {
  const day = addDays(opensOn, event.dayOffset);
  return {
    startsAt: londonTime(day, event.startTime),
    endsAt: event.endTime ? londonTime(day, event.endTime) : null,
  };
}
