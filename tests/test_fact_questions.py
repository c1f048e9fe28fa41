"""Questions on the pack's facts: what a blank asks for, which numbers are asked and how, and
which typed answers count (round 7's reader, on three unseen Dutch texts). Each pack here is a
few sentences of our own."""

from studyapp.generation import build_drafts
from studyapp.generation.quality import question_problems


def fact(key, statement, answer, kind, centrality="core"):
    return {
        "key": key,
        "statement": statement,
        "answer": answer,
        "kind": kind,
        "centrality": centrality,
    }


def people_rows(people, sentences):
    """Pack rows for (key, name, role) people, each named in the sentence beside it."""
    return [
        {"key": k, "name": n, "role": r, "span": s}
        for (k, n, r), s in zip(people, sentences, strict=True)
    ]


def passing(essay):
    """The drafts that pass every quality rule."""
    _used, drafts, _cards = build_drafts(essay)
    return [d for d in drafts if not question_problems(d)]


def of(drafts, key):
    return [d for d in drafts if d.origin == f"fact:{key}"]


# 1. A number in a reference is never asked; a prompt without its blank never passes.


def test_a_page_or_figure_number_is_never_asked(pack):
    from studyapp.generation.facts import in_reference

    assert in_reference("Een fiets kost weinig energie (Jansen, p58).", "58")
    assert in_reference("Zie blz. 112 voor de tabel.", "112")
    assert in_reference("De dijken braken (De Vries 1998: 41).", "41")
    assert in_reference("De dijken braken (De Vries, 1998).", "1998")
    assert in_reference("Het aandeel steeg (figuur 2.4) sterk.", "2.4")
    # The number the sentence is about stays askable, also beside a reference.
    assert not in_reference("Een fiets bespaart 90% (Jansen, p58).", "90")
    assert not in_reference("In 1953 brak de dijk bij 58 dorpen.", "58")
    assert not in_reference("Op pagina twee staat dat 40 dorpen onderliepen.", "40")

    essay = pack(
        [
            "Wie fietst, verbruikt per kilometer maar een kwart van de energie van een "
            "wandelaar (Jansen, p58). Een elektrische fiets gebruikt 90% minder dan een auto.",
        ],
        facts=[
            fact(
                "pagina",
                "Wie fietst, verbruikt per kilometer maar een kwart van de energie van een "
                "wandelaar (Jansen, p58).",
                "58",
                "number",
            ),
            fact(
                "fiets", "Een elektrische fiets gebruikt 90% minder dan een auto.", "90", "number"
            ),
        ],
    )
    drafts = passing(essay)
    assert of(drafts, "pagina") == []
    assert any(d.qtype == "multiple_choice" for d in of(drafts, "fiets"))


def test_a_prompt_that_asks_for_a_blank_it_lacks_never_passes():
    from studyapp.generation.draft import QuestionDraft

    def blank_question(prompt, qtype="multiple_choice"):
        return QuestionDraft(
            essay_slug="x",
            origin="fact:x",
            qtype=qtype,
            variant="blank",
            prompt=prompt,
            answers=["58"],
            options=["58", "29", "116", "87"],
            explanation="Uitleg (§1).",
            sources=[],
        )

    rule = "the prompt asks for a blank it does not have"
    assert rule in question_problems(
        blank_question("Welk getal hoort op de open plek?\nDat zegt Jansen (p58).")
    )
    assert rule in question_problems(
        blank_question("Vul het ontbrekende getal in.\nDat zegt Jansen (p58).", "cloze")
    )
    assert rule not in question_problems(
        blank_question("Welk getal hoort op de open plek?\nHet dorp telde _____ huizen.")
    )


def test_a_false_statement_must_differ_from_the_true_one():
    from studyapp.generation.draft import QuestionDraft

    unchanged = QuestionDraft(
        essay_slug="x",
        origin="fact:x",
        qtype="true_false",
        variant="false",
        prompt="Juist of onjuist? Dat zegt Jansen (p58).",
        options=["Juist", "Onjuist"],
        answers=["Onjuist"],
        explanation="Uitleg (§1).",
        sources=[],
        statement="Dat zegt Jansen (p58).",
        true_value="58",
        distractors=["116"],
    )
    assert "the false value '116' does not change the statement" in question_problems(unchanged)


