"""Until the author accepts anything, the raw-text bank asks why, from causal connectives."""

import re

import pytest

from studyapp.generation import build_drafts, generate_bank
from studyapp.generation.quality import question_problems
from studyapp.ingest import load_essay_bytes
from studyapp.models import Question

pytestmark = pytest.mark.django_db


def drafted(text: bytes, slug: str, kinds=None):
    """Load a text, draft its pack and accept the drafted items of `kinds` (all when None)."""
    from studyapp.drafting import draft_study_pack
    from studyapp.drafting.review import accept_all_drafted, kind_model

    essay = load_essay_bytes(text, f"{slug}.txt", slug=slug).essay
    draft_study_pack(essay)
    if kinds is None:
        accept_all_drafted(essay)
    for kind in kinds or ():
        kind_model(kind).objects.filter(essay=essay).update(review_status="accepted")
    return essay


TEXT = b"""De dijken

De boeren in Zeeland verlieten hun land, omdat het zoute water de akkers had bedorven.

De regering bouwde hoge dammen in de zeearmen, omdat de ramp van 1953 niet mocht terugkeren.

De vissers protesteerden tegen een dichte dam, omdat het getij de oesterteelt in leven hield.

De ingenieurs kozen een open kering met schuiven, omdat de natuur in de Oosterschelde bleef.
"""


def test_the_raw_text_bank_asks_why_with_the_reason_as_answer():
    essay = load_essay_bytes(TEXT, "dijken.txt", slug="dijken").essay
    report = generate_bank(essay)
    assert report.source == "text"
    why = list(Question.objects.filter(essay=essay, origin__startswith="why:"))
    assert len(why) == 4
    by_claim = {q.prompt: q for q in why}
    question = next(q for p, q in by_claim.items() if "De vissers protesteerden" in p)
    assert question.qtype == "argument"
    assert question.answers == ["Omdat het getij de oesterteelt in leven hield."]
    # The wrong options are the other reasons in the same text.
    assert "Omdat het zoute water de akkers had bedorven." in question.options
    assert len(set(question.options)) == 4


def test_with_few_reasons_one_true_or_false_question_per_claim():
    text = TEXT.split(b"\n\nDe vissers")[0]
    essay = load_essay_bytes(text, "dijken.txt", slug="dijken-kort").essay
    generate_bank(essay)
    why = list(Question.objects.filter(essay=essay, origin__startswith="why:"))
    assert len(why) == 2
    assert {q.qtype for q in why} == {"true_false"}
    # Each claim is asked once; a false one pairs a claim with the other claim's reason.
    for q in why:
        own_reason = "zoute water" if "boeren" in q.prompt else "ramp van 1953"
        assert (own_reason in q.prompt) == (q.answers == ["Juist"])


def test_accepted_claims_ask_why_even_when_the_essay_has_few_arguments():
    """A short text's few claims are too few for a multiple-choice why: they still ask why, as a
    statement pairing the claim with its own reason (true) or turning the two round (false)."""
    from studyapp.models import Argument

    from .conftest import ROOT

    watersnood = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes()
    # Accepted as drafted: true/false stays at most a quarter of the bank, so the other items
    # the drafter found count too.
    kinds = ("people", "events", "works", "quotes", "concepts", "arguments")
    essay = drafted(watersnood, "watersnood", kinds)
    assert Argument.objects.filter(essay=essay, stance="endorses").count() >= 2
    report = generate_bank(essay)
    assert report.source == "pack"
    # The statements are drafted and pass the rules. Whether the bank keeps one depends on a
    # statement of the other side to balance it: a pack that rejects nothing no longer has the
    # always-true "De auteur verdedigt deze stelling" for that (round 7).
    _used, drafts, _cards = build_drafts(essay)
    why = [
        d
        for d in drafts
        if d.qtype == "true_false" and d.variant == "why" and not question_problems(d)
    ]
    assert why
    stored = Question.objects.filter(essay=essay, qtype="true_false")
    answers = [q.answers[0] for q in stored]
    # Balanced, except that with no false statement at all the first argument keeps its one.
    surplus = answers.count("Juist") - answers.count("Onjuist")
    assert surplus == 0 or (surplus == 1 and len(answers) == 1)
    for question in why:
        argument = Argument.objects.get(essay=essay, key=question.origin.split(":", 1)[1])
        own = argument.points.get(kind="reason").text
        # The explanation always gives the author's own reason, with its passage.
        assert own in question.explanation and "§" in question.explanation
        # False: the relation turned round (the claim given as the reason for its own reason),
        # or, for a reason in a subordinate clause, another claim's reason on other matters.
        turned = re.match(
            rf"Juist of onjuist\? De (?:auteur|tekst) onderbouwt «{re.escape(own[:20])}",
            question.prompt,
        )
        if question.answers[0] == "Juist":
            assert own in question.prompt and not turned
        else:
            assert turned or own not in question.prompt


def test_a_false_why_statement_gives_a_position_the_author_rejects(shipped_bank):
    # Round 7: another claim's reason "may well support this claim too"; a rejected view never does.
    from studyapp.models import Argument, Question

    rejected = {a.position for a in Argument.objects.filter(essay=shipped_bank, stance="rejects")}
    false = Question.objects.filter(
        essay=shipped_bank, qtype="true_false", variant="why", answers=["Onjuist"]
    )
    assert false
    for question in false:
        shown = question.prompt.split("met deze reden: ", 1)[1]
        assert shown in rejected, question.prompt


def test_a_why_statement_never_gives_a_reason_that_restates_its_claim(shipped_bank):
    # Round 9: "De auteur onderbouwt «… wat die uitdaagde, gold als contrarevolutionair» met deze
    # reden: Alles wat partij en staat bedreigde, was voor hem contrarevolutionair": no reason.
    from studyapp.generation.arguments import RESTATES_CLAIM
    from studyapp.generation.quality import paraphrase_overlap
    from studyapp.models import Question

    statements = Question.objects.filter(essay=shipped_bank, qtype="true_false", variant="why")
    assert statements
    for question in statements:
        claim, reason = question.prompt.split("«", 1)[1].split("» met deze reden: ")
        assert paraphrase_overlap(reason, [claim], "nl") < RESTATES_CLAIM, question.prompt


