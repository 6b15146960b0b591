import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { num, WORDS } from "../i18n.js";
import { type Heat as HeatData, NOT_ALLOWED } from "../protocol.js";
import { MARK_CHANGE_ALL, MEASURE_COMPLETE, type Store } from "../state.js";
import { PairPanel } from "./PairPanel.js";

/** Most rows and columns on screen at once; the arrow keys and the buttons move the window. */
const WINDOW = 20;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** Step 3: the heat map of every pair's score and the selected pair's explanation. */
export function Heat({ store }: { store: Store }) {
  const W = WORDS[store.lang.value];
  const solved = store.solved.value;
  // The budget's second measure: from the change to the heat map of the new plan's scores.
  useLayoutEffect(() => {
    if (solved?.complete !== true) return;
    if (performance.getEntriesByName(MARK_CHANGE_ALL).length === 0) return;
    performance.measure(MEASURE_COMPLETE, MARK_CHANGE_ALL);
    performance.clearMarks(MARK_CHANGE_ALL);
  }, [solved]);
  if (solved === null) return null;
  return (
    <section aria-labelledby="heat-h" class="card">
      <h2 id="heat-h">{W.heatHeading}</h2>
      <p class="muted" id="heat-help">
        {W.heatIntro}
      </p>
      <p class="legend">
        {W.heatLegendLow} <span class="swatch h1" /> <span class="swatch h4" />{" "}
        <span class="swatch h6" /> <span class="swatch h9" /> {W.heatLegendHigh} ·{" "}
        {W.heatLegendChosen} · {W.heatLegendBlocked}
      </p>
      <div class="heat-layout">
        {solved.heat === null ? (
          <p>{W.stage.heat}…</p>
        ) : (
          <HeatMap store={store} heat={solved.heat} busy={!solved.complete} />
        )}
        <PairPanel store={store} />
      </div>
    </section>
  );
}

