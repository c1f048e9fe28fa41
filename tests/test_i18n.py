import re
from pathlib import Path

import pytest
from django.utils import translation

PO = (
    Path(__file__).resolve().parent.parent
    / "studyapp"
    / "locale"
    / "nl"
    / "LC_MESSAGES"
    / "django.po"
)


def po_entries(text):
    for block in text.split("\n\n"):
        msgid = "".join(
            re.findall(r'^(?:msgid|msgid_plural)? ?"(.*)"$', block.split("msgstr")[0], re.M)
        )
        msgstrs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"((?:\n".*")*)', block, re.M)
        if msgid and msgstrs:
            yield msgid, ["".join([first, *re.findall(r'"(.*)"', rest)]) for first, rest in msgstrs]


def test_every_interface_string_has_a_dutch_translation():
    entries = list(po_entries(PO.read_text(encoding="utf-8")))
    assert len(entries) > 150
    untranslated = [msgid for msgid, strs in entries if not all(strs)]
    assert untranslated == []
    assert "#, fuzzy" not in PO.read_text(encoding="utf-8").split("\n\n", 1)[1]


def test_the_compiled_catalogue_is_used():
    with translation.override("nl"):
        assert translation.gettext("Not right.") == "Niet goed."
        assert translation.ngettext("%(n)s day", "%(n)s days", 3) % {"n": 3} == "3 dagen"
    with translation.override("en"):
        assert translation.gettext("Not right.") == "Not right."


@pytest.mark.django_db
def test_pages_are_dutch_by_default_and_english_on_request(client):
    assert "Inloggen" in client.get("/accounts/login/").content.decode()
    english = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Log in" in english and '<html lang="en">' in english


def test_no_string_in_the_code_is_missing_from_the_dutch_catalogue(tmp_path):
    """makemessages over a copy of the app: a msgid it adds without translation fails here."""
    import shutil
    import subprocess
    import sys

    app = Path(__file__).resolve().parent.parent / "studyapp"
    copy = tmp_path / "studyapp"
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    result = subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "nl", "--no-obsolete"],
        cwd=copy,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": ""},
    )
    assert result.returncode == 0, result.stderr
    merged = (copy / "locale" / "nl" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    missing = [msgid for msgid, strs in po_entries(merged) if not all(strs)]
    assert missing == []
    body = merged.split("\n\n", 1)[1]
    fuzzy = [block for block in body.split("\n\n") if "#, fuzzy" in block]
    assert fuzzy == []


@pytest.mark.django_db
def test_account_pages_address_everyone_as_je(client):
    form = client.get("/signup/").content.decode()
    refused = client.post(
        "/signup/", {"username": "nieuw", "password1": "12345", "password2": "12345"}
    ).content.decode()
    for page in (form, refused):
        assert not re.search(r"\b[Uu]w\b", page)
    assert "Je wachtwoord" in refused


@pytest.mark.django_db
def test_english_pages_show_no_dutch_interface_text(shipped_bank, learner, client):
    """Every Dutch translation in the catalogue: none may show on a page asked for in English."""
    from studyapp.quizzes import build_quiz, submit_attempt

    dutch = {
        text
        for msgid, strs in po_entries(PO.read_text(encoding="utf-8"))
        for text in strs
        if len(text) >= 12 and text != msgid and "%" not in text and "{" not in text
    }
    attempt = build_quiz(learner, shipped_bank, count=3, mode="exam")
    submit_attempt(attempt)
    client.force_login(learner)
    slug = shipped_bank.slug
    pages = [
        "/",
        f"/essays/{slug}/",
        f"/essays/{slug}/quiz/",
        f"/essays/{slug}/learn/",
        f"/essays/{slug}/study/",
        f"/quiz/{attempt.pk}/results/",
        "/me/progress/",
        "/me/attempts/",
        "/classes/",
        "/me/",
    ]
    shown = {}
    for path in pages:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200, path
        body = response.content.decode()
        found = sorted(text for text in dutch if text in body)
        if found:
            shown[path] = found
    assert shown == {}


TEMPLATES = Path(__file__).resolve().parent.parent / "studyapp" / "templates"


def test_no_template_writes_a_month_with_a_capital():
    """Django's "M" gives "30 Okt" in Dutch; templates use the short formats of each language
    (studyapp/formats), where Dutch has "b": "30 okt", as Dutch writes it."""
    formats = [
        (path.name, fmt)
        for path in TEMPLATES.rglob("*.html")
        for fmt in re.findall(r'\|date:"([^"]*)"', path.read_text(encoding="utf-8"))
    ]
    assert formats
    named = re.compile(r"[A-Z_]+_FORMAT")
    assert [(n, fmt) for n, fmt in formats if "M" in fmt and not named.fullmatch(fmt)] == []


def test_short_dates_write_the_month_as_each_language_does():
    from datetime import datetime

    from django.utils import formats, translation

    moment = datetime(2026, 10, 30, 14, 5)
    with translation.override("nl"):
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "30 okt 2026 14:05"
    with translation.override("en"):
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "30 Oct 2026 14:05"


@pytest.mark.django_db
def test_a_due_date_shows_its_month_in_lower_case(classroom, small_bank, learner, client):
    from datetime import datetime

    from django.utils import timezone

    from studyapp.classrooms import create_assignment

    due = timezone.make_aware(datetime(2099, 10, 30, 14, 0))
    create_assignment(classroom, title="Toets", essay=small_bank, due_at=due, count=2)
    client.force_login(learner)
    page = client.get("/classes/").content.decode()
    assert "30 okt 2099 14:00" in page and "Okt" not in page


def test_p_waarde_has_a_capital_only_where_a_label_or_sentence_starts():
    """Dutch writes "een lage p-waarde" mid-sentence, "P-waarde" at the start of a label."""
    wrong = []
    for msgid, strs in po_entries(PO.read_text(encoding="utf-8")):
        for text in strs:
            for match in re.finditer(r"\b[Pp]-waarde", text):
                starts = match.start() == 0 and msgid[:1].isupper()
                if match.group(0)[0] != ("P" if starts else "p"):
                    wrong.append(text)
    assert wrong == []
