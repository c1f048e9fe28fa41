"""Whether a drafted claim or reason stands on its own as the text of a question.

A claim is asked out of its paragraph: it needs a verb and a subject that says who or what is
meant, no clause cut off, no aside or personal story, nothing that points back ("zulke
wijzigingen", "dat laatste") and no view the text reports rather than holds. The rules come
from the readers of texts the team did not write (docs/review/unseen1 to unseen5).
"""

import re

import simplemma

from studyapp.dutch_text import (
    DETERMINERS,
    FINITE_VERBS,
    FIRST_PERSON,
    NOT_VERBS,
    ORDINAL_ADJECTIVES,
    PHRASE_PREPOSITIONS,
    RELATIVES,
    SUBJECT_ADVERBS,
    SUBJECT_PRONOUNS_V2,
    as_statement,
    has_finite_verb,
    infinitive_form,
    lemma,
    looks_finite,
    main_clause_order,
    nominal_infinitive,
    participle,
    subject_before_verb,
    subject_size,
    verbish,
    words,
)

STANCE = re.compile(
    r"\b(?:ik\sdenk|ik\svind|ik\smeen|volgens\smij|naar\smijn\smening|mijns\sinziens|ik\sben\sv(?:an\s)?"
    r"mening|mijn\sconclusie|ik\sconcludeer"
    # the speaker's party in a debate: "Wij vinden dat …", "Naar ons idee …"
    r"|(?:wij|we)\s(?:denken|vinden|menen|zijn\sv(?:an\s)?mening)|naar\s(?:ons|onze)\s(?:idee|mening)"
    r"|ons\sinziens"
    # "Toch acht ik het kansrijk, omdat …", "ik verwacht dat …": a judgement the author argues
    # for (the 53rd reading dropped it as the author's story)
    r"|(?:ik\s(?:acht|verwacht|vrees|betwijfel)|(?:acht|verwacht|vrees|betwijfel)\sik)"
    r"\b(?=.{0,80}\b(?:dat|kansrijk|"
    r"onwaarschijnlijk|waarschijnlijk|noodzakelijk|nodig|belangrijk|onverstandig|verstandig)\b))\b",
    re.I,
)

# "Geen wonder dat …", "Het is dan ook niet verwonderlijk dat …": what follows from the
# sentence before; the claims read it as a consequence and the frame goes like a stance's.
NO_WONDER = (
    r"(?:[Hh]et\sis\s(?:dan\sook\s|dus\s)?)?(?:[Gg]een\swonder|niet\sverwonderlijk)(?:\sdus)?"
)

# "Ik denk dat …", "Wij vinden dat …", "Naar ons idee …": the author's (or the speaker's party's)
# frame around the view he holds. A question already says "de auteur", so the claim is the view
# itself; with the frame the turned-round statement read "… met deze reden: Ik denk dat …".
STANCE_FRAME = re.compile(
    r"^(?:(?:Ik|Wij|We)\s(?:denk|denken|vind|vinden|meen|menen|"
    r"(?:ben|zijn)\s(?:van\smening|ervan\sovertuigd|het\seens\smet\s\w+)|"
    # a speaker's "Ik wil benadrukken dat …", "Het is goed om te stellen dat …"
    r"wil(?:len)?\s(?:graag\s)?(?:benadrukken|onderstrepen|opmerken|zeggen|stellen))|"
    r"Het\sis\s(?:(?:ook|wel|dan\sook)\s)*(?:goed|belangrijk|van\sbelang)\som\ste\s"
    r"(?:stellen|zeggen|benadrukken|melden|weten|beseffen|onderstrepen)|"
    # "Geen wonder dat …": the consequence itself is the claim (the 62nd reading's texts)
    rf"{NO_WONDER})"
    r"\s(?:(?:ook|echt|dan\sook|wel|zeker|daarom|dus)\s)*dat\s(?P<view>.+)$"
)
STANCE_FRONT = re.compile(
    r"^(?:Volgens\s(?:mij|ons)|Naar\s(?:mijn|ons|onze)\s(?:mening|idee|oordeel|overtuiging)|"
    r"Mijns\sinziens|Ons\sinziens),?\s(?P<view>.+)$"
)


