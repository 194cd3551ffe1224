// ThemeFinder's mapping metric: sklearn f1_score(average="samples") over label sets, i.e. the
// mean over responses of 2|P∩G| / (|P|+|G|); a response with both sets empty scores 0, as with
// sklearn's default zero_division.

export function sampleF1(predicted: Map<string, string[]>, gold: Map<string, string[]>): number {
  if (gold.size === 0) return 0;
  let total = 0;
  for (const [id, g] of gold) {
    const p = new Set(predicted.get(id) ?? []);
    const gs = new Set(g);
    if (p.size === 0 && gs.size === 0) continue;
    let both = 0;
    for (const l of p) if (gs.has(l)) both++;
    total += (2 * both) / (p.size + gs.size);
  }
  return total / gold.size;
}