POLICY = b"""Beleid

De lonen voor schoonmakers worden verlaagd. Daardoor nemen bedrijven meer schoonmakers in dienst.

Eerder dit jaar is besloten minder gas te winnen in Groningen vanwege de aardbevingen.

Dankzij de inzet van ondernemers en werknemers staat Nederland er relatief goed voor.

De instabiliteit aan de grenzen van Europa is verder toegenomen door de annexatie van de Krim.

De regering bouwt extra scholen in de steden. Hierdoor krijgen meer kinderen dicht bij huis les.

De gemeenten openen nieuwe scholen in de dorpen, omdat er steeds meer jonge gezinnen gingen wonen.
"""


def test_a_drafted_pack_that_rejects_nothing_asks_why_with_other_reasons_as_wrong_options():
    """Accepted as drafted, a text without rejected positions still gets multiple-choice why
    questions: the reasons the text gives for its other claims are the wrong options, but not
    one that speaks of the same things as the claim."""
    from studyapp.models import Argument

    essay = drafted(POLICY, "beleid")
    assert not Argument.objects.filter(essay=essay, stance="rejects").exists()
    generate_bank(essay)
    support = list(Question.objects.filter(essay=essay, qtype="argument", variant="support-0"))
    assert len(support) >= 3
    by_claim = {q.prompt.split("«")[1].rstrip("»"): q for q in support}
    gas = by_claim["Eerder dit jaar is besloten minder gas te winnen in Groningen."]
    assert gas.answers == ["Vanwege de aardbevingen."]
    assert len(set(gas.options)) == 4
    # "nieuwe scholen in de dorpen" and "extra scholen in de steden" both speak of schools: the
    # reason for the one is no wrong option for the other.
    villages = by_claim["De gemeenten openen nieuwe scholen in de dorpen."]
    assert villages.answers == ["Omdat er steeds meer jonge gezinnen gingen wonen."]
    assert "De regering bouwt extra scholen in de steden." not in villages.options
    for question in support:
        claim = question.prompt.split("«")[1]
        assert question.answers[0].rstrip(".") not in claim  # the reason is not in the claim


def test_a_claim_asked_why_as_multiple_choice_gets_no_true_statement_with_the_same_reason():

    essay = drafted(POLICY, "beleid-2")
    from studyapp.generation.bank import build_drafts

    _used, questions, _cards = build_drafts(essay)
    support = {(q.origin, q.answers[0]) for q in questions if q.variant.startswith("support-")}
    assert support
    for q in questions:
        if q.variant == "why" and q.answers == ["Juist"]:
            reason = q.prompt.split("met deze reden: ")[1]
            assert (q.origin, reason) not in support


CONCEDING = b"""Economie

Hoewel de economie weer groeit, merken veel huishoudens daar nog weinig van.

Weliswaar dalen de lonen niet meer, maar de koopkracht blijft achter bij de prijzen.

De regering verlaagt daarom de belasting op arbeid, omdat werken moet lonen.

De gemeenten bouwen meer woningen, omdat steeds meer jonge gezinnen een huis zoeken.
"""


def test_a_conceded_point_beside_a_held_claim_is_not_asked_as_a_counter_position():
    # "Hoewel X, Y": the author grants X. Asked as "Op welk tegenstandpunt reageert de auteur?",
    # 3 of the 4 wrong answers in the unseen texts came from such concessions.
    from studyapp.models import Argument, ArgumentPoint

    essay = drafted(CONCEDING, "economie")
    conceded = ArgumentPoint.objects.filter(
        argument__essay=essay, argument__stance="endorses", kind="counter"
    )
    assert conceded.exists()  # the drafter keeps the concession as the claim's counter-point
    generate_bank(essay)
    for question in Question.objects.filter(essay=essay, variant__startswith="counter-"):
        key = question.origin.split(":", 1)[1]
        assert Argument.objects.get(essay=essay, key=key).stance == "rejects"


class _Rows(list):
    def all(self):
        return self


def _argument(pk, claim, span, reason):
    from types import SimpleNamespace

    passage = SimpleNamespace(number=pk, pk=pk)
    point = SimpleNamespace(kind="reason", text=reason, passage=passage, span=reason)
    return SimpleNamespace(
        pk=pk,
        key=f"a{pk}",
        claim=claim,
        span=span,
        stance="endorses",
        position=claim,
        passage=passage,
        points=_Rows([point]),
        topics=_Rows(),
    )


def _why(arguments, which):
    from types import SimpleNamespace

    from studyapp.generation.arguments import _why_statement
    from studyapp.generation.draft import Source

    knowledge = SimpleNamespace(essay=SimpleNamespace(slug="x", language="nl"))
    argument = arguments[which]
    claim_source = Source(argument.passage, argument.span)
    return _why_statement(knowledge, argument, list(argument.points), arguments, claim_source)


def test_a_measure_and_its_effect_are_never_turned_round_into_a_false_why_statement():
    """'Bedrijven worden gesteund … Daardoor behouden meer werknemers hun baan': the effect is
    also the measure's aim, so 'steun, met deze reden: banen' is no false statement (the
    unseen texts' reader). A plain cause ('Daarom …') is still turned round."""
    first = _argument(
        1,
        "De scholen krijgen extra geld.",
        "Daarom krijgen de scholen extra geld.",
        "Het aantal leerlingen groeit.",
    )
    measure = _argument(
        2,
        "Meer werknemers zullen hun baan behouden.",
        "Daardoor zullen meer werknemers hun baan behouden.",
        "Bedrijven worden gesteund met ruimere kredietfaciliteiten.",
    )
    cause = _argument(
        3,
        "De regering investeert in nieuwe dijken.",
        "Daarom investeert de regering in nieuwe dijken.",
        "De zeespiegel stijgt sneller dan verwacht.",
    )
    # A claim whose reason turns round gets both sides: its own reason, and the relation turned.
    own, turned = _why([first, cause], 1)
    assert own.answers == ["Juist"] and turned.answers == ["Onjuist"]
    assert "«De zeespiegel stijgt sneller dan verwacht»" in turned.prompt
    for statement in _why([first, measure], 1):
        assert "«Bedrijven worden gesteund" not in statement.prompt