def without_stance_frame(claim: str) -> str:
    """ "Ik denk dat de regering de wet moet intrekken." -> "De regering moet de wet intrekken.";
    "Naar ons idee moet het verbod blijven." -> "Het verbod moet blijven."; "" when there is no
    frame or the view cannot stand as a sentence of its own."""
    framed = STANCE_FRAME.match(claim)
    if framed:
        clause = framed.group("view").rstrip(" .!")
        finite = [w for w in words(clause) if has_finite_verb(w) or looks_finite(w, plural=False)]
        if len(finite) > 1 or re.search(r"\s(?:maar|dat|die|wat|waar\w*|omdat)\s", clause):
            # "dat de staatssecretaris wel begrijpt en inmiddels wel zal doorzien dat …": two
            # clauses share the subject, or another clause follows; moving a verb garbled them
            # (the 58th round). Only a simple clause is put in main-clause order.
            return ""
        view = main_clause_order(clause)
        parts = clause.split()
        # "de bio-industrie moet verdwijnen": a subject, the finite verb, one infinitive; the
        # order of a main clause and a subordinate one at once
        both_orders = len(parts) > 2 and subject_size(parts[:-2]) == len(parts) - 2
        if view == clause and len(parts) > 2 and looks_finite(parts[-2]) and not both_orders:
            # "het verbod op winstuitkering permanent moet worden" came back as it was: its
            # verbs still stand last, as in a subordinate clause
            return ""
    else:
        fronted = STANCE_FRONT.match(claim)
        if not fronted:
            return ""
        view = fronted.group("view").rstrip(" .!")
        reordered = subject_before_verb(view, verb_leads=True)
        view = "" if reordered == view else reordered
    return as_statement(view) if view and has_verb(view) else ""


# A determiner that points back to something named before: out of its paragraph the claim does
# not say which changes or conflicts it means.
# "die" inside a clause is a relative pronoun ("docenten die lesgeven") unless no verb of its
# own follows: then it points at something named before ("docenten die afwijzing accepteerden"
# has one; "hebben docenten die afwijzing geaccepteerd" has none).
DIE_BEFORE_NOUN = re.compile(r"(?<=\w\s)die\s(?P<rest>[a-zà-ÿ][^,;:.!?()]*)")
POINTING_DETERMINER = re.compile(
    r"\b(?:deze|dit|zulke|zulk|zo['’]n|dergelijke|dergelijk|diezelfde|datzelfde|ditzelfde)"
    r"\s"
    r"(?P<next>[a-zà-ÿ][\w-]*)",
    re.I,
)
# "Ook die vaarweg liet te wensen over": at the start, "die" and "dat" before a noun point back
# (elsewhere they are relatives or a conjunction).
POINTING_START = re.compile(
    r"^(?:(?:Ook|Zelfs|Juist|En|Maar|Toch|Dus|Ook\sin)\s)?(?:die|dat)\s(?P<next>[a-zà-ÿ][\w-]*)",
    re.I,
)

# "Woningen die voor die tijd zijn opgeleverd", "op dat moment": a time named before. ("dit jaar"
# and "deze week" are the time of writing and stay.)
THEN = re.compile(
    r"\b(?:voor|na|sinds|in|tot|op|vanaf|rond|uit)\s(?:die|dat)\s"
    r"(?:tijd|periode|jaar|jaren|moment|dag|eeuw|tijdstip|datum|maand|week|fase)\b",
    re.I,
)

# "Aan de achterkant van dat gebouw", "bij die gelegenheid": after a preposition "dat" and
# "die" are demonstratives (a relative clause opens with "waar…" or "wie" there).
PREPOSITION_THAT = re.compile(
    r"\b(?:van|in|op|aan|bij|uit|naar|met|voor|achter|onder|over|tegen|tijdens|na)\s(?:dat|die)\s"
    r"(?!(?:de|het|een|er|hij|zij|ze|we|je|men|ik)\b)[a-zà-ÿ]{3,}",
    re.I,
)

# "Wellicht is dat een illusie": "dat" is the subject, something said before.
INVERTED_THAT = re.compile(
    r"^[\w’'-]+\s(?:is|was|zijn|waren|wordt|werd|blijft|lijkt)\s(?:dat|dit)\s"
    r"(?:een|de|het|geen|niet|ook|wel|toch|zo|nu|dan)\b",
    re.I,
)
ER_ADVERB = re.compile(
    r"\ber(?:van|in|op|mee|door|aan|over|voor|uit|bij|na|toe|onder|tegen|achter|naast)\b"
    # "erop toezien dat …", "ervoor zorgen dat …": it points ahead, at the clause that follows
    r"(?!\s(?:[\w-]+\s){0,2}(?:dat|om|of|hoe|wat|wie|waarom)\b)",
    re.I,
)
ALREADY_NAMED = re.compile(
    r"\b(?:boven|eerder|voor|hier|laatst|eerst)genoemde?\b|\b(?:de|het|die|deze)\sgenoemde\b|"
    r"\b(?:bovenstaande|onderstaande|voornoemde|hierboven|hieronder)\b",
    re.I,
)
PICTURE = re.compile(
    r"\b(?:bovenstaande|onderstaande|bijgaande|hierboven|hieronder|deze)\s(?:foto|afbeelding|"
    r"kaart|tekening|figuur|prent)\b|\bop\sde\sfoto\b",
    re.I,
)
THEN_CASE = re.compile(
    r"^\w+\s(?:is|was|zijn|waren|wordt|werd|kan|kon)\sdan\b|"
    # "Dan moeten er wel anderen omlaag", "(Maar) dan moeten we ook niet …": in the case the
    # sentence before sets (the 52nd and 53rd readings)
    r"^(?:maar\s|en\s)?dan\s(?:moet|moeten|moest|moesten|is|zijn|was|waren|kan|kunnen|kon|"
    r"konden|zal|zullen|zou|zouden|wordt|worden|heb|heeft|hebben|hoeft|hoeven)\b",
    re.I,
)