# 2. The open spot is asked for as what the pack knows the answer to be.


def lead(drafts, key):
    (blank,) = [d for d in of(drafts, key) if d.variant == "blank"]
    return blank.prompt.split("\n")[0]


def test_a_blank_is_called_a_group_only_when_the_answer_reads_as_one(pack):
    from studyapp.generation.facts import reads_as_group

    assert reads_as_group("Tsaristische officieren")
    assert reads_as_group("vissers")
    assert reads_as_group("Boerenpartij")
    assert not reads_as_group("Veluwe")
    assert not reads_as_group("Tachtigjarige Oorlog")
    assert not reads_as_group("Alpen")  # a capitalised plural may be mountains

    names = ["Veluwe", "Zuiderzee", "Betuwe", "Achterhoek"]
    essay = pack(
        [f"Het verhaal speelt in de {name}." for name in names]
        + [f"De {b} steunden de {a}." for a, b in [("Boerenpartij", "vissers")]]
        + ["De Liberale Partij won.", "De Vrije Bond won.", "De Werkpartij won."],
        facts=[
            fact(n.lower(), f"Het verhaal speelt in de {n}.", n, "group", "supporting")
            for n in names
        ]
        + [
            fact("boeren", "De vissers steunden de Boerenpartij.", "Boerenpartij", "group"),
            fact("liberaal", "De Liberale Partij won.", "Liberale Partij", "group"),
            fact("bond", "De Vrije Bond won.", "Vrije Bond", "group"),
            fact("werk", "De Werkpartij won.", "Werkpartij", "group"),
        ],
    )
    _used, drafts, _cards = build_drafts(essay)
    assert lead(drafts, "veluwe") == "Welke naam hoort op de open plek?"
    assert lead(drafts, "boeren") == "Welke groep hoort op de open plek?"


def test_a_name_the_pack_knows_no_role_of_is_no_person(pack):
    sentences = [
        "Het plan kwam van minister Drees.",
        "Koningin Juliana opende de dijk.",
        "Burgemeester Van Walsum sprak de stad toe.",
        "Schrijver Mulisch was er niet bij.",
        "Ingenieur Lely ontwierp de Afsluitdijk.",
        "Ik schreef eerder over het einde van Pax Romana.",
    ]
    people = [
        ("drees", "Drees", "de minister die het plan maakte"),
        ("juliana", "Juliana", "de koningin die de dijk opende"),
        ("walsum", "Van Walsum", "de burgemeester van de stad"),
        ("mulisch", "Mulisch", "genoemd in: Schrijver Mulisch was er niet bij."),
        ("lely", "Lely", "de ingenieur die de Afsluitdijk ontwierp"),
        ("pax", "Pax Romana", "genoemd in: Ik schreef eerder over het einde van Pax Romana."),
    ]
    essay = pack(
        sentences,
        people=people_rows(people, sentences),
        facts=[
            fact("plan", sentences[0], "Drees", "person"),
            fact("pax", sentences[5], "Pax Romana", "person"),
        ],
    )
    _used, drafts, _cards = build_drafts(essay)
    assert lead(drafts, "plan") == "Welke persoon hoort op de open plek?"
    assert lead(drafts, "pax") == "Welke naam hoort op de open plek?"
    # A name without a role is no wrong answer to "who" either.
    for d in drafts:
        if d.qtype == "multiple_choice":
            assert "Mulisch" not in d.options, d.prompt


# 3. Wrong numbers are plausible neighbours; a wrong share is never above 100%.