def test_a_reason_that_leads_to_this_claim_through_another_is_never_its_false_reason():
    """'De airco verwarmt ook, waardoor het volume afneemt. Daardoor worden warmtenetten
    onrendabel.': the first claim's reason leads to the second claim too, so 'warmtenetten
    onrendabel, met deze reden: de airco verwarmt' is no false statement (the ninth unseen text,
    rebuilt)."""
    from types import SimpleNamespace

    passage = SimpleNamespace(number=1, pk=1)
    volume, networks = (
        _argument(1, "Het warmtevolume neemt flink af.", "", "De airco kan ook verwarmen."),
        _argument(2, "Warmtenetten worden onrendabel.", "", ""),
    )
    volume.span = "De airco kan ook verwarmen, waardoor het warmtevolume flink afneemt."
    volume.passage = passage
    volume.points[0].passage, volume.points[0].span = passage, "De airco kan ook verwarmen"
    networks.span = "Daardoor worden warmtenetten onrendabel."
    networks.passage = passage
    networks.points[0].passage, networks.points[0].span = passage, volume.span
    networks.points[0].text = "De airco kan ook verwarmen, waardoor het warmtevolume afneemt."
    for statement in _why([volume, networks], 1):
        assert statement.answers == ["Juist"], statement.prompt


def test_a_goal_is_no_reason_in_a_why_statement():
    goal = _argument(
        1,
        "Alle betrokkenen zullen zich moeten inspannen.",
        "Alle betrokkenen zullen zich moeten inspannen om de regelingen tot stand te brengen.",
        "Om de regelingen tot stand te brengen.",
    )
    assert _why([goal], 0) == []


def test_a_short_essays_claims_are_matched_to_their_reasons_when_too_few_for_multiple_choice():
    """Three claims with a reason each have two wrong reasons at most: no multiple choice on any
    (the first unseen blog essay had none), so one matching asks all three."""
    from studyapp.models import Argument
    from studyapp.models.bank import pair_of
    from studyapp.quizzes import knowledge_items

    text = TEXT.split(b"\n\nDe ingenieurs")[0]
    essay = drafted(
        text,
        "dijken-drie",
        ("people", "events", "works", "quotes", "concepts", "facts", "arguments"),
    )
    generate_bank(essay)
    assert not Question.objects.filter(essay=essay, qtype="argument").exists()
    matching = Question.objects.get(essay=essay, qtype="matching", variant="reasons")
    arguments = {a.claim: a for a in Argument.objects.filter(essay=essay)}
    pairs = dict(pair_of(answer) for answer in matching.answers)
    assert len(pairs) == 3 and set(pairs) <= set(arguments)
    for claim, reason in pairs.items():
        assert arguments[claim].points.get(kind="reason").text == reason
    assert sorted(matching.options) == sorted(pairs.values())
    # A quiz sees the three arguments it asks, so it does not ask one of them again beside it.
    keys = {f"argument:{a.key}" for a in arguments.values()}
    assert knowledge_items(matching.origin) == keys


def test_people_without_a_drafted_role_are_asked_in_no_who_question_or_matching():
    """The unseen texts' reader: "rol" options that were only "genoemd in: <sentence>"."""
    from studyapp.models import Person

    text = (
        b"Over het water\n\n"
        b"Volgens Anna Bakker stijgt het water elk jaar. Volgens Piet Smit daalt de bodem.\n\n"
        b"Volgens Karel Jansen komt dat door het pompen. Volgens Els Visser helpt een dijk.\n\n"
        b"Volgens Joost Mulder is de zee te sterk. Volgens Ria Bosman helpt alleen verhuizen.\n"
    )
    essay = drafted(
        text, "water", ("people", "events", "works", "quotes", "concepts", "facts", "arguments")
    )
    people = Person.objects.filter(essay=essay)
    assert sum(p.role.startswith("genoemd in: ") for p in people) >= 3
    generate_bank(essay)
    for question in Question.objects.filter(essay=essay):
        shown = " ".join(
            [question.prompt, *map(str, question.options), *map(str, question.answers)]
        )
        assert "genoemd in" not in shown


