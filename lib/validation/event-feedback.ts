// What an officer records after an engagement event (issue #8, part 3): who came, who ran it,
// and the feedback points under headings. Points are typed one per line, so the form works
// without JavaScript; the three headings of the 2017 engagement summary are the default.
import { z } from "@/lib/zod";
import { optionalText } from "./entered-response";

export const DEFAULT_FEEDBACK_HEADINGS = ["What works well", "What impact", "What worries you"] as const;
/** Field names of the heading boxes: points-0, points-1, points-2, then the officer's own heading. */
export const pointsField = (index: number) => `points-${index}`;
export const OWN_HEADING_INDEX = DEFAULT_FEEDBACK_HEADINGS.length;

const MAX_POINTS = 500;

/** Non-empty lines, trimmed: each is one feedback point. */
export const splitPoints = (text: string | null | undefined): string[] =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const ZEventFeedbackSchema = z
  .object({
    consultationId: z.string().min(1).max(64),
    eventId: z.string().min(1).max(64),
    audience: optionalText(300, "Audience"),
    facilitator: optionalText(200, "Facilitator"),
    attendeeCount: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const n = Number(v);
        const message = !/^\d+$/.test(v)
          ? "Number attending must be a whole number, like 12"
          : n > 100_000
            ? "Number attending must be 100,000 or fewer"
            : undefined;
        if (message) ctx.addIssue({ code: "custom", message });
        return message ? z.NEVER : n;
      }),
    "points-0": z.string().max(50_000).optional(),
    "points-1": z.string().max(50_000).optional(),
    "points-2": z.string().max(50_000).optional(),
    ownHeading: optionalText(120, "Your own heading"),
    "points-3": z.string().max(50_000).optional(),
  })
  .transform((value, ctx) => {
    const headings: string[] = [...DEFAULT_FEEDBACK_HEADINGS, value.ownHeading ?? ""];
    const boxes = [value["points-0"], value["points-1"], value["points-2"], value["points-3"]];
    const points = headings.flatMap((heading, index) =>
      splitPoints(boxes[index]).map((text) => ({ heading, text: text.slice(0, 2000) })),
    );
    if (!value.ownHeading && splitPoints(boxes[OWN_HEADING_INDEX]).length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["ownHeading"],
        message: "Enter a heading for your own points, or move them under one of the headings above",
      });
      return z.NEVER;
    }
    if (points.length > MAX_POINTS) {
      ctx.addIssue({
        code: "custom",
        path: [pointsField(0)],
        message: `Enter ${MAX_POINTS} points or fewer for one event`,
      });
      return z.NEVER;
    }
    return {
      consultationId: value.consultationId,
      eventId: value.eventId,
      audience: value.audience ?? null,
      facilitator: value.facilitator ?? null,
      attendeeCount: value.attendeeCount ?? null,
      points,
    };
  });

export type TEventFeedback = z.output<typeof ZEventFeedbackSchema>;
