/**
 * The site's stylesheet. Colours meet WCAG AA contrast (4.5:1 for text) on their backgrounds; every focusable
 * element shows a visible focus ring; below 40rem the layout becomes a single column and wide tables scroll
 * sideways inside their own region.
 */
export const SITE_STYLE = `:root {
  --text: #1b1b1b;
  --muted: #4a5560;
  --background: #ffffff;
  --link: #0a5196;
  --link-visited: #5b2a86;
  --brand: #0b3558;
  --brand-text: #ffffff;
  --line: #c5ced8;
  --soft: #eef2f6;
  --code: #f3f4f6;
  --focus: #c2410c;
  --focus-on-brand: #ffbf47;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  line-height: 1.55;
  color: var(--text);
  background: var(--background);
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--code); padding: 0.05em 0.3em; border-radius: 3px; overflow-wrap: break-word; }
pre { background: var(--code); padding: 0.75rem 1rem; overflow: auto; border-radius: 4px; border: 1px solid var(--line); }
pre code { background: none; padding: 0; overflow-wrap: normal; }
pre.example { max-height: 32rem; }
var { font-style: normal; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; color: #7a2e0e; }

.skip-link {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 20;
  background: var(--focus-on-brand); color: #000; padding: 0.5rem 1rem; font-weight: 600;
}
.skip-link:focus { top: 0.5rem; }
.skip-link:visited { color: #000; }

.site-header { background: var(--brand); color: var(--brand-text); padding: 0.75rem clamp(1rem, 4vw, 2rem) 0; }
.site-header a, .site-header a:visited { color: var(--brand-text); }
.site-header :focus-visible { outline-color: var(--focus-on-brand); }
.bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between; max-width: 80rem; margin: 0 auto; }
.brand { font-size: 1.25rem; font-weight: 700; text-decoration: none; }
.languages ul, .main-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.languages a[aria-current] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--focus-on-brand); }
.main-nav { max-width: 80rem; margin: 0.5rem auto 0; }
.main-nav a { display: inline-block; padding: 0.5rem 0; text-decoration: none; border-bottom: 4px solid transparent; }
.main-nav a:hover { border-bottom-color: #8fb3d6; }
.main-nav a[aria-current="page"] { border-bottom-color: var(--focus-on-brand); font-weight: 600; }

.search { position: relative; max-width: 80rem; margin: 0.75rem auto 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
.search[hidden] { display: none; }
.search label { font-weight: 600; }
.search input {
  flex: 1 1 16rem; max-width: 32rem; font: inherit; padding: 0.4rem 0.6rem;
  border: 2px solid #ffffff; border-radius: 4px; color: var(--text); background: #ffffff;
}
.search-status { margin: 0; min-height: 0; font-size: 0.9rem; }
.search-results {
  position: absolute; top: 100%; left: 0; z-index: 10; width: min(40rem, 100%);
  max-height: 60vh; overflow: auto; margin: 0.25rem 0 0; padding: 0.25rem 0; list-style: none;
  background: var(--background); color: var(--text); border: 1px solid var(--line); border-radius: 4px;
  box-shadow: 0 6px 18px rgba(0, 0, 0, 0.2);
}
.search-results[hidden] { display: none; }
.site-header .search-results a, .site-header .search-results a:visited { color: var(--text); display: block; padding: 0.4rem 0.75rem; text-decoration: none; }
.search-results a:hover, .search-results a:focus { background: var(--soft); }
.search-results .kind { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.search-results .label { font-weight: 600; }

main { display: block; max-width: 80rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2rem) 3rem; overflow-wrap: break-word; }
main:focus { outline: none; }
h1 { font-size: clamp(1.6rem, 4vw, 2.2rem); line-height: 1.2; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 2.25rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.kicker { margin: 0; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.85rem; }
.lead { font-size: 1.15rem; max-width: 48rem; }
p, li { max-width: 60rem; }

.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; background: #fbfcfd; }
.card h3 { margin: 0 0 0.25rem; }
.steps li { margin-bottom: 0.75rem; }
.steps p { margin: 0 0 0.25rem; }
.compact { margin: 0; padding-left: 1.1rem; }

.table-wrap { overflow-x: auto; margin: 0.5rem 0 1.5rem; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0.75rem; background: var(--soft); border-bottom: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); white-space: nowrap; }
tbody th { font-weight: normal; }
table.fields tbody th code { white-space: nowrap; }
tbody tr:target { background: #fff4c2; }
table.fields { min-width: 62rem; }
table.fields td:nth-child(5) { min-width: 18rem; }
table.rules { min-width: 52rem; }
table.codes td:nth-child(3) { min-width: 18rem; }
.mappings { margin: 0; display: grid; grid-template-columns: auto minmax(min-content, 1fr); gap: 0 0.5rem; font-size: 0.9rem; }
/* A name in an outside standard stays on one line; on a phone it may break only where its words meet (<wbr>). */
.mapping-name { white-space: nowrap; overflow-wrap: normal; word-break: normal; }
/* Chromium breaks at <wbr> even under nowrap: off until the phone layout needs them. */
.mapping-name wbr { display: none; }
.mappings dt { font-weight: 600; }
.facts dt { font-weight: 600; }
.note { border-left: 4px solid #0a4a8a; padding: 0.5rem 0.75rem; background: #f3f7fc; }
.mappings dd { margin: 0; }
.legend dt { margin-top: 0.5rem; }
.legend dd { margin-left: 0; }

.page-index { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem 0.75rem; background: #fbfcfd; margin: 1rem 0 1.5rem; }
.page-index h2 { font-size: 1.05rem; margin: 0.25rem 0 0.5rem; border: 0; padding: 0; }
.page-sections { list-style: none; padding: 0; margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-weight: 600; }
.page-fields { columns: 15rem; column-gap: 1.5rem; margin: 0; padding-left: 1.1rem; font-size: 0.95rem; }
.page-fields li { break-inside: avoid; }
.field-list { border-top: 1px solid var(--line); }
details.field { border-bottom: 1px solid var(--line); scroll-margin-top: 0.5rem; }
details.field > summary { cursor: pointer; padding: 0.5rem 0.25rem; }
details.field > summary:hover { background: var(--soft); }
.field-label { font-weight: 600; }
details.field[open] > summary { background: var(--soft); }
details.field:target { background: #fffbea; }
.field-body { padding: 0.25rem 0.75rem 0.75rem 1.25rem; }
.field-body > p { margin: 0.25rem 0 0.5rem; }
.facts { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr); gap: 0.35rem 1rem; margin: 0; }
.facts > dd { margin: 0; }
.lookup { margin: 1rem 0; padding: 0.75rem 1rem; border: 1px solid var(--line); border-radius: 6px; background: #fbfcfd; max-width: 48rem; }
.lookup label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.lookup input { font: inherit; width: 100%; max-width: 32rem; padding: 0.4rem 0.6rem; border: 2px solid var(--muted); border-radius: 4px; }
.lookup p { margin: 0.25rem 0 0; }
tr[hidden] { display: none; }
.pii, .severity { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-size: 0.85rem; font-weight: 600; white-space: nowrap; }
.pii-direct { background: #fde8e8; color: #8a1c1c; }
.pii-quasi { background: #fff1d6; color: #6b4100; }
.pii-sensitive { background: #f1e8fb; color: #5b2a86; }
.pii-none { background: #e3f2e7; color: #1f5130; }
.severity-error { background: #fde8e8; color: #8a1c1c; }
.severity-warning { background: #fff1d6; color: #6b4100; }
.severity-info { background: #e5eef8; color: #0a4a8a; }
.credit { border-left: 4px solid var(--brand); background: var(--soft); padding: 0.5rem 1rem; margin: 1rem 0; max-width: 60rem; }
.credit p { margin: 0; }
.download { font-weight: 600; }

.site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem clamp(1rem, 4vw, 2rem); }
.site-footer p { max-width: 80rem; margin: 0 auto; }
.languages-choice { list-style: none; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
.languages-choice li { padding: 1rem; border: 1px solid var(--line); border-radius: 6px; background: #fbfcfd; }
.languages-choice a { font-size: 1.3rem; font-weight: 600; }
.languages-choice p { margin: 0.25rem 0 0; }

@media (max-width: 40rem) {
  body { line-height: 1.5; }
  .lead { font-size: 1.05rem; }
  .search input { max-width: none; }
  .site-header { padding-top: 0.5rem; }
  .main-nav ul { gap: 0 0.9rem; }
  .main-nav a { padding: 0.3rem 0; }
  /* Each row becomes a card; each cell shows its column's name above it. */
  .table-wrap { overflow: visible; border: 0; }
  table, caption, tbody, tr, th, td { display: block; }
  table.fields, table.rules, table.codes { min-width: 0; }
  table.fields td:nth-child(5), table.codes td:nth-child(3) { min-width: 0; }
  caption { border: 1px solid var(--line); border-radius: 4px; margin-bottom: 0.5rem; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tbody tr { border: 1px solid var(--line); border-radius: 4px; margin-bottom: 0.75rem; }
  tbody th { background: var(--soft); font-weight: 600; border-bottom: 1px solid var(--line); }
  td { border-bottom: 0; padding: 0.3rem 0.75rem; }
  td:empty { display: none; }
  td[data-label]::before { content: attr(data-label); display: block; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
  tr[hidden] { display: none; }
  .facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .facts > dd { margin-bottom: 0.5rem; }
  .field-body { padding: 0.25rem 0.5rem 0.75rem; }
  .mapping-name { font-size: 0.85rem; white-space: normal; }
  .mapping-name wbr { display: inline; }
}
@media print {
  .site-header .search, .skip-link { display: none; }
  .table-wrap { overflow: visible; border: 0; }
}
`;