def test_a_typed_name_accepts_the_surname_unless_another_person_shares_it():
    from types import SimpleNamespace

    from studyapp.generation.names import typed_names

    def person(pk, name, variants=()):
        return SimpleNamespace(
            pk=pk, name=name, variants=list(variants), all_names=lambda: [name, *variants]
        )

    cieraad, daalen = person(1, "Irene Cieraad"), person(2, "Sjoerd van Daalen")
    vos, other_vos = person(3, "Anna Vos"), person(4, "Piet Vos")
    people = [cieraad, daalen, vos, other_vos]
    assert "Cieraad" in typed_names(cieraad, people)
    assert {"van Daalen", "Van Daalen"} <= set(typed_names(daalen, people))
    assert typed_names(vos, people) == ["Anna Vos"]  # "Vos" alone could be either
    # The 41st reading: the text names "Wout Hoff", for whom the drafter found no role.
    hoff = person(5, "Pieter Hoff")
    text = "Volgens Hoff groeien bomen beter. Wout Hoff, de zoon van Pieter Hoff, maakte een film."
    assert typed_names(hoff, [hoff], text) == ["Pieter Hoff"]
    # The 62nd reading: "Arts" accepted for "Electronic Arts", "Online" for "Spiegel Online";
    # a common word the text never uses alone is no surname. "Bakker" alone in the text is.
    ea = person(8, "Electronic Arts")
    assert typed_names(ea, [ea], "Electronic Arts (EA) maakt spellen. EA verdient goed.") == [
        "Electronic Arts"
    ]
    # The 65th reading: "William Temple", the ambassador, is a person; "Temple" is typed too.
    temple = person(10, "William Temple")
    temple.role = "de toenmalige Engelse ambassadeur"
    assert "Temple" in typed_names(temple, [temple], "in de woorden van William Temple")
    # The 66th reading refused "Willibrord" for "Sint Willibrord".
    saint = person(11, "Sint Willibrord")
    assert "Willibrord" in typed_names(saint, [saint], "Het was Sint Willibrord die voer.")
    bakker = person(9, "Piet Bakker")
    assert "Bakker" in typed_names(
        bakker, [bakker], "Piet Bakker schreef. Volgens Bakker klopt het."
    )
    # The 61st reading: the text writes "R.M.M. Oberman"; typed so, it is right too.
    oberman = person(7, "Oberman")
    assert typed_names(oberman, [oberman], "de hoogleraren rondom R.M.M. Oberman") == [
        "Oberman",
        "R.M.M. Oberman",
    ]
    assert "Hoff" in typed_names(hoff, [hoff], "Volgens Hoff groeien bomen beter.")
    # The 43rd reading: "Hermans" refused for "Jean-Paul Hermans", whose "Paul" is his own.
    hermans = person(6, "Jean-Paul Hermans")
    typed = typed_names(hermans, [hermans], "Dirigent werd Jean-Paul Hermans. Hermans bleef.")
    assert {"Hermans", "Jean Paul Hermans"} <= set(typed)


def test_a_drafted_claim_whose_reason_turns_round_gives_both_sides_to_pair_with():
    """A pack as drafted rejects no view: a claim's own reason (true) and the relation turned
    round (false) are both made, so the bank's true/false balance finds a partner for the why
    statements and keeps them; a quiz asks one statement per claim. One side alone had nothing
    to pair with once the always-true stance statement went (round 7)."""

    from .conftest import ROOT

    text = (ROOT / "tests" / "data" / "watersnood.txt").read_text(encoding="utf-8") + (
        "\nDe boeren verkopen meer graan, want de oogst is dit jaar groot. De markt in "
        "Middelburg is elke week druk.\n"
    )
    text = text.encode()
    essay = drafted(
        text, "dijken", ("people", "events", "works", "quotes", "concepts", "arguments")
    )
    generate_bank(essay)
    why = Question.objects.filter(essay=essay, qtype="true_false", variant__startswith="why")
    assert {q.answers[0] for q in why} == {"Juist", "Onjuist"}


def test_a_short_text_keeps_two_true_and_two_false_statements_beside_one_other_question():
    """At a quarter of the bank, a text with one other question kept no true/false at all: a
    900-word post gave a bank of one question (the ninth unseen text, rebuilt)."""
    from studyapp.generation.draft import QuestionDraft
    from studyapp.generation.selection import balance_true_false

    def statement(n, true):
        return QuestionDraft(
            essay_slug="x",
            origin=f"fact:f{n}",
            qtype="true_false",
            variant="true" if true else "false",
            prompt=f"Juist of onjuist? Bewering {n}.",
            answers=["Juist" if true else "Onjuist"],
            explanation="",
            sources=[],
            options=["Juist", "Onjuist"],
        )

    blank = QuestionDraft(
        essay_slug="x",
        origin="fact:f0",
        qtype="multiple_choice",
        variant="blank",
        prompt="Welk getal hoort op de open plek?",
        answers=["35"],
        explanation="",
        sources=[],
    )
    drafts = [blank] + [statement(n, n % 2 == 0) for n in range(1, 8)]
    kept = balance_true_false(drafts, {})
    answers = [d.answers[0] for d in kept if d.qtype == "true_false"]
    assert sorted(answers) == ["Juist", "Juist", "Onjuist", "Onjuist"]


def test_the_first_argument_keeps_its_statement_beside_pairs_of_fact_statements():
    """The 60th reading's history text: its one why-statement (no false side to pair it with)
    lost its slot to two pairs of fact statements, and the bank asked no why."""
    from studyapp.generation.draft import QuestionDraft
    from studyapp.generation.selection import balance_true_false

    def statement(origin, true):
        return QuestionDraft(
            essay_slug="x",
            origin=origin,
            qtype="true_false",
            variant="why" if origin.startswith("argument") else ("true" if true else "false"),
            prompt=f"Juist of onjuist? {origin}.",
            answers=["Juist" if true else "Onjuist"],
            explanation="",
            sources=[],
            options=["Juist", "Onjuist"],
        )

    drafts = [statement("argument:a1", True)]
    drafts += [statement(f"fact:f{n}", n < 2) for n in range(4)]
    kept = balance_true_false(drafts, {})
    assert "argument:a1" in {d.origin for d in kept}
    answers = [d.answers[0] for d in kept]
    assert answers.count("Juist") == answers.count("Onjuist")
    # With no false statement anywhere, that one true statement alone stays.
    kept = balance_true_false([statement("argument:a1", True), statement("fact:f1", True)], {})
    assert [d.origin for d in kept] == ["argument:a1"]


