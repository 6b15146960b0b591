/** What a sheet or file holds. */
export type TableKind = "mentors" | "adepts" | "exclusions" | "locked" | "history";

const NAME_TOKENS: Record<TableKind, readonly string[]> = {
  mentors: ["mentor", "mentors", "mentorer", "mentorerna"],
  adepts: ["adept", "adepts", "adepter", "adepterna", "mentee", "mentees"],
  exclusions: ["undantag", "exclusion", "exclusions", "jav", "exkluderade", "exkluderingar"],
  locked: ["lasta", "locked", "lock", "forbestamda"],
  history: ["historik", "history", "tidigare"],
};

/**
 * What a sheet or file name says it holds, from its words, accent- and case-insensitively
 * ("Mentorer", "adepter_vt2024.csv", "Låsta par", "Undantag"); `undefined` when it says
 * nothing or names two kinds.
 *
 * @example
 * kindFromName("Adepter VT2024") // "adepts"
 */
export function kindFromName(name: string): TableKind | undefined {
  const words = name
    .replace(/\.[a-z]+$/iu, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  const kinds = (Object.keys(NAME_TOKENS) as TableKind[]).filter((k) =>
    words.some((w) => NAME_TOKENS[k].includes(w)),
  );
  return kinds.length === 1 ? kinds[0] : undefined;
}