function HeatMap({ store, heat, busy }: { store: Store; heat: HeatData; busy: boolean }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const { result } = store.solved.value!;
  const rows = heat.mentorIds.length;
  const cols = heat.adeptIds.length;
  // The active cell and the window's corner move together, so quick key presses never read an
  // old position.
  const [view, setView] = useState({ r: 0, c: 0, top: 0, left: 0, focus: false });
  const table = useRef<HTMLTableElement>(null);
  const R = Math.min(WINDOW, rows);
  const C = Math.min(WINDOW, cols);
  const chosen = new Set(result.pairs.map((p) => `${p.mentorId}\u0000${p.adeptId}`));
  const sel = store.selection.value;
  // A new plan can have fewer people: keep the view inside it.
  const v = {
    r: clamp(view.r, 0, rows - 1),
    c: clamp(view.c, 0, cols - 1),
    top: clamp(view.top, 0, Math.max(0, rows - R)),
    left: clamp(view.left, 0, Math.max(0, cols - C)),
  };
  const { top, left } = v;

  // Focus follows the active cell as soon as it is drawn (before the next key press is read).
  useLayoutEffect(() => {
    if (!view.focus) return;
    setView((x) => ({ ...x, focus: false }));
    table.current?.querySelector<HTMLElement>(`[data-r="${view.r}"][data-c="${view.c}"]`)?.focus();
  }, [view]);

  /** Moves the active cell by (dr, dc), or to (r, c) when `to` is set, the window following it. */
  const move = (dr: number, dc: number, to?: { r: number; c: number }) =>
    setView((x) => {
      const r = clamp(to?.r ?? x.r + dr, 0, rows - 1);
      const c = clamp(to?.c ?? x.c + dc, 0, cols - 1);
      const t = r < x.top ? r : r >= x.top + R ? r - R + 1 : x.top;
      const l = c < x.left ? c : c >= x.left + C ? c - C + 1 : x.left;
      return { r, c, top: t, left: l, focus: true };
    });
  const choose = (r: number, c: number) =>
    store.select({ mentor: heat.mentorIds[r]!, adept: heat.adeptIds[c]! });

  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(-1, 0),
      ArrowDown: () => move(1, 0),
      ArrowLeft: () => move(0, -1),
      ArrowRight: () => move(0, 1),
      PageUp: () => move(-R, 0),
      PageDown: () => move(R, 0),
      Home: () => move(0, 0, { r: e.ctrlKey ? 0 : v.r, c: 0 }),
      End: () => move(0, 0, { r: e.ctrlKey ? rows - 1 : v.r, c: cols - 1 }),
      Enter: () => choose(v.r, v.c),
      " ": () => choose(v.r, v.c),
    };
    const act = keys[e.key];
    if (act === undefined) return;
    e.preventDefault();
    act();
  };

  // The window moves with the buttons too, taking the active cell along.
  const shift = (dr: number, dc: number) =>
    setView((x) => {
      const t = clamp(x.top + dr, 0, Math.max(0, rows - R));
      const l = clamp(x.left + dc, 0, Math.max(0, cols - C));
      return {
        r: clamp(x.r, t, t + R - 1),
        c: clamp(x.c, l, l + C - 1),
        top: t,
        left: l,
        focus: false,
      };
    });

  const rowIdx = Array.from({ length: R }, (_, i) => top + i);
  const colIdx = Array.from({ length: C }, (_, i) => left + i);
  return (
    <div class="heat">
      <div class="heat-nav">
        <span>
          <button type="button" disabled={top === 0} onClick={() => shift(-R, 0)}>
            ▲ {W.previous}
          </button>{" "}
          <span>{W.heatRows(top + 1, top + R, rows)}</span>{" "}
          <button type="button" disabled={top + R >= rows} onClick={() => shift(R, 0)}>
            ▼ {W.next}
          </button>
        </span>
        <span>
          <button type="button" disabled={left === 0} onClick={() => shift(0, -C)}>
            ◀ {W.previous}
          </button>{" "}
          <span>{W.heatCols(left + 1, left + C, cols)}</span>{" "}
          <button type="button" disabled={left + C >= cols} onClick={() => shift(0, C)}>
            {W.next} ▶
          </button>
        </span>
      </div>
      <div class="scroll">
        <table
          ref={table}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern, a data table whose cells the arrow keys move through
          role="grid"
          class="heatmap"
          aria-label={W.heatLabel}
          aria-describedby="heat-help"
          aria-rowcount={rows + 1}
          aria-colcount={cols + 1}
          aria-busy={busy}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr aria-rowindex={1}>
              <td aria-colindex={1} />
              {colIdx.map((c) => (
                <th scope="col" key={c} aria-colindex={c + 2} title={heat.adeptIds[c]}>
                  {heat.adeptIds[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowIdx.map((r) => {
              const m = heat.mentorIds[r]!;
              return (
                <tr key={r} aria-rowindex={r + 2}>
                  <th scope="row" aria-colindex={1} title={m}>
                    {m}
                  </th>
                  {colIdx.map((c) => {
                    const a = heat.adeptIds[c]!;
                    const value = heat.cells[r * cols + c]!;
                    const allowed = value !== NOT_ALLOWED;
                    const isChosen = chosen.has(`${m}\u0000${a}`);
                    const isActive = v.r === r && v.c === c;
                    const selected = sel?.mentor === m && sel.adept === a;
                    const score = value / 100;
                    const bucket = allowed ? clamp(Math.floor(score / 10), 0, 9) : -1;
                    const cls = [
                      allowed ? `h${bucket}` : "blocked",
                      isChosen ? "chosen" : "",
                      selected ? "selected" : "",
                    ]
                      .filter((x) => x !== "")
                      .join(" ");
                    return (
                      // biome-ignore lint/a11y/useKeyWithClickEvents: a grid cell; the grid handles the keys
                      <td
                        key={c}
                        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid
                        role="gridcell"
                        class={cls}
                        data-r={r}
                        data-c={c}
                        aria-colindex={c + 2}
                        aria-selected={selected}
                        tabIndex={isActive ? 0 : -1}
                        onClick={() => {
                          move(0, 0, { r, c });
                          choose(r, c);
                        }}
                      >
                        {/* Seen: the rounded score and marks; heard: who, the score, and whether chosen. */}
                        <span aria-hidden="true">
                          {allowed ? Math.round(score) : "×"}
                          {isChosen ? "★" : ""}
                        </span>
                        <span class="visually-hidden">
                          {W.cell(m, a, num(score, lang), isChosen, allowed)}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
