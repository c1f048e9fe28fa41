import re

import pytest
import yaml
from django.core.management import CommandError, call_command

from studyapp.models import (
    Argument,
    ArgumentPoint,
    Concept,
    Event,
    Fact,
    FootnoteRef,
    Person,
    Quote,
    Topic,
    Work,
)
from studyapp.studypack import StudyPackError, load_study_pack, unanchored_items

from .conftest import SHIPPED_PACK

pytestmark = pytest.mark.django_db
ANCHORED_MODELS = [Person, Event, Work, Quote, Fact, Concept, Argument]


def test_every_supporting_span_stands_word_for_word_in_its_passage(shipped_essay):
    checked = 0
    for model in ANCHORED_MODELS:
        for item in model.objects.filter(essay=shipped_essay).select_related("passage"):
            assert item.span in item.passage.text, f"{model.__name__} {item.key}"
            checked += 1
    for point in ArgumentPoint.objects.filter(argument__essay=shipped_essay):
        assert point.span in point.passage.text, f"{point.argument.key} {point.position}"
        checked += 1
    assert checked > 200
    assert unanchored_items(shipped_essay) == []


def test_every_paragraph_contributes_to_the_pack(shipped_essay):
    used = set()
    for model in ANCHORED_MODELS:
        used |= set(
            model.objects.filter(essay=shipped_essay).values_list("passage__number", flat=True)
        )
    used |= set(
        ArgumentPoint.objects.filter(argument__essay=shipped_essay).values_list(
            "passage__number", flat=True
        )
    )
    assert used == set(range(1, 26))


def test_every_person_is_spelled_as_in_the_essay(shipped_essay):
    text = " ".join(shipped_essay.current_passages().values_list("text", flat=True))
    for person in Person.objects.filter(essay=shipped_essay):
        assert person.name in text, person.name
    names = set(Person.objects.filter(essay=shipped_essay).values_list("name", flat=True))
    for expected in [
        "Trotski",
        "Lenin",
        "Stalin",
        "Nestor Machno",
        "Ida Mett",
        "Zinoviev",
        "Kameniev",
        "Boecharin",
        "Miasnikov",
        "Kerenski",
        "John Eric Marot",
        "Tony Cliff",
        "Radek",
        "Preobrazhensky",
        "Christian Rakovski",
    ]:
        assert expected in names
    kameniev = Person.objects.get(essay=shipped_essay, key="kameniev")
    assert "Kamenev" in kameniev.variants


def test_every_year_in_the_essay_is_covered_by_a_fact_or_event(shipped_essay):
    text = " ".join(shipped_essay.current_passages().values_list("text", flat=True))
    years = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", text))
    covered = " ".join(
        list(Fact.objects.filter(essay=shipped_essay).values_list("span", flat=True))
        + list(Event.objects.filter(essay=shipped_essay).values_list("span", flat=True))
    )
    missing = {year for year in years if year not in covered}
    assert missing == set()


def test_every_footnoted_source_is_in_the_pack(shipped_essay):
    markers = set(
        FootnoteRef.objects.filter(passage__essay=shipped_essay).values_list("number", flat=True)
    )
    assert markers == set(range(1, 9))
    works = set(
        Work.objects.filter(essay=shipped_essay, footnote__isnull=False).values_list(
            "footnote", flat=True
        )
    )
    # [4] and [5] mark a person and a quote whose source the essay does not name.
    assert works == {1, 2, 3, 6, 7, 8}
    assert Quote.objects.filter(essay=shipped_essay, span__contains="[5]").exists()


def test_every_argument_has_reasons_or_evidence_and_a_stance(shipped_essay):
    arguments = Argument.objects.filter(essay=shipped_essay).prefetch_related("points")
    assert arguments.count() >= 15
    for argument in arguments:
        kinds = {p.kind for p in argument.points.all()}
        assert kinds & {"reason", "evidence"}, argument.key
    assert arguments.filter(stance="rejects").count() >= 5
    assert ArgumentPoint.objects.filter(argument__essay=shipped_essay, kind="counter").count() >= 5


def test_items_without_topics_take_their_passages_topics(shipped_essay):
    fact = Fact.objects.get(essay=shipped_essay, key="kronstadt-petrograd")
    assert list(fact.topics.values_list("slug", flat=True)) == ["kronstadt"]
    assert Topic.objects.filter(essay=shipped_essay).count() == 11


def test_reloading_the_pack_changes_no_identities(shipped_essay):
    before = {m.__name__: sorted(m.objects.values_list("pk", "key")) for m in ANCHORED_MODELS}
    load_study_pack(SHIPPED_PACK)
    after = {m.__name__: sorted(m.objects.values_list("pk", "key")) for m in ANCHORED_MODELS}
    assert before == after


def test_a_pack_with_an_unanchored_span_is_refused_and_nothing_changes(shipped_essay, tmp_path):
    data = yaml.safe_load(SHIPPED_PACK.read_text(encoding="utf-8"))
    data["essay"]["source"] = str(SHIPPED_PACK.parent.parent / data["essay"]["source"])
    data["facts"][0]["span"] = "Deze woorden staan nergens in het essay."
    data["people"][0]["role"] = "iets anders"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(StudyPackError) as error:
        load_study_pack(broken)
    assert "facts.deel-twee: span not found word for word in passage 1" in str(error.value)
    assert Person.objects.get(key="trotski").role != "iets anders"


def test_check_command_finds_a_span_that_no_longer_stands_in_its_passage(shipped_essay):
    call_command("check_study_pack", essay=shipped_essay.slug)
    passage = shipped_essay.current_passages().get(number=9)
    passage.text = passage.text.replace("telde 300 leden", "telde 400 leden")
    passage.save()
    with pytest.raises(CommandError, match="facts.arbeidersgroep-leden"):
        call_command("check_study_pack", essay=shipped_essay.slug)


def test_check_command_checks_a_pack_file(shipped_essay):
    call_command("check_study_pack", str(SHIPPED_PACK))
