from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from studyapp.ingest import IngestError, load_essay_bytes, load_essay_file
from studyapp.models import Essay, FootnoteRef, Passage, Person, Sentence

from .conftest import SHIPPED_SEED

pytestmark = pytest.mark.django_db


def load_seed(**options):
    options.setdefault("slug", "trotski-deel-2")
    return load_essay_file(SHIPPED_SEED, **options)


def test_navigation_boilerplate_is_dropped_and_the_byline_kept():
    essay = load_seed().essay
    texts = list(essay.current_passages().values_list("text", flat=True))
    assert not any(t in {"Navigatie", "Bijdragen & info"} for t in texts)
    assert not any(t.startswith("Door Peter Storm") for t in texts)
    assert essay.author == "Peter Storm"
    assert essay.byline == "Door Peter Storm"
    assert texts[0].startswith("Dit is deel twee van een serie over Trotski en trotskisme.")


def test_each_paragraph_becomes_a_numbered_passage():
    essay = load_seed().essay
    numbers = list(essay.current_passages().values_list("number", flat=True))
    assert numbers == list(range(1, 26))
    last = essay.current_passages().last()
    assert last.text.startswith("Wie revolutionaire oppositie tegen het opkomende Stalinisme zoekt")


def test_footnote_markers_are_kept_as_references():
    essay = load_seed().essay
    refs = FootnoteRef.objects.filter(passage__essay=essay)
    assert sorted(refs.values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6, 7, 8]
    marker = refs.get(number=3)
    assert marker.passage.number == 5
    assert marker.passage.text[marker.offset : marker.offset + 3] == "[3]"


def test_passages_are_split_into_sentences():
    essay = load_seed().essay
    third = essay.current_passages().get(number=3)
    sentences = list(third.sentences.values_list("text", flat=True))
    assert sentences[0].startswith("Hij voerde het in dienst nemen")
    assert len(sentences) >= 8
    assert " ".join(sentences).replace(" ", "") == third.text.replace(" ", "")


def test_the_language_is_detected_when_not_given():
    assert load_seed().essay.language == "nl"


def test_loading_the_same_file_twice_changes_nothing():
    first = load_seed()
    passages_before = list(Passage.objects.values_list("pk", "number", "text"))
    sentences_before = list(Sentence.objects.values_list("pk", flat=True))
    second = load_seed()
    assert first.created and not second.changed
    assert list(Passage.objects.values_list("pk", "number", "text")) == passages_before
    assert list(Sentence.objects.values_list("pk", flat=True)) == sentences_before
    assert Essay.objects.count() == 1


def test_a_changed_file_updates_passages_and_keeps_what_hangs_on_them(shipped_essay):
    machno = Person.objects.get(essay=shipped_essay, key="machno")
    old_passage_pk = machno.passage.pk
    text = SHIPPED_SEED.read_text(encoding="utf-8")
    lines = text.splitlines()
    # A new paragraph before everything, and a small correction in the third.
    lines.insert(
        5, "Een nieuwe inleidende alinea die de auteur later heeft toegevoegd aan de tekst."
    )
    lines[8] = lines[8].replace("Net puur een noodmaatregel", "Niet puur een noodmaatregel")
    result = load_essay_bytes(
        "\n".join(lines).encode(),
        "storm.txt",
        slug=shipped_essay.slug,
        title=shipped_essay.title,
        language="nl",
    )
    assert (result.added, result.updated, result.retired) == (1, 1, 0)
    machno.refresh_from_db()
    assert machno.passage.pk == old_passage_pk
    assert machno.passage.number == 5
    assert machno.span_is_anchored()
    corrected = shipped_essay.current_passages().get(number=4)
    assert "Niet puur een noodmaatregel" in corrected.text


