import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMapping } from "../../lib/analysis/text/themefinder-format";
import { runThemesOnDir } from "./themes-dir";

const DATA = "/work/shared/data/themefinder-gambling-xs";

function tempDir(responses: string[], themes?: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "themes-"));
  fs.writeFileSync(
    path.join(dir, "question.json"),
    JSON.stringify({ question_number: 1, question_text: "What do you think of the plan?" }),
  );
  fs.writeFileSync(
    path.join(dir, "responses.jsonl"),
    responses.map((r, i) => JSON.stringify({ response_id: 100 + i, response: r })).join("\n"),
  );
  if (themes) fs.writeFileSync(path.join(dir, "themes.json"), JSON.stringify(themes));
  return dir;
}

describe("runThemesOnDir", () => {
  it("is deterministic: same inputs, codebook and seed give identical files", () => {
    const part = path.join(DATA, "inputs/question_part_2");
    const codebookPath = path.join(DATA, "outputs/mapping/2025-07-22/question_part_2/themes.json");
    if (!fs.existsSync(part)) return;
    expect(runThemesOnDir({ dir: part, codebookPath, seed: 3 })).toEqual(
      runThemesOnDir({ dir: part, codebookPath, seed: 3 }),
    );
    expect(runThemesOnDir({ dir: part, seed: 3 })).toEqual(runThemesOnDir({ dir: part, seed: 3 }));
  });

  it("uses themes.json in the folder as the codebook, with fallbacks and redaction", () => {
    const dir = tempDir(
      [
        "The bus route to the hospital must stay, buses are vital for older people.",
        "Parking charges in the town centre are too high and drive shoppers away.",
        "n/a",
        "My name is Jane Doe, call me on 07700 900123 about the parking charges.",
        "Quantum chromodynamics lattice gauge theory.",
      ],
      [
        {
          topic_id: "A",
          topic_label: "Bus services",
          topic_description: "Keeping bus routes and buses for older people.",
        },
        { topic_id: "B", topic_label: "Parking charges", topic_description: "Cost of parking in the town centre." },
        { topic_id: "X", topic_label: "None of the Above", topic_description: "Anything else." },
        { topic_id: "Y", topic_label: "No Reason Given", topic_description: "No substantive answer." },
      ],
    );
    const files = runThemesOnDir({ dir, seed: 1 });
    expect(files["mapping.jsonl"].split("\n")[0]).toBe('{"response_id":100,"labels":["A"]}');
    expect([...parseMapping(files["mapping.jsonl"]).values()]).toEqual([["A"], ["B"], ["Y"], ["B"], ["X"]]);
    expect(files["redactions.jsonl"]).toContain('"kind":"phone"');
    expect(files["redactions.jsonl"]).toContain('"kind":"name"');
    const assignments = files["assignments.jsonl"]
      .split("\n")
      .map((l) => JSON.parse(l) as { labels: { evidence: { sharedTerms: string[] } }[] });
    expect(assignments.some((a) => a.labels[0].evidence.sharedTerms.includes("parking"))).toBe(true);
  });

  it("writes candidate themes without a codebook and explains a missing file", () => {
    const dir = tempDir(
      Array.from({ length: 30 }, (_, i) =>
        i % 2 ? `Parking charges are too high ${i}` : `Keep the bus route ${i} running`,
      ),
    );
    const out = JSON.parse(runThemesOnDir({ dir, seed: 1 })["candidate-themes.json"]) as {
      candidates: { approxCount: number }[];
    };
    expect(out.candidates.reduce((s, c) => s + c.approxCount, 0)).toBe(30);
    expect(() => runThemesOnDir({ dir: path.join(dir, "missing"), seed: 1 })).toThrow(/Cannot read question.json/);
  });

  it("learns from --decisions: decided responses keep their labels, the rest are re-scored, and the order of the file does not matter", () => {
    const part = path.join(DATA, "inputs/question_part_1");
    const codebookPath = path.join(DATA, "outputs/mapping/2025-07-22/question_part_1/themes.json");
    if (!fs.existsSync(part)) return;
    const gold = parseMapping(
      fs.readFileSync(path.join(DATA, "outputs/mapping/2025-07-22/question_part_1/mapping.jsonl"), "utf8"),
    );
    const decided = [...gold].slice(0, 30).map(([id, labels]) => JSON.stringify({ response_id: Number(id), labels }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "decisions-"));
    fs.writeFileSync(path.join(dir, "a.jsonl"), decided.join("\n"));
    fs.writeFileSync(path.join(dir, "b.jsonl"), decided.slice().reverse().join("\n"));
    const a = runThemesOnDir({
      dir: part,
      codebookPath,
      seed: 1,
      decisionsPath: path.join(dir, "a.jsonl"),
      reviewOrder: true,
    });
    const b = runThemesOnDir({
      dir: part,
      codebookPath,
      seed: 1,
      decisionsPath: path.join(dir, "b.jsonl"),
      reviewOrder: true,
    });
    expect(b).toEqual(a);
    const mapping = parseMapping(a["mapping.jsonl"]);
    for (const [id, labels] of [...gold].slice(0, 30)) expect(mapping.get(id)).toEqual(labels);
    const plain = parseMapping(runThemesOnDir({ dir: part, codebookPath, seed: 1 })["mapping.jsonl"]);
    expect(
      [...gold.keys()].slice(30).some((id) => JSON.stringify(mapping.get(id)) !== JSON.stringify(plain.get(id))),
    ).toBe(true);
    const order = a["review-order.jsonl"]
      .split("\n")
      .map((l) => String((JSON.parse(l) as { response_id: number }).response_id));
    expect(order).toHaveLength(70);
    expect(new Set(order)).toEqual(new Set([...gold.keys()].slice(30)));
    expect(JSON.parse(a["learning.json"])).toMatchObject({
      reviewed: 30,
      changed: expect.any(Number),
      agreement: expect.any(Number),
    });
    // Two learned runs over the whole question: well under a second of CPU, but several seconds
    // of wall time on a busy 2-core machine (the 5 s default timed out there once).
  }, 30_000);

  it("explains a decision naming a theme the codebook lacks, and writes review-order.jsonl with no decisions", () => {
    const dir = tempDir(
      ["Parking charges are too high.", "Keep the bus route."],
      [
        { topic_id: "A", topic_label: "Bus services", topic_description: "Bus routes." },
        { topic_id: "B", topic_label: "Parking charges", topic_description: "Cost of parking." },
      ],
    );
    fs.writeFileSync(path.join(dir, "decisions.jsonl"), '{"response_id":100,"labels":["Z"]}');
    expect(() => runThemesOnDir({ dir, seed: 1, decisionsPath: path.join(dir, "decisions.jsonl") })).toThrow(
      'Decisions line 1 names theme "Z", which is not in the codebook',
    );
    const files = runThemesOnDir({ dir, seed: 1, reviewOrder: true });
    expect(
      files["review-order.jsonl"]
        .split("\n")
        .map((l) => JSON.parse(l) as unknown)
        .sort(),
    ).toHaveLength(2);
    expect(files["learning.json"]).toBeUndefined();
  });
});