# "In kantoren hebben we dat veelal goed voor elkaar": "dat" as the object, a thing named before
# (as a conjunction "dat" opens a clause: "zien we dat de prijzen stijgen").
OBJECT_THAT = re.compile(
    r"\b(?:we|wij|ze|zij|hij|jij|je|men|u|ik)\s(?:dat|dit)\s(?:niet|wel|ook|veelal|vaak|nog|al|"
    r"toch|graag|zelf|goed|nooit|altijd|zeker|allemaal|eigenlijk|gewoon|meestal)\b",
    re.I,
)

# "De warmtepomp die op dit moment zo geprezen wordt.": a noun and its relative clause, whose
# verb ends the sentence; the main clause is missing.
# "Virusbronnen die je moet beheersen", "De vanzelfsprekendheid waarmee ze corona inzetten":
# without an article and with "waar-" too (the 50th round).
NOUN_AND_RELATIVE = re.compile(
    r"^(?:(?:de|het|een|diezelfde|datzelfde)\s)?[^,]{1,60}?\s"
    r"(?:die|dat|waarmee|waarin|waarop|waarover|waarvan|waardoor|waaraan|waarbij)\s(?P<rest>[^,]+)$",
    re.I,
)


def _unknown_verb_form(word: str) -> bool:
    """ "toesist": lower case, a verb's ending, unknown to the dictionary as it stands while
    its infinitive is known ("toesissen")."""
    if not word.islower() or not word.endswith("t") or simplemma.is_known(word, lang="nl"):
        return False
    stem = word[:-1]
    return any(simplemma.is_known(stem + ending, lang="nl") for ending in ("en", "sen", "ten"))


def only_a_relative_clause(text: str) -> bool:
    """A noun and its relative clause, whose verb ends the text: no main clause (a claim
    "De warmtepomp die zo geprezen wordt", an event "de vader van … die … bouwde")."""
    # "Een Kamerlid dat een ander Kamerlid toesist "ga zitten jij".": the words quoted are the
    # object, the verb before them still ends the relative clause (the 58th round)
    text = re.sub(r"\s*[\"“][^\"“”]*[\"”]$", "", text.rstrip(" .!"))
    relative = NOUN_AND_RELATIVE.match(text)
    if not relative:
        return False
    head = words(text[: relative.start("rest")])[1:]
    if any(looks_finite(w) for w in head):
        return False
    rest = words(relative.group("rest"))
    # The relative clause's verbs stand together at its end ("zo geprezen wordt", "moet
    # beheersen"), one of them finite; a finite verb before them, or two finite ones ("dat hij
    # maakte werkt"), is a main clause going on.
    cluster = len(rest)
    while cluster > 0 and verbish(rest[cluster - 1]):
        cluster -= 1
    if cluster == len(rest) and rest and _unknown_verb_form(rest[-1]):
        cluster -= 1  # "dat een ander Kamerlid toesist": a verb the dictionary lacks (62nd)
    finite = [
        w
        for w in rest
        if (has_finite_verb(w) or looks_finite(w, plural=False)) and not participle(w)
    ]
    in_cluster = [w for w in rest[cluster:] if w in finite]
    return cluster < len(rest) and len(in_cluster) <= 1 and len(finite) == len(in_cluster)


# "dan moet de woning daar wel op ontworpen zijn": "daar" or "hier" standing for something
# named before ("daarom" and "hierdoor" are one word and are connectives).
THERE = re.compile(r"(?<!\ben\s)\b(?:daar|hier)\b(?!\s(?:en|komt\sbij)\b)", re.I)

SAME_AS_BEFORE = re.compile(
    r"\b(?:is|zijn|was|waren|blijft|blijven|bleef|bleven)\s(?:dat|dit)\s(?:ook|niet|wel|evenmin|nog)"
    r"(?:,[^.]*)?[.!]?$",
    re.I,
)

TIME_NOUNS = {"jaar", "week", "maand", "eeuw", "keer", "moment", "ogenblik", "zomer", "winter"}