def test_a_removed_paragraph_is_retired_not_deleted(shipped_essay):
    lines = SHIPPED_SEED.read_text(encoding="utf-8").splitlines()
    del lines[-1]
    result = load_essay_bytes(
        "\n".join(lines).encode(),
        "storm.txt",
        slug=shipped_essay.slug,
        title=shipped_essay.title,
        language="nl",
    )
    assert result.retired == 1
    assert shipped_essay.current_passages().count() == 24
    retired = Passage.objects.get(essay=shipped_essay, retired=True)
    assert retired.number is None
    assert retired.person_items.exists() or retired.fact_items.exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "leeg"),
        (b"   \n\n  \t", "blank.txt", "leeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "image.txt", "binair"),
        ("Dit is geen UTF-8: één.".encode("latin-1"), "latin1.txt", "geen UTF-8"),
        (b"<html><body><p>Tekst</p><script>alert(1)</script></body></html>", "a.html", "scripts"),
        (b'<html><body><p onclick="steal()">Tekst</p></body></html>', "b.html", "scripts"),
        (
            b"<html><body><a href='javascript:alert(1)'>x</a><p>Tekst</p></body></html>",
            "c.html",
            "scripts",
        ),
        (b"Navigatie\nNavigatie\n", "nav.txt", "geen alinea"),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(data, name, message):
    with pytest.raises(IngestError, match=message):
        load_essay_bytes(data, name, slug="bad")
    assert Essay.objects.count() == 0
    assert Passage.objects.count() == 0


def test_a_file_over_the_size_limit_is_refused(settings, tmp_path):
    settings.ESSAY_MAX_BYTES = 1000
    big = tmp_path / "big.txt"
    big.write_text("Een zin over Trotski. " * 100, encoding="utf-8")
    with pytest.raises(IngestError, match="grens is 1000 bytes"):
        load_essay_file(big)
    assert Essay.objects.count() == 0


def test_the_command_reports_bad_input_without_a_traceback(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Één essay".encode("latin-1"))
    with pytest.raises(CommandError, match="sla het op als UTF-8"):
        call_command("load_essay", str(bad))
    with pytest.raises(CommandError, match="Er is geen bestand"):
        call_command("load_essay", str(tmp_path / "missing.txt"))


def test_markdown_loses_its_markup_but_keeps_title_and_footnotes():
    markdown = (
        "# Over Kronstadt\n\nDoor Jan de Vries\n\n"
        "De opstand van **Kronstadt** begon in [februari 1921](https://example.org).[^1]\n"
        "Hij werd neergeslagen.\n\n"
        "Een tweede alinea over *Trotski*.\n\n[^1]: Zie Ida Mett.\n"
    )
    essay = load_essay_bytes(markdown.encode(), "kronstadt.md").essay
    assert essay.title == "Over Kronstadt"
    assert essay.author == "Jan de Vries"
    texts = list(essay.current_passages().values_list("text", flat=True))
    assert texts == [
        "De opstand van Kronstadt begon in februari 1921.[1] Hij werd neergeslagen.",
        "Een tweede alinea over Trotski.",
    ]


def test_markdown_section_headings_stay_paragraphs_of_their_own():
    # A Markdown upload lost its section headings, so the drafter could not propose topics
    # from them as it does for plain text and HTML.
    markdown = (
        "# Softwareontwikkeling als popcultuur\n\nDe eerste alinea over Agile.\n\n"
        "## *Boekenclub*\n\nEnkele maanden geleden begon ik een boekenclub.\n"
    )
    essay = load_essay_bytes(markdown.encode(), "pop.md").essay
    assert essay.title == "Softwareontwikkeling als popcultuur"
    texts = list(essay.current_passages().values_list("text", flat=True))
    assert texts == [
        "De eerste alinea over Agile.",
        "Boekenclub",
        "Enkele maanden geleden begon ik een boekenclub.",
    ]


def test_html_keeps_the_article_and_drops_navigation():
    html = (
        "<!doctype html><html><head><title>Site</title><style>p{}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><h1>Notities</h1><p>Door Peter Storm</p>"
        "<p>Eerste alinea over Machno.<sup>2</sup></p><p>Tweede &amp; laatste alinea.</p>"
        "<footer>Contact</footer></body></html>"
    )
    essay = load_essay_bytes(html.encode(), "notities.html", language="nl").essay
    assert essay.title == "Notities"
    assert essay.author == "Peter Storm"
    texts = list(essay.current_passages().values_list("text", flat=True))
    assert texts == ["Eerste alinea over Machno.[2]", "Tweede & laatste alinea."]


def test_wrapped_plain_text_paragraphs_are_joined(tmp_path):
    text = "Titel\n\nEen alinea die over\ntwee regels loopt.\n\nEn nog een alinea.\n"
    path = Path(tmp_path) / "essay.txt"
    path.write_text(text, encoding="utf-8")
    essay = load_essay_file(path, slug="wrapped", title="Wrapped", language="nl").essay
    texts = list(essay.current_passages().values_list("text", flat=True))
    assert texts[-2:] == ["Een alinea die over twee regels loopt.", "En nog een alinea."]


def test_errors_are_in_english_for_an_english_user():
    from django.utils import translation

    with translation.override("en"), pytest.raises(IngestError, match="save it as UTF-8"):
        load_essay_bytes("één".encode("latin-1"), "x.txt", slug="x")


def test_a_long_headline_on_the_first_line_is_the_title_not_a_paragraph():
    text = (
        b"Ook vroeger waren veel vaders bij de bevalling (en staken ze hun handen uit de mouwen)\n\n"
        b"Die baby heeft niet alleen een moeder, maar ook een vader.\n\n"
        b"Wie in de historische bronnen duikt, ziet dat vaders vaak aanwezig waren.\n"
    )
    essay = load_essay_bytes(text, "vaders.txt", slug="vaders").essay
    assert essay.title.startswith("Ook vroeger waren veel vaders")
    first = essay.current_passages().first()
    assert first.number == 1 and first.text.startswith("Die baby")


def test_a_long_descriptive_first_line_without_a_sentence_in_it_is_the_title():
    # The 62nd reading: a speech headed "Bijdrage Caroline van der Plas (BBB), debat over …,
    # Tweede Kamer, 9 maart 2022" (27 words) was titled after its file name.
    title = (
        "Bijdrage Caroline van der Plas (BBB), debat over het rapport “Versterking functies "
        "Tweede Kamer - Meer dan de som der delen” en de omgangsvormen in de Kamer, Tweede "
        "Kamer, 9 maart 2022"
    )
    text = f"{title}\n\nVoorzitter. Voor het eerst in de historie debatteert de Kamer.\n\nDat is raar.\n"
    essay = load_essay_bytes(text.encode(), "07-plas.txt", slug="plas").essay
    assert essay.title == title
    assert essay.current_passages().first().text.startswith("Voorzitter.")
    # a long first paragraph whose sentences end inside it stays a paragraph
    text = (
        "De storm kwam in de nacht van 31 januari op 1 februari 1953 en niemand was erop "
        "voorbereid. De dijken braken op tientallen plaatsen en het water stroomde de polders "
        "in zonder dat iemand het tegen kon houden\n\nDe ramp kostte 1836 levens.\n"
    )
    essay = load_essay_bytes(text.encode(), "ramp.txt", slug="ramp").essay
    assert essay.current_passages().first().text.startswith("De storm kwam")


def test_a_headline_that_asks_one_question_is_the_title_not_a_paragraph():
    # The 51st reading: "Valorisatie, is dat …?" became paragraph 1; every citation was one off.
    text = (
        b"Valorisatie, is dat uitzoeken hoe je geld kunt verdienen?\n\n"
        b"Het zal u ongetwijfeld zijn ontgaan, maar afgelopen maandag verscheen het plan.\n\n"
        b"Valorisatie betekent kennis benutten voor de samenleving.\n"
    )
    essay = load_essay_bytes(text, "valorisatie.txt", slug="valorisatie").essay
    assert essay.title.startswith("Valorisatie, is dat uitzoeken")
    first = essay.current_passages().first()
    assert first.number == 1 and first.text.startswith("Het zal u")
    # Two sentences on the first line are a paragraph, not a headline.
    text = b"Wat is vrijheid? Dat vroeg ik me af.\n\nHet antwoord is niet eenvoudig.\n"
    essay = load_essay_bytes(text, "vrijheid.txt", slug="vrijheid").essay
    assert essay.current_passages().first().text.startswith("Wat is vrijheid?")


def test_a_verbless_headline_with_a_full_stop_is_the_title_and_an_opening_sentence_is_not():
    # The 58th reading: "Welkom op het moederschip." became paragraph 1; every citation was
    # one off.
    text = (
        b"Welkom op het moederschip.\n\n"
        b"Ik ben verschrikkelijk blij met Evernote.\n\n"
        b"Lijstjes zijn een soort heilige graal geworden.\n"
    )
    essay = load_essay_bytes(text, "moederschip.txt", slug="moederschip").essay
    assert essay.title == "Welkom op het moederschip."
    assert essay.current_passages().first().text.startswith("Ik ben")
    # A short opening sentence with a verb stays the first paragraph.
    text = b"Het was 1953.\n\nDe storm kwam in de nacht.\n\nDe dijken braken.\n"
    essay = load_essay_bytes(text, "ramp.txt", slug="ramp-1953").essay
    assert essay.current_passages().first().text == "Het was 1953."


def test_a_text_of_one_line_keeps_it_as_its_paragraph():
    # A one-line text whose line has no verb lost its only paragraph to the title.
    essay = load_essay_bytes(b"Een alinea over de Deltawerken.", "d.txt", slug="delta").essay
    assert list(essay.current_passages().values_list("text", flat=True)) == [
        "Een alinea over de Deltawerken."
    ]
