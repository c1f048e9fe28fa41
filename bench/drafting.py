"""Draft the shipped essay WITHOUT its curated pack and compare the draft with the pack.

Per kind: recall (curated items the draft recovers, matched by overlapping span in the same
passage; people by name; events only in the right year and not about another of the pack's people;
quotes only with the right speaker; claims only when the drafted claim
has a reason) and noise (drafted items that match no curated item). Then seconds per 100 KB.

    DEBUG=1 .venv/bin/python bench/drafting.py
"""

import os
import re
import sys
import time
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")
os.environ.setdefault("DEBUG", "1")
django.setup()

import yaml  # noqa: E402

from studyapp.drafting import draft_text  # noqa: E402
from studyapp.ingest import guess_format, parse_essay, split_sentences  # noqa: E402

PACK = ROOT / "fixtures" / "trotski-deel-2.yaml"
AIMS = {"people": 0.90, "events": 0.75, "quotes": 0.75, "arguments": 0.50}


def _range(paragraphs, number, span):
    text = paragraphs[number - 1]
    start = text.find(span)
    return (number, start, start + len(span)) if start >= 0 else (number, -1, -1)


def _names_someone_else(title, item, names_of):
    """Is the first pack person the drafted title names someone other than the event's own?"""
    own = set(item.get("people") or [])
    if not own:
        return False
    found = [
        (match.start(), key)
        for key, names in names_of.items()
        for name in names
        for match in re.finditer(rf"\b{re.escape(name)}\b", title)
    ]
    return bool(found) and min(found)[1] not in own


def _overlap(a, b):
    return a[0] == b[0] and a[1] >= 0 and b[1] >= 0 and min(a[2], b[2]) > max(a[1], b[1])


def main():
    pack = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    source = ROOT / pack["essay"]["source"]
    text = source.read_text(encoding="utf-8")
    paragraphs = parse_essay(text, guess_format(source.name, text)).paragraphs
    numbered = list(enumerate(paragraphs, start=1))
    draft_text(numbered[:2], "nl")  # load simplemma's dictionary once, as a running app has
    runs, started = 5, time.perf_counter()
    for _ in range(runs):
        draft = draft_text(numbered, "nl")
    seconds = (time.perf_counter() - started) / runs
    per_100kb = seconds * 100_000 / len(text.encode("utf-8"))
    # In the app, ingest has already split the sentences (studyapp.sentences) when the drafter runs.
    started = time.perf_counter()
    split = [(n, t, split_sentences(t, "nl")) for n, t in numbered]
    splitting_share = (time.perf_counter() - started) * 100_000 / len(text.encode("utf-8"))
    started = time.perf_counter()
    for _ in range(runs):
        draft_text(split, "nl")
    rules_only = (time.perf_counter() - started) / runs * 100_000 / len(text.encode("utf-8"))

    speakers = {p["key"]: {p["name"], *p.get("variants", [])} for p in pack["people"]}
    print(f"Drafting {source.name} ({len(text.encode()) / 1000:.1f} KB) without its pack\n")
    print(
        f"{'kind':<10} {'curated':>8} {'found':>6} {'recall':>7} {'aim':>5} {'drafted':>8} {'no match':>9}"
    )
    for kind in ["people", "events", "works", "quotes", "concepts", "facts", "arguments"]:
        curated = pack.get(kind, [])
        drafted = draft.of_kind(kind)
        if kind == "arguments":
            curated = [c for c in curated if any(p["kind"] == "reason" for p in c["points"])]
        matched_drafts = set()
        found = 0
        for item in curated:
            if kind == "people":
                names = {item["name"], *item.get("variants", [])}
                hits = [
                    i
                    for i, d in enumerate(drafted)
                    if {d.fields["name"], *d.fields["variants"]} & names
                ]
            else:
                ranges = [_range(paragraphs, item["passage"], item["span"])]
                ranges += [
                    _range(paragraphs, p["passage"], p["span"]) for p in item.get("points", [])
                ]
                hits = []
                for i, d in enumerate(drafted):
                    mine = [(d.passage, d.start, d.end)] + [
                        (p.passage, p.start, p.end) for p in d.points
                    ]
                    if not any(_overlap(a, b) for a in mine for b in ranges):
                        continue
                    if kind == "quotes" and item.get("speaker"):
                        if d.refs.get("speaker") not in speakers[item["speaker"]]:
                            continue
                    if (
                        kind == "quotes"
                        and item["text"][:30] not in d.fields["text"]
                        and d.fields["text"][:30] not in item["text"]
                    ):
                        continue
                    if kind == "events" and d.fields["year"] != item["year"]:
                        continue
                    if kind == "events" and _names_someone_else(d.fields["title"], item, speakers):
                        continue  # "Trotski's manifest" for Miasnikov's: the wrong person
                    if kind == "facts" and d.fields["answer"] != item["answer"]:
                        continue  # a fact is found when its key term is the same
                    if kind == "arguments" and not any(p.kind == "reason" for p in d.points):
                        continue
                    hits.append(i)
            found += bool(hits)
            matched_drafts.update(hits)
        recall = found / len(curated) if curated else 0
        aim = f"{AIMS[kind]:.0%}" if kind in AIMS else ""
        noise = len(drafted) - len(matched_drafts)
        label = "claims+reason" if kind == "arguments" else kind
        print(
            f"{label:<10} {len(curated):>8} {found:>6} {recall:>7.0%} {aim:>5} {len(drafted):>8} {noise:>9}"
        )
    print(f"\ntopics proposed: {len(draft.topics)} (curated: {len(pack['topics'])})")
    print(
        f"drafting from raw text: {seconds:.3f} s per run, {per_100kb:.2f} s per 100 KB "
        f"(aim <= 2 s)\n  of which splitting sentences: {splitting_share:.2f} s per 100 KB;"
        f" the drafting stage of an upload reuses the sentences ingest stored: "
        f"{rules_only:.2f} s per 100 KB"
    )


if __name__ == "__main__":
    main()
