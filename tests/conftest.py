from pathlib import Path

import pytest
from django.core.management import call_command

from studyapp.studypack import load_study_pack

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_PACK = ROOT / "fixtures" / "trotski-deel-2.yaml"
SHIPPED_SEED = ROOT / "seeds" / "peter-storm-notities-over-trotski-en-trotskisme-2.txt"


@pytest.fixture
def shipped_essay(db):
    """The shipped essay with its curated study pack loaded."""
    return load_study_pack(SHIPPED_PACK).essay


@pytest.fixture
def shipped_bank(shipped_essay):
    """The shipped essay with its generated question bank and cards."""
    call_command("generate_bank", essay=shipped_essay.slug, verbosity=0)
    return shipped_essay


@pytest.fixture
def learner(db):
    from studyapp.classrooms import ensure_user

    return ensure_user("leerling", role="learner", password="geheim-wachtwoord-1")[0]


@pytest.fixture
def other_learner(db):
    from studyapp.classrooms import ensure_user

    return ensure_user("andere", role="learner", password="geheim-wachtwoord-2")[0]


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
