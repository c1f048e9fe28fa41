"""Time one answer over the API in process, beside the health view through the same stack.

Run: .venv/bin/python bench/answer.py [--answers 200]   (a throw-away SQLite database, or
DATABASE_URL). Prints the median time and the SQL queries of one answer.
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
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='studyapp-bench-')}/a.db"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from studyapp.classrooms import ensure_user  # noqa: E402
from studyapp.generation import generate_bank  # noqa: E402
from studyapp.studypack import load_study_pack  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=200)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    call_command("migrate", verbosity=0)
    essay = load_study_pack(ROOT / "fixtures" / "trotski-deel-2.yaml").essay
    generate_bank(essay)
    learner = ensure_user("bench-leerling", role="learner", password="bench-wachtwoord-1")[0]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=learner).key}")
    answer_times, health_times, queries = [], [], []
    while len(answer_times) < args.answers:
        quiz = client.post("/api/quizzes/", {"essay": essay.slug, "count": 10}, format="json")
        quiz_id = quiz.data["id"]
        for data in client.get(f"/api/quizzes/{quiz_id}/questions/").data:
            options = data["options"]
            if data["type"] == "ordering":
                response = options
            elif data["type"] == "matching":
                response = dict(zip(data["left"], options, strict=False))
            else:
                response = options[0] if options else "een antwoord"
            body = {"question": data["question"], "response": response, "key": str(data["number"])}
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                result = client.post(f"/api/quizzes/{quiz_id}/answers/", body, format="json")
                answer_times.append(time.perf_counter() - start)
            assert result.status_code == 201, result.data
            queries.append(len(captured))
            start = time.perf_counter()
            client.get("/healthz/")
            health_times.append(time.perf_counter() - start)
    print(f"one answer over the API, in process ({connection.vendor}, {len(answer_times)} answers)")
    print(
        f"  answer          median {statistics.median(answer_times) * 1000:6.2f} ms, "
        f"{max(queries)} SQL queries at most (aim: 4, a first practice answer)"
    )
    print(f"  health view     median {statistics.median(health_times) * 1000:6.2f} ms (baseline)")


if __name__ == "__main__":
    main()