def test_wrong_numbers_are_neighbours_and_a_wrong_share_stays_at_most_100(pack):
    from studyapp.generation.distractors import number_ceiling, synthetic_variants
    from studyapp.generation.quality import implausible_number

    assert number_ceiling("De haven levert 60% van de banen.", "60") == 100
    assert number_ceiling("De haven levert 60 procent van de banen.", "60") == 100
    assert number_ceiling("Een warmtepomp haalt 300% rendement.", "300") is None
    assert number_ceiling("De haven telt 60 kranen.", "60") is None
    assert all(int(v) <= 100 for v in synthetic_variants("60", as_count=True, ceiling=100))
    assert len(synthetic_variants("60", as_count=True, ceiling=100)) >= 3
    assert implausible_number("14", "140")
    assert implausible_number("127", "1270")
    assert implausible_number("60", "120", share=True)
    assert not implausible_number("60", "120")
    assert not implausible_number("14", "28", share=True)

    essay = pack(
        [
            "De haven levert 60% van de banen in de stad.",
            "De haven telt 127 kranen.",
            "Een warmtepomp haalt 300% rendement.",
        ],
        facts=[
            fact("banen", "De haven levert 60% van de banen in de stad.", "60", "number"),
            fact("kranen", "De haven telt 127 kranen.", "127", "number"),
            fact("pomp", "Een warmtepomp haalt 300% rendement.", "300", "number"),
        ],
    )
    drafts = passing(essay)
    for key in ["banen", "kranen", "pomp"]:
        (question,) = [d for d in of(drafts, key) if d.qtype == "multiple_choice"]
        key_number = int(question.answers[0])
        for option in map(int, question.options):
            assert max(option, key_number) / min(option, key_number) < 10, question.options
            if key == "banen":
                assert option <= 100, question.options
    (share,) = [d for d in of(drafts, "pomp") if d.qtype == "multiple_choice"]
    assert any(int(o) > 300 for o in share.options)  # a share above 100 may have one above it


def test_a_wrong_day_before_a_month_is_a_day_and_a_wrong_hour_an_hour():
    from studyapp.generation.distractors import number_ceiling, synthetic_variants

    # The 41st reader: "40 november" and "54 november" beside "27 november".
    assert number_ceiling("Donderdag 27 november vond de avond plaats.", "27") == 31
    assert number_ceiling("De trein vertrok om 8 uur uit Utrecht.", "8") == 24
    assert number_ceiling("In 1927 telde de stad 27 scholen.", "27") is None
    days = synthetic_variants("27", ceiling=31)
    assert len(days) >= 3 and all(1 <= int(d) <= 31 for d in days)


# 4. A name's acronym or expansion beside the blank gives the answer away.


def test_a_names_acronym_or_expansion_in_brackets_leaves_with_the_blank():
    from studyapp.generation.facts import blank_out

    assert (
        blank_out(
            "Toen stapte de Nederlandse Spoorwegen (NS) over op stroom.", "Nederlandse Spoorwegen"
        )
        == "Toen stapte de _____ over op stroom."
    )
    assert (
        blank_out("De KNMI (Koninklijk Nederlands Meteorologisch Instituut) gaf code rood.", "KNMI")
        == "De _____ gaf code rood."
    )
    assert (
        blank_out("Het Rijksinstituut voor Volksgezondheid (RIVM) waarschuwde.", "Rijksinstituut")
        == "Het _____ voor Volksgezondheid waarschuwde."
    )
    # Years, a figure, a single other name or a remark in brackets stay.
    assert blank_out("Drees (1886-1988) bouwde.", "Drees") == "_____ (1886-1988) bouwde."
    assert blank_out("De dijk (figuur 2) brak.", "De dijk") == "_____ (figuur 2) brak."
    assert blank_out("Zij noemden Holland (Nederland) vaak.", "Holland") == (
        "Zij noemden _____ (Nederland) vaak."
    )
    assert blank_out("Het leger van Alva (de Spanjaarden) kwam.", "Alva") == (
        "Het leger van _____ (de Spanjaarden) kwam."
    )


def test_an_acronym_asked_beside_its_expansion_or_a_name_cut_in_two_never_passes():
    from studyapp.generation.draft import QuestionDraft

    def blank_question(prompt, answer):
        return QuestionDraft(
            essay_slug="x",
            origin="fact:x",
            qtype="cloze",
            variant="sentence",
            prompt=prompt,
            answers=[answer],
            explanation="Uitleg (§1).",
            sources=[],
        )

    rule = "the blank's acronym or the rest of its name stands beside it"
    lead = "Vul de ontbrekende naam in.\n"
    assert rule in question_problems(
        blank_question(lead + "De Nederlandse Spoorwegen (_____) reden door.", "NS")
    )
    assert rule in question_problems(
        blank_question(lead + "De _____ Act verplicht een keurmerk.", "Digital Services")
    )
    assert rule not in question_problems(
        blank_question(lead + "In _____ stapte de minister op.", "Den Haag")
    )
    assert rule not in question_problems(
        blank_question(lead + "De dijk brak in _____ (figuur 2).", "Zeeland")
    )


