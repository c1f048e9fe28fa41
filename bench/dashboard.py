"""Time the teacher dashboard of a class of 200 learners with 60,000 answers.

Run: .venv/bin/python bench/dashboard.py [--learners 200] [--answers 60000] [--runs 7]
Builds the class with the demo generator in a throw-away SQLite database (or DATABASE_URL),
folds its answers into the aggregates (as the background task or the first read would), then
renders the dashboard page through Django's full request stack and prints the median, beside
the health view through the same stack, the first page of the item list and a page of the
learner table. The page's learner rows come from the shared cache after the warm-up read (an
answer or a review makes the next read compute them afresh); the first, computing read is timed
on its own.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DEBUG", "1")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='studyapp-bench-')}/b.db"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from studyapp.classrooms import ensure_user  # noqa: E402
from studyapp.demo import build_demo_class  # noqa: E402
from studyapp.generation import generate_bank  # noqa: E402
from studyapp.models import Answer  # noqa: E402
from studyapp.progress import card_topics  # noqa: E402
from studyapp.stats import question_topics  # noqa: E402
from studyapp.studypack import load_study_pack  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--answers", type=int, default=60000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--aim-ms", type=int, default=0, help="the aim to print beside it")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    call_command("migrate", verbosity=0)
    essay = load_study_pack(ROOT / "fixtures" / "trotski-deel-2.yaml").essay
    generate_bank(essay)
    teacher = ensure_user("bench-docent", role="teacher", password="bench-wachtwoord-1")[0]
    start = time.perf_counter()
    room = build_demo_class(
        teacher, essay, learners=args.learners, answers=args.answers, name="bench", prefix="bench"
    )
    built = time.perf_counter() - start
    answers = Answer.objects.filter(attempt__learner__memberships__classroom=room).count()
    client = Client()
    client.force_login(teacher)

    def timed(url, fresh=False):
        client.get(url)  # warm up: templates compiled, caches filled
        times, queries = [], 0
        for _ in range(args.runs):
            if fresh:  # as after a new answer: the class's rows are no longer in the cache
                cache.clear()
                (
                    card_topics(essay),
                    question_topics(essay),
                )  # these stay: shared, no answer changes them
            with CaptureQueriesContext(connection) as captured:
                begin = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - begin)
            assert response.status_code == 200
            queries = len(captured)
        return statistics.median(times) * 1000, min(times) * 1000, queries

    page, fastest, queries = timed(f"/classes/{room.pk}/")
    computed, _fastest, computed_queries = timed(f"/classes/{room.pk}/", fresh=True)
    items, _fastest, item_queries = timed(f"/classes/{room.pk}/items/?essay={essay.slug}")
    learners, _fastest, learner_queries = timed(
        f"/classes/{room.pk}/learners/?essay={essay.slug}&sort=mastery&page=2"
    )
    health, _fastest, _queries = timed("/healthz/")
    engine = connection.vendor
    print(
        f"class of {args.learners} learners, {answers} answers ({engine}), built and folded "
        f"in {built:.1f} s"
    )
    aim = f"   (aim: {args.aim_ms} ms at most)" if args.aim_ms else ""
    print(
        f"  dashboard page: median {page:.0f} ms over {args.runs} runs (min {fastest:.0f} ms), "
        f"{queries} SQL queries{aim}"
    )
    print(
        f"  dashboard page, learner rows computed afresh (as after a new answer): median "
        f"{computed:.0f} ms, {computed_queries} SQL queries"
    )
    print(f"  item list page: median {items:.0f} ms, {item_queries} SQL queries")
    print(f"  learner table page (25 learners, sorted): median {learners:.0f} ms, ", end="")
    print(f"{learner_queries} SQL queries")
    print(f"  health view:    median {health:.1f} ms (baseline, same stack)")


if __name__ == "__main__":
    main()