THAT_LAST = re.compile(
    r"\b(?:dat|dit)\s(?:laatste|eerste|geval)\b|\bvan\s(?:wel|niet)\b"
    # "om daarmee te beginnen": with what, out of its paragraph? (the 59th reading)
    r"|\bom\s(?:daar|hier)(?:mee|voor|aan|op|in|over|van|bij|door|uit|naar|toe)\s",
    re.I,
)
# "Het laatste past bij …": "the latter", what the sentence before named (the 54th reading's
# rebuild, from "Dit laatste" with its article made neutral); "Het laatste woord" is a noun's.
THE_LATTER = re.compile(r"^Het\s(?:laatste|eerste)\s(?P<next>\w+)", re.I)

# A subordinate clause standing alone ("Zodat men …", "Omdat …"): no claim of its own.
FRAGMENT_START = re.compile(
    r"^(?:(?:Ook|En|Maar|Juist|Alleen|Deels|Mede|Vooral)\s)?"
    r"(?:Zodat|Omdat|Doordat|Want|Waardoor|Terwijl|Opdat|Toen|Nadat|Voordat|Zodra|Totdat|"
    r"Waarvoor|Waarmee|Waarin|Waarop|Waarbij|"
    r"Waaraan|Waarover|Waarna|Waarvan)\b",
    re.I,
)

# "… men niet alleen een zeker onrecht zou aandoen": the "maar ook …" that completes it is
# missing, cut off as the reason.
HALF_OF_NOT_ONLY = re.compile(r"\bniet\s(?:alleen|enkel|uitsluitend)\b(?!.*\b(?:maar|ook)\b)", re.I)
# "… om iets te doen puur en alleen [omdat …]": the clause was cut from its focus particle.
# "… geconstateerd dat, om in de beeldspraak te blijven, het kabinet …": the clause after the
# conjunction went with the aside (the 58th round).
CUT_AT_CONJUNCTION = re.compile(
    r"\b(?:dat|omdat|doordat|zodat|of|als|wanneer|hoewel|terwijl|en|maar|want|die|wat)\W*$", re.I
)
CUT_AT_PARTICLE = re.compile(
    r"\b(?:alleen|juist|puur|mede|deels|enkel|slechts|vooral|ook|niet)\W*$", re.I
)

# "Men dacht dat …", "Critici stellen …": a view reported, not one the author holds.
REPORTED_BELIEF = re.compile(
    r"^(?:Men|Velen|Sommigen|Critici|Tegenstanders|Voorstanders|Veel\smensen|De\smeeste\smensen)"
    r"\s(?:dacht|dachten|denkt|denken|meende|meenden|meent|menen|geloofde|geloofden|gelooft|"
    r"geloven|nam\saan|namen\saan|beweert|beweren|beweerde|beweerden|stelt|stellen|vindt|vinden)\b"
    # "Wij denken echter precies te kunnen weten hoeveel banen er in 2040 zullen zijn": what we
    # think we can do, the speaker's irony; no view of hers (the 62nd reading's text)
    r"|^(?:Wij|We|Zij|Ze)\s(?:denken|dachten|menen|meenden|geloven|geloofden)\s"
    r"(?:[\w’'-]+\s){0,3}?te\s[\w-]+\b"
)
# "Ik vind het nodig.": the stance and a pronoun, the view itself in the sentence before
STANCE_ON_A_PRONOUN = re.compile(
    r"^(?:Ik|Wij|We)\s(?:vind|vinden|denk|denken)\s(?:het|dat|dit)\s[\w-]+\W*$", re.I
)

ELLIPTIC_START = re.compile(r"^(?:Ook|Zelfs|En|Of|Noch|Evenmin)\s", re.I)

# "En helemaal niet goed voor z'n toekomst waren.": a claim does not open with "En" or "Of".
# "Onder andere, zo gaat het verhaal, omdat …": the rest of an answer to the sentence before,
# and a hearsay aside, no claim of its own (the 42nd reading).
# "Tenminste, als hij ook heeft uitgelegd …": a condition on the sentence before (the 49th round).
# "Anders zit je in de kou" ("otherwise"): it goes on with the sentence before; "Anders dan
# vroeger …" ("unlike") does not.
CONTINUES = re.compile(
    r"^(?:En|Of|Onder\sandere|Onder\smeer|Tenminste|Althans|Dat\swil\szeggen)\b"
    r"|^Anders\b(?!\sdan\b)"
    r"|^[^,]{0,40},\szo\s\w+\s"
)

# "Over privé afspraken, waar we verwachten …": a phrase and a relative clause, no main clause.
PHRASE_AND_RELATIVE = re.compile(
    r"^(?:Over|Met|Voor|Naar|Bij|Op|In|Aan|Van|Uit|Door|Tot|Zonder)\s[^,]{1,60},\s"
    r"(?:waar|die|dat|wat|welke)\b"
)


FOCUS_ADVERBS = re.compile(r"^(?:Zelfs|Ook|Juist|Toch|Nu|Dan|Wel|Alleen)\s", re.I)

