/**
 * `npm run eval -- --corpus ../shared/corpus`: lean accuracy (overall, ML/AI engineer vs software
 * engineer, minority in source), a confusion table, role families, the "says none" rate on the
 * non-engineering HOUSE postings, and skill extraction P/R/F1 against the SkillSpan TECH knowledge
 * spans. Skips cleanly when the corpus is absent.
 */
import { analyze } from '../src/analysis/index';
import { readRolePhrase } from '../src/analysis/role-phrase';
import { corpusArg, goldOffsets, HOUSE_BORDERLINE, housePostings, HOUSE_ENGINEERING, isCore, minorityIds, readPostings, readSpanSentences } from './corpus';

const dir = corpusArg(process.argv.slice(2));
if (!dir) {
  console.log('eval: no corpus found (pass --corpus DIR with postings.jsonl); skipped.');
  process.exit(0);
}

const postings = readPostings(dir).filter((p) => p.label);
const minority = minorityIds(postings);
const sets = { overall: { n: 0, ok: 0 }, core: { n: 0, ok: 0 }, minority: { n: 0, ok: 0 } };
const confusion = new Map<string, number>();
const wrong: string[] = [];
const bySource = new Map<string, { n: number; ok: number }>();
/** Role families from the text alone, against the family the posting's title names. */
const family = { named: 0, agree: 0, side: { n: 0, ok: 0 }, notEngineering: 0, fromText: 0 };
const ML_SIDE = new Set(['ml-engineering', 'data-science', 'research', 'ml-platform']);
const t0 = performance.now();
for (const p of postings) {
  const a = analyze(p.text);
  const role = a.lean.role;
  if (role.family === 'not-engineering') family.notEngineering++;
  if (role.source !== 'skills') family.fromText++;
  const fromTitle = readRolePhrase(p.title);
  if (fromTitle?.kind === 'engineering' && fromTitle.family !== 'generic' && role.family !== 'not-engineering') {
    family.named++;
    if (fromTitle.family === role.family) family.agree++;
  }
  if (role.family !== 'not-engineering') {
    family.side.n++;
    if (ML_SIDE.has(role.family) === (p.label === 'ml')) family.side.ok++;
  }
  const predicted = a.lean.ml >= 0.5 ? 'ml' : 'swe';
  const ok = predicted === p.label;
  const bump = (s: { n: number; ok: number }): void => {
    s.n++;
    if (ok) s.ok++;
  };
  bump(sets.overall);
  if (isCore(p)) bump(sets.core);
  if (minority.has(p.id)) bump(sets.minority);
  const src = bySource.get(p.source) ?? { n: 0, ok: 0 };
  bump(src);
  bySource.set(p.source, src);
  confusion.set(`${p.label}|${a.lean.label}`, (confusion.get(`${p.label}|${a.lean.label}`) ?? 0) + 1);
  if (!ok) wrong.push(`  ${p.label} ml=${a.lean.ml.toFixed(2)} ${p.source.slice(0, 28).padEnd(28)} ${p.title.slice(0, 60)}`);
}
const pct = (s: { n: number; ok: number }): string => `${((s.ok / Math.max(1, s.n)) * 100).toFixed(1)}% (${s.ok}/${s.n})`;
console.log(`Lean accuracy (description only, ml >= 0.5 means ML), ${postings.length} labelled postings, ${((performance.now() - t0) / postings.length).toFixed(2)} ms/ad`);
console.log(`  overall:            ${pct(sets.overall)}`);
console.log(`  ML/AI eng vs SWE:   ${pct(sets.core)}`);
console.log(`  minority in source: ${pct(sets.minority)}`);
console.log('  by source:');
for (const [s, v] of bySource) console.log(`    ${s.padEnd(36)} ${pct(v)}`);
console.log('Confusion (rows: title label, columns: predicted label)');
const labels = ['ml', 'swe', 'hybrid', 'none'];
console.log('         ' + labels.map((l) => l.padStart(7)).join(''));
for (const gold of ['ml', 'swe']) console.log(`  ${gold.padEnd(6)} ` + labels.map((l) => String(confusion.get(`${gold}|${l}`) ?? 0).padStart(7)).join(''));
if (process.argv.includes('--wrong')) console.log('Misclassified:\n' + wrong.join('\n'));