def test_a_blanked_surname_also_accepts_the_full_name_the_essay_uses():
    """'Bij _____ is het reconstructiewerk zekerder': "Jacob van Maerlant", as the essay names
    him elsewhere, is right too (the ninth unseen reading refused it)."""
    from studyapp.generation.facts import _longer_names

    text = (
        "De belangstelling voor Jacob van Maerlant is opvallend. Bij Maerlant is het werk "
        "zekerder. Zijn Arbeidersgroep bleef klein. Rondom Lochem ligt de Achterhoek."
    )
    assert _longer_names(text, "Maerlant") == [
        "Jacob van Maerlant",
        "van Maerlant",
        "Van Maerlant",
    ]
    assert _longer_names(text, "Arbeidersgroep") == []  # "Zijn" is no first name
    assert _longer_names(text, "Lochem") == []  # nor a preposition opening a sentence


def test_a_matching_never_pairs_two_claims_that_could_take_each_others_reason():
    """The airco text rebuilt: "het warmtevolume neemt af" (reason: the airco heats) and
    "warmtenetten worden onrendabel" (reason: the airco heats, so the volume falls) could each
    take either reason; only the first is matched."""
    from types import SimpleNamespace

    from studyapp.generation.arguments import reason_matching

    passage = SimpleNamespace(number=1, pk=1)
    volume = _argument(1, "Het warmtevolume neemt flink af.", "", "De airco kan ook verwarmen.")
    volume.span = "De airco kan ook verwarmen, waardoor het warmtevolume flink afneemt."
    volume.passage = volume.points[0].passage = passage
    volume.points[0].span = "De airco kan ook verwarmen"
    networks = _argument(2, "Warmtenetten worden onrendabel.", "", "")
    networks.span = "Daardoor worden warmtenetten onrendabel."
    networks.passage = networks.points[0].passage = passage
    networks.points[0].span = volume.span
    networks.points[0].text = "De airco kan ook verwarmen, waardoor het warmtevolume afneemt."
    others = [
        _argument(
            3,
            "De scholen krijgen extra geld.",
            "Daarom krijgen de scholen extra geld.",
            "Het aantal leerlingen groeit.",
        ),
        _argument(
            4,
            "De regering investeert in dijken.",
            "Daarom investeert de regering.",
            "De zeespiegel stijgt sneller dan verwacht.",
        ),
    ]
    knowledge = SimpleNamespace(essay=SimpleNamespace(slug="x", language="nl"))
    (matching,) = reason_matching(knowledge, [volume, networks, *others])
    assert not any(answer.startswith("Warmtenetten") for answer in matching.answers)
    assert len(matching.answers) == 3


def test_the_reason_of_a_claim_on_the_same_things_is_no_wrong_option():
    """ "Afnemers kunnen al werken met de API" (because a mock-API imitates it) and "afnemers
    zijn sneller in staat de API te gebruiken": the first claim's reason is defensible for the
    second too (the tenth unseen reading)."""
    from studyapp.generation.arguments import _reasons_elsewhere

    mock = _argument(
        1,
        "Afnemers kunnen al werken met de API.",
        "",
        "Een mock-API bootst de functionaliteit van een echte API na.",
    )
    dykes = _argument(
        2, "De regering investeert in dijken.", "", "De zeespiegel stijgt sneller dan verwacht."
    )
    asked = _argument(3, "Afnemers gebruiken de API eerder.", "", "")
    pool = _reasons_elsewhere(asked, [mock, dykes], "nl")
    assert pool == ["De zeespiegel stijgt sneller dan verwacht."]


def test_a_reason_one_link_back_in_the_same_chain_of_causes_is_no_wrong_option():
    """The 54th reading: a brewery buys a steam engine, so the stirring is no longer done by
    hand, and "daardoor" the capacity grows. The steam engine (the reason of the claim whose
    sentence stands right before the capacity's reason) was offered as a wrong reason for the
    capacity, and it is a right one."""
    from types import SimpleNamespace

    from studyapp.generation.arguments import _reasons_elsewhere

    text = (
        "Zo wordt een eerste stoommachine aangeschaft, zodat de roerwerken met stoomkracht "
        "worden aangedreven. Handmatig roeren is daarmee verleden tijd. De capaciteit wordt "
        "daardoor opgevoerd."
    )
    passage = SimpleNamespace(number=1, pk=1, text=text)
    engine = _argument(
        1,
        "De roerwerken worden met stoomkracht aangedreven.",
        text.split(" Handmatig")[0],
        "Zo wordt een eerste stoommachine aangeschaft.",
    )
    capacity = _argument(
        2, "De capaciteit wordt opgevoerd.", "De capaciteit wordt daardoor opgevoerd.", ""
    )
    capacity.points[0].text = capacity.points[0].span = "Handmatig roeren is daarmee verleden tijd."
    for item in (engine, capacity):
        item.passage = item.points[0].passage = passage
    engine.points[0].span = "Zo wordt een eerste stoommachine aangeschaft"
    dykes = _argument(
        3, "De regering investeert in dijken.", "", "De zeespiegel stijgt sneller dan verwacht."
    )
    pool = _reasons_elsewhere(capacity, [engine, dykes], "nl")
    assert pool == ["De zeespiegel stijgt sneller dan verwacht."]


def test_timelines_top_up_with_the_least_used_events():
    """The eleventh unseen reading: three of four timelines opened with the same two events,
    topped up by key; the least used go first, so each timeline asks a different order."""
    from collections import Counter
    from types import SimpleNamespace

    from studyapp.generation.events import timeline_groups

    def event(key, year):
        return SimpleNamespace(key=key, year=year, passage_id=int(key[1:]), span=key)

    events = [event(f"e{n}", year) for n, year in enumerate([1990, 1991, 1992, 1993])]
    events += [event(f"e{n}", 1995) for n in range(4, 8)]
    groups = timeline_groups(events, seed="x")
    uses = Counter(e.key for g in groups for e in g if e.year != 1995)
    assert max(uses.values()) - min(uses.values()) <= 1, uses