VAGUE_START = re.compile(r"^(?:het|dat|dit|deze|daar|er|je|we)\s", re.I)

INVERTED_PRONOUN = re.compile(
    r"^(?P<front>(?:[\w'’-]+\s){1,5}?)(?P<verb>[\w-]+)\s"
    r"(?P<pronoun>het|hij|zij|ze)\s(?P<next>[\w'’-]+)",
    re.I,
)

FRONTING_WORDS = set(
    """in op met voor na bij door zonder volgens naast tijdens sinds ook zelfs toch nu dan
vaak soms misschien waarschijnlijk natuurlijk eigenlijk blijkbaar daarbij daarmee immers
bovendien uiteindelijk meestal altijd nooit wellicht mogelijk vermoedelijk allicht kennelijk
uiteraard zeker inderdaad""".split()
)

# "Deze week gaf ze haar kroontje terug": the time of writing, fronted; the learner does not
# know when that was, so a claim leaves it out (the 52nd reading lost this "omdat").
TIME_OF_WRITING = re.compile(
    r"^(?:(?:deze|vorige|afgelopen|komende|volgende)\s(?:week|maand|zomer|winter|lente|herfst)|"
    r"(?:vorig|dit)\sjaar|gisteren|gisteravond|vandaag|vanochtend|onlangs|laatst)$",
    re.I,
)

ADVERBS_AFTER_SUBJECT = {
    "zelfs", "ook", "niet", "nog", "al", "toch", "wel", "echt", "dus", "vaak",
    # "Wellicht is het zo dankbaar": a degree word, then the predicate; "het" is the subject
    "zo", "erg", "heel", "te", "nogal", "best", "vrij", "bijzonder",
}  # fmt: skip

RELATIVE_BEFORE = re.compile(r",\s(?:die|dat|waar|welke|wat)\s(?:[\w-]+\s?){0,3}$", re.I)


def malformed(text: str) -> bool:
    """Not a claim that stands on its own: no finite verb, a clause cut off ("…van alles,",
    "…puur en alleen"), unbalanced quotes or brackets, an aside in brackets, a personal
    anecdote, or a view the text reports rather than holds (the second unseen reading)."""
    body = text.rstrip(" .!")
    if not has_verb(body) or body.endswith(",") or CUT_AT_PARTICLE.search(body):
        return True
    if CUT_AT_CONJUNCTION.search(body):
        return True  # "… hebben de initiatiefnemers geconstateerd dat.": an aside cut it off
    if HALF_OF_NOT_ONLY.search(body):
        return True  # "men zou niet alleen … onrecht aandoen": its "maar ook" went (60th)
    if ELLIPTIC_START.match(body) and not any(
        w.lower() in FINITE_VERBS or (looks_finite(w, plural=False) and not w.endswith("e"))
        for w in words(body)
    ):
        return True  # "Ook ruige en dicht beboste gebieden.": the verb is in the sentence before
    if text.count("(") != text.count(")") or text.count("“") != text.count("”"):
        return True
    if text.count('"') % 2 or text.lstrip()[:1] in "(['\"“":
        return True
    if FRAGMENT_START.match(text) or REPORTED_BELIEF.match(text):
        return True
    if STANCE_ON_A_PRONOUN.match(text):
        return True
    if CONTINUES.match(text) or PHRASE_AND_RELATIVE.match(text):
        return True
    if only_a_relative_clause(body):
        return True
    if FIRST_PERSON.search(" ".join(text.split()[:8])) and not STANCE.search(text):
        return True  # "Ik was de video alweer vergeten": the author's story, no claim
    if authors_account(text):
        return True
    first_two = [w.lower() for w in words(text)[:2]]
    if len(first_two) == 2 and all(w in SUBJECT_PRONOUNS_V2 for w in first_two):
        return True  # "Het ik er eerst …": a clause cut in the wrong place
    stripped = FOCUS_ADVERBS.sub("", text)
    return stripped != text and is_vague(stripped[:1].upper() + stripped[1:])


ARTICLES = {"de", "een", "der", "des"}


# "We gaan op zoek naar brokstukken", "Nooit hebben wij de lakmoesproef gedaan": out of its
# text a learner cannot tell who "we" are; a call ("we moeten …") still says the author's view.
WE_MODAL = re.compile(r"\b(?:moeten|moet|zouden|zou|kunnen|mogen|hoeven|dienen)\b", re.I)


def pronoun_without_antecedent(text: str) -> bool:
    """ "Achter het gebouw werden ze ingegraven": "ze", "hij" or "zij" with no name before it in
    the sentence stands for something out of sight."""
    found = re.search(r"\b(?:hij|zij|ze)\b", text)
    if not found:
        return False
    before = words(text[: found.start()])
    if before and looks_finite(before[-1]) and before[-1].lower() not in RELATIVES:
        return True  # right after the verb, the subject of the sentence: named before it
    # A capital inside the sentence, or a first word no dictionary knows ("Trotski zei dat hij"),
    # names what the pronoun may stand for.
    first_is_name = bool(before) and not simplemma.is_known(before[0].lower(), lang="nl")
    return not first_is_name and not any(w[:1].isupper() for w in before[1:])


