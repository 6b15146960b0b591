import fc from "fast-check";

/**
 * One fixed seed for every property test, so a run is reproducible and CI never fails on a
 * lucky or unlucky draw. fast-check prints the seed and path of any failure. `FC_SEED=<integer>`
 * runs the whole suite with another seed (a separate, randomised run): a property that fails
 * there has a real counterexample, to be fixed in the code, not in the assertion.
 */
export const DEFAULT_SEED = 20_250_601;

function seedFromEnvironment(): number {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw === "") return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed))
    throw new Error(`test/setup.ts: FC_SEED must be an integer, got "${raw}"`);
  return seed;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedFromEnvironment() });
