import { criterionFacts } from "../criteria/facts.js";
import { UNITS_PER_POINT } from "../criteria/total.js";
import { EN_REASONS } from "../phrasebook/reasons.en.js";
import { forcedObjective, forcing, lossOf, NO_LOSS, publicObjective } from "../plan/forced.js";
import { type Objective, optimalPlan } from "../plan/plan.js";
import { pairBlocks, prepare, softViolations } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import { guarded } from "../util/boundary.js";
import { cohortContext, pairPeople, personIndex } from "./context.js";
import { splitOptions } from "./options.js";
import { pairParagraph } from "./pairText.js";
import { statusText } from "./planText.js";
import type { ExplainPairOptions, PairExplanation, PairStatus, PlanLoss } from "./types.js";
import { resolveLang } from "./words.js";

/**
 * Everything about one mentor/adept pair, as plain data and as text: the pair's score, criteria
 * and facts; whether the rules allow it (and if not, which rule: eligibility, a hard rule, an
 * exclusion or history); whether the optimal plan chose it; and, when it is allowed but not
 * chosen, what the optimal plan would lose by forcing it.
 *
 * The loss is exact: the optimum is `match`'s (the same plan step, so `optimum` equals
 * `match(cohort, options).objective` and `chosen` agrees with its pairs), and the forced plan is
 * the residual problem with this adept placed and the mentor's capacity one less, solved exactly,
 * plus the pair's own score; locked pairs stay. With objective `"fair"` the forced pair counts
 * towards the weakest pair. Cost: one `match`-sized solve for the optimum and one for the forced
 * plan (a few more with `"fair"`).
 *
 * Ids are compared as the library compares them (trimmed, NFC, case-insensitive). Throws a
 * `RangeError` naming `explainPair` for an unknown id or an id of the other role, `CohortError`
 * for an invalid cohort, and the option errors of `match`.
 *
 * @example
 * const e = explainPair(cohort, "M01", "A03", { lang: "sv" });
 * e.status;   // "not-chosen"
 * e.loss;     // { matched: 0, softViolations: 0, totalScore: 4.25 }
 * e.text;     // "M01 och A03: 71,3 av 100. Starkast är önskemål (100 %): ..."
 */
export function explainPair(
  cohort: CohortInput,
  mentorId: string,
  adeptId: string,
  options?: ExplainPairOptions,
): PairExplanation {
  return guarded("explainPair", () => explainPairUnguarded(cohort, mentorId, adeptId, options));
}

function explainPairUnguarded(
  cohort: unknown,
  mentorId: string,
  adeptId: string,
  options?: ExplainPairOptions,
): PairExplanation {
  const { own, rest } = splitOptions("explainPair", options, ["lang"]);
  const lang = resolveLang("explainPair", own.lang);
  const p = prepare("explainPair", cohort, rest);
  const ctx = cohortContext(p);
  const m = personIndex("explainPair", ctx, "mentor", mentorId);
  const a = personIndex("explainPair", ctx, "adept", adeptId);
  const plan = optimalPlan(p);
  const fair = p.options.objective === "fair";

  const blocks = pairBlocks(p, m, a);
  const allowed = blocks.length === 0;
  const locked = plan.lockedMentorOf[a] === m;
  const chosen = plan.mentorOf[a] === m;
  const planMentor = plan.mentorOf[a]!;
  let status: PairStatus;
  let forced: Objective | null = null;
  let loss: PlanLoss | null = null;
  let lockedTo: number | undefined;
  if (chosen) {
    status = "chosen";
    forced = plan.objective;
    loss = fair ? { ...NO_LOSS, weakestScore: 0 } : NO_LOSS;
  } else if (!allowed) {
    status = "blocked";
  } else {
    const f = forcing(plan, m, a);
    if (!f.possible) {
      status = "conflicts-with-lock";
      lockedTo = f.lockedTo;
    } else {
      status = "not-chosen";
      forced = forcedObjective(plan, m, a);
      loss = lossOf(plan.objective, forced, fair);
    }
  }

  const mentor = p.mentors[m]!;
  const adept = p.adepts[a]!;
  const pair = {
    mentorId: mentor.id,
    adeptId: adept.id,
    score: p.scorer.units(m, a) / UNITS_PER_POINT,
    criteria: p.scorer.criteria(m, a),
    facts: criterionFacts(mentor, adept, { ...p.options, key: p.key }),
    locked,
    softViolations: softViolations(p, m, a),
  };
  const planMentorId = planMentor < 0 ? null : p.mentors[planMentor]!.id;
  const lockedToId = lockedTo === undefined ? undefined : p.mentors[lockedTo]!.id;
  const text = [
    pairParagraph(pair, lang, p.options.weights, pairPeople(ctx, mentor.id, adept.id)),
    statusText(
      {
        status,
        mentorId: mentor.id,
        adeptId: adept.id,
        locked,
        planMentorId,
        ...(lockedToId === undefined ? {} : { lockedToId }),
        loss,
        blocks,
      },
      lang,
    ),
  ].join(" ");
  return {
    ...pair,
    allowed,
    blockedBy: blocks.map((b) => ({ ...b, message: EN_REASONS.block(b) })),
    status,
    chosen,
    planMentorId,
    optimum: publicObjective(plan.objective, fair),
    forced: forced === null ? null : publicObjective(forced, fair),
    loss,
    text,
  };
}
