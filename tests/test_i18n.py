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
