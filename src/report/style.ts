import { heatColourRules } from "./heatmap.js";

/**
 * The page margin on paper, in millimetres: A4 portrait leaves 182 mm (688 CSS px) for the
 * content, landscape 269 mm (1017 px). The heat map's column blocks are sized for the former.
 *
 * @example
 * PRINT_MARGIN_MM // 14
 */
export const PRINT_MARGIN_MM = 14;

/**
 * The report's stylesheet, inlined so the file needs nothing else: system fonts only (no web
 * fonts), no images and no `url(...)`. Light colours throughout so that it prints on white. On
 * paper: nothing is wider than the page (the heat map comes in column blocks that fit A4
 * portrait, so the browser never shrinks the whole document to fit); pair cards, table rows and
 * short blocks are not split across pages, but nothing taller than a third of a page is kept
 * whole and no page break is forced, so no page is left mostly blank; the table of contents is
 * left out; the heat map and bars keep their colours (`print-color-adjust: exact`), since the
 * colour is the information there. Every heat-map cell also shows its number and marks, so the
 * map still reads in black and white; forbidden cells are plain grey with a struck-through
 * number on paper, since hundreds of hatched cells make a print take tens of seconds.
 *
 * @example
 * `<style>${REPORT_CSS}</style>`
 */
export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #5a5a5a; --line: #d0d4da; --accent: #1f5f99; --bar: #3a7cc0; --soft: #f4f6f9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
p { margin: .4rem 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; word-break: break-all; }
.muted { color: var(--muted); }
.note { background: var(--soft); border-left: 4px solid var(--line); padding: .5rem .75rem; }
nav ol { columns: 2; margin: .5rem 0 0; padding-left: 1.25rem; }
nav a { color: var(--accent); }
dl.facts { display: grid; grid-template-columns: fit-content(45%) minmax(0, 1fr); gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 600; min-width: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; }
table.grid th, table.grid td { border-bottom: 1px solid var(--line); }
table.grid thead th { border-bottom: 2px solid var(--line); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
article.pair { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
article.pair header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
article.pair .total { font-size: 1.2rem; font-weight: 700; font-variant-numeric: tabular-nums; }
article.pair .people { color: var(--muted); margin: 0 0 .5rem; }
.tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: 3px; color: var(--muted); }
table.criteria { width: 100%; margin: .25rem 0 .5rem; }
table.criteria td:first-child { white-space: nowrap; width: 11rem; }
table.criteria th:nth-child(2), table.criteria td:is(:nth-child(2), :nth-child(4)) { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.criteria td:nth-child(3) { width: 9rem; }
table.criteria td > span { display: block; height: .8rem; margin-top: .3rem; border-radius: 2px;
  background: linear-gradient(var(--bar), var(--bar)) 0 0 / var(--w) 100% no-repeat, #e8edf3; }
table.criteria .neutral td > span { background-image: repeating-linear-gradient(45deg, #9fb0c3 0 3px, #c9d3de 3px 6px); }
.scroll { overflow-x: auto; }
table.pairs { width: 100%; font-size: .9rem; margin: .5rem 0 1.25rem; }
table.pairs th, table.pairs td { border-bottom: 1px solid var(--line); padding: .2rem .45rem; }
table.pairs td { overflow-wrap: anywhere; }
table.pairs td:not(:nth-child(2), :nth-child(3), :last-child) { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.pairs thead th { border-bottom: 2px solid var(--line); vertical-align: bottom; font-weight: 600; }
table.pairs caption { text-align: left; padding: 0 0 .4rem; }
table.pairs th.crit { max-width: 7em; white-space: normal; font-weight: 400; color: var(--muted); }
table.pairs tbody tr:nth-child(even) { background: var(--soft); }
table.pairs a { color: inherit; }
.heat-block { margin: .75rem 0 1rem; }
table.heat { font-size: .8rem; }
table.heat tbody + tbody tr:first-child > * { border-top: 2px solid #fff; }
table.heat caption { text-align: left; font-size: .85rem; color: var(--muted); padding: 0 0 .2rem; }
table.heat th, table.heat td { border: 1px solid #fff; padding: .15rem .25rem; }
table.heat thead th { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 600; vertical-align: bottom; }
table.heat tbody th { white-space: nowrap; font-weight: 600; }
table.heat td { text-align: center; min-width: 2.4rem; font-variant-numeric: tabular-nums; }
${heatColourRules()}
table.heat td.chosen { outline: 2px solid #000; outline-offset: -2px; font-weight: 700; }
table.heat td.blocked, .legend .blocked { color: #555;
  background: repeating-linear-gradient(45deg, #ffffff 0 3px, #c4c4c4 3px 5px) !important; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; margin: .5rem 0; font-size: .85rem; }
.legend .swatch { display: inline-block; min-width: 2.1rem; text-align: center; padding: .1rem .25rem; border: 1px solid var(--line); font-size: .75rem; }
ul.reasons { padding-left: 1.25rem; }
ul.reasons li { margin: .3rem 0; }
pre { background: var(--soft); padding: .75rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; word-break: break-all; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
table.criteria td > span, table.heat td, .legend .swatch, table.pairs tr { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  @page { margin: ${PRINT_MARGIN_MM}mm; }
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; background: #fff; color: #000; }
  nav { display: none; }
  h1 { font-size: 17pt; }
  body > header p { font-size: 8pt; margin: 0; }
  h2 { font-size: 13pt; margin: 1rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  article.pair, tr, .legend, dl.facts, .whole, table.heat tbody { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  #summary dl.facts { grid-template-columns: fit-content(30%) minmax(0, 1fr) fit-content(30%) minmax(0, 1fr); margin: .3rem 0 .5rem; }
  #summary p { font-size: 9pt; line-height: 1.35; }
  table.pairs { font-size: 8pt; line-height: 1.2; margin: 0 0 1rem; }
  table.pairs caption { font-size: 8.5pt; }
  table.pairs th, table.pairs td { padding: .05rem .3rem; }
  article.pair { padding: .35rem .65rem; margin: 0 0 .55rem; }
  article.pair header { line-height: 1.25; }
  article.pair h3 { font-size: 10.5pt; }
  article.pair .total { font-size: 11pt; }
  article.pair .people { font-size: 8.5pt; margin: 0 0 .1rem; }
  article.pair > p { font-size: 9pt; line-height: 1.3; margin: .15rem 0; }
  table.criteria { font-size: 8pt; line-height: 1.25; margin: .15rem 0 .1rem; }
  table.criteria th, table.criteria td { padding: .02rem .3rem; }
  table.criteria td:first-child { width: auto; }
  table.criteria td:nth-child(3) { width: 3.5rem; }
  table.criteria td > span { margin-top: .2rem; height: .6rem; }
  .heat-block { margin: .4rem 0 .8rem; }
  table.heat { font-size: 7.5pt; line-height: 1.25; }
  table.heat caption { font-size: 8pt; }
  table.heat th, table.heat td { padding: .05rem .1rem; }
  table.heat td { min-width: 0; width: 2.45em; }
  table.heat tbody th { max-width: 7em; white-space: normal; overflow-wrap: anywhere; }
  table.heat td.blocked, .legend .blocked { background: #e2e2e2 !important; color: #444; text-decoration: line-through; }
  pre { white-space: pre-wrap; font-size: 7.5pt; }
  footer { margin-top: 1rem; break-before: avoid; page-break-before: avoid; }
}
`;
