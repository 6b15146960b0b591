/**
 * The page's state, as signals, and every action on it. The session (the cohort as read, its
 * options and the decisions made by hand) is the one source of truth: each change re-solves it
 * in the worker, and undo and redo move decisions between two stacks.
 */
import { batch, computed, signal } from "@preact/signals";
import type {
  AdeptAlternatives,
  Decision,
  MatchedPair,
  PairExplanation,
  RuleMode,
  Session,
} from "../src/index.js";
import { Engine, EngineError } from "./engine.js";
import type {
  FileIn,
  Heat,
  Lang,
  Loaded,
  PlanFirst,
  ReadValue,
  Settings,
  Stage,
  Texts,
} from "./protocol.js";

/**
 * Marks for the budget "a change re-solved and shown": from a change (a decision, undo, redo) to
 * the new plan in the page (`shown`, see `Plan`), and to the heat map of its scores too
 * (`complete`, see `Heat`).
 */
export const MARK_CHANGE = "mentorpair:change";
export const MARK_CHANGE_ALL = "mentorpair:change-all";
export const MEASURE_SHOWN = "mentorpair:shown";
export const MEASURE_COMPLETE = "mentorpair:complete";

/** The plan on screen: its heat map and full reasons come a little after the plan itself. */
export interface View extends PlanFirst {
  /** `null` until the first heat map; the previous plan's while the new one is scored. */
  readonly heat: Heat | null;
  /** The heat map and the reasons belong to this plan. */
  readonly complete: boolean;
}

export interface Progress {
  readonly stage: Stage;
  readonly fraction: number;
}

export interface Changes {
  readonly kept: number;
  readonly formed: readonly MatchedPair[];
  readonly released: readonly MatchedPair[];
}

export interface Selection {
  readonly mentor: string;
  readonly adept: string;
}

