/**
 * The smallest valid person of a test cohort (a mentor or an adept: the fields both sides
 * need), for tests that name each person's municipality, sector and manager years.
 *
 * @example
 * const cohort = { mentors: [person("M1", "Borås", "HR", 10)], adepts: [person("A1", "Mark", "Skola", 3)] };
 */
export function person(id: string, municipality: string, sector: string, years: number) {
  return { id, municipality, sector, managerYears: years, managerConsent: true };
}
