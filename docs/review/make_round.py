"""Draw one reader round: a fresh random 40 of the bank and a 20-question quiz as a learner gets it.

Run after `manage.py generate_bank`, with OUT set to the round's folder:

    OUT=/tmp/round14 python manage.py shell < docs/review/make_round.py

It writes sample.json (with its seed) and quiz20.json; the reader gets these, the essay's text
and brief.md, nothing else (see ../shared/REVIEW.md).
"""

import json
import os
import random
from pathlib import Path

from studyapp.classrooms import ensure_user
from studyapp.export.bank_json import bank_as_dict, question_as_dict
from studyapp.models import Essay
from studyapp.quizzes import attempt_questions, build_quiz

out = Path(os.environ["OUT"])
out.mkdir(parents=True, exist_ok=True)
essay = Essay.objects.get(slug=os.environ.get("ESSAY", Essay.objects.order_by("pk").first().slug))
bank = bank_as_dict(essay)["questions"]
seed = random.SystemRandom().randrange(2**31)
sample = random.Random(seed).sample(bank, min(40, len(bank)))
(out / "sample.json").write_text(
    json.dumps(
        {"seed": seed, "bank_size": len(bank), "questions": sample}, ensure_ascii=False, indent=1
    )
)
reader = ensure_user("lezer-ronde", role="learner", password="geheim-wachtwoord-lezer")[0]
attempt = build_quiz(reader, essay, count=20, mode="practice")
# The options (and a matching's names) in the order this learner sees them: the attempt's
# layout, not the bank's.
quiz = [
    {
        **question_as_dict(q),
        **{key: item[key] for key in ("options", "left") if key in item},
    }
    for item, q in attempt_questions(attempt)
]
(out / "quiz20.json").write_text(json.dumps({"questions": quiz}, ensure_ascii=False, indent=1))
print(f"seed {seed}, bank {len(bank)}, quiz {len(quiz)} -> {out}")
