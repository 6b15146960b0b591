/**
 * The report's stylesheet, inlined so the file needs nothing else: system fonts only (no web
 * fonts), no images and no `url(...)`. Light colours throughout so that it prints on white; on
 * paper, pair cards and table rows are not split across pages, the table of contents is left
 * out, and the heat map and bars keep their colours (`print-color-adjust: exact`), since the
 * colour is the information there. Every heat-map cell also shows its number and marks, so the
 * map still reads in black and white.
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
dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr); gap: .2rem 1rem; margin: .5rem 0 1rem; }
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
table.criteria td.name { white-space: nowrap; width: 11rem; }
table.criteria td.barcell { width: 9rem; }
.bar { height: .8rem; background: #e8edf3; border-radius: 2px; overflow: hidden; margin-top: .3rem; }
.bar span { display: block; height: 100%; background: var(--bar); }
.neutral .bar span { background: repeating-linear-gradient(45deg, #9fb0c3 0 3px, #c9d3de 3px 6px); }
.scroll { overflow-x: auto; }
table.heat { font-size: .8rem; }
table.heat th, table.heat td { border: 1px solid #fff; padding: .15rem .25rem; }
table.heat thead th { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 600; vertical-align: bottom; }
table.heat tbody th { white-space: nowrap; font-weight: 600; }
table.heat td { text-align: center; min-width: 2.4rem; font-variant-numeric: tabular-nums; }
table.heat td.chosen { outline: 2px solid #000; outline-offset: -2px; font-weight: 700; }
table.heat td.blocked, .legend .blocked { color: #555;
  background: repeating-linear-gradient(45deg, #ffffff 0 3px, #c4c4c4 3px 5px) !important; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; margin: .5rem 0; font-size: .85rem; }
.legend .swatch { display: inline-block; min-width: 2.1rem; text-align: center; padding: .1rem .25rem; border: 1px solid var(--line); font-size: .75rem; }
ul.reasons { padding-left: 1.25rem; }
ul.reasons li { margin: .3rem 0; }
pre { background: var(--soft); padding: .75rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; word-break: break-all; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
.bar, .bar span, table.heat td, .legend .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; background: #fff; color: #000; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  article.pair, tr, .legend, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  table.heat { font-size: 6.5pt; }
  #heatmap { break-inside: avoid; page-break-inside: avoid; }
  table.criteria td.name { width: 8rem; }
  table.criteria td.barcell { width: 5.5rem; }
  pre { white-space: pre-wrap; }
}
`;
