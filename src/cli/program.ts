import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { MAX_THREADS } from "../options/resolve.js";
import { VERSION } from "../version.js";
import { EXIT } from "./errors.js";
import type { Job } from "./job.js";
import { MATCH_FORMATS } from "./output.js";

const INPUT_HELP = `Input files: .xlsx, .csv/.tsv/.txt (comma, semicolon or tab; UTF-8 or Windows-1252) or
.json. One sheet or file with a "roll"/"role" column (mentor or adept), or separate sheets or
files named Mentorer/Mentors and Adepter/Adepts; optional Undantag/Exclusions, Låsta/Locked and
Historik/History. Headers in Swedish or English (kod, kommun, verksamhetsområde, år som chef,
önskemål, ...). Several files are read together.`;

const EXIT_HELP = `Exit codes: 0 ok; 1 invalid input, or no pair can be formed; 2 usage error (bad option, missing
file) or output that cannot be written; 3 internal error (a bug in mentorpair).`;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number >= 1");
  return n;
}

function matchOptionsOn(cmd: Command): Command {
  cmd
    .option(
      "--config <file>",
      "JSON file of match options (weights, rules, criteria, municipalities, ...)",
    )
    .option(
      "--weights <list>",
      "criterion weights, e.g. wishes=3,geography=1 (0 removes a criterion)",
    )
    .option(
      "--rules <list>",
      "rules, e.g. differentMunicipality=soft,differentSector=off,adeptMinManagerYears=2",
    )
    .addOption(
      new Option(
        "--objective <name>",
        "after most matched: highest total, fairest weakest pair, or the best plan no pair would break (stable)",
      ).choices(["total", "fair", "stable"]),
    )
    .addOption(new Option("--solver <name>", "the solver").choices(["auto", "lp", "flow"]))
    .option(
      "--threads <n>",
      `threads for a national cohort's scoring pass, 1-${MAX_THREADS} (1: this one only; the default is 2 where there are 2 cores)`,
      positiveInt,
    )
    .option(
      "--history <file>",
      "an earlier result (match --format json, csv or xlsx) whose pairs are never repeated; repeat for several",
      (file: string, files: string[] = []) => [...files, file],
    )
    .option(
      "--locked <file>",
      "pairs that must be kept (match's own export, or a sheet with mentor and adept columns); repeat for several",
      (file: string, files: string[] = []) => [...files, file],
    );
  cmd.addOption(
    new Option("--lang <lang>", "language of messages, tables, explanations and the report")
      .choices(["sv", "en"])
      .default("en"),
  );
  return cmd.option("-q, --quiet", "no progress line, no warnings, no 'wrote FILE' note");
}

/** What the command line asks for: a job to run, or an exit code (help, version, usage error). */
export type Parsed = { readonly job: Job } | { readonly exitCode: number };

/**
 * Parses the command line with commander. Help and version print and give exit code 0; a usage
 * error prints a one-line message (and where to find help) and gives exit code 2.
 *
 * @example
 * const parsed = await parseCommandLine(["match", "cohort.csv", "--format", "json"], io);
 */
