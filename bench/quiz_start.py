"""Time starting a quiz over the API, in process, beside the health view through the same stack.

Run: .venv/bin/python bench/quiz_start.py [--quizzes 60] [--warm-up 300]   (a throw-away SQLite
database, or DATABASE_URL). A server starts many quizzes on one bank: the first quizzes weigh
pairs of questions the later ones find weighed, so each size is timed after a warm-up of that
many quiz starts, and the first quiz of a fresh process is printed apart.
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
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='studyapp-bench-')}/q.db"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from studyapp.classrooms import ensure_user  # noqa: E402
from studyapp.generation import generate_bank  # noqa: E402
from studyapp.studypack import load_study_pack  # noqa: E402

SIZES = ((10, "practice"), (20, "practice"), (20, "exam"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quizzes", type=int, default=60, help="timed starts per size")
    parser.add_argument("--warm-up", type=int, default=300, help="untimed starts per size")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    settings.DEBUG = False  # no query log: it grows with every start
    call_command("migrate", verbosity=0)
    essay = load_study_pack(ROOT / "fixtures" / "trotski-deel-2.yaml").essay
    generate_bank(essay)
    learner = ensure_user("bench-leerling", role="learner", password="bench-wachtwoord-1")[0]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=learner).key}")

    def start(count, mode):
        began = time.perf_counter()
        response = client.post(
            "/api/quizzes/", {"essay": essay.slug, "count": count, "mode": mode}, format="json"
        )
        took = time.perf_counter() - began
        assert response.status_code == 201, response.data
        if mode == "exam":  # an open exam keeps its questions out of the next quiz
            client.post(f"/api/quizzes/{response.data['id']}/submit/")
        return took

    first = start(*SIZES[0])
    print(f"starting a quiz over the API, in process ({connection.vendor}, the shipped bank)")
    print(f"  first quiz of the process (10, practice)   {first * 1000:7.2f} ms")
    for count, mode in SIZES:
        for _ in range(args.warm_up):
            start(count, mode)
        times = [start(count, mode) for _ in range(args.quizzes)]
        print(
            f"  {count} questions, {mode:8s} median {statistics.median(times) * 1000:7.2f} ms "
            f"(after {args.warm_up} starts)"
        )
    health = []
    for _ in range(args.quizzes):
        began = time.perf_counter()
        client.get("/healthz/")
        health.append(time.perf_counter() - began)
    print(f"  health view            median {statistics.median(health) * 1000:7.2f} ms (baseline)")


if __name__ == "__main__":
    main()
