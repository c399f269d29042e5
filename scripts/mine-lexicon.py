#!/usr/bin/env python3
"""Lexicon mining and alias measurement against the development corpus.

The corpus is read from the path given on the command line and is never written anywhere: the
script prints statistics (counts, rates, terms) to stdout only.

  python3 scripts/mine-lexicon.py aliases    CORPUS [--split train,dev] [--min 2]
      Match every lexicon spelling (case-insensitive word-boundary regex with an optional plural
      s/es; `cased` spellings case-sensitively; longest match wins) against the SkillSpan TECH
      sentences and report, per spelling, hits and how many overlap / equal a gold knowledge
      span, then overall precision, recall and F1 (overlapping and exact). This is the lexicon's
      own ceiling/floor, independent of the tagger's context rules.
  python3 scripts/mine-lexicon.py candidates CORPUS [--min 3]
      Gold knowledge spans (SkillSpan TECH + HOUSE) that no lexicon spelling covers, by frequency.
  python3 scripts/mine-lexicon.py lean       CORPUS [--min 5]
      Per skill: document frequency in ml- vs swe-labelled postings, O*NET ml/swe occupation
      counts (when taxonomies/onet/lean.tsv sits next to the corpus), the smoothed log-odds and
      the lexicon's current lean/weight, to review the priors.
"""
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKILLS_DIR = os.path.join(ROOT, 'lexicon', 'skills')


def alias_key(s: str) -> str:
    """Python twin of src/analysis/normalize.ts aliasKey()."""
    import unicodedata
    s = unicodedata.normalize('NFKC', s).lower()
    s = re.sub(r'[\s\-_]+', ' ', s)
    s = re.sub(r'\.(?=js\b)', '', s)
    s = re.sub(r' (?=js\b)', '', s)
    return s.strip()


def load_skills():
    skills = []
    for f in sorted(os.listdir(SKILLS_DIR)):
        if f.endswith('.json'):
            with open(os.path.join(SKILLS_DIR, f), encoding='utf8') as fh:
                skills.extend(json.load(fh))
    return skills


def read_jsonl(path):
    with open(path, encoding='utf8') as fh:
        return [json.loads(line) for line in fh if line.strip()]


def spelling_regex(spelling: str, cased: bool) -> str:
    """A spelling as a regex: separators (space, hyphen, underscore, dot before js) are flexible."""
    out = []
    for ch in spelling:
        if ch in ' -_':
            out.append(r'[\s\-_]?')
        else:
            out.append(re.escape(ch))
    body = ''.join(out)
    body = body.replace(r'\.js', r'[\s\.]?js') if not cased else body
    plural = r'(?:e?s)?' if re.search(r'[A-Za-z]$', spelling) and len(spelling) >= 3 and not cased else ''
    return body + plural


def compile_matchers(skills):
    """(regex, skill id, spelling) for every spelling, longest spellings first."""
    items = []
    for s in skills:
        if s['category'] == 'soft-skill':
            continue  # the tagger does not tag soft skills in ads
        cased = s.get('cased') or []
        caseless = ([] if cased else [s['name']]) + (s.get('aliases') or [])
        for sp in caseless:
            items.append((sp, False, s['id']))
        for sp in cased:
            items.append((sp, True, s['id']))
    items.sort(key=lambda x: -len(x[0]))
    out = []
    for sp, cased, sid in items:
        pat = r'(?<![\w.#+/@-])' + spelling_regex(sp, cased) + r'(?![\w#+@]|\+\+|-\w)'
        out.append((re.compile(pat, 0 if cased else re.IGNORECASE), sid, sp))
    return out


def find_mentions(text, matchers):
    taken = []
    found = []
    for rx, sid, sp in matchers:
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append((a, b, sid, sp))
    return sorted(found)


def gold_offsets(text, spans):
    out = []
    isword = lambda c: bool(c) and (c.isalnum())
    for span in spans:
        fallback = found = -1
        at = text.find(span)
        while at >= 0:
            if (at, at + len(span)) not in out:
                if fallback < 0:
                    fallback = at
                before = text[at - 1] if at > 0 else ''
                after = text[at + len(span)] if at + len(span) < len(text) else ''
                if not isword(before) and not isword(after):
                    found = at
                    break
            at = text.find(span, at + 1)
        at = found if found >= 0 else fallback
        if at >= 0:
            out.append((at, at + len(span)))
    return out