# 6. Typed names: the essay's acronym counts; a made-up singular of a name does not.


def test_a_typed_name_accepts_its_acronym_and_never_a_singular_of_the_name(pack):
    from studyapp.generation.facts import acronyms
    from studyapp.grading import typed_answer_matches

    text = "Het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) waarschuwde. De KNMI-code."
    assert acronyms("Rijksinstituut voor Volksgezondheid en Milieu", text) == ["RIVM"]
    assert acronyms("KNMI", "Het KNMI (Koninklijk Nederlands Meteorologisch Instituut).") == [
        "Koninklijk Nederlands Meteorologisch Instituut"
    ]
    assert acronyms("Holland", "Zij noemden Holland (Nederland) vaak.") == []
    assert acronyms("Europese Unie", "De Europese Unie besliste.") == ["EU"]
    assert acronyms("Raad van State", "De Raad van State besliste.") == []
    assert acronyms("Den Haag", "In Den Haag besliste men.") == []
    assert acronyms("Centraal Bureau", "Het Centraal Bureau voor Statistiek telde.") == []
    assert acronyms("zeedijken", "De zeedijken (dijken) braken.") == []
    # English names do not shorten to Dutch initials; a hyphenated acronym is typed without.
    assert acronyms("Daily Planet", "De Daily Planet verscheen.") == []
    assert acronyms("N-VA", "De N-VA won.") == ["NVA", "N VA"]
    assert acronyms("BAG-API", "De BAG-API groeide.") == ["BAGAPI", "BAG API"]

    sentences = [
        "De Verenigde Staten stuurden helikopters naar Zeeland.",
        "Het Rode Kruis (RK) deelde in Zeeland dekens uit.",
    ]
    essay = pack(
        sentences,
        facts=[
            fact("hulp", sentences[0], "Verenigde Staten", "group"),
            fact("kruis", sentences[1], "Rode Kruis", "group"),
        ],
    )
    drafts = passing(essay)
    (staten,) = [d for d in of(drafts, "hulp") if d.qtype == "cloze"]
    assert typed_answer_matches("VS", staten.answers)
    assert not any("staat" in a.lower() for a in staten.answers), staten.answers
    (kruis,) = [d for d in of(drafts, "kruis") if d.qtype == "cloze"]
    assert typed_answer_matches("RK", kruis.answers)
    assert "(RK)" not in kruis.prompt


def test_a_compound_answer_accepts_the_acronym_the_text_uses_for_it():
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants, acronyms

    text = (
        "De Gegevensbeschermingsautoriteit waarschuwde al. De GBA vroeg om anonimiteit. "
        "Het VS-beleid en de Verkiezingscampagne liepen door."
    )
    assert acronyms("Gegevensbeschermingsautoriteit", text) == ["GBA"]
    assert acronyms("GBA", text) == ["Gegevensbeschermingsautoriteit"]
    # two initials are too few to tell a compound's parts ("VS" is no "Verkiezingscampagne"),
    # an acronym whose letters do not follow the compound's order spells nothing, and two
    # acronyms that both could are both refused
    assert acronyms("VS", text) == []
    knowledge = SimpleNamespace(people=[], text=text, essay=SimpleNamespace(language="nl"))
    accepted = accepted_variants(knowledge, "Gegevensbeschermingsautoriteit", text)
    assert "GBA" in accepted
    assert (
        acronyms("Gegevensbeschermingsautoriteit", "De Gegevensbeschermingsautoriteit en de BGA.")
        == []
    )
    assert (
        acronyms(
            "Gegevensbeschermingsautoriteit", "De GBA en de GSA: de Gegevensbeschermingsautoriteit."
        )
        == []
    )


