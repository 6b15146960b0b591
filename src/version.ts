/** The library's version, recorded in every result's audit block (a test keeps it equal to package.json). */
export const VERSION = "0.1.0";