def authors_account(text: str) -> bool:
    """A sentence about what "we" (the authors, or all of us) do, not a claim or fact to ask:
    "we" first, or right after the verb of a fronted phrase ("Nooit hebben wij …"); the "we"
    of a relative clause ("de opgaven waar we voor staan") is not the subject."""
    first = [w.lower() for w in words(text)[:7]]
    at = next((i for i, w in enumerate(first) if w in {"we", "wij"}), None)
    if at is None or WE_MODAL.search(text):
        return False
    if at == 0:
        return True
    return at >= 2 and looks_finite(first[at - 1]) and not set(first[:at]) & RELATIVES


# ", welke veel gebruikt worden …,", "(zoals Qwen)": a relative clause or an aside, up to the
# next comma or the end; a main clause must keep its own verb without them.
RELATIVE_CLAUSE = re.compile(r",\s(?:die|welke|waarin|waarvan|waarmee|waarop|wie)\s[^,]*(?=,|$)")
ASIDE = re.compile(r"\([^()]*\)")


def main_clause_has_verb(sentence: str) -> bool:
    """ "In het ergste geval bijvoorbeeld Chinese modellen (zoals Qwen), welke veel gebruikt
    worden …, die niet in willen gaan op … 1989.": only its relative clauses have a verb; the
    sentence is a fragment (the 59th reading asked its year)."""
    bare = RELATIVE_CLAUSE.sub(" ", ASIDE.sub(" ", sentence.rstrip(".!?…;: ")))
    return has_verb(bare)


def has_verb(text: str) -> bool:
    """A finite verb, irregular ones ("brak", "bleven") and plurals ("blijven") included; a
    plural noun ("gebieden", lemma "gebied") is none."""
    if has_finite_verb(text):
        return True
    previous = ""
    adjectives = False  # inside "een verlengd verblijf", between the article and its noun
    for word in words(text):
        low = word.lower()
        base = lemma(low)
        if previous in ARTICLES or low in DETERMINERS or adjectives:
            # "een verlengd verblijf": after the article adjectives and participles, then the
            # noun, not the verb "verblijven" (the 55th reading's verbless claim)
            adjectives = (
                (previous in ARTICLES or adjectives)
                and base != low
                # "nieuwe" (nieuw), "verlengd", "gekozen" (a verb's participle); not the noun
                # "gemeenten" (gemeente), whose "ge" made it look like one
                and (low.endswith("e") or (base.endswith("en") and low.endswith(("d", "t", "en"))))
            )
            previous = low
            continue  # "op de vloer": after an article a noun, not the verb "vloeren"; "een"
        if looks_finite(low, plural=False) and not (
            low in ORDINAL_ADJECTIVES and previous in PHRASE_PREPOSITIONS
        ):  # "in vierde klasse": an ordinal, not a past tense of "vieren" (the 55th reading)
            return True
        if low.endswith("en") and base.endswith("en") and low not in NOT_VERBS:  # "alleen"
            if base != low or previous not in DETERMINERS and not previous.endswith("e"):
                return True  # "bleven" (blijven); "staan blijven", not "de gebieden"
        previous = low
    return False


def without_stray_quote(text: str) -> str:
    """ "… op zichzelf zag. Ze had …”": the quote closes after the reason; its mark goes. So
    does an opening mark whose quote closes after the claim ("‘Ben je …", the 49th reading)."""
    for opening, closing in (("“", "”"), ("‘", "’")):
        if text.count(closing) > text.count(opening):
            text = re.sub(rf"{closing}(?=\W*$)", "", text, count=1)
        elif text.count(opening) > text.count(closing):
            text = re.sub(rf"^(\W*){opening}", r"\1", text, count=1)
    return text


def broken_point(point) -> bool:
    """An aside in brackets ("(Het zal je misschien verbazen."), a clause cut off at a quote or
    bracket, or a counter-position without a verb ("Tijdens het maken.")."""
    text = point.text
    if text.count("(") != text.count(")") or text.count("“") != text.count("”"):
        return True
    if text.count('"') % 2 or text.lstrip()[:1] in "([":
        return True
    return point.kind == "counter" and not has_verb(text)


# "Hieraan kwam een einde", "Daarop volgde …": an adverb that stands for what was said before
# (the causal "daardoor", "daarom" are connectives, read elsewhere).
POINTING_ADVERB = re.compile(
    r"^\W*(?:hier|daar)(?:aan|op|mee|in|bij|van|over|uit|tegen|na|naast|onder|tussen)?\b", re.I
)


