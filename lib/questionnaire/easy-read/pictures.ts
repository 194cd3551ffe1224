// The pictures bundled for Easy Read questionnaires: a small, hand-picked part of OpenMoji
// (CC BY-SA 4.0, https://openmoji.org), copied into public/easy-read/pictures by
// scripts/easy-read/copy-openmoji.mjs so the 67 MB package is never shipped. The keywords feed
// the builder's picture search; the credit line must appear wherever the pictures are credited.
export const OPENMOJI_CREDIT =
  "All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0";

export const PICTURE_BASE = "/easy-read/pictures";

export type TPicture = { hex: string; name: string; keywords: readonly string[] };

export const PICTURES: readonly TPicture[] = [
  { hex: "1F600", name: "Happy face", keywords: ["happy", "like", "yes", "smile"] },
  { hex: "1F610", name: "Face that is not sure", keywords: ["not sure", "maybe", "ok", "neutral"] },
  { hex: "1F641", name: "Sad face", keywords: ["sad", "do not like", "no"] },
  { hex: "1F914", name: "Thinking face", keywords: ["think", "not sure", "question"] },
  { hex: "2705", name: "Tick", keywords: ["yes", "tick", "done"] },
  { hex: "274C", name: "Cross", keywords: ["no", "cross", "wrong"] },
  { hex: "2753", name: "Question mark", keywords: ["question", "do not know", "not sure"] },
  { hex: "1F9D1-200D-1F9BD", name: "Person in a wheelchair", keywords: ["wheelchair", "disabled", "person"] },
  { hex: "1F382", name: "Birthday cake", keywords: ["age", "birthday", "how old"] },
  { hex: "1F3E0", name: "House", keywords: ["home", "house"] },
  { hex: "1F3E1", name: "House with a garden", keywords: ["home", "family", "near home"] },
  { hex: "1F3EB", name: "School", keywords: ["school", "club", "building"] },
  { hex: "1F6CF", name: "Bed", keywords: ["bed", "sleepover", "overnight"] },
  { hex: "1F9D2", name: "Child", keywords: ["child", "me", "young person"] },
  { hex: "1F9D1-200D-1F91D-200D-1F9D1", name: "People holding hands", keywords: ["friends", "together", "help"] },
  { hex: "1F4AC", name: "Speech bubble", keywords: ["talk", "say", "listen", "tell"] },
  { hex: "1F442", name: "Ear", keywords: ["listen", "hear"] },
  { hex: "1F68C", name: "Bus", keywords: ["bus", "travel", "transport"] },
  { hex: "1F4B0", name: "Money bag", keywords: ["money", "shopping", "pay"] },
  { hex: "1F373", name: "Cooking", keywords: ["cook", "food"] },
  { hex: "1F3CA", name: "Swimming", keywords: ["swim", "sport"] },
  { hex: "26BD", name: "Football", keywords: ["sport", "football", "game"] },
  { hex: "1F3A8", name: "Paint palette", keywords: ["art", "paint", "draw"] },
  { hex: "1F3B6", name: "Music notes", keywords: ["music", "sing"] },
  { hex: "1F3AD", name: "Drama masks", keywords: ["drama", "acting", "theatre"] },
  { hex: "1FA84", name: "Magic wand", keywords: ["magic"] },
  { hex: "1F3AE", name: "Video game controller", keywords: ["games", "play"] },
  { hex: "1F333", name: "Tree", keywords: ["park", "outdoors", "outside"] },
  { hex: "1F3D9", name: "Town", keywords: ["town", "city", "shops"] },
  { hex: "2600", name: "Sun", keywords: ["holidays", "summer", "sun"] },
  { hex: "1F319", name: "Moon", keywords: ["night", "sleepover", "overnight"] },
  { hex: "1F4C5", name: "Calendar", keywords: ["weekend", "days", "when"] },
  { hex: "23F0", name: "Clock", keywords: ["time", "after school", "when"] },
  { hex: "1F4A1", name: "Light bulb", keywords: ["idea", "plan", "learn"] },
  { hex: "270F", name: "Pencil", keywords: ["write", "draw", "tell us"] },
  { hex: "1F44D", name: "Thumbs up", keywords: ["good", "thank you", "yes"] },
  { hex: "1F44B", name: "Waving hand", keywords: ["hello", "staff", "wave"] },
  { hex: "1F5FA", name: "Map", keywords: ["new place", "where", "map"] },
  { hex: "1F393", name: "Graduation cap", keywords: ["college", "learn"] },
  { hex: "1F4BC", name: "Briefcase", keywords: ["job", "work"] },
  { hex: "1F46A", name: "Family", keywords: ["family", "mum", "dad", "carer"] },
  { hex: "1F465", name: "Group of people", keywords: ["group", "people", "everyone"] },
  { hex: "1F6B6", name: "Person walking", keywords: ["walk", "go out", "befriender"] },
  { hex: "1F4AA", name: "Strong arm", keywords: ["brave", "confident", "strong"] },
  { hex: "1F91D", name: "Handshake", keywords: ["help", "volunteer", "meet"] },
  { hex: "2709", name: "Envelope", keywords: ["letter", "write back", "email"] },
  { hex: "1F4DA", name: "Books", keywords: ["read", "learn", "information"] },
  { hex: "1F4DD", name: "Paper and pencil", keywords: ["plan", "write", "document"] },
  // For the Easy Read equality questions (lib/respond/equality-questions-easy-read.ts).
  { hex: "1F64B", name: "Person raising a hand", keywords: ["about me", "answer", "me"] },
  { hex: "1F46B", name: "Woman and man", keywords: ["sex", "woman", "man"] },
  { hex: "1F9D1", name: "Person", keywords: ["person", "gender"] },
  { hex: "1F30D", name: "Globe", keywords: ["world", "ethnic group", "country"] },
  { hex: "1F6D0", name: "Place of worship", keywords: ["religion", "faith", "worship"] },
  { hex: "2764", name: "Heart", keywords: ["love", "relationship", "sexual orientation"] },
  { hex: "1FAC2", name: "People hugging", keywords: ["carer", "care", "look after"] },
  { hex: "1F9E0", name: "Brain", keywords: ["needs", "mind", "learning"] },
];

/** The public address of a bundled picture. */
export const pictureSrc = (hex: string): string => `${PICTURE_BASE}/${hex}.svg`;

/** A picture the builder can offer: a bundled OpenMoji or one an officer uploaded. */
export type TLibraryPicture = { src: string; name: string; keywords: readonly string[] };

/** The bundled pictures as the picker lists them. */
export const BUNDLED_LIBRARY: readonly TLibraryPicture[] = PICTURES.map((p) => ({
  src: pictureSrc(p.hex),
  name: p.name,
  keywords: p.keywords,
}));

/** Pictures whose name or keywords contain every search word, in library order. */
export function searchLibrary(library: readonly TLibraryPicture[], query: string): TLibraryPicture[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...library];
  return library.filter((p) =>
    words.every((w) => p.name.toLowerCase().includes(w) || p.keywords.some((k) => k.toLowerCase().includes(w))),
  );
}
