import { useEffect, useRef, useState } from "preact/hooks";
import { num, WORDS } from "../i18n.js";
import { NOT_ALLOWED } from "../protocol.js";
import type { Store } from "../state.js";
import { PairPanel } from "./PairPanel.js";

/** Most rows and columns on screen at once; the arrow keys and the buttons move the window. */
const WINDOW = 20;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** Step 3: the heat map of every pair's score and the selected pair's explanation. */
export function Heat({ store }: { store: Store }) {
  const W = WORDS[store.lang.value];
  if (store.solved.value === null) return null;
  return (
    <section aria-labelledby="heat-h" class="card">
      <h2 id="heat-h">{W.heatHeading}</h2>
      <p class="muted" id="heat-help">
        {W.heatIntro}
      </p>
      <p class="legend">
        <span class="swatch h2" /> <span class="swatch h5" /> <span class="swatch h9" />{" "}
        {W.heatLegendChosen} · {W.heatLegendBlocked}
      </p>
      <div class="heat-layout">
        <HeatMap store={store} />
        <PairPanel store={store} />
      </div>
    </section>
  );
}

function HeatMap({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const { heat, result } = store.solved.value!;
  const rows = heat.mentorIds.length;
  const cols = heat.adeptIds.length;
  const [active, setActive] = useState({ r: 0, c: 0 });
  const [top, setTop] = useState(0);
  const [left, setLeft] = useState(0);
  const [focusCell, setFocusCell] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const R = Math.min(WINDOW, rows);
  const C = Math.min(WINDOW, cols);
  const chosen = new Set(result.pairs.map((p) => `${p.mentorId}\u0000${p.adeptId}`));
  const sel = store.selection.value;

  useEffect(() => {
    if (!focusCell) return;
    setFocusCell(false);
    table.current
      ?.querySelector<HTMLElement>(`[data-r="${active.r}"][data-c="${active.c}"]`)
      ?.focus();
  });

  /** Moves the active cell, the window following it. */
  const moveTo = (r: number, c: number, focus = true) => {
    const nr = clamp(r, 0, rows - 1);
    const nc = clamp(c, 0, cols - 1);
    setActive({ r: nr, c: nc });
    if (nr < top) setTop(nr);
    else if (nr >= top + R) setTop(nr - R + 1);
    if (nc < left) setLeft(nc);
    else if (nc >= left + C) setLeft(nc - C + 1);
    setFocusCell(focus);
  };
  const choose = (r: number, c: number) =>
    store.select({ mentor: heat.mentorIds[r]!, adept: heat.adeptIds[c]! });

  const onKeyDown = (e: KeyboardEvent) => {
    const { r, c } = active;
    const keys: Record<string, () => void> = {
      ArrowUp: () => moveTo(r - 1, c),
      ArrowDown: () => moveTo(r + 1, c),
      ArrowLeft: () => moveTo(r, c - 1),
      ArrowRight: () => moveTo(r, c + 1),
      PageUp: () => moveTo(r - R, c),
      PageDown: () => moveTo(r + R, c),
      Home: () => (e.ctrlKey ? moveTo(0, 0) : moveTo(r, 0)),
      End: () => (e.ctrlKey ? moveTo(rows - 1, cols - 1) : moveTo(r, cols - 1)),
      Enter: () => choose(r, c),
      " ": () => choose(r, c),
    };
    const act = keys[e.key];
    if (act === undefined) return;
    e.preventDefault();
    act();
  };

  // The window moves with the buttons too, taking the active cell along.
  const shift = (dr: number, dc: number) => {
    const t = clamp(top + dr, 0, Math.max(0, rows - R));
    const l = clamp(left + dc, 0, Math.max(0, cols - C));
    setTop(t);
    setLeft(l);
    setActive({ r: clamp(active.r, t, t + R - 1), c: clamp(active.c, l, l + C - 1) });
  };

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
                    const v = heat.cells[r * cols + c]!;
                    const allowed = v !== NOT_ALLOWED;
                    const isChosen = chosen.has(`${m}\u0000${a}`);
                    const isActive = active.r === r && active.c === c;
                    const selected = sel?.mentor === m && sel.adept === a;
                    const score = v / 100;
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
                        aria-label={W.cell(m, a, num(score, lang), isChosen, allowed)}
                        tabIndex={isActive ? 0 : -1}
                        onClick={() => {
                          moveTo(r, c);
                          choose(r, c);
                        }}
                      >
                        {allowed ? Math.round(score) : "×"}
                        {isChosen ? "★" : ""}
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