console.log('Role families (description only)');
console.log(`  named by the ad itself (title-like first line or role statement): ${family.fromText}/${postings.length}`);
console.log(`  family on the side of the title label (ML families vs the rest): ${pct(family.side)}`);
console.log(`  same family as the title names (where it names one): ${pct({ n: family.named, ok: family.agree })}`);
console.log(`  labelled (engineering) postings called not-engineering: ${family.notEngineering}/${postings.length}`);
// Unlabelled postings whose titles say data, analytics engineering or quant development: not ML-leaning.
const notMl = { n: 0, ok: 0 };
for (const p of readPostings(dir)) {
  if (!/data engineer|analytics engineer|\bbi developer|\betl\b|quant(?:itative)? developer/i.test(p.title)) continue;
  notMl.n++;
  if (analyze(p.text).lean.ml < 0.5) notMl.ok++;
}
console.log(`  data/analytics engineering and quant development titles with ml < 0.5: ${pct(notMl)}`);

// HOUSE postings: whole ads from a general job platform. Most are not engineering and must say none.
const house = { n: 0, ok: 0 };
const houseEng = { n: 0, ok: 0 };
const houseWrong: string[] = [];
const areas = new Map<string, number>();
for (const h of housePostings(dir)) {
  if (HOUSE_BORDERLINE.has(h.id)) continue;
  const a = analyze(h.text);
  if (HOUSE_ENGINEERING.has(h.id)) {
    houseEng.n++;
    if (a.lean.label !== 'none') houseEng.ok++;
    continue;
  }
  house.n++;
  if (a.lean.label === 'none') {
    house.ok++;
    const area = a.lean.role.reason.replace(/^not an engineering role: /, '').replace(/ \(.*$/, '');
    areas.set(area, (areas.get(area) ?? 0) + 1);
  } else houseWrong.push(`  ${h.id} ${a.lean.label} ${a.lean.role.reason}`);
}
console.log('HOUSE postings (SkillSpan, whole ads of a general job platform)');
console.log(`  not engineering, says none: ${pct(house)}`);
console.log(`  engineering (judged by reading; see scripts/corpus.ts), not none: ${pct(houseEng)}`);
console.log('  reasons: ' + [...areas].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
if (process.argv.includes('--wrong') && houseWrong.length) console.log('House postings that did not say none:\n' + houseWrong.join('\n'));

// Skill extraction against SkillSpan TECH knowledge spans.
const splits = new Map<string, { tp: number; fp: number; found: number; gold: number; exact: number }>();
for (const s of readSpanSentences(dir)) {
  if (s.source !== 'skillspan_tech') continue;
  const gold = goldOffsets(s);
  const predicted = analyze(s.text).mentions;
  const st = splits.get(s.split) ?? { tp: 0, fp: 0, found: 0, gold: 0, exact: 0 };
  const overlaps = (a: [number, number], b: { start: number; end: number }): boolean => a[0] < b.end && b.start < a[1];
  for (const m of predicted) {
    if (gold.some((g) => overlaps(g, m))) st.tp++;
    else st.fp++;
    if (gold.some((g) => g[0] === m.start && g[1] === m.end)) st.exact++;
  }
  for (const g of gold) if (predicted.some((m) => overlaps(g, m))) st.found++;
  st.gold += gold.length;
  splits.set(s.split, st);
}
console.log('Skill extraction vs SkillSpan TECH knowledge spans');
for (const [split, st] of splits) {
  const n = st.tp + st.fp;
  const p = st.tp / Math.max(1, n);
  const r = st.found / Math.max(1, st.gold);
  const ep = st.exact / Math.max(1, n);
  const er = st.exact / Math.max(1, st.gold);
  const f = (a: number, b: number): string => (a + b ? ((2 * a * b) / (a + b)).toFixed(3) : '0.000');
  console.log(`  ${split.padEnd(6)} overlapping P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f(p, r)}   exact P=${ep.toFixed(3)} R=${er.toFixed(3)} F1=${f(ep, er)}   (${n} predicted, ${st.gold} gold)`);
}