def test_a_period_that_holds_another_item_stays_out_of_its_timeline():
    """The thirteenth unseen reading: "De Jaeger bestuurde Knesselare" (1897 tot 1908) beside
    "de familiefoto dateert van 1904" has no order."""
    from types import SimpleNamespace

    from studyapp.generation.events import timeline_groups

    def event(key, year, when):
        return SimpleNamespace(key=key, year=year, when=when, passage_id=int(key[1:]), span=key)

    events = [
        event("e1", 1897, "1897 tot 1908"),
        event("e2", 1904, "1904"),
        event("e3", 1920, "1920"),
        event("e4", 1930, "1930"),
        event("e5", 1940, "1940"),
    ]
    for group in timeline_groups(events, seed="x"):
        keys = {e.key for e in group}
        assert not {"e1", "e2"} <= keys, keys


def test_a_drafted_claim_is_the_texts_a_curated_one_the_authors():
    # The 42nd reading: a debate report's speaker's view came as "De auteur onderbouwt …".
    from types import SimpleNamespace

    from studyapp.generation.arguments import whose

    curated, drafted = SimpleNamespace(confidence=1.0), SimpleNamespace(confidence=0.6)
    assert whose(curated) == "de auteur"
    assert whose(drafted) == "de tekst"
    assert whose(curated, drafted) == "de tekst"


def test_a_hedged_reason_is_not_turned_round_into_a_false_statement():
    """The 42nd reading: "Men was er vermoedelijk klaar mee …" is a cause the author infers from
    the effect; "the effect supports the hedged cause" is no clear falsehood."""

    text = (
        b"De stad\n\n"
        b"Men was er vermoedelijk klaar mee bezoekers te moeten teleurstellen. Daarom "
        b"verdwenen in 2013 ook de grote ambities van het bestuur.\n\n"
        b"De zomer was dit jaar warm en droog. Daarom verkopen de boeren meer graan.\n"
    )
    turned = turned_round_prompts(text, "stad")
    assert turned, "the unhedged reason is turned round"
    assert not [prompt for prompt in turned if "vermoedelijk" in prompt]


def turned_round_prompts(text: bytes, slug: str) -> list[str]:
    """The prompts of the false statements that turn a drafted claim and its reason round."""
    _used, drafts, _cards = build_drafts(drafted(text, slug, ("arguments",)))
    return [d.prompt for d in drafts if d.variant == "why-reversed"]


REPORTED_NAMING = """Euthanasie

Wie kijkt naar het oprichtingsjaar van de vereniging, 1973, zou denken dat er pas vijftig jaar over euthanasie wordt gepraat. Dat klopt niet. Al vroeg in de twintigste eeuw stelden Nederlandse artsen de vraag of dat mocht.

Het programma van het regime trof vooral patiënten in inrichtingen. Het was moord, maar de nazi’s noemden het euthanasie.
""".encode()


def test_what_others_called_something_is_no_claim_the_author_defends():
    # The 45th reading: "De auteur verdedigt deze stelling: De nazi's noemden het euthanasie"
    # while the author's point was "Het was moord".
    essay = drafted(REPORTED_NAMING, "naming")
    _used, drafts, _cards = build_drafts(essay)
    claims = [d for d in drafts if d.variant == "claim"]
    assert not [d for d in claims if "noemden het euthanasie" in d.prompt]
    rejected = [d for d in drafts if d.variant == "rejected-position"]
    assert rejected, "the rejected view of the first paragraph is asked"
    # A drafted text's author may be a woman: no "Zijn eigen stelling".
    assert all("Zijn" not in d.explanation for d in drafts)
    assert any("De stelling van de auteur" in d.explanation for d in rejected)


def test_the_view_the_author_calls_wrong_is_never_asked_as_true():
    # The 45th reading: "Juist" on "Wie … kijkt, zou denken dat …", the sentence before "Dat
    # klopt niet.", risks teaching the misconception.
    essay = drafted(REPORTED_NAMING, "setup")
    _used, drafts, _cards = build_drafts(essay)
    facts = [d for d in drafts if d.origin.startswith("fact:")]
    assert [d for d in facts if "1973" in d.explanation], "the sentence is drafted as a fact"
    true = [d for d in drafts if d.qtype == "true_false" and d.answers == ["Juist"]]
    assert not [d for d in true if "zou denken" in d.prompt]


GOALS = b"""De universiteit

Willem I standaardiseerde en uniformeerde alles wat los en vast zat om het nieuwe Nederland vorm te geven. Een speciale status voor Leiden paste daar niet bij.

Om zich toch van de andere universiteiten te onderscheiden, viel Leiden terug op een glorieus verleden.
"""


def test_a_deed_done_for_a_goal_is_asked_with_its_own_goal_true_and_another_goal_false():
    essay = drafted(GOALS, "doelen")
    _used, drafts, _cards = build_drafts(essay)
    goal_drafts = [d for d in drafts if d.variant == "goal"]
    assert not any(question_problems(d) for d in goal_drafts)
    generate_bank(essay)
    goals = {q.prompt: q.answers for q in Question.objects.filter(essay=essay, variant="goal")}
    assert len(goals) == 2 and sorted(a[0] for a in goals.values()) == ["Juist", "Onjuist"]
    for prompt, answers in goals.items():
        own = "vorm te geven" if "Willem I" in prompt else "te onderscheiden"
        assert prompt.startswith("Juist of onjuist? Volgens de tekst is dit het doel van «")
        assert prompt.rstrip(".").endswith(own) == (answers == ["Juist"])


def test_a_single_goal_is_not_asked_as_a_statement_that_could_only_be_true():
    essay = drafted(GOALS.split(b"\n\nOm zich")[0], "een-doel")
    generate_bank(essay)
    assert not Question.objects.filter(essay=essay, variant="goal").exists()