def arg(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def cmd_aliases(corpus):
    splits = arg('--split', 'train,dev').split(',')
    minimum = int(arg('--min', '2'))
    matchers = compile_matchers(load_skills())
    per = defaultdict(lambda: [0, 0, 0])  # hits, overlapping, exact
    tot = {sp: Counter() for sp in splits}
    for r in read_jsonl(os.path.join(corpus, 'skills.jsonl')):
        if r['source'] != 'skillspan_tech' or r['split'] not in splits:
            continue
        gold = gold_offsets(r['text'], r['knowledge_spans'])
        ms = find_mentions(r['text'], matchers)
        t = tot[r['split']]
        for a, b, sid, sp in ms:
            ov = any(a < y and x < b for x, y in gold)
            ex = (a, b) in gold
            e = per[(sid, sp)]
            e[0] += 1
            e[1] += ov
            e[2] += ex
            t['pred'] += 1
            t['tp'] += ov
            t['exact'] += ex
        t['gold'] += len(gold)
        t['found'] += sum(1 for x, y in gold if any(a < y and x < b for a, b, _, _ in ms))
    print('hits\toverlap\texact\tprec\tskill\tspelling   (spellings with >= %d hits, worst precision first)' % minimum)
    rows = [(k, v) for k, v in per.items() if v[0] >= minimum]
    rows.sort(key=lambda kv: (kv[1][1] / kv[1][0], -kv[1][0]))
    for (sid, sp), (h, o, e) in rows:
        print(f'{h}\t{o}\t{e}\t{o / h:.2f}\t{sid}\t{sp}')
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    for sp, t in tot.items():
        p, r = t['tp'] / max(1, t['pred']), t['found'] / max(1, t['gold'])
        ep, er = t['exact'] / max(1, t['pred']), t['exact'] / max(1, t['gold'])
        print(f'{sp}: overlapping P={p:.3f} R={r:.3f} F1={f1(p, r):.3f}   exact P={ep:.3f} R={er:.3f} F1={f1(ep, er):.3f}'
              f'   ({t["pred"]} predicted, {t["gold"]} gold)')


def cmd_candidates(corpus):
    minimum = int(arg('--min', '3'))
    skills = load_skills()
    known = set()
    for s in skills:
        for sp in [s['name'], s['id']] + (s.get('aliases') or []) + (s.get('cased') or []):
            known.add(alias_key(sp))
    cnt = Counter()
    for r in read_jsonl(os.path.join(corpus, 'skills.jsonl')):
        if not r['source'].startswith('skillspan'):
            continue
        for span in r['knowledge_spans']:
            k = alias_key(span)
            k1 = re.sub(r'(?<=[a-z]{2})e?s$', '', k)
            if k not in known and k1 not in known:
                cnt[k] += 1
    for k, n in cnt.most_common():
        if n < minimum:
            break
        print(f'{n}\t{k}')


def cmd_lean(corpus):
    minimum = int(arg('--min', '5'))
    skills = load_skills()
    matchers = compile_matchers(skills)
    postings = [p for p in read_jsonl(os.path.join(corpus, 'postings.jsonl')) if p.get('label') in ('ml', 'swe')]
    n = Counter(p['label'] for p in postings)
    df = defaultdict(Counter)
    for p in postings:
        for sid in {m[2] for m in find_mentions(p['text'], matchers)}:
            df[sid][p['label']] += 1
    onet = {}
    lean_tsv = os.path.join(corpus, '..', 'taxonomies', 'onet', 'lean.tsv')
    if os.path.exists(lean_tsv):
        with open(lean_tsv, encoding='utf8') as fh:
            head = fh.readline().rstrip('\n').split('\t')
            for line in fh:
                row = dict(zip(head, line.rstrip('\n').split('\t')))
                onet[alias_key(row['example'])] = (row.get('ml_occupations', '0'), row.get('swe_occupations', '0'))
    print('ml_df\tswe_df\tlog_odds\tonet_ml\tonet_swe\tlean\tweight\tid')
    for s in sorted(skills, key=lambda s: s['id']):
        d = df.get(s['id'], Counter())
        if d['ml'] + d['swe'] < minimum:
            continue
        # Smoothed log ratio of document rates (add-one on each side).
        lo = math.log(((d['ml'] + 1) / (n['ml'] + 2)) / ((d['swe'] + 1) / (n['swe'] + 2)))
        om, osw = onet.get(alias_key(s['name']), ('', ''))
        print(f"{d['ml']}\t{d['swe']}\t{lo:+.2f}\t{om}\t{osw}\t{s['lean']}\t{s['weight']}\t{s['id']}")


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ('aliases', 'candidates', 'lean'):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    corpus = sys.argv[2]
    if not os.path.exists(os.path.join(corpus, 'skills.jsonl')):
        print(f'mine-lexicon: no skills.jsonl in {corpus}', file=sys.stderr)
        sys.exit(2)
    {'aliases': cmd_aliases, 'candidates': cmd_candidates, 'lean': cmd_lean}[sys.argv[1]](corpus)


if __name__ == '__main__':
    main()
