/**
 * `npm run fit -- --corpus ../shared/corpus`: fits the lean model's weights on labelled postings
 * and writes src/analysis/lean-weights.json (numbers only: no corpus text is written).
 *
 * Logistic regression over the same features the extension computes (lexicon skills and cue
 * phrases, never raw words), with an L2 penalty that pulls each weight towards its lexicon prior,
 * so rare skills keep their curated lean. Regularisation is chosen by leave-one-source-out
 * validation: a model that memorises one source's habits scores badly on the source it did not see.
 * Features include the role family when the ad names its job (`cue:family:<family>`).
 *
 * Then `evidenceMin` (how many technical skills an ad that names no job needs to count as
 * engineering) is chosen on the house postings (whole ads from a general job platform, mostly not
 * engineering) against the labelled ones, and the fingerprint of the lexicon, cues and roles is
 * stored with the weights (a test fails when they drift apart).
 */
import { writeFileSync } from 'node:fs';
import { analyseParts } from '../src/analysis/analyze';
import { computeLean, cuePrior, leanFeatures, MODEL, type LeanModel, skillPrior, splitFeature } from '../src/analysis/lean';
import { leanInputsHash } from '../src/analysis/lean-inputs';
import { corpusArg, HOUSE_BORDERLINE, housePostings, HOUSE_ENGINEERING, minorityIds, readPostings, type Posting } from './corpus';

const dir = corpusArg(process.argv.slice(2));
if (!dir) {
  console.log('fit: no corpus found (pass --corpus DIR); nothing fitted.');
  process.exit(0);
}

interface Doc {
  p: Posting;
  y: number;
  x: [number, number][];
}

const postings = readPostings(dir).filter((p) => p.label);
const index = new Map<string, number>();
const names: string[] = [];
const docs: Doc[] = postings.map((p) => {
  const a = analyseParts(p.text);
  const f = leanFeatures(a.cues, a.mentions, a.sections, a.role);
  const x: [number, number][] = [];
  for (const [k, v] of f) {
    if (!index.has(k)) {
      index.set(k, names.length);
      names.push(k);
    }
    x.push([index.get(k)!, v]);
  }
  return { p, y: p.label === 'ml' ? 1 : 0, x };
});
const prior = names.map((k) => {
  const [kind, id] = splitFeature(k);
  return MODEL.priorScale * (kind === 'skill' ? skillPrior(id) : cuePrior(id));
});
const minority = minorityIds(postings);

/** Gradient descent on the penalised log loss; documents weighted so each class counts equally. */
function train(train: Doc[], lambda: number, iterations = 400): { w: Float64Array; b: number } {
  const w = Float64Array.from(prior);
  let b = 0;
  const pos = train.filter((d) => d.y === 1).length;
  const cw = [train.length / (2 * (train.length - pos)), train.length / (2 * pos)];
  const lr = 0.5;
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(w.length);
    let gb = 0;
    for (const d of train) {
      let z = b;
      for (const [j, v] of d.x) z += w[j]! * v;
      const err = (1 / (1 + Math.exp(-z)) - d.y) * cw[d.y]!;
      gb += err;
      for (const [j, v] of d.x) g[j]! += err * v;
    }
    for (let j = 0; j < w.length; j++) w[j]! -= (lr * (g[j]! / train.length + lambda * (w[j]! - prior[j]!)));
    b -= lr * gb / train.length;
  }
  return { w, b };
}

const predict = (m: { w: Float64Array; b: number }, d: Doc): number => {
  let z = m.b;
  for (const [j, v] of d.x) z += m.w[j]! * v;
  return 1 / (1 + Math.exp(-z));
};

const sources = [...new Set(docs.map((d) => d.p.source))];
const lambdas = [0.003, 0.01, 0.03, 0.1];
let best = { lambda: lambdas[0]!, score: -1 };
for (const lambda of lambdas) {
  let ok = 0;
  let mOk = 0;
  let mN = 0;
  for (const held of sources) {
    const model = train(docs.filter((d) => d.p.source !== held), lambda, 250);
    for (const d of docs.filter((d) => d.p.source === held)) {
      const hit = (predict(model, d) >= 0.5 ? 1 : 0) === d.y;
      if (hit) ok++;
      if (minority.has(d.p.id)) {
        mN++;
        if (hit) mOk++;
      }
    }
  }
  const acc = ok / docs.length;
  const mAcc = mOk / Math.max(1, mN);
  // Minority-in-source postings are the ones a source-memorising model gets wrong: weigh them in.
  const score = acc + 0.5 * mAcc;
  console.log(`lambda=${lambda}: leave-one-source-out accuracy ${(acc * 100).toFixed(1)}%, minority ${(mAcc * 100).toFixed(1)}% (${mOk}/${mN})`);
  if (score > best.score) best = { lambda, score };
}

const final = train(docs, best.lambda);
const weights: Record<string, number> = {};
names.forEach((k, j) => {
  const w = Math.round(final.w[j]! * 1000) / 1000;
  if (w !== Math.round(prior[j]! * 1000) / 1000) weights[k] = w;
});
let model: LeanModel = { ...MODEL, bias: Math.round(final.b * 1000) / 1000, weights: Object.fromEntries(Object.entries(weights).sort()) };

// evidenceMin: house postings that are not engineering should say none; labelled postings should not.
const labelled = postings.map((p) => ({ p, a: analyseParts(p.text) }));
const house = housePostings(dir).filter((h) => !HOUSE_ENGINEERING.has(h.id) && !HOUSE_BORDERLINE.has(h.id)).map((h) => analyseParts(h.text));
let bestMin = { value: model.evidenceMin, score: -1 };
for (const value of [1, 2, 3, 4, 5]) {
  const m = { ...model, evidenceMin: value };
  const none = (a: ReturnType<typeof analyseParts>): boolean => computeLean(a.cues, a.mentions, a.sections, null, m, a.role).label === 'none';
  const houseNone = house.filter(none).length / Math.max(1, house.length);
  const labelledEng = labelled.filter(({ a }) => computeLean(a.cues, a.mentions, a.sections, null, m, a.role).role.family !== 'not-engineering').length / labelled.length;
  // Both rates count alike: "none" for an engineering ad and a gauge for a recruiter's ad mislead as much.
  const score = houseNone + labelledEng;
  console.log(`evidenceMin=${value}: house non-engineering say none ${(houseNone * 100).toFixed(1)}%, labelled engineering ads keep a family ${(labelledEng * 100).toFixed(1)}%`);
  if (score > bestMin.score) bestMin = { value, score };
}
model = { ...model, evidenceMin: bestMin.value, inputsHash: leanInputsHash() };
writeFileSync(new URL('../src/analysis/lean-weights.json', import.meta.url), JSON.stringify(model, null, 1) + '\n');
console.log(`fitted lambda=${best.lambda}, evidenceMin=${bestMin.value} on ${docs.length} postings, ${names.length} features (${Object.keys(weights).length} moved from their prior); wrote src/analysis/lean-weights.json`);