def points_back(text: str) -> bool:
    """ "… tegen deze wijzigingen", "Zulke conflicten …": a demonstrative before a noun."""
    if THAT_LAST.search(text) or POINTING_ADVERB.match(text):
        return True  # "Juist dat laatste is waar het aan schort"
    latter = THE_LATTER.match(text)
    if latter and (
        latter.group("next").lower() in FINITE_VERBS
        or looks_finite(latter.group("next"), plural=False)
    ):
        return True
    if THEN.search(text) or THERE.search(text) or OBJECT_THAT.search(text):
        return True
    if INVERTED_THAT.match(text):
        return True
    if ALREADY_NAMED.search(text) or re.search(r"\been\sen\sander\b", text, re.I):
        return True  # "de bovengenoemde subsidie": named before, not here
    if ER_ADVERB.search(text) or PICTURE.search(text):
        return True  # "twee ervan", "op bovenstaande foto": what is meant stands elsewhere
    if SAME_AS_BEFORE.search(text):
        return True  # "De vader is dat ook, al eeuwenlang": what he is, the sentence before says
    if THEN_CASE.match(text):
        return True  # "Het is dan niet mogelijk om over te stappen": in the case named before
    if PREPOSITION_THAT.search(text):
        return True
    start = POINTING_START.match(text)
    if start and not looks_finite(start.group("next")) and start.group("next") not in RELATIVES:
        return True
    for match in DIE_BEFORE_NOUN.finditer(text):
        rest = match.group("rest")
        verbs = [w for w in words(rest) if looks_finite(w) and not participle(w)]
        if not has_finite_verb(rest) and not verbs:
            return True  # "… hebben docenten die afwijzing geaccepteerd": no relative clause
    for match in POINTING_DETERMINER.finditer(text):
        following = match.group("next")
        if following.lower() in TIME_NOUNS and not match.group(0).lower().startswith(
            ("ditzelfde", "diezelfde", "datzelfde")
        ):
            continue  # "dit jaar", "deze week": the time of speaking; "ditzelfde jaar" points back
        if not looks_finite(following) and following.lower() not in RELATIVES:
            return True
    return False


def commands_or_asks(text: str) -> bool:
    """ "Breng die lacunes op orde, …": an instruction (verb first, no subject) or a question is
    no reason for a claim."""
    first = words(text)[:1]
    if text.rstrip().endswith("?"):
        return True
    vocative = re.match(r"^[A-Z][\w-]+(?:\s[\w-]+){0,2},\s(?P<verb>[a-z]+)\b", text)
    if vocative and not vocative.group("verb").endswith("t"):
        # "Wetenschappers, doe het maar, want …": an appeal to the reader (the 52nd reading).
        verb = vocative.group("verb")
        if lemma(verb) in {f"{verb}en", f"{verb}n"} or (
            lemma(verb) != verb and lemma(verb).endswith("en") and not verb.endswith("en")
        ):
            return True
    if not first or first[0].lower() in FINITE_VERBS:
        return False  # "Is het …" was put subject first already where it could be
    if not first[0][:1].isupper():
        return False
    low = first[0].lower()
    base = lemma(low)
    second = words(text)[1:2]
    if second and looks_finite(second[0], plural=False):
        # "Korfbal trok veel bekijks": a noun that is also a verb's stem ("korfballen"), then
        # the sentence's own verb; an instruction has no second finite verb (the 50th reading).
        return False
    # "Breng", "Lees" (lezen): a stem whose lemma is an infinitive leads the sentence.
    return looks_finite(low, plural=False) or (
        base != low and base.endswith("en") and not low.endswith("en")
    )


CALLS = {"moeten", "zouden", "mogen", "hoeven", "dienen"}
EXISTENTIAL_VERBS = {
    "is",
    "was",
    "zijn",
    "waren",
    "werd",
    "werden",
    "wordt",
    "worden",
    "kwam",
    "kwamen",
    "komt",
    "komen",
    "ontstond",
    "ontstonden",
}


EXISTENTIAL_MODALS = {"moet", "moeten", "kan", "kunnen", "zal", "zullen", "mag", "mogen"}
EXISTENTIAL_INFINITIVES = {"komen", "zijn", "worden", "ontstaan", "bestaan", "blijven"}


