from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from studyapp.studypack import load_study_pack

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_PACK = ROOT / "fixtures" / "trotski-deel-2.yaml"
SHIPPED_SEED = ROOT / "seeds" / "peter-storm-notities-over-trotski-en-trotskisme-2.txt"


@pytest.fixture(autouse=True)
def default_language():
    # A request in English leaves English active in the thread; start every test in Dutch.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    # Counters in the cache (join code attempts) and cached maps (ids come back after a
    # rolled-back test) must not carry from one test to the next.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Real hashing takes a third of a second per password; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def shipped_essay(db):
    """The shipped essay with its curated study pack loaded."""
    return load_study_pack(SHIPPED_PACK).essay


@pytest.fixture
def shipped_bank(shipped_essay):
    """The shipped essay with its generated question bank and cards."""
    call_command("generate_bank", essay=shipped_essay.slug, verbosity=0)
    return shipped_essay


def person(username, role, number):
    """A user with a role and the password geheim-wachtwoord-N."""
    from studyapp.classrooms import ensure_user

    return ensure_user(username, role=role, password=f"geheim-wachtwoord-{number}")[0]


@pytest.fixture
def learner(db):
    return person("leerling", "learner", 1)


@pytest.fixture
def other_learner(db):
    return person("andere", "learner", 2)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def teacher(db):
    return person("meester", "teacher", 3)


@pytest.fixture
def other_teacher(db):
    return person("juf", "teacher", 4)


@pytest.fixture
def classroom(teacher, learner):
    from studyapp.classrooms import join_classroom, start_classroom

    room = start_classroom(teacher, "5 vwo A")
    join_classroom(learner, room)
    return room


@pytest.fixture
def small_bank(db):
    """A short essay with a raw-text bank: for tests where the content does not matter."""
    from studyapp.generation import generate_bank
    from studyapp.ingest import load_essay_file

    essay = load_essay_file(ROOT / "tests" / "data" / "watersnood.txt", slug="watersnood").essay
    generate_bank(essay)
    return essay


@pytest.fixture
def pack(db, tmp_path):
    """A function that loads a short essay and a pack on it; items anchor to the paragraph
    that holds their span."""
    from studyapp.ingest import load_essay_file
    from studyapp.studypack import apply_study_pack

    def make(paragraphs, **sections):
        path = tmp_path / "tekst.txt"
        path.write_text("Een korte tekst\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        essay = load_essay_file(path, slug="tekst", title="Een korte tekst", language="nl").essay
        passages = list(essay.current_passages())
        for items in sections.values():
            for item in items:
                item.setdefault("span", item.get("statement") or item.get("claim"))
                item["passage"] = next(p.number for p in passages if item["span"] in p.text)
                for point in item.get("points", []):
                    point.setdefault("span", point["text"])
                    point["passage"] = next(p.number for p in passages if point["span"] in p.text)
        apply_study_pack(essay, {"essay": {"slug": "tekst"}, **sections})
        return essay

    return make
