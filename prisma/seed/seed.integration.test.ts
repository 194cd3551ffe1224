// Runs the real seed twice against the run's migrated database (DATABASE_URL, provided by the
// integration harness) and checks that the second run changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { STAFF_USERS, seed } from "./index";

const NOW = new Date("2026-07-01T11:00:00Z");
const SLUGS = ["short-breaks-children-2018", "adult-short-breaks-2018"];

describe.skipIf(!process.env.DATABASE_URL)("seed (PostgreSQL)", () => {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  afterAll(() => db.$disconnect());

  async function counts() {
    return {
      users: await db.user.count(),
      consultations: await db.consultation.count(),
      proposals: await db.proposal.count(),
      topics: await db.topic.count(),
      events: await db.engagementEvent.count(),
      questionnaires: await db.questionnaire.count(),
      versions: await db.questionnaireVersion.count(),
      responses: await db.response.count(),
      answers: await db.answer.count(),
    };
  }

  /** Everything the seed writes, without ids and update timestamps, to compare runs. */
  async function snapshot() {
    const consultations = await db.consultation.findMany({
      where: { slug: { in: SLUGS } },
      orderBy: { slug: "asc" },
      omit: { id: true, ownerId: true, createdAt: true, updatedAt: true },
      include: {
        proposals: { orderBy: { position: "asc" }, omit: { id: true, consultationId: true } },
        topics: { orderBy: { position: "asc" }, omit: { id: true, consultationId: true } },
        events: { orderBy: [{ startsAt: "asc" }, { title: "asc" }], omit: { id: true, consultationId: true } },
        questionnaires: {
          omit: { id: true, consultationId: true, createdAt: true, updatedAt: true },
          include: { versions: { omit: { id: true, questionnaireId: true } } },
        },
      },
    });
    const responses = await db.response.findMany({
      where: { consultation: { slug: { in: SLUGS } } },
      orderBy: { reference: "asc" },
      select: {
        reference: true,
        channel: true,
        submittedAt: true,
        answers: {
          orderBy: { questionKey: "asc" },
          select: { questionKey: true, optionKeys: true, text: true, number: true },
        },
      },
    });
    return { consultations, responses };
  }

  it("is idempotent and leaves one open and one closed consultation", async () => {
    const first = await seed(db, NOW);
    const countsAfterFirst = await counts();
    const snapshotAfterFirst = await snapshot();

    const second = await seed(db, NOW);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(countsAfterFirst);
    expect(await snapshot()).toEqual(snapshotAfterFirst);

    expect(first).toEqual({ consultations: 2, users: 3, responses: 60 });
    const users = await db.user.findMany({
      where: { email: { in: STAFF_USERS.map((u) => u.email) } },
      orderBy: { email: "asc" },
    });
    expect(users.map((u) => [u.email, u.role, u.name])).toEqual([
      ["admin@council.example", "ADMIN", "Aisha Admin"],
      ["analyst@council.example", "ANALYST", "Ana Analyst"],
      ["officer@council.example", "OFFICER", "Owen Officer"],
    ]);

    const children = await db.consultation.findUniqueOrThrow({
      where: { slug: "short-breaks-children-2018" },
      include: { topics: true, events: true },
    });
    const adults = await db.consultation.findUniqueOrThrow({
      where: { slug: "adult-short-breaks-2018" },
      include: { topics: true },
    });
    expect(children.stage).toBe("PUBLISHED");
    expect(children.opensAt < NOW && NOW < children.closesAt).toBe(true);
    expect(adults.closesAt < NOW).toBe(true);
    expect(children.publishedAt).toEqual(children.opensAt);
    expect(children.topics).toHaveLength(8);
    expect(adults.topics).toHaveLength(5);
    // Events are stored as UTC instants of London wall-clock times (BST in July: 10:00 → 09:00Z).
    const aylesbury = children.events.find((e) => e.title === "Parent and carer session: Aylesbury");
    expect(aylesbury?.startsAt.toISOString().slice(11, 16)).toBe("09:00");

    expect(await db.response.count({ where: { consultationId: children.id } })).toBe(0);
    // The linked Easy Read questionnaire is published as its own version (issue #7).
    const formats = await db.questionnaire.findMany({
      where: { consultationId: children.id },
      orderBy: { format: "asc" },
      select: { format: true, versions: { select: { number: true } } },
    });
    expect(formats).toEqual([
      { format: "STANDARD", versions: [{ number: 1 }] },
      { format: "EASY_READ", versions: [{ number: 1 }] },
    ]);
    const responses = await db.response.findMany({ where: { consultationId: adults.id }, include: { answers: true } });
    expect(responses).toHaveLength(60);
    for (const r of responses) {
      expect(r.status).toBe("SUBMITTED");
      expect(r.reference).toMatch(/^ASB-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(r.submittedAt! >= adults.opensAt && r.submittedAt! <= adults.closesAt).toBe(true);
      expect(r.receivedAt === null).toBe(r.channel === "ONLINE");
      expect(r.answers.length).toBeGreaterThan(0);
    }
    const version = await db.questionnaireVersion.findFirstOrThrow({
      where: { questionnaire: { consultationId: adults.id } },
    });
    expect(version.number).toBe(1);
    expect(responses.every((r) => r.versionId === version.id)).toBe(true);
  });
});
