/**
 * The web-page export's one stylesheet, inlined in the page: system fonts only (nothing to
 * load), the app's light and dark colours by the reader's system setting, and a print layout
 * that starts each product on a new page and keeps the stage colours.
 */
const STAGE_COLOURS = `
[data-stage='ideation'] { --stage: var(--stage-ideation); }
[data-stage='development'] { --stage: var(--stage-development); }
[data-stage='launch'] { --stage: var(--stage-launch); }
[data-stage='growth'] { --stage: var(--stage-growth); }
[data-stage='maturity'] { --stage: var(--stage-maturity); }
[data-stage='decline'] { --stage: var(--stage-decline); }`;

const LIGHT = `
  --bg: #f4f5f8; --surface: #ffffff; --column-bg: #eceef3; --border: #dfe2e8;
  --text: #1c2130; --text-2: #4b5265; --text-3: #6b7285; --accent: #4f46e5;
  --good: #047857; --bad: #c02640;
  --stage-ideation: #7c3aed; --stage-development: #2563eb; --stage-launch: #d97706;
  --stage-growth: #059669; --stage-maturity: #0891b2; --stage-decline: #be4b68;
  color-scheme: light;`;

const DARK = `
  --bg: #0f1218; --surface: #1a1f29; --column-bg: #151a22; --border: #2a3140;
  --text: #e8ebf2; --text-2: #b3bac9; --text-3: #8c94a6; --accent: #a5b4fc;
  --good: #34d399; --bad: #f87189;
  --stage-ideation: #a78bfa; --stage-development: #60a5fa; --stage-launch: #fbbf24;
  --stage-growth: #34d399; --stage-maturity: #22d3ee; --stage-decline: #f0869f;
  color-scheme: dark;`;

export const HTML_EXPORT_STYLE = `
:root {${LIGHT}
  --font: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
}
@media (prefers-color-scheme: dark) { :root {${DARK} } }
${STAGE_COLOURS}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.5 var(--font); }
.page { max-width: 1180px; margin: 0 auto; padding: 32px 24px 48px; }
h1, h2, h3, h4, h5, p { margin: 0; }
a { color: var(--accent); }
.muted { color: var(--text-3); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.doc-header { margin-bottom: 28px; }
.eyebrow { color: var(--text-3); font-size: 13px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
h1 { margin: 2px 0 6px; font-size: 30px; line-height: 1.2; overflow-wrap: anywhere; }
.doc-meta { color: var(--text-2); }
h2 { margin: 36px 0 14px; font-size: 21px; }
.board-grid { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 10px; }
.stage { min-width: 0; padding: 10px 10px 12px; border-top: 3px solid var(--stage); border-radius: 12px; background: var(--column-bg); }
.stage h3 { display: flex; justify-content: space-between; gap: 6px; margin-bottom: 8px; font-size: 14px; }
.stage ol { display: flex; flex-direction: column; gap: 6px; margin: 0; padding: 0; list-style: none; }
.stage li { padding: 7px 9px; border: 1px solid var(--border); border-left: 3px solid var(--stage); border-radius: 8px; background: var(--surface); font-size: 13.5px; font-weight: 600; overflow-wrap: anywhere; }
.stage li a { color: inherit; text-decoration: none; }
.stage li a:hover, .stage li a:focus-visible { color: var(--accent); text-decoration: underline; }
.stage .empty { color: var(--text-3); font-size: 13px; }
.count { color: var(--text-3); font-size: 0.85em; font-weight: 500; }
.product { margin: 0 0 22px; padding: 22px 24px; border: 1px solid var(--border); border-left: 4px solid var(--stage); border-radius: 14px; background: var(--surface); }
.product-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 8px 24px; margin-bottom: 10px; }
.product h3 { font-size: 22px; line-height: 1.25; overflow-wrap: anywhere; }
.facts { display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 0; font-size: 13.5px; }
.facts div { display: flex; gap: 6px; align-items: baseline; }
.facts dt { color: var(--text-3); }
.facts dd { margin: 0; }
.vision { margin: 0 0 8px; font-size: 16px; font-weight: 600; }
.facts dd p { margin: 0; }
ul.plain { margin: 0; padding-left: 16px; }
.stage-badge { padding: 1px 9px; border-radius: 999px; background: color-mix(in srgb, var(--stage) 16%, transparent); color: color-mix(in srgb, var(--stage) 70%, var(--text)); font-weight: 600; }
.archived { padding: 1px 6px; border-radius: 4px; background: var(--column-bg); color: var(--text-2); font-size: 12px; font-weight: 600; text-transform: uppercase; }
.tags { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.tag { padding: 0 7px; border-radius: 4px; background: var(--column-bg); color: var(--text-2); font-size: 12.5px; }
.summary { max-width: 75ch; margin: 0 0 6px; color: var(--text-2); white-space: pre-line; overflow-wrap: anywhere; }
.text, .note { max-width: 80ch; margin: 4px 0; white-space: pre-line; overflow-wrap: anywhere; }
.note { color: var(--text-2); font-size: 13.5px; }
.part { margin-top: 20px; }
h4 { margin-bottom: 8px; font-size: 15.5px; }
h5 { margin: 10px 0 4px; font-size: 14px; }
.stage-bar { display: flex; gap: 2px; height: 8px; margin: 4px 0 10px; overflow: hidden; border-radius: 4px; }
.segment { min-width: 4px; background: var(--stage); }
.timeline, .checklist, .people, .shipped { margin: 0; padding: 0; list-style: none; }
.timeline li { display: flex; align-items: baseline; gap: 8px; padding: 2px 0; }
.timeline .planned { color: var(--text-2); font-style: italic; }
.dot { display: inline-block; flex: none; width: 9px; height: 9px; border-radius: 50%; background: var(--stage); }
.planned .dot { background: transparent; border: 2px solid var(--stage); }
.people li { margin-bottom: 6px; }
.checklist li { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.check { display: inline-grid; flex: none; place-items: center; width: 16px; height: 16px; border: 1.5px solid var(--text-3); border-radius: 4px; font-size: 11px; font-weight: 700; line-height: 1; }
.done .check { border-color: var(--good); background: var(--good); color: var(--surface); }
.done span[dir] { color: var(--text-2); }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th { color: var(--text-3); font-size: 12px; font-weight: 600; letter-spacing: 0.03em; text-align: start; text-transform: uppercase; }
th, td { padding: 6px 10px 6px 0; border-bottom: 1px solid var(--border); vertical-align: top; overflow-wrap: break-word; }
blockquote { margin: 0; font-style: italic; white-space: pre-line; }
.status { font-weight: 600; }
.status-on-track { color: var(--good); }
.status-off-track { color: var(--bad); }
.status-no-data { color: var(--text-3); }
.release { margin-bottom: 10px; }
.shipped { margin-top: 4px; padding-left: 18px; list-style: disc; }
.back { margin-top: 16px; font-size: 13px; }
.doc-footer { margin-top: 32px; color: var(--text-3); font-size: 13px; }
@media (max-width: 900px) { .board-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
@page { margin: 14mm; }
@media print {
  :root {${LIGHT} }
  body { background: #fff; font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .board-grid { grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 6px; }
  .stage li { font-size: 9.5pt; }
  #products, #archived { break-before: page; }
  h2 + .product { break-before: avoid; }
  .product { break-before: page; border: 0; border-left: 4px solid var(--stage); border-radius: 0; padding: 0 0 0 14px; }
  tr, .release, .checklist li { break-inside: avoid; }
  h4, h5 { break-after: avoid; }
  .back { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
