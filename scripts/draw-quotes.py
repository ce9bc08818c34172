#!/usr/bin/env python3
"""Draws quotes at random (fixed seed) from `echotrace analyze` output, for labelling speakers by hand.

Usage: scripts/draw-quotes.py POSTS.jsonl SEED COUNT [EXCLUDE.tsv ...]
Prints each drawn quote with its post's text around it, the speaker found and the entities named, and a label
line to fill in (file, item id, quote start, quote end, expected speaker). Quotes already in EXCLUDE files are
not drawn again. The labels (ids, offsets, speakers; no post text) go to
src/test/resources/extract/quotes-real-labels.tsv.
"""
import json
import os
import random
import sys


def main():
    path, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    seen = set()
    for ex in sys.argv[4:]:
        for line in open(ex, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                f = line.rstrip("\n").split("\t")
                seen.add((f[0], f[1], f[2]))
    pool = []
    for line in open(path, encoding="utf-8"):
        p = json.loads(line)
        for q in p["quotes"]:
            key = (os.path.basename(p["source"]["path"]), p["source"]["item_id"], str(q["start"]))
            if key not in seen:
                pool.append((key, q, p))
    pool.sort(key=lambda x: (x[0][0], int(x[0][1]), int(x[0][2])))
    random.Random(seed).shuffle(pool)
    for (f, item, start), q, p in pool[:count]:
        text = p["text"]
        cps = list(text)
        s, e = q["start"], q["end"]
        lo, hi = max(0, s - 350), min(len(cps), e + 250)
        ctx = "".join(cps[lo:s]) + "[[" + "".join(cps[s:e]) + "]]" + "".join(cps[e:hi])
        ents = ", ".join(sorted({x["id"] for x in p["entities"]}))
        print("=" * 100)
        print(f"{f}\t{item}\t{s}\t{e}\tGOT={q['speaker_id'] or q['speaker']}\tverb={q['verb']}")
        print(f"published={p['published']} entities: {ents}")
        print(ctx.replace("\n", " ⏎ "))


if __name__ == "__main__":
    main()