def is_vague(claim: str) -> bool:
    """ "Het was …", "Dat leidde …", "Er is …": a subject a question cannot name."""
    parts = claim.split()
    if not parts or not VAGUE_START.match(claim):
        return False
    if parts[0].lower() in {"we", "wij"} and len(parts) > 1 and parts[1].lower() in CALLS:
        return False  # "We moeten nadenken over …": the author's call to all of us
    if (
        parts[0].lower() == "er"
        and len(parts) > 3
        and parts[1].lower().rstrip(",") in EXISTENTIAL_VERBS  # "Er zijn, vanaf 1970, …"
        and parts[2].lower() not in DETERMINERS | {"hij", "zij", "ze", "het", "dat", "dit", "er"}
    ):
        return False  # "Er werden studiereizen gemaakt": "er" introduces the subject
    if (
        parts[0].lower() == "er"
        and len(parts) > 4
        and parts[1].lower() in EXISTENTIAL_MODALS
        and parts[2].lower() in {"een", "geen"}
        and any(w.lower().rstrip(".,") in EXISTENTIAL_INFINITIVES for w in parts[3:])
    ):
        return False  # "Er moet een einde komen aan …" (the 62nd reading): "een einde" is named
    if parts[0].lower() in {"daar", "er", "je", "we"}:
        return True
    singular_verb_after = len(parts) > 2 and (
        parts[2].lower() in FINITE_VERBS - {"zijn", "waren"} and not parts[2].endswith("en")
    )
    if (
        parts[0].lower() == "het"
        and len(parts) > 2
        and (
            nominal_infinitive(parts[1], parts[2])
            or (singular_verb_after and infinitive_form(parts[1]))
        )
    ):
        # "Het eten van rundvlees is …", "Het vertrouwen in de politiek wordt …": an
        # infinitive as a noun, named (the 54th reading)
        return False
    if parts[0].lower() == "het" and len(parts) > 2 and parts[2].lower() == "van":
        return False
    return len(parts) > 1 and (has_finite_verb(parts[1]) or looks_finite(parts[1]))


def pronoun_is_subject(claim: str, match) -> bool:
    """ "In zekere zin is het zelfs …": a fronted adverbial, then verb and pronoun subject;
    in "De bouw is het beste voorbeeld" "het" is an article."""
    front = match.group("front").strip()
    if front.split()[0].lower() not in FRONTING_WORDS and not TIME_OF_WRITING.match(front):
        return False
    verb = match.group("verb").lower()
    if verb not in FINITE_VERBS and not looks_finite(verb, plural=False):
        return False  # "Ook bespaart het …": any finite verb, not only the common ones
    if match.group("pronoun").lower() != "het":
        return True
    following = match.group("next").lower()
    return following in DETERMINERS or following in ADVERBS_AFTER_SUBJECT


def pronoun_subject_after_front(claim: str) -> bool:
    """A pronoun subject after a fronted phrase or clause ("Zelfs al …, is het …")."""
    after_clause = re.match(
        r"^[^,]{3,120},\s(?P<verb>[\w-]+)\s(?P<pronoun>het|hij|zij|ze)\b", claim
    )
    if after_clause and looks_finite(after_clause.group("verb")):
        return True
    inverted = INVERTED_PRONOUN.match(claim)
    if inverted and pronoun_is_subject(claim, inverted):
        return True
    # "Als jong ingenieur kreeg hij als standplaats Den Briel": a fronted phrase, the verb,
    # then "hij", "zij" or "ze" as the subject.
    return person_pronoun_after_verb(claim) > 0


def neuter_subject_after_clause(claim: str) -> bool:
    """ "Als het goed is, wordt het ook nooit geaccepteerd": "het" is the subject after a fronted
    clause, and out of its paragraph nobody knows what it is (the 52nd reading); "…, is het
    belangrijk om …" points ahead, not back."""
    found = re.match(r"^[^,]{3,120},\s(?P<verb>[\w-]+)\s(?:het|dat|dit)\b(?P<rest>.*)$", claim)
    if not found or not looks_finite(found.group("verb")):
        return False
    rest = found.group("rest")
    following = (words(rest)[:1] or [""])[0].lower()
    # "…, was het land arm": an article before its noun; a pronoun has an adverb, a
    # participle or nothing after it.
    pronoun = following in SUBJECT_ADVERBS | {"nooit", "altijd", "een", "geen", ""} or participle(
        following
    )
    return pronoun and not re.match(r"^\s(?:[\w-]+\s){0,3}(?:om|dat|te)\b", rest)


def person_pronoun_after_verb(text: str) -> int:
    """Where "hij", "zij" or "ze" follows a finite verb among the first eight words (the
    subject after a fronted phrase), as a word index; 0 when none does."""
    parts = words(text)[:8]
    for at in range(1, len(parts) - 1):
        if looks_finite(parts[at], plural=False) and parts[at + 1].lower() in {"hij", "zij", "ze"}:
            return at + 1
    return 0


def generic_you(claim: str, points) -> bool:
    """ "Je vindt datamigraties spannend, omdat je ze groot maakt.": the "je" of an essay that
    speaks to its reader names no one in particular, and the reason says why."""
    return claim.split()[0] in {"Je", "Jij"} and any(
        p.kind == "reason" and p.lead in {"omdat", "doordat", "want"} for p in points
    )
