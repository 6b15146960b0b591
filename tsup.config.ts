import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the core (no Node imports), the file readers (`mentorpair/io`), sessions
    // (`mentorpair/session`), the analysis tools (`mentorpair/learn`: calibration, audits) and
    // the stable objective with shortlists (`mentorpair/stable`), the last three kept out of the
    // core's bundle.
    entry: {
      index: "src/index.ts",
      io: "src/io/index.ts",
      session: "src/session/index.ts",
      learn: "src/learn/index.ts",
      stable: "src/stable/index.ts",
      // Not an entry of the package: the helper thread `match` starts beside it (ESM only).
      rowsWorker: "src/match/rowsWorker.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Both builds run at once: this one leaves the CLI's folder to the other.
    clean: ["!cli/**"],
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // The `mentorpair` command (package `bin`): ESM, so its worker thread can load the same file,
    // and split, so the command line is parsed before the heavy modules load.
    entry: { index: "src/cli/main.ts", rowsWorker: "src/match/rowsWorker.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    splitting: true,
    dts: false,
    // No source maps: they would double the package for stack traces only a bug report shows.
    sourcemap: false,
    clean: true,
    target: "node20",
    platform: "node",
    // Dependencies bundled in: one file loads several times faster than hundreds of modules.
    noExternal: [/./u],
    // Bundled CommonJS code may `require` Node built-ins.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  },
]);
