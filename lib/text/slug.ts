// A consultation's web address suggested from its title (issue #16 §10): the browser shows the
// suggestion as the officer types, and the server makes the same one when the field is left blank.

const MAX = 80;

/** "Library opening hours: have your say (2027)" → "library-opening-hours-have-your-say-2027". */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  // Whole words only: a cut word in a web address reads as a typo.
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, MAX);
}