def test_a_lone_omdat_reason_is_asked_true_and_turned_round_false():
    """The 47th round: "Het kabinet wil … mogelijk maken, omdat het stervensproces zo ellendig
    kan zijn" had no false side (an "omdat"-clause is no statement), so balancing true and false
    dropped its only why-question."""
    text = (
        "Sterven\n\nHet kabinet wil actieve levensbeëindiging voor kinderen mogelijk maken, "
        "omdat het natuurlijke stervensproces zo ellendig kan zijn.\n\n"
        "In 1985 verscheen het eerste rapport over euthanasie bij kinderen.\n"
    ).encode()
    essay = drafted(text, "sterven")
    generate_bank(essay)
    why = {
        q.variant: q for q in Question.objects.filter(essay=essay, origin__startswith="argument:")
    }
    assert why["why"].answers == ["Juist"]
    assert why["why-reversed"].answers == ["Onjuist"]
    assert "«Het natuurlijke stervensproces kan zo ellendig zijn»" in why["why-reversed"].prompt
    assert why["why-reversed"].prompt.endswith(
        "met deze reden: Het kabinet wil actieve levensbeëindiging voor kinderen mogelijk maken."
    )
    # The feedback says which statement rests on which ("het is andersom" and the reason alone
    # read as circular, the 54th reading).
    assert why["why-reversed"].explanation.startswith(
        "Onjuist: het is andersom. De tekst onderbouwt «Het kabinet wil actieve "
        "levensbeëindiging voor kinderen mogelijk maken» met deze reden: "
    )


def test_a_goal_whose_pronoun_stands_for_something_in_its_own_sentence_is_not_asked():
    text = GOALS.replace(
        b"Om zich toch van de andere universiteiten te onderscheiden, viel Leiden terug op een "
        b"glorieus verleden.",
        "Mannen roken handel, en trokken ‘s nachts langs de kerkhoven, waar ze de lichamen "
        "zo vers mogelijk uit de grond haalden om ze aan anatomen te verkopen.".encode(),
    )
    essay = drafted(text, "doel-ze")
    generate_bank(essay)
    assert not Question.objects.filter(essay=essay, variant="goal").exists()


def test_a_reason_on_the_same_matter_is_never_the_wrong_reason_for_another_claim():
    """The 48th round: "Ruiterman kreeg de prik aangeboden" was asked false with the reason
    the booster advice for older people gives ("… de eerste twee prikken …"), which explains
    her booster too; "prik" and "prikken" (and "boosterprik") are one matter."""
    text = (
        b"De booster\n\n"
        b"Ruiterman kreeg de prik aangeboden vanwege haar leeftijd, negentig jaar. De Raad "
        b"adviseerde de boosterprik voor ouderen, omdat sommige studies suggereren dat de eerste "
        b"twee prikken bij ouderen minder goed beschermen.\n"
    )
    essay = drafted(text, "booster")
    _used, drafts, _cards = build_drafts(essay)
    statements = [d for d in drafts if d.variant == "why"]
    assert statements
    for d in statements:
        own = "leeftijd" if "Ruiterman" in d.prompt.split("»")[0] else "studies"
        assert own in d.prompt.split("»")[1], d.prompt


def test_the_raw_text_bank_never_offers_a_reason_on_the_same_matter_as_a_wrong_one():
    text = (
        b"De booster\n\n"
        b"Ruiterman kreeg de prik aangeboden, omdat haar leeftijd boven de negentig lag. De Raad "
        b"adviseerde de boosterprik voor ouderen, omdat de eerste twee prikken bij ouderen minder "
        b"goed beschermen.\n\n"
        b"De boeren verlieten hun land, omdat het zoute water de akkers had bedorven.\n\n"
        b"De vissers protesteerden tegen een dichte dam, omdat het getij de oesterteelt in leven "
        b"hield.\n"
    )
    essay = load_essay_bytes(text, "booster.txt", slug="booster-ruw").essay
    generate_bank(essay)
    ruiterman = Question.objects.get(
        essay=essay, origin__startswith="why:", prompt__contains="Ruiterman"
    )
    # The booster advice's reason ("… de eerste twee prikken …") explains her booster too:
    # neither a wrong option nor the wrong reason of a statement.
    shown = " ".join(ruiterman.options) + ruiterman.prompt.split("»", 1)[1]
    assert "prikken" not in shown, ruiterman.prompt


def test_an_omdat_reason_of_several_clauses_is_not_turned_round():
    """The 49th round: "Omdat we een kosten-batenanalyse hebben gemaakt …, hoeft niets uit te
    leggen …" put in main-clause order read "We duikt een kosten-batenanalyse …"."""
    from studyapp.generation.arguments import _reason_as_statement

    assert _reason_as_statement("Omdat het stervensproces zo ellendig kan zijn.") == (
        "Het stervensproces kan zo ellendig zijn"
    )
    assert (
        _reason_as_statement(
            "Omdat we een analyse hebben gemaakt, hoeft niemand iets uit te leggen als er toch "
            "een bijwerking opduikt."
        )
        == ""
    )


def test_a_reason_clause_that_goes_on_past_its_verb_is_not_turned_round():
    """The 62nd reading: "Doordat de gebruiker de handgreep loslaat of automatisch door de
    ribbels …" turned round read "De gebruiker laat de handgreep of automatisch … los"."""
    from studyapp.generation.arguments import _reason_as_statement

    assert (
        _reason_as_statement(
            "Doordat de gebruiker de handgreep loslaat of automatisch door de ribbels in de "
            "treden van de hellingbaan."
        )
        == ""
    )
    assert _reason_as_statement("Doordat de gebruiker de handgreep loslaat.") == (
        "De gebruiker laat de handgreep los"
    )


def test_a_cause_phrase_is_never_turned_round_into_a_claim():
    """A list of motives ("Uit liefde voor het vak, …, uit door overwerk veroorzaakt
    energiegebrek") holds a participle that reads as a finite verb; turned round it was asked
    as the claim «Uit liefde voor het vak, …» with the claim as its reason."""
    from studyapp.generation.arguments import _reason_as_statement

    assert (
        _reason_as_statement(
            "Uit liefde voor het vak of uit door overwerk veroorzaakt energiegebrek."
        )
        == ""
    )
    assert _reason_as_statement("Vanwege de droogte die het land teisterde.") == ""
    assert _reason_as_statement("Want de oogst mislukte.") == "De oogst mislukte."


