"""Choose the sentence splitter by measurement on Dutch: accuracy and seconds per MB.

Run: .venv/bin/python bench/splitters.py   (pip install pysbd sentencex syntok blingfire first;
a splitter that is not installed is skipped). The reference is bench/data/nl-sentences.txt: the
shipped essay and tests/data/watersnood.txt, one sentence per line, a blank line between
paragraphs (pySBD's output on these normal-length paragraphs, reviewed by hand: a quotation of
several sentences stays one sentence, and a footnote marker after a closing quote ends it).

Accuracy: the share of reference sentences that a splitter reproduces exactly (recall) and the
share of its sentences that are in the reference (precision), paragraph by paragraph.
The last row is the app's own split_sentences (sentencex, capped, one rule for a footnote
marker after a closing quote).
Speed: seconds per MB on 1 MB of normal paragraphs, and on one 20 KB paragraph, raw (not
capped): the second figure shows which splitters grow faster than the text.
"""

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "bench" / "data" / "nl-sentences.txt"


def _pysbd():
    import pysbd

    segmenter = pysbd.Segmenter(language="nl", clean=False)
    return lambda text: segmenter.segment(text)


def _sentencex():
    from sentencex import segment

    return lambda text: list(segment("nl", text))


def _syntok():
    from syntok import segmenter

    def split(text):
        return [
            "".join(token.spacing + token.value for token in sentence)
            for paragraph in segmenter.process(text)
            for sentence in paragraph
        ]

    return split


def _blingfire():
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


def _studyapp():
    sys.path.insert(0, str(ROOT))
    from studyapp.sentences import split_sentences

    return lambda text: split_sentences(text, "nl")


SPLITTERS = {
    "pysbd": _pysbd,
    "sentencex": _sentencex,
    "syntok": _syntok,
    "blingfire": _blingfire,
    # What the app runs: sentencex, capped at 10,000 characters a call, plus one rule.
    "studyapp": _studyapp,
}


def normal(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip()


def reference_paragraphs() -> list[list[str]]:
    blocks = REFERENCE.read_text(encoding="utf-8").split("\n\n")
    return [
        [line for line in block.splitlines() if line.strip()] for block in blocks if block.strip()
    ]


def accuracy(split, paragraphs) -> tuple[float, float]:
    found = expected = produced = 0
    for sentences in paragraphs:
        got = [normal(s) for s in split(" ".join(sentences)) if s.strip()]
        wanted = [normal(s) for s in sentences]
        remaining = list(wanted)
        for sentence in got:
            if sentence in remaining:
                remaining.remove(sentence)
                found += 1
        expected += len(wanted)
        produced += len(got)
    return found / expected, found / max(produced, 1)


def corpus(paragraphs, size: int, paragraph_sentences: int) -> list[str]:
    """Paragraphs of the given number of sentences, reshuffled from the reference, up to size."""
    sentences = [s for block in paragraphs for s in block]
    rng = random.Random(size)
    out, total = [], 0
    while total < size:
        rng.shuffle(sentences)
        for start in range(0, len(sentences), paragraph_sentences):
            block = " ".join(sentences[start : start + paragraph_sentences])
            out.append(block)
            total += len(block.encode()) + 2
            if total >= size:
                break
    return out


def seconds_per_mb(split, blocks) -> float:
    size = sum(len(b.encode()) for b in blocks)
    start = time.perf_counter()
    for block in blocks:
        split(block)
    return (time.perf_counter() - start) / (size / 1_000_000)


def main():
    paragraphs = reference_paragraphs()
    normal_text = corpus(paragraphs, 1_000_000, 6)
    long_paragraph = [" ".join(corpus(paragraphs, 20_000, 10_000)[0:1])[:20_000]]
    print(f"reference: {sum(map(len, paragraphs))} sentences in {len(paragraphs)} paragraphs")
    print(
        f"{'splitter':<10} {'recall':>7} {'precision':>9} {'s/MB normal':>12} {'s/MB 20 KB §':>13}"
    )
    for name, make in SPLITTERS.items():
        try:
            split = make()
        except ImportError:
            print(f"{name:<10} not installed")
            continue
        recall, precision = accuracy(split, paragraphs)
        normal_speed = seconds_per_mb(split, normal_text)
        long_speed = seconds_per_mb(split, long_paragraph)
        print(
            f"{name:<10} {recall:>7.1%} {precision:>9.1%} {normal_speed:>12.2f} {long_speed:>13.2f}"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
