import { readFileSync } from 'node:fs';
import { analyze } from '/work/wt/reqs/src/analysis/index';
const posts = readFileSync('/work/shared/corpus/postings.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
for (let r = 0; r < 3; r++) for (const t of posts) analyze(t);
