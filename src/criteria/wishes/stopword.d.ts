// stopword 3.x ships JavaScript without types; this covers the part we use.
declare module "stopword" {
  /** Swedish stop words, lower case. */
  export const swe: readonly string[];
  /** English stop words, lower case. */
  export const eng: readonly string[];
}