def test_an_event_whose_title_shows_its_year_is_in_no_timeline_and_no_card():
    """The 60th reading: "in 1517 waarschuwde Luther, …" (the whole sentence as its title) stood
    in a timeline with its year, and the order gave itself away."""
    from studyapp.models import Card, Event

    essay = drafted(
        b"De Reformatie\n\n"
        b"In 1517 waarschuwde Luther, een monnik te Wittenberg (Duitsland) herhaalde malen tegen "
        b"de aflaathandel.\n\n"
        b"In 1530 kwam er een nieuwe ketterse beweging op gang.\n\n"
        b"In 1543 begon de emigratie van de protestanten naar Engeland.\n\n"
        b"In 1561 hield een predikant de eerste hagepreek in Wulvergem.\n\n"
        b"In 1566 trokken de beeldenstormers door de Westhoek.\n",
        "reformatie",
    )
    Event.objects.filter(essay=essay).update(centrality="core")
    titles = list(Event.objects.filter(essay=essay).values_list("title", flat=True))
    assert any("1517" in t for t in titles), titles  # the draft keeps it for its author
    generate_bank(essay)
    shown = [
        t
        for q in Question.objects.filter(essay=essay, qtype="ordering")
        for t in q.options + q.answers
    ]
    assert shown and not any("1517" in t for t in shown), shown
    event_cards = Card.objects.filter(essay=essay, origin__startswith="event:")
    assert event_cards.exists() and not event_cards.filter(front__contains="1517").exists()


def test_a_work_whose_title_names_its_author_by_surname_is_asked_about_no_author():
    # "het werk van Whitman" by Walt Whitman: "Het werk van Whitman is van John Dewey" was
    # asked as true or false (the 46th reading's rebuild).
    text = (
        b"Over gras\n\n"
        b"De dichter Walt Whitman schreef in 1855 de bundel Grasbladen. Volgens de filosoof John "
        b"Dewey was ervaring het begin van alle kennis.\n\n"
        b"Niet alles komt voort uit het werk van Whitman, schrijft de criticus Richard Rorty in "
        b"1998. Rorty bewonderde Whitman en Dewey allebei.\n"
    )
    essay = drafted(text, "gras")
    generate_bank(essay)
    for question in Question.objects.filter(essay=essay):
        assert not re.search(r"werk van Whitman (?:is|zijn) van", question.prompt), question.prompt


def test_an_inference_or_a_ground_is_not_turned_round_into_a_false_statement():
    """The 47th reading: "…, want niemand heeft de tijd" after an example (Yannick cleaning his
    inbox), and "Men moet de kanalen dus afzonderlijk afspelen" after how one plays them: turned
    round, the example supports the rule and the restatement the statement, so "Juist" can be
    argued. A cause ("Daarom") is still turned round."""
    text = (
        b"De conferentie\n\n"
        b"Yannick is al een halfuur zijn inbox aan het opkuisen, want niemand heeft eigenlijk de "
        b"tijd om op de conferentie aanwezig te zijn.\n\n"
        b"Men verbindt de computer met de speler en kiest het linker of rechter kanaal. Men moet "
        b"de kanalen dus beslist afzonderlijk afspelen.\n\n"
        b"De zomer was dit jaar warm en droog. Daarom verkopen de boeren meer graan.\n"
    )
    turned = turned_round_prompts(text, "conferentie")
    assert any("graan" in prompt for prompt in turned), turned
    assert not any("Yannick" in prompt or "kanalen" in prompt for prompt in turned), turned


def test_a_speakers_stance_frame_is_not_asked_as_part_of_the_claim():
    # A speech's "Wij vinden dat X, omdat Y": the questions ask about X, never about what "wij"
    # find ("… met deze reden: Wij vinden dat …" read as template Dutch).
    essay = drafted(
        b"Het verbod op winst\n\n"
        b"Wij vinden dat de minister het verbod op winstuitkering permanent moet maken, omdat "
        b"zorgverzekeraars een publieke taak uitvoeren.\n\n"
        b"Naar ons idee moet de premie omlaag, omdat de reserves van de verzekeraars te hoog "
        b"zijn opgelopen.\n\n"
        b"Ik denk dat de toezichthouder strenger moet optreden, omdat de klachten van "
        b"verzekerden elk jaar toenemen.\n",
        "winstverbod",
    )
    generate_bank(essay)
    questions = list(Question.objects.filter(essay=essay))
    assert questions
    asked = [" ".join([q.prompt, *map(str, q.options)]) for q in questions]
    assert any("minister moet het verbod op winstuitkering permanent maken" in t for t in asked)
    for text in asked:
        assert not re.search(r"\b(?:Wij vinden|Ik denk|Naar ons idee)\b", text), text


def test_a_reason_that_points_into_its_claim_is_not_turned_round():
    """The 58th round: "Het is voor Nederland geen optie om op Aruba, Curaçao en Sint-Maarten
    het bsn in te voeren, omdat die landen zelf verantwoordelijk zijn …" was turned round into
    "onderbouwt «Die landen zijn zelf verantwoordelijk …»": which countries, on its own?"""
    text = (
        b"Het bsn\n\n"
        b"Het is voor Nederland geen optie om op Aruba, Curacao en Sint-Maarten het bsn in te "
        b"voeren, omdat die landen zelf verantwoordelijk zijn voor hun eigen registratiebeleid.\n\n"
        b"De zomer was dit jaar warm en droog. Daarom verkopen de boeren meer graan.\n"
    )
    turned = turned_round_prompts(text, "bsn")
    assert any("graan" in prompt for prompt in turned), turned
    assert not any("Die landen" in prompt for prompt in turned), turned