/** Everything the page shows and keeps. */
export function createStore(workerUrl: string, initialLang: Lang) {
  const solver = new Engine(workerUrl);
  // Explanations and alternatives run beside the solver and are cancelled when the plan changes.
  const helper = new Engine(workerUrl);

  const lang = signal<Lang>(initialLang);
  const reading = signal<readonly string[] | null>(null);
  const readValue = signal<ReadValue | null>(null);
  const loaded = signal<Loaded | null>(null);
  const decisions = signal<readonly Decision[]>([]);
  const redo = signal<readonly Decision[]>([]);
  const solved = signal<View | null>(null);
  const changes = signal<Changes | null>(null);
  const progress = signal<Progress | null>(null);
  const rejected = signal<readonly Texts[] | null>(null);
  const selection = signal<Selection | null>(null);
  const explanation = signal<PairExplanation | null>(null);
  const alternatives = signal<readonly AdeptAlternatives[] | null | undefined>(undefined);
  const loadError = signal<string | null>(null);
  /** How many plans were shown: a new plan on screen is a new number (tests wait on it). */
  const plans = signal(0);

  /** The decisions of the plan on screen: where a rejected change goes back to. */
  let good: readonly Decision[] = [];
  let solving = false;
  let again = false;

  const session = computed<Session | null>(() => {
    const l = loaded.value;
    if (l === null) return null;
    return {
      mentorpair: "session",
      version: 1,
      cohort: l.input,
      options: l.options,
      decisions: [...decisions.value],
    };
  });

  /** The weights, rules and objective with every decision applied (what the controls show). */
  const settings = computed<Settings | null>(() => {
    const l = loaded.value;
    if (l === null) return null;
    const weights: Record<string, number> = { ...l.base.weights };
    const rules: Record<string, RuleMode> = { ...l.base.rules };
    let objective = l.base.objective;
    for (const d of decisions.value) {
      if (d.kind === "weight") weights[d.criterion] = d.weight;
      else if (d.kind === "rule") rules[d.rule] = d.mode;
      else if (d.kind === "objective") objective = d.objective;
    }
    return { weights, rules, objective } as Settings;
  });

  function diff(before: PlanFirst | null, after: PlanFirst): Changes | null {
    if (before === null) return null;
    const key = (p: MatchedPair) => `${p.mentorId}\u0000${p.adeptId}`;
    const old = new Map(before.result.pairs.map((p) => [key(p), p]));
    const now = new Set(after.result.pairs.map(key));
    const formed = after.result.pairs.filter((p) => !old.has(key(p)));
    const released = before.result.pairs.filter((p) => !now.has(key(p)));
    return { kept: after.result.pairs.length - formed.length, formed, released };
  }

  /** Solves the current session; changes made meanwhile are solved right after (the latest wins). */
  function solve(): void {
    const s = session.value;
    if (s === null) return;
    if (solving) {
      again = true;
      return;
    }
    solving = true;
    const asked = s.decisions;
    helper.cancel();
    const onProgress = (stage: Stage, fraction: number) => {
      progress.value = { stage, fraction };
    };
    // The plan is shown as soon as it is known; its heat map and full reasons follow.
    const onPlan = (plan: PlanFirst) => {
      batch(() => {
        const before = solved.value;
        changes.value = diff(before, plan);
        solved.value = { ...plan, heat: before?.heat ?? null, complete: false };
        plans.value += 1;
        rejected.value = null;
        good = asked;
      });
      refreshPair();
    };
    solver
      .call({ type: "solve", session: s, lang: lang.value }, { onProgress, onPlan })
      .then((value) => {
        solved.value = { ...value, complete: true };
      })
      .catch((error: unknown) => {
        if (!(error instanceof EngineError)) throw error;
        const f = error.failure;
        // The change that made the cohort invalid is dropped: the plan on screen stays.
        batch(() => {
          rejected.value =
            f.kind === "cohort" ? f.issues : [{ en: error.message, sv: error.message }];
          decisions.value = good;
        });
      })
      .finally(() => {
        solving = false;
        progress.value = null;
        if (again) {
          again = false;
          solve();
        }
      });
  }

  function refreshPair(): void {
    const sel = selection.value;
    const s = session.value;
    alternatives.value = undefined;
    if (sel === null || s === null) return;
    helper.cancel();
    const asked = lang.value;
    helper
      .call({ type: "explainPair", session: s, mentor: sel.mentor, adept: sel.adept, lang: asked })
      .then((value) => {
        if (selection.value === sel && lang.value === asked) explanation.value = value;
        return helper.call({ type: "alternatives", session: s });
      })
      .then((value) => {
        if (selection.value === sel) alternatives.value = value;
      })
      .catch((error: unknown) => {
        if (!(error instanceof EngineError)) throw error;
      });
  }

  async function load(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    const names = files.map((f) => f.name);
    batch(() => {
      reading.value = names;
      loadError.value = null;
    });
    try {
      const inputs: FileIn[] = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const value = await solver.call(
        { type: "read", files: inputs },
        {
          onProgress: (stage, fraction) => {
            progress.value = { stage, fraction };
          },
          transfer: inputs.map((f) => f.bytes.buffer),
        },
      );
      batch(() => {
        readValue.value = value;
        progress.value = null;
        if (value.loaded !== undefined) {
          loaded.value = value.loaded;
          decisions.value = value.loaded.decisions;
          good = value.loaded.decisions;
          redo.value = [];
          solved.value = null;
          changes.value = null;
          rejected.value = null;
          selection.value = null;
          explanation.value = null;
        }
      });
      if (value.loaded !== undefined) solve();
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error);
      progress.value = null;
    } finally {
      reading.value = null;
    }
  }

  /** Records a decision and re-solves; a weight moved again replaces its own last decision. */
  /** Marks the moment of a change, for the budget's measures. */
  function changed(): void {
    performance.mark(MARK_CHANGE);
    performance.mark(MARK_CHANGE_ALL);
  }

  function decide(decision: Decision): void {
    changed();
    const list = decisions.value;
    const last = list[list.length - 1];
    const merge =
      decision.kind === "weight" &&
      last?.kind === "weight" &&
      last.criterion === decision.criterion &&
      decision.reason === undefined &&
      last.reason === undefined;
    batch(() => {
      decisions.value = merge ? [...list.slice(0, -1), decision] : [...list, decision];
      redo.value = [];
    });
    solve();
  }

  function undo(): void {
    const list = decisions.value;
    const last = list[list.length - 1];
    if (last === undefined) return;
    changed();
    batch(() => {
      decisions.value = list.slice(0, -1);
      redo.value = [...redo.value, last];
    });
    solve();
  }

  function redoOne(): void {
    const list = redo.value;
    const next = list[list.length - 1];
    if (next === undefined) return;
    changed();
    batch(() => {
      decisions.value = [...decisions.value, next];
      redo.value = list.slice(0, -1);
    });
    solve();
  }

  function select(sel: Selection | null): void {
    const same =
      sel !== null && selection.value?.mentor === sel.mentor && selection.value.adept === sel.adept;
    if (same) return;
    batch(() => {
      selection.value = sel;
      explanation.value = null;
    });
    refreshPair();
  }

  function setLang(next: Lang): void {
    if (next === lang.value) return;
    lang.value = next;
    document.documentElement.lang = next;
    const s = solved.value;
    if (s !== null) {
      solver
        .call({ type: "reasons", lang: next })
        .then((reasons) => {
          if (solved.value === s) solved.value = { ...s, reasons };
        })
        .catch((error: unknown) => {
          if (!(error instanceof EngineError)) throw error;
        });
    }
    explanation.value = null;
    refreshPair();
  }

  async function exportFile(what: "xlsx" | "csv" | "report", title: string) {
    const s = session.value;
    if (s === null) return undefined;
    const onProgress = (stage: Stage, fraction: number) => {
      progress.value = { stage, fraction };
    };
    return solver
      .call({ type: "export", what, lang: lang.value, title, session: s }, { onProgress })
      .finally(() => {
        progress.value = null;
      });
  }

  return {
    lang,
    reading,
    readValue,
    loaded,
    decisions,
    solved,
    changes,
    progress,
    rejected,
    selection,
    explanation,
    alternatives,
    loadError,
    plans,
    session,
    settings,
    load,
    decide,
    undo,
    redo: redoOne,
    redoStack: redo,
    select,
    setLang,
    exportFile,
  };
}

export type Store = ReturnType<typeof createStore>;