def test_a_who_question_whose_role_stands_in_the_name_is_not_asked(pack):
    sentences = [
        "Prins Maurits leidde het leger in de slag.",
        "Johan de Witt leidde de Republiek als raadpensionaris.",
        "Maarten Tromp voerde de vloot aan als luitenant-admiraal.",
        "Michiel de Ruyter won de slag bij Chatham.",
    ]
    people = [
        ("maurits", "Prins Maurits", "prins"),
        ("witt", "Johan de Witt", "raadpensionaris van Holland"),
        ("tromp", "Maarten Tromp", "luitenant-admiraal van de vloot"),
        ("ruyter", "Michiel de Ruyter", "admiraal die Chatham aanviel"),
    ]
    essay = pack(
        sentences,
        people=people_rows(people, sentences),
    )
    _used, drafts, _cards = build_drafts(essay)
    who = {d.origin for d in drafts if d.variant in {"who", "name"}}
    assert "person:maurits" not in who
    assert "person:witt" in who


def test_a_who_question_is_not_asked_when_the_text_says_the_same_of_someone_else(pack):
    # The 43rd reading: "Wie was enige tijd dirigent?" took one name while the text named four
    # conductors. How long someone held the role tells no one apart; "eerste" does.
    sentences = [
        "De eerste dirigent van de fanfare was Jan Saillart.",
        "Na enkele jaren werd Karel Boonen dirigent.",
        "Daarna was Frans Roosen enige tijd dirigent.",
        "Pieter Lemmens richtte de fanfare op in een kuiperij.",
    ]
    people = [
        ("saillart", "Jan Saillart", "de eerste dirigent van de fanfare"),
        ("boonen", "Karel Boonen", "genoemd in: Na enkele jaren werd Karel Boonen dirigent"),
        ("roosen", "Frans Roosen", "enige tijd dirigent"),
        ("lemmens", "Pieter Lemmens", "de stichter van de fanfare"),
    ]
    essay = pack(sentences, people=people_rows(people, sentences))
    _used, drafts, _cards = build_drafts(essay)
    who = {d.origin for d in drafts if d.variant in {"who", "name"}}
    assert "person:roosen" not in who
    assert {"person:saillart", "person:lemmens"} <= who


def test_a_timeline_never_holds_two_events_of_one_sentence():
    from types import SimpleNamespace

    from studyapp.generation.events import timeline_groups

    sentence = "Het verdrag werd in 1886 getekend en trad op 5 december 1887 in werking."

    def event(key, year, span, passage=1):
        return SimpleNamespace(key=key, year=year, span=span, passage_id=passage)

    events = [
        event("getekend", 1886, "Het verdrag werd in 1886 getekend"),
        event("werking", 1887, "trad op 5 december 1887 in werking"),
        event("wet", 1912, "In 1912 kwam de eerste wet.", 2),
        event("herzien", 1928, "De wet werd in 1928 herzien.", 3),
    ]
    events[0].span, events[1].span = sentence, sentence
    for seed in range(20):
        for group in timeline_groups(events, seed=str(seed)):
            assert not {"getekend", "werking"} <= {e.key for e in group}


def test_typed_answers_take_no_junk_variants():
    """The thirteenth unseen reading: "III" for Innocentius III, "HL" for Heilige Land,
    "voor beeld" for "voorbeeld" and "Kapittel van Utrecht" for "Utrecht" were accepted."""
    from types import SimpleNamespace

    from studyapp.generation.facts import _longer_names, acronyms, compound_spaced
    from studyapp.generation.names import typed_names

    pope = SimpleNamespace(pk=1, name="Innocentius III", all_names=lambda: ["Innocentius III"])
    assert typed_names(pope, [pope]) == ["Innocentius III"]
    # The 63rd reading: the text's only Onias may be typed without his number; not Antiochus,
    # whom the text numbers III and IV.
    onias = SimpleNamespace(pk=2, name="Onias III", variants=[], all_names=lambda: ["Onias III"])
    assert typed_names(onias, [onias], "de vorige hogepriester Onias III") == ["Onias III", "Onias"]
    king = SimpleNamespace(
        pk=3, name="Antiochus IV", variants=[], all_names=lambda: ["Antiochus IV"]
    )
    text = "Antiochus III veroverde Judea. Antiochus IV verbood de eredienst."
    assert typed_names(king, [king], text) == ["Antiochus IV"]
    assert acronyms("Heilige Land", "De orde werd in het Heilige Land gesticht.") == []
    assert compound_spaced("voorbeeld", "nl") == []
    assert _longer_names("Zoals het Kapittel van Utrecht in Utrecht.", "Utrecht") == []


