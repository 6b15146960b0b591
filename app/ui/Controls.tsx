import {
  DEFAULT_PREFERENCE_WEIGHT,
  type PairRule,
  type RuleMode,
  type ScoredCriterion,
} from "../../src/index.js";
import { decisionText } from "../../src/session/index.js";
import { WORDS } from "../i18n.js";
import { criteriaOf } from "../protocol.js";
import type { Store } from "../state.js";

const RULES: readonly PairRule[] = [
  "differentMunicipality",
  "differentSector",
  "differentWorkBackground",
];
const MODES: readonly RuleMode[] = ["hard", "soft", "off"];

/** Weights (sliders with numbers), rules, the objective, undo and redo. */
export function Controls({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const settings = store.settings.value;
  if (settings === null) return null;
  const last = store.decisions.value[store.decisions.value.length - 1];
  const next = store.redoStack.value[store.redoStack.value.length - 1];
  const ranked = store.loaded.value?.ranked === true;
  // Preference has a slider only where someone gave preferences (its default weight counts then).
  const shown = criteriaOf(
    ranked ? { ...settings.weights, preference: DEFAULT_PREFERENCE_WEIGHT } : settings.weights,
  );
  const weightOf = (c: ScoredCriterion) => settings.weights[c] ?? DEFAULT_PREFERENCE_WEIGHT;
  const weight = (criterion: ScoredCriterion, raw: string) => {
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || value < 0) return;
    if (value !== weightOf(criterion)) store.decide({ kind: "weight", criterion, weight: value });
  };
  return (
    <section class="controls" aria-labelledby="decide-h">
      <div class="controls-head">
        <h3 id="decide-h">{W.decideHeading}</h3>
        <button
          type="button"
          disabled={last === undefined}
          title={last === undefined ? undefined : W.undoWhat(decisionText(last, lang))}
          onClick={store.undo}
        >
          {W.undo}
        </button>
        <button
          type="button"
          disabled={next === undefined}
          title={next === undefined ? undefined : W.redoWhat(decisionText(next, lang))}
          onClick={store.redo}
        >
          {W.redo}
        </button>
      </div>
      <fieldset class="weights">
        <legend>{W.weights}</legend>
        <p class="muted">{W.weightHelp}</p>
        {shown.map((c) => (
          <div class="weight" key={c}>
            <label for={`w-${c}`}>{W.criteria[c]}</label>
            <input
              id={`w-${c}`}
              type="range"
              min={0}
              max={5}
              step={0.5}
              value={Math.min(5, weightOf(c))}
              onChange={(e) => weight(c, e.currentTarget.value)}
            />
            <input
              type="number"
              aria-label={`${W.criteria[c]}: ${W.weights.toLowerCase()}`}
              min={0}
              max={100}
              step={0.5}
              value={weightOf(c)}
              onChange={(e) => weight(c, e.currentTarget.value)}
            />
          </div>
        ))}
      </fieldset>
      <fieldset class="rules">
        <legend>{W.rules}</legend>
        {RULES.map((r) => (
          <div class="rule" key={r}>
            <label for={`r-${r}`}>{W.rulesNames[r]}</label>
            <select
              id={`r-${r}`}
              value={settings.rules[r]}
              onChange={(e) =>
                store.decide({ kind: "rule", rule: r, mode: e.currentTarget.value as RuleMode })
              }
            >
              {MODES.map((m) => (
                <option value={m} key={m}>
                  {W.modes[m]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <fieldset class="objective">
        <legend>{W.objective}</legend>
        {(ranked ? (["total", "fair", "stable"] as const) : (["total", "fair"] as const)).map(
          (o) => (
            <div key={o}>
              <input
                type="radio"
                id={`o-${o}`}
                name="objective"
                value={o}
                checked={settings.objective === o}
                onChange={() => store.decide({ kind: "objective", objective: o })}
              />
              <label for={`o-${o}`}>{W.objectives[o]}</label>
            </div>
          ),
        )}
      </fieldset>
    </section>
  );
}
