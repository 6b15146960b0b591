import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import type { CriteriaContext } from "../../src/criteria/context.js";
import { EducationProfiles } from "../../src/criteria/education.js";
import { ExperienceProfiles } from "../../src/criteria/experience.js";
import { GeographyProfiles } from "../../src/criteria/geography.js";
import { ADEPT_FIELDS } from "../../src/criteria/groups.js";
import { LeadershipProfiles } from "../../src/criteria/leadership.js";
import { SectorProfiles } from "../../src/criteria/sector.js";
import { WishesProfiles } from "../../src/criteria/wishes.js";
import { resolveOptions } from "../../src/options/resolve.js";
import { prepare } from "../../src/prepare/prepare.js";
import type { Adept } from "../../src/schema/cohort.js";
import type { Criterion } from "../../src/types.js";

const PROFILES = {
  geography: GeographyProfiles,
  experience: ExperienceProfiles,
  education: EducationProfiles,
  wishes: WishesProfiles,
  leadership: LeadershipProfiles,
  sector: SectorProfiles,
} as const;

describe("ADEPT_FIELDS", () => {
  // Adepts with text as well as tags, locations and every optional field: all a criterion can read.
  const cohort = generateCohort(40, 9);
  const p = prepare("test", cohort, undefined);
  const mentors = p.mentors;
  const adepts = p.adepts.map((a, j) =>
    j % 2 === 0
      ? { ...a, wishText: "Stöd i att delegera", location: { lat: 57.7, lon: 12.9 } }
      : { ...a, wishes: undefined, wishText: "budget och förändring" },
  ) as Adept[];
  const o = resolveOptions("test", undefined);
  const ctx: CriteriaContext = { criteria: o.criteria, table: o.table };

  for (const c of Object.keys(PROFILES) as Criterion[]) {
    it(`${c} reads only ${ADEPT_FIELDS[c].join(", ")} of an adept (the fields its adepts are grouped by)`, () => {
      const read = new Set<string>();
      const watched = adepts.map(
        (a) =>
          new Proxy(a, {
            get(target, key, receiver) {
              if (typeof key === "string") read.add(key);
              return Reflect.get(target, key, receiver);
            },
          }),
      );
      const profiles = new PROFILES[c](mentors, watched, ctx);
      for (let m = 0; m < mentors.length; m++)
        for (let a = 0; a < watched.length; a++) profiles.score(m, a);
      expect(read.size).toBeGreaterThan(0);
      expect([...read].filter((k) => !ADEPT_FIELDS[c].includes(k))).toEqual([]);
    });
  }
});