def test_a_blanked_name_accepts_its_surname_and_a_genitive_its_bare_name():
    # The 42nd reading: "Sweeney" refused for "Latanya Sweeney", "Ehrenfest" for "Ehrenfests".
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants

    def person(pk, name, variants=()):
        return SimpleNamespace(
            pk=pk, name=name, variants=list(variants), all_names=lambda: [name, *variants]
        )

    people = [person(1, "Latanya Sweeney"), person(2, "Paul Ehrenfest", ["Ehrenfest"])]
    knowledge = SimpleNamespace(people=people, text="Latanya Sweeney schreef een paper.")
    assert "Sweeney" in accepted_variants(knowledge, "Latanya Sweeney")
    assert accepted_variants(knowledge, "Ehrenfests") == ["Ehrenfest"]


def test_a_name_the_essay_continues_elsewhere_accepts_the_longer_name():
    # The 52nd reading refused "De Groene Amsterdammer" for "De Groene" and "Hunterian Museum"
    # for "het Hunterian"; another person's name after a name is no continuation.
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants

    text = (
        "Het stuk stond in De Groene Amsterdammer. Later schreef De Groene er weer over. "
        "Het Hunterian Museum ging dicht; in 2018 sloot het Hunterian. Toen zag Rusland Trotski "
        "vertrekken."
    )
    trotski = SimpleNamespace(name="Trotski", variants=[], all_names=lambda: ["Trotski"])
    knowledge = SimpleNamespace(people=[trotski], text=text, essay=SimpleNamespace(language="nl"))
    assert "De Groene Amsterdammer" in accepted_variants(knowledge, "De Groene")
    assert accepted_variants(knowledge, "Hunterian", "in 2018 sloot het Hunterian") == [
        "Hunterian Museum"
    ]
    assert "Rusland Trotski" not in accepted_variants(knowledge, "Rusland")
    # A name that stands alone all over the text is its own: "Rotterdam Partners" is another
    # body than "Rotterdam" (the 62nd reading accepted it for the city).
    city = _knowledge("Rotterdam bouwt. Rotterdam Partners maakt reclame. In Rotterdam is ruimte.")
    assert "Rotterdam Partners" not in accepted_variants(city, "Rotterdam")
    # "Electronic Arts (EA)", drafted as a name: "EA" is typed too, "Arts" alone is not.
    ea = SimpleNamespace(
        pk=1, name="Electronic Arts", variants=[], all_names=lambda: ["Electronic Arts"]
    )
    games = _knowledge("Electronic Arts (EA) maakt spellen. EA verdient goed.", [ea])
    assert accepted_variants(games, "Electronic Arts") == ["EA"]
    # "De Tweede Oorlog kwam niet onverwacht": "Tweede Wereldoorlog" and "WO II" are right too.
    war = _knowledge("De Tweede Oorlog kwam.")
    assert {"tweede wereldoorlog", "wo ii"} <= set(accepted_variants(war, "Tweede Oorlog"))
    # "aangeduid met Generaliteit of Unie": "Unie" is right too (the 65th reading).
    union = _knowledge("De gewesten werkten samen, aangeduid met Generaliteit of Unie. Zo bleef.")
    assert "Unie" in accepted_variants(union, "Generaliteit")
    assert "Willibrord" in accepted_variants(union, "Sint Willibrord")
    assert "Holland" not in accepted_variants(_knowledge("Ging Zeeland mee of Holland?"), "Zeeland")
    # "in _____ 1984" asked "George Orwells" and refused "George Orwell" (the 55th reading).
    assert {"George Orwell", "Orwell"} <= set(accepted_variants(knowledge, "George Orwells"))
    # A heading "Employee Companion" before a paragraph opening "Hieronder": no longer name
    # "Employee Companion Hieronder" (the 46th reading)
    app = _knowledge("Employee Companion\nHieronder zie je de app. Het heet Employee Companion.")
    assert "Employee Companion Hieronder" not in accepted_variants(app, "Employee Companion")
    # "Barrington Atlas" ends in its own -s: no "Barrington Atla" or "Atla" (the 46th reading)
    atlas = accepted_variants(
        _knowledge("De Barrington Atlas is gevectoriseerd."), "Barrington Atlas"
    )
    assert not {"Barrington Atla", "Atla"} & set(atlas)
    # "CvB" refused "College van Bestuur", which the text gives in brackets (the 59th reading)
    bracketed = SimpleNamespace(
        people=[],
        text="In Rotterdam huurde het College van Bestuur (CvB) een bureau in.",
        essay=SimpleNamespace(language="nl"),
    )
    assert "College van Bestuur" in accepted_variants(bracketed, "CvB")
    # "VvE" refused "vereniging van eigenaren", lowercase before the brackets (the 59th round)
    lowercase = SimpleNamespace(
        people=[],
        text="Neem de vereniging van eigenaren (VvE) van een huis. De VvE beslist over het dak.",
        essay=SimpleNamespace(language="nl"),
    )
    assert "vereniging van eigenaren" in accepted_variants(lowercase, "VvE")
    assert "de vereniging van eigenaren" not in accepted_variants(lowercase, "VvE")
    # "Google-effect" refused "Google effect" (the 57th reading)
    assert "Google effect" in accepted_variants(knowledge, "Google-effect")


