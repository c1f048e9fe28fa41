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