export async function parseCommandLine(
  argv: readonly string[],
  io: { readonly stdoutIsTTY: boolean; writeOut(s: string): void; writeErr(s: string): void },
): Promise<Parsed> {
  let job: Job | undefined;
  const program = new Command("mentorpair")
    .description(
      "Pairs mentors with adepts for a leadership mentoring programme: validates applications, scores every pair on six criteria, applies the programme's rules and finds the provably best pairs.",
    )
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .showHelpAfterError("(add --help for usage)")
    .helpCommand(true)
    .addHelpText("after", `\n${INPUT_HELP}\n\n${EXIT_HELP}\n`);
  const make = (command: Job["command"]) => (files: string[], opts: Record<string, unknown>) => {
    job = { command, files, flags: opts as Job["flags"], stdoutIsTTY: io.stdoutIsTTY };
  };

  matchOptionsOn(
    program
      .command("validate")
      .description(
        "check input files: every problem and warning at once, with file, sheet, row and column",
      )
      .argument("<files...>", "input files (.xlsx, .csv, .tsv, .json)")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      ),
  )
    .addHelpText(
      "after",
      `\nExample:\n  mentorpair validate ansokningar.xlsx\n  mentorpair validate mentorer.csv adepter.csv\n\n${EXIT_HELP}\n`,
    )
    .action(make("validate"));

  matchOptionsOn(
    program
      .command("match")
      .description("form the best pairs and print or export them")
      .argument("<files...>", "input files (.xlsx, .csv, .tsv, .json)")
      .addOption(
        new Option(
          "--format <format>",
          "output format (default: from --out's extension, else table)",
        ).choices(MATCH_FORMATS),
      )
      .option("-o, --out <path>", "write the output to this file instead of standard output")
      .option(
        "--alternatives [n]",
        "also list each adept's next best mentors and what each would cost (default n: 3)",
        positiveInt,
      ),
  )
    .addHelpText(
      "after",
      `\nExamples:\n  mentorpair match ansokningar.xlsx\n  mentorpair match ansokningar.xlsx --weights wishes=3,geography=2 --rules differentSector=soft\n  mentorpair match ansokningar.xlsx --format xlsx --out par.xlsx --lang sv\n  mentorpair match cohort.json --format json > result.json\n\nCSV and XLSX exports are safe to open in a spreadsheet program: text that would start a\nformula (=, +, -, @, tab, carriage return) gets a leading '.\n\n${EXIT_HELP}\n`,
    )
    .action(make("match"));

  matchOptionsOn(
    program
      .command("explain")
      .description("why a mentor/adept pair scores as it does, and why it was or was not chosen")
      .argument("<files...>", "input files (.xlsx, .csv, .tsv, .json)")
      .requiredOption("--mentor <id>", "the mentor's id")
      .requiredOption("--adept <id>", "the adept's id")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      ),
  )
    .addHelpText(
      "after",
      `\nExample:\n  mentorpair explain ansokningar.xlsx --mentor M03 --adept A05 --lang sv\n\n${EXIT_HELP}\n`,
    )
    .action(make("explain"));

  matchOptionsOn(
    program
      .command("report")
      .description(
        "write a self-contained HTML report: pairs, heat map of all scores, unmatched people, settings",
      )
      .argument("<files...>", "input files (.xlsx, .csv, .tsv, .json)")
      .requiredOption("-o, --out <path>", "the HTML file to write")
      .option("--title <text>", "the report's title")
      .option(
        "--robustness",
        "add the section 'How robust is this plan' (each weight's range, robust and fragile pairs)",
      )
      .option(
        "--fairness <fields>",
        "add the section 'Fairness across groups' by these fields or audit attributes, e.g. municipality,sector",
      ),
  )
    .addHelpText(
      "after",
      `\nExample:\n  mentorpair report ansokningar.xlsx --out rapport.html --lang sv\n\n${EXIT_HELP}\n`,
    )
    .action(make("report"));

  matchOptionsOn(
    program
      .command("shortlist")
      .description(
        "for every adept, the mentors to read about and rank: the best lists overall, no mentor on more than a fair share of them",
      )
      .argument("<files...>", "input files (.xlsx, .csv, .tsv, .json)")
      .option("--per-adept <n>", "mentors per adept's list", positiveInt, 3)
      .addOption(
        new Option(
          "--format <format>",
          "output format (default: from --out's extension, else table)",
        ).choices(["table", "json", "csv", "xlsx"]),
      )
      .option("-o, --out <path>", "write the output to this file instead of standard output"),
  )
    .addHelpText(
      "after",
      `\nExamples:\n  mentorpair shortlist ansokningar.xlsx --per-adept 3 --format xlsx --out forslag.xlsx --lang sv\n  mentorpair shortlist cohort.json --format json\n\nOne row per adept (adept, then each mentor and its score): ready for a mail merge.\n\n${EXIT_HELP}\n`,
    )
    .action(make("shortlist"));

  program
    .command("calibrate")
    .description(
      "learn weights from earlier cohorts and the pairs their coordinators chose, with the evidence (nothing is applied)",
    )
    .requiredOption(
      "--cohort <file>",
      "an earlier cohort (.xlsx, .csv, .json); repeat for several",
      (file: string, files: string[] = []) => [...files, file],
    )
    .requiredOption(
      "--chosen <file>",
      "the pairs chosen for that cohort (match's export, or mentor and adept columns); one per --cohort, in order",
      (file: string, files: string[] = []) => [...files, file],
    )
    .option("--config <file>", "JSON file of match options (weights, rules, criteria, ...)")
    .option("--weights <list>", "the current weights, e.g. wishes=3,geography=1")
    .option("--rules <list>", "rules, e.g. differentSector=soft")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
    )
    .option("-o, --out <path>", "write the output to this file instead of standard output")
    .addOption(
      new Option("--lang <lang>", "language of messages and the summary")
        .choices(["sv", "en"])
        .default("en"),
    )
    .option("-q, --quiet", "no warnings, no 'wrote FILE' note")
    .addHelpText(
      "after",
      `\nExample:\n  mentorpair calibrate --cohort var2024.xlsx --chosen var2024-par.xlsx --cohort host2024.json --chosen host2024-par.csv\n\n${EXIT_HELP}\n`,
    )
    .action((opts: Record<string, unknown>) => {
      const files = [...((opts.cohort as string[]) ?? []), ...((opts.chosen as string[]) ?? [])];
      job = {
        command: "calibrate",
        files,
        flags: opts as Job["flags"],
        stdoutIsTTY: io.stdoutIsTTY,
      };
    });

  program
    .command("app")
    .description(
      "write the coordinator's page: one HTML file that matches in the browser, offline (open it, drag the spreadsheet in)",
    )
    .argument("[path]", "the HTML file to write ('-' for standard output)", "mentorpair.html")
    .addOption(
      new Option("--lang <lang>", "language of messages").choices(["sv", "en"]).default("en"),
    )
    .option("-q, --quiet", "no 'wrote FILE' note")
    .addHelpText("after", `\nExample:\n  mentorpair app mentorpair.html\n\n${EXIT_HELP}\n`)
    .action((path: string, opts: Record<string, unknown>) => {
      job = {
        command: "app",
        files: [],
        flags: { ...opts, out: path },
        stdoutIsTTY: io.stdoutIsTTY,
      };
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0 (bare `mentorpair` shows help as an error: code 1).
      return { exitCode: error.exitCode === 0 ? EXIT.ok : EXIT.usage };
    }
    throw error;
  }
  return job === undefined ? { exitCode: EXIT.usage } : { job };
}