def test_a_blanked_name_after_an_article_takes_no_longer_name_from_the_text():
    # The 42nd reading: "Manhattan aan de _____" accepted "Winnie Maas" for the river.
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants

    text = "De architect Winnie Maas bouwde veel. Manhattan aan de Maas was de aspiratie."
    knowledge = SimpleNamespace(people=[], text=text)
    assert accepted_variants(knowledge, "Maas", "Manhattan aan de Maas was de aspiratie.") == []
    assert accepted_variants(knowledge, "Maas", "Toen bouwde Maas een toren.") == ["Winnie Maas"]


def test_a_wrong_year_is_never_a_multiple_and_a_wrong_decade_is_a_decade():
    # The 43rd reading: "3968" beside "1984", and "de jaren 140".
    from studyapp.generation.distractors import number_ceiling, synthetic_variants

    years = synthetic_variants("1984")
    assert years and all(1900 <= int(y) <= 2010 for y in years)
    assert number_ceiling("In de jaren 70 bloeide de hackerscene.", "70") == 90
    decades = synthetic_variants("70", ceiling=90)
    assert decades and all(int(d) % 10 == 0 and 10 <= int(d) <= 90 for d in decades)


def test_a_name_that_opens_with_the_kind_of_place_is_also_accepted_without_it():
    # The 47th round: only "Museum Bleulandinum" was accepted, not "Bleulandinum".
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants

    text = "Het Museum Bleulandinum in Utrecht liet bezoekers alleen op afspraak binnen."
    knowledge = SimpleNamespace(people=[], text=text, essay=SimpleNamespace(language="nl"))
    assert "Bleulandinum" in accepted_variants(knowledge, "Museum Bleulandinum", text)
    assert "Utrecht" not in accepted_variants(knowledge, "Museum Bleulandinum", text)


def test_a_partys_group_in_parliament_is_also_accepted_as_the_partys_name():
    # The 61st reading: only "Vooruitfractie" was accepted, not "Vooruit".
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants

    text = "De Vooruitfractie en de CDA-fractie steunden de fractievoorzitter niet."
    knowledge = SimpleNamespace(people=[], text=text, essay=SimpleNamespace(language="nl"))
    assert "Vooruit" in accepted_variants(knowledge, "Vooruitfractie", text)
    assert "CDA" in accepted_variants(knowledge, "CDA-fractie", text)
    assert "fractievoorzitter" not in accepted_variants(knowledge, "fractievoorzitter", text)
    assert "Vooruit" not in accepted_variants(knowledge, "fractievoorzitter", text)


