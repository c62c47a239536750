#!/usr/bin/env python3
"""Validate tests/data/blind/gold.json against the blind articles.

Run with the project venv (needs opencc):  .venv/bin/python tests/data/blind/check_gold.py
Checks: JSON loads; each document's file exists; no duplicate entity names; every relation
head/tail is a declared entity of that document (reportedBy head = the file name); the type
constraints of ../shared/gold/SCHEMA.md; no subsidiaryOf cycles; "note": "related-teaser" is the
only note value on relations; every evidence string, entity name and alias occurs verbatim in the
normalized text (decoded, opencc t2s, pinyin "(xx)" after Han characters removed).
Exit status 1 on any error.
"""
import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
# Files not in UTF-8 (UTF-8 files are read with utf-8-sig, which also strips a BOM).
ENCODINGS = {'b03_neimenggu_snow.txt': 'gbk', 'b04_shaanxi_gaokao.txt': 'big5'}
# Canonical names allowed to be absent from the text (constructed names); none at present.
CONSTRUCTED = set()

PINYIN = re.compile(r'(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)')
T2S = opencc.OpenCC('t2s')

TYPES = {'Company', 'Person', 'Community', 'Event', 'Place', 'Organization'}
ORG = {'Company', 'Organization'}
AGENT = {'Person', 'Company', 'Organization'}
CONSTRAINTS = {  # relation: (allowed head types, allowed tail types)
    'subsidiaryOf': ({'Company'}, {'Company'}),
    'worksFor': ({'Person'}, ORG),
    'holdsPosition': ({'Person'}, ORG),
    'servesCommunity': (AGENT, {'Community'}),
    'participatedIn': (AGENT, {'Event'}),
    'organizedBy': ({'Event'}, ORG),
    'locatedIn': ({'Company', 'Community', 'Organization', 'Event'}, {'Place', 'Community'}),
    'honoredBy': ({'Person'}, {'Community', 'Organization'}),
    'reportedBy': ({'@document'}, {'Person'}),
}
NEEDS_QUALIFIER = {'holdsPosition', 'honoredBy'}


def normalized_text(path: Path) -> str:
    raw = path.read_bytes()
    text = raw.decode(ENCODINGS.get(path.name, 'utf-8-sig'))
    return T2S.convert(PINYIN.sub('', text))


def check(gold_path: Path) -> list[str]:
    errors = []
    gold = json.loads(gold_path.read_text(encoding='utf-8'))
    for doc in gold['documents']:
        fn = doc['file']
        err = lambda msg: errors.append(f'{fn}: {msg}')
        path = gold_path.parent / fn
        if not path.exists():
            err('file missing')
            continue
        text = normalized_text(path)
        for key in ('title', 'published', 'source', 'authors', 'entities', 'relations'):
            if key not in doc:
                err(f'missing key {key}')
        if doc.get('title') and doc['title'] not in text:
            err(f'title not in text: {doc["title"]}')
        if doc.get('published') and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', doc['published']):
            err(f'bad date {doc["published"]}')
        types = {}
        for e in doc['entities']:
            name = e['name']
            if name in types:
                err(f'duplicate entity {name}')
            if e['type'] not in TYPES:
                err(f'bad type {e["type"]} for {name}')
            types[name] = e['type']
            if not isinstance(e.get('aliases'), list):
                err(f'aliases not a list for {name}')
            for s in [name] + e.get('aliases', []):
                if s not in text and s not in CONSTRUCTED:
                    err(f'name/alias not in text: {s}')
        for a in doc['authors']:
            if types.get(a) != 'Person':
                err(f'author {a} not a Person entity')
        parents = {}
        for r in doc['relations']:
            rel, head, tail = r['relation'], r['head'], r['tail']
            if rel not in CONSTRAINTS:
                err(f'unknown relation {rel}')
                continue
            htypes, ttypes = CONSTRAINTS[rel]
            htype = '@document' if head == fn else types.get(head)
            ttype = types.get(tail)
            if htype is None:
                err(f'undeclared head {head} ({rel})')
            elif htype not in htypes:
                err(f'{rel}: head {head} is {htype}')
            if ttype is None:
                err(f'undeclared tail {tail} ({rel})')
            elif ttype not in ttypes:
                err(f'{rel}: tail {tail} is {ttype}')
            if rel in NEEDS_QUALIFIER and not r.get('qualifier'):
                err(f'{rel} {head}->{tail} without qualifier')
            if r.get('note') not in (None, 'related-teaser'):
                err(f'bad relation note {r.get("note")}')
            ev = r.get('evidence', '')
            if not ev or ev not in text:
                err(f'evidence not verbatim: {ev[:40]}')
            if rel == 'subsidiaryOf':
                parents.setdefault(head, set()).add(tail)
        # subsidiaryOf cycles
        def reach(start):
            seen, stack = set(), [start]
            while stack:
                for p in parents.get(stack.pop(), ()):
                    if p == start:
                        return True
                    if p not in seen:
                        seen.add(p)
                        stack.append(p)
            return False
        for c in parents:
            if reach(c):
                err(f'subsidiaryOf cycle through {c}')
    return errors


def main() -> int:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / 'gold.json'
    errors = check(gold_path)
    for e in errors:
        print('ERROR', e)
    gold = json.loads(gold_path.read_text(encoding='utf-8'))
    n_e = sum(len(d['entities']) for d in gold['documents'])
    n_r = sum(len(d['relations']) for d in gold['documents'])
    print(f'{len(gold["documents"])} documents, {n_e} entities, {n_r} relations, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
