"""'Juist of onjuist? De auteur verdedigt deze stelling: …' is always true: it is asked only
as often as the pack can make its false twin, a position the author rejects (round 7's
reader: a template that can only be 'Juist')."""

from studyapp.generation import build_drafts


def argument(key, claim, reason, stance="endorses", position=None):
    return {
        "key": key,
        "subject": key,
        "claim": claim,
        "position": position or claim,
        "stance": stance,
        "points": [{"kind": "reason", "text": reason}],
    }


CLAIMS = [
    ("dijken", "Hogere dijken zijn nodig.", "Want de zee stijgt elk jaar een paar millimeter."),
    ("polders", "Polders moeten soms onderlopen.", "Want de rivieren voeren meer water af."),
    ("duinen", "Duinen beschermen de kust goed.", "Want zand groeit mee met de zee."),
]


def claim_statements(essay):
    _used, drafts, _cards = build_drafts(essay)
    return [d for d in drafts if d.qtype == "true_false" and d.variant == "claim"]


def test_a_claim_is_asked_true_or_false_only_as_often_as_a_rejected_position(pack):
    paragraphs = [f"{claim} {reason}" for _key, claim, reason in CLAIMS]
    endorsed = [argument(*item) for item in CLAIMS]
    assert claim_statements(pack(paragraphs, arguments=endorsed)) == []


def test_a_pack_with_a_rejected_position_asks_an_endorsed_claim_once(pack):
    rejected = (
        "Wie zegt dat zandsuppletie geld verspilt, vergist zich. "
        "Want elke euro voorkomt later tien euro schade."
    )
    arguments = [argument(*item) for item in CLAIMS] + [
        argument(
            "zand",
            "Wie zegt dat zandsuppletie geld verspilt, vergist zich.",
            "Want elke euro voorkomt later tien euro schade.",
            stance="rejects",
            position="Zandsuppletie verspilt geld.",
        )
    ]
    arguments[-1]["span"] = "Wie zegt dat zandsuppletie geld verspilt, vergist zich."
    paragraphs = [f"{claim} {reason}" for _key, claim, reason in CLAIMS] + [rejected]
    (asked,) = claim_statements(pack(paragraphs, arguments=arguments))
    assert asked.origin == "argument:dijken"  # an endorsed claim, the first by key