def test_an_election_of_a_chamber_is_also_accepted_hyphenated_and_without_the_ordinal():
    # The 62nd reading: only "Tweede Kamerverkiezingen" was accepted after "Vlak na de _____".
    from types import SimpleNamespace

    from studyapp.generation.facts import accepted_variants

    text = "Vlak na de Tweede Kamerverkiezingen droeg Den Uyl de voorzittershamer over aan Kok."
    knowledge = SimpleNamespace(people=[], text=text, essay=SimpleNamespace(language="nl"))
    accepted = accepted_variants(knowledge, "Tweede Kamerverkiezingen", text)
    assert "Tweede-Kamerverkiezingen" in accepted and "Kamerverkiezingen" in accepted
    assert "Kamer" not in accepted_variants(knowledge, "Tweede Kamer", text)


def test_a_blank_after_het_takes_only_names_the_essay_writes_with_het():
    from types import SimpleNamespace

    from studyapp.generation.facts import names_taking_het

    text = (
        "De rivier mondde uit in de Amer. De Rijn en de Biesbosch lagen noordelijker. Het "
        "Heusdensch Kanaal werd verruimd, net als het Steurgat."
    )
    fact = SimpleNamespace(
        statement="Het meest ingrijpend was de verruiming van het Heusdensch Kanaal.",
        answer="Heusdensch Kanaal",
    )
    assert names_taking_het(["Amer", "Rijn", "Steurgat", "Biesbosch"], fact, text) == ["Steurgat"]
    fact.statement = "De rivier werd verlegd naar de Heusdensch Kanaal."
    assert names_taking_het(["Amer", "Rijn"], fact, text) == ["Amer", "Rijn"]


def _knowledge(text, people=()):
    from types import SimpleNamespace

    return SimpleNamespace(people=list(people), text=text, essay=SimpleNamespace(language="nl"))


def test_date_distractors_are_days_the_calendar_has():
    # The 50th reading: "31 april 1940" beside "31 december 1940".
    import datetime

    from studyapp.dutch_text import MONTHS
    from studyapp.generation.distractors import synthetic_variants

    for answer in ("31 december 1940", "29 februari 1944", "31 oktober 1517", "30 januari 1933"):
        variants = synthetic_variants(answer)
        assert len(variants) == 4 and answer not in variants
        for variant in variants:
            day, month, year = variant.split()
            datetime.date(int(year), MONTHS.index(month) + 1, int(day))  # raises if no such day


def test_a_two_word_name_accepts_its_last_word_when_the_text_uses_it_alone():
    # The 51st reading: only "Microsoft Word" was accepted where the text says "Word" too.
    from studyapp.generation.facts import short_form

    text = (
        "Veel mensen grijpen naar Microsoft Word. Wie in Word schrijft, ziet de opmaak. "
        "Toch is Word niet gemaakt voor samenwerken. Het Rode Leger trok op."
    )
    assert short_form("Microsoft Word", text) == ("Word",)
    assert short_form("Rode Leger", text) == ()
    assert short_form("Microsoft Word", "Alleen Microsoft Word wordt genoemd.") == ()


def test_a_name_the_title_gives_away_is_not_blanked(pack):
    # The 58th reading: "_____" = "Syrië" in a speech titled "Terugkeerregeling voor Syrische
    # vluchtelingen", and the 57th's "de _____" = "Tweede Kamer" in a debate on the Tweede Kamer:
    # the title answers them. A name the title does not hold is still asked.
    from studyapp.generation.facts import named_in_title

    assert named_in_title("Tweede Kamer", "Versterking functies Tweede Kamer")
    assert named_in_title("Syrië", "Terugkeerregeling voor Syrische vluchtelingen")
    assert not named_in_title("Libanon", "Terugkeerregeling voor Syrische vluchtelingen")
    assert not named_in_title("Ede", "Bericht over Edelweiss")

    essay = pack(
        [
            "Veel vluchtelingen keerden in 2019 terug naar Syrië. Anderen bleven in Libanon, "
            "waar de kampen overvol raakten.",
        ],
        facts=[
            fact("syrie", "Veel vluchtelingen keerden in 2019 terug naar Syrië.", "Syrië", "place"),
            fact(
                "libanon",
                "Anderen bleven in Libanon, waar de kampen overvol raakten.",
                "Libanon",
                "place",
            ),
        ],
    )
    essay.title = "Terugkeerregeling voor Syrische vluchtelingen"
    essay.save()
    drafts = passing(essay)
    assert of(drafts, "syrie") == []
    assert of(drafts, "libanon")
