/**
 * Whether a parsed JSON value is a mentorpair session (its `mentorpair` field says `"session"`),
 * as opposed to a cohort or anything else. It checks only the marker: `sessionToCohort` checks
 * the rest and says what is wrong. Never throws.
 *
 * @example
 * const value = JSON.parse(text);
 * if (isSession(value)) ({ cohort, options } = sessionToCohort(value));
 */
export function isSession(value: unknown): boolean {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.hasOwn(value, "mentorpair") &&
      (value as { mentorpair?: unknown }).mentorpair === "session"
    );
  } catch {
    // A Proxy or getter that throws is not a session.
    return false;
  }
}
