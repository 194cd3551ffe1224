// Addresses of the event feedback analysis screens.
export function eventsAnalysisPath(consultationId: string, eventId?: string): string {
  const base = `/staff/consultations/${encodeURIComponent(consultationId)}/analysis/events`;
  return eventId ? `${base}/${encodeURIComponent(eventId)}` : base;
}
