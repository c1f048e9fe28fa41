"""Time the generator: the shipped essay's bank, and raw text of growing size up to 1 MB.

Run: .venv/bin/python bench/generation.py   (uses a throw-away SQLite database)
It prints the seconds to build the shipped bank and, for raw text, the seconds per 100 KB at
each size: flat figures mean the pipeline grows linearly. Two shapes follow that once made
sentence splitting quadratic: a single 500 KB paragraph and a 1 MB file with no line breaks
(aim: within 2 s per 100 KB).
"""

import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = tempfile.mkdtemp(prefix="studyapp-bench-")
os.environ.setdefault("DEBUG", "1")
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR}/bench.sqlite3"
os.environ["ESSAY_MAX_BYTES"] = str(8 * 1024 * 1024)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from studyapp.generation import generate_bank  # noqa: E402
from studyapp.ingest import load_essay_bytes  # noqa: E402
from studyapp.studypack import load_study_pack  # noqa: E402

SEED = ROOT / "seeds" / "peter-storm-notities-over-trotski-en-trotskisme-2.txt"
OTHER = ROOT / "tests" / "data" / "watersnood.txt"


def synthetic_text(size_bytes: int, seed: int = 1) -> str:
    """Varied Dutch prose of about the given size, built from the shipped texts' sentences.

    Sentences are reshuffled into new paragraphs and every number is shifted, so that the
    text has as many distinct sentences, years and names as a real long text would.
    """
    rng = random.Random(seed)
    sentences = []
    for path in (SEED, OTHER):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line) > 200:
                sentences += re.split(r"(?<=[.!?])\s+(?=[A-Z“])", line)
    paragraphs, size, copy = [], 0, 0
    while size < size_bytes:
        copy += 1
        shift = copy * 7
        rng.shuffle(sentences)
        for start in range(0, len(sentences), 6):
            chunk = " ".join(sentences[start : start + 6])
            chunk = re.sub(
                r"\b(1[89]\d\d)\b", lambda m, s=shift: str(int(m.group(1)) + s % 90), chunk
            )
            paragraphs.append(f"{chunk} Dit is deel {copy}.")
            size += len(paragraphs[-1].encode()) + 2
            if size >= size_bytes:
                break
    return "\n\n".join(paragraphs)


def timed(function, repeat=3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    call_command("migrate", verbosity=0)
    essay = load_study_pack(ROOT / "fixtures" / "trotski-deel-2.yaml").essay
    start = time.perf_counter()
    report = generate_bank(essay)
    first = time.perf_counter() - start
    again, _ = timed(lambda: generate_bank(essay))
    questions = sum(report.by_type.values())
    print(f"shipped essay bank: {questions} questions, {report.cards} cards")
    print(f"  first build        {first:6.2f} s")
    print(f"  regeneration       {again:6.2f} s (median of 3)")
    print()
    print("raw text, no study pack (load + generate):")
    print(f"  {'size':>8} {'passages':>9} {'questions':>10} {'seconds':>8} {'s per 100 KB':>13}")
    for kilobytes in (100, 250, 500, 1000):
        text = synthetic_text(kilobytes * 1024, seed=kilobytes)
        slug = f"bench-{kilobytes}"

        start = time.perf_counter()
        loaded = load_essay_bytes(text.encode(), f"{slug}.txt", slug=slug, language="nl")
        raw_essay, raw_report = loaded.essay, generate_bank(loaded.essay, source="text")
        seconds = time.perf_counter() - start
        raw_questions = sum(raw_report.by_type.values())
        passages = raw_essay.current_passages().count()
        per = seconds / (len(text.encode()) / (100 * 1024))
        print(f"  {kilobytes:>5} KB {passages:>9} {raw_questions:>10} {seconds:>8.2f} {per:>13.2f}")
    print()
    print("one long paragraph (load + generate):")
    paragraphs = synthetic_text(1024 * 1024, seed=3).split("\n\n")
    one_line = " ".join(paragraphs)
    shapes = [
        ("500 KB, one paragraph", one_line[: 500 * 1024], "bench-paragraph"),
        ("1 MB, no line breaks", one_line[: 1024 * 1024], "bench-one-line"),
    ]
    for label, text, slug in shapes:
        start = time.perf_counter()
        loaded = load_essay_bytes(text.encode(), f"{slug}.txt", slug=slug, language="nl")
        raw_report = generate_bank(loaded.essay, source="text")
        seconds = time.perf_counter() - start
        per = seconds / (len(text.encode()) / (100 * 1024))
        print(
            f"  {label:<22} {sum(raw_report.by_type.values()):>6} questions "
            f"{seconds:>8.2f} s {per:>6.2f} s per 100 KB"
        )


if __name__ == "__main__":
    main()
