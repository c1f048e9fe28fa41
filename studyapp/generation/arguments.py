"""The author's arguments -> questions on evidence, rejected positions, conclusions, counters.

Wrong options come from the same topic first (so the topic alone never gives the answer away)
and are only texts the author does not hold in the role asked about: for "which reason does
the author give" they are positions he rejects or counter-positions he answers, never another
reason or conclusion of his; for "which position does he reject" they are positions he holds.
"""

import re

from studyapp.dutch_text import looks_finite, main_clause_order
from studyapp.grading import FALSE_LABEL, TRUE_LABEL
from studyapp.models.bank import PAIR_SEPARATOR

from .draft import QuestionDraft, Source, choice_draft, cite, seeded_random
from .dutch import (
    CONCEDED,
    REPORTED_ACT,
    REPORTED_VIEW,
    capitalise,
    has_finite_verb,
    leans_on_its_paragraph,
    sentence,
)
from .knowledge import Knowledge, is_curated, source, topics_of
from .quality import content_lemmas, paraphrase_overlap, same_matter

SUPPORTING = {"reason", "evidence"}
SAME_CLAIM = 0.6
POINT_LABELS = {
    "reason": "Reden",
    "evidence": "Bewijs",
    "counter": "Tegenpositie",
    "conclusion": "Conclusie",
}


def _related_first(argument, arguments):
    """The other arguments that share a topic with this one, those sharing most first.

    An argument from another topic makes a wrong option that is ruled out by its topic alone;
    only when the topic holds too few positions do the others come in.
    """
    mine = {t.pk for t in argument.topics.all()}
    others = [a for a in arguments if a.pk != argument.pk]
    related = [a for a in others if mine & {t.pk for t in a.topics.all()}]
    if len([a for a in related if a.stance == "rejects"]) < 3:
        related = others  # too little on this topic: the nearest others, as a last resort
    return sorted(related, key=lambda a: (-len(mine & {t.pk for t in a.topics.all()}), a.key))


def _rejected_texts(argument):
    """What the author argues against in this argument: counter-points, a rejected position.
    A counter-point whose essay words grant it ("…, is waar") is not one he argues against: as
    a wrong reason it is defensible (round 23)."""
    texts = [
        p.text for p in argument.points.all() if p.kind == "counter" and not CONCEDED.search(p.span)
    ]
    if argument.stance == "rejects":
        texts.append(argument.position)
    return texts


def _held_texts(argument):
    """What the author holds: his claim, an endorsed position, his reasons and conclusions."""
    texts = [argument.claim]
    if argument.stance == "endorses":
        texts.append(argument.position)
    texts += [p.text for p in argument.points.all() if p.kind != "counter"]
    return texts


def _choose(texts, seed, count=3, avoid=(), language="nl"):
    """Up to `count` texts in pool order (nearest topic first), none close to what is avoided."""
    taken = [content_lemmas(a, language) for a in avoid]
    unique, seen = [], {t.strip().lower() for t in avoid}
    for text in texts:
        key = text.strip().lower()
        lemmas = content_lemmas(text, language)
        # Either way round: a cause phrase is most of the sentence that goes on from it
        # ("Door verschillen in reliëf …" beside "Door verschillen in reliëf … heeft de mens …",
        # the 43rd unseen reading).
        if key in seen or any(
            _same_claim(lemmas, other) or _same_claim(other, lemmas) for other in taken
        ):
            continue  # close to what is asked about, or to another wrong option
        if leans_on_its_paragraph(text) or REPORTED_VIEW.match(text):
            continue  # out of its paragraph "Hij …", "hier", "zij" say nothing as an option
        seen.add(key)
        unique.append(text)
        taken.append(lemmas)
    chosen = unique[: count + 1]  # the nearest ones, in a stable but seeded pick
    seeded_random(seed).shuffle(chosen)
    return chosen[:count]


def _reasons_elsewhere(argument, others, language):
    """The reasons given for other claims that share no content word with this claim: one that
    speaks of the same things ("jongeren") might be defended as a reason for it too, and so
    might one a link away in the same chain of causes."""
    words = content_lemmas(argument.claim, language)
    return [
        p.text
        for a in others
        if not _chained(argument, a)
        # A claim on the same things ("afnemers … de API") may rest on the same grounds: its
        # reason would be defensible here too (the tenth unseen reading).
        if not same_matter(content_lemmas(a.claim, language), words)
        for p in a.points.all()
        if p.kind == "reason"
        and not PURPOSE.match(p.text)  # a bare "Om … te …" is a fragment as an option
        and not same_matter(content_lemmas(p.text, language), words)
    ]


def _same_claim(lemmas, other):
    """Two texts that share most content words say the same: one is no wrong option."""
    return bool(lemmas) and len(lemmas & other) / len(lemmas) >= SAME_CLAIM


def _mc(
    knowledge, argument, variant, prompt, correct, distractors, explanation, sources, difficulty
):
    return choice_draft(
        essay_slug=knowledge.essay.slug,
        origin=f"argument:{argument.key}",
        qtype="argument",
        variant=variant,
        prompt=prompt,
        answer=correct,
        explanation=explanation,
        sources=sources,
        topics=topics_of(argument),
        distractors=distractors,
        paraphrase=correct,
        difficulty=difficulty,
        language=knowledge.essay.language,
    )


# A conclusion or reason that shares this share of its words with the claim restates it.
RESTATES_CLAIM = 0.4
# ... and so does one that holds most of the words of one clause of the claim.
CLAUSE = re.compile(r"[:;]|,?\s(?:en|maar|want|dus)\s")
RESTATES_CLAUSE = 2 / 3
LINKS = {"daarom", "daardoor", "dus", "hierdoor", "zodat", "omdat", "juist", "ook"}


def restates_claim(text: str, claim: str, language: str) -> bool:
    """Does a reason or conclusion say again what the claim says? "… en verloor daarom met
    relatief gemak" before the conclusion "… wint Stalin met relatief gemak"; "wat die
    uitdaagde, gold als contrarevolutionair" before the reason "alles wat partij en staat
    bedreigde, was contrarevolutionair, omdat het partij en staat uitdaagde" (round 20)."""
    if paraphrase_overlap(text, [claim], language) >= RESTATES_CLAIM:
        return True
    said = content_lemmas(text, language)
    for clause in CLAUSE.split(claim):
        words = content_lemmas(clause, language) - LINKS
        if len(words) >= 2 and len(words & said) / len(words) >= RESTATES_CLAUSE:
            return True
    return False


def conclusion_prompt(argument, conclusion: str, language: str) -> str:
    """Anchored on the claim, as the reasons are: a conclusion follows from it, and a subject
    alone ("zijn opvatting van de revolutie") may not be what the conclusion is about. A
    conclusion that restates the claim is asked by its subject, or the claim would answer it."""
    if restates_claim(conclusion, argument.claim, language):
        return f"Wat concludeert de auteur over {argument.subject}?"
    return f"Welke conclusie trekt de auteur uit deze stelling?\n«{argument.claim}»"


def rejected_prompt(argument, distractors: list[str], language: str) -> str:
    """'Welk standpunt over het tegenspel van Rakovski verwerpt de auteur?' is answered by the
    one option that names Rakovski. When a word of the subject stands in the key and in no
    other option, the question asks among the options alone: they are positions he holds, so one is still the answer."""
    subject = content_lemmas(argument.subject, language)
    in_distractors = set().union(*(content_lemmas(d, language) for d in distractors))
    if (subject & content_lemmas(argument.position, language)) - in_distractors:
        return "Welk van deze standpunten verwerpt de auteur?"
    # "Welk standpunt over Trotski's omgang met Machno …?" over wrong options on Kronstadt
    # and the years 1918-1930: the subject promises what the options do not hold (round 22).
    # It is named only when at least two wrong options speak of it too.
    if sum(bool(subject & content_lemmas(d, language)) for d in distractors) < 2:
        return "Welk van deze standpunten verwerpt de auteur?"
    return f"Welk standpunt over {argument.subject} verwerpt de auteur?"


INFERRED = re.compile(
    r"\b(?:dus|want|kortom|al\smet\sal|samenvattend|immers|namelijk)\b", re.IGNORECASE
)
HEDGED = re.compile(
    r"\b(?:vermoedelijk|waarschijnlijk|misschien|wellicht|mogelijk|allicht)\b", re.I
)


def whose(*arguments) -> str:
    """ "de auteur" for the author's curated arguments; "de tekst" once a drafted one is among
    them: a drafted claim may be a view the text reports (a speaker's in a debate report, the
    42nd reading), and "de tekst" is true of both."""
    curated = all(is_curated(a) for a in arguments)
    return "de auteur" if curated else "de tekst"


def own_claim(argument, curated_wording: str = "Zijn eigen stelling") -> str:
    """ "Zijn eigen stelling" of the shipped essay's author; a drafted text's author may be a
    woman (the 45th reading)."""
    if is_curated(argument):
        return curated_wording
    return "De stelling van de auteur"


def support_prompt(argument, reason: str, language: str) -> str:
    """The claim beside the question, unless the reason rewords it: then the claim would
    answer the question, which asks by the argument's subject instead (round 12)."""
    if restates_claim(reason, argument.claim, language):
        return f"Welke reden geeft {whose(argument)} als het gaat om {argument.subject}?"
    return f"Welke onderbouwing geeft {whose(argument)} voor deze stelling?\n«{argument.claim}»"


def counter_prompt(argument, language: str) -> str:
    """A drafted subject can be too thin to stand alone ("ons land", "te veel mensen"): then the
    question shows the claim the counter-position is answered with."""
    if len(content_lemmas(argument.subject, language)) < 2:
        return f"Op welk tegenstandpunt reageert de auteur met deze stelling?\n«{argument.claim}»"
    return f"Op welk tegenstandpunt reageert de auteur als het gaat om {argument.subject}?"


def argument_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    arguments = knowledge.arguments
    supported = set()  # arguments asked "which reason" as multiple choice
    # "De auteur verdedigt deze stelling" is always true; its false twin ("is het eens met dit
    # standpunt") needs a position he rejects. A pack with fewer of those would teach "Juist"
    # (round 7's reader): a claim is asked so only as often as a rejected position can be.
    # The claims he endorses go first: an argument that rejects a position has that one.
    rejecting = [a for a in arguments if a.stance == "rejects" and a.position]
    claims_asked = {
        a.pk
        for a in sorted(arguments, key=lambda a: (a.stance == "rejects", a.key))[: len(rejecting)]
    }
    for argument in arguments:
        points = list(argument.points.all())
        others = _related_first(argument, arguments)
        language = knowledge.essay.language
        # Counter-points are reported, often half-granted ("Stalin voerde de repressie op"):
        # only positions the author rejects outright are wrong reasons or conclusions.
        rejected_pool = [a.position for a in [argument, *others] if a.stance == "rejects"]
        held_elsewhere = [t for a in others for t in _held_texts(a)]
        mine = _held_texts(argument)
        where = cite(argument.passage)
        claim_source = source(argument)

        for point in points:
            point_source = Source(point.passage, point.span)
            sources = [point_source, claim_source]
            if point.kind in SUPPORTING and not PURPOSE.match(point.text):
                distractors = _choose(
                    rejected_pool,
                    f"{argument.key}:{point.position}",
                    avoid=mine,
                    language=language,
                )
                if len(distractors) < 3 and point.kind == "reason":
                    # A drafted pack of a text that rejects nothing: the reasons the text gives
                    # for its other claims are wrong reasons for this one.
                    distractors = _choose(
                        _reasons_elsewhere(argument, others, language),
                        f"{argument.key}:{point.position}",
                        avoid=mine,
                        language=language,
                    )
                if len(distractors) == 3:
                    supported.add(argument.pk)
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            f"support-{point.position}",
                            support_prompt(argument, point.text, language),
                            point.text,
                            distractors,
                            f"{POINT_LABELS[point.kind]} ({cite(point.passage)}): "
                            f"{point.text} De stelling ({where}): {argument.claim}",
                            sources,
                            0.6,
                        )
                    )
            elif point.kind == "conclusion":
                distractors = _choose(
                    rejected_pool,
                    f"{argument.key}:conclusion:{point.position}",
                    avoid=mine,
                    language=language,
                )
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            f"conclusion-{point.position}",
                            conclusion_prompt(argument, point.text, language),
                            point.text,
                            distractors,
                            f"De auteur concludeert ({cite(point.passage)}): {point.text}",
                            sources,
                            0.6,
                        )
                    )
            elif (
                point.kind == "counter"
                and argument.stance == "rejects"
                and not REPORTED_ACT.match(point.text)
                and not CONCEDED.search(point.span)
            ):
                # Only a view the author rejects is one he answers: beside a claim he holds, a
                # "hoewel …" or "weliswaar …" is a point he grants (the unseen texts' reader).
                # He answers this counter-position; his own claims on the topic he holds.
                distractors = _choose(
                    mine[1:] + held_elsewhere,
                    f"{argument.key}:counter:{point.position}",
                    avoid=_rejected_texts(argument),
                    language=language,
                )
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            f"counter-{point.position}",
                            counter_prompt(argument, language),
                            point.text,
                            distractors,
                            f"De auteur bespreekt ({cite(point.passage)}): {point.text} "
                            f"{own_claim(argument)}: {argument.claim}",
                            sources,
                            0.65,
                        )
                    )

        # The rejected position is worded in the claim and in the counter-positions answered.
        position_sources = [claim_source] + [
            Source(p.passage, p.span) for p in points if p.kind == "counter"
        ]
        if argument.stance == "rejects":
            reasons = [p for p in points if p.kind in SUPPORTING]
            # Positions the author endorses, and his own claims, are not what he rejects.
            pool = [t for a in others for t in _held_texts(a)[:2]]
            distractors = _choose(
                pool,
                f"{argument.key}:rejects",
                avoid=[*mine, *_rejected_texts(argument)],
                language=language,
            )
            because = f" Want: {reasons[0].text}" if reasons else ""
            if len(distractors) == 3:
                drafts.append(
                    _mc(
                        knowledge,
                        argument,
                        "rejected-position",
                        rejected_prompt(argument, distractors, language),
                        argument.position,
                        distractors,
                        f"De auteur verwerpt dit standpunt. {own_claim(argument)} ({where}): "
                        f"{argument.claim}{because}",
                        position_sources,
                        0.6,
                    )
                )
            if reasons:
                distractors = _choose(
                    [t for a in others for t in _rejected_texts(a)],
                    f"{argument.key}:why",
                    avoid=[*mine, *_rejected_texts(argument)],
                    language=language,
                )
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            "why-rejected",
                            f"Waarom verwerpt de auteur het standpunt «{argument.position.rstrip('.')}»?",
                            reasons[0].text,
                            distractors,
                            f"{POINT_LABELS[reasons[0].kind]} ({cite(reasons[0].passage)}): {reasons[0].text} "
                            f"{own_claim(argument, 'Zijn stelling')}: {argument.claim}",
                            [Source(reasons[0].passage, reasons[0].span), claim_source],
                            0.65,
                        )
                    )

        if argument.pk in claims_asked and not REPORTED_ACT.match(argument.claim):
            # "De nazi's noemden het euthanasie" is what they called it, not what the author
            # defends (his point was "Het was moord", the 45th reading).
            drafts.append(claim_statement(knowledge, argument, claim_source))
        asked = {
            d.answers[0]
            for d in drafts
            if d.origin == f"argument:{argument.key}" and d.variant.startswith("support-")
        }
        drafts += _why_statement(knowledge, argument, points, arguments, claim_source, asked)
        drafts += _goal_statement(knowledge, argument, points, arguments, claim_source)
        if argument.stance == "rejects":
            drafts.append(
                QuestionDraft(
                    essay_slug=knowledge.essay.slug,
                    origin=f"argument:{argument.key}",
                    qtype="true_false",
                    variant="rejected-position",
                    prompt=f"Juist of onjuist? De auteur is het eens met dit standpunt: "
                    f"{argument.position}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[FALSE_LABEL],
                    explanation="Onjuist: de auteur verwerpt dit standpunt. "
                    f"{own_claim(argument)} "
                    f"({where}): {argument.claim}",
                    sources=position_sources,
                    topics=topics_of(argument),
                    difficulty=0.4,
                    paraphrase=argument.position,
                    language=knowledge.essay.language,
                )
            )
    drafts += reason_matching(knowledge, [a for a in arguments if a.pk not in supported])
    return drafts


def claim_statement(knowledge: Knowledge, argument, claim_source: Source) -> QuestionDraft:
    """'Juist of onjuist? De auteur verdedigt deze stelling: …' (true)."""
    return QuestionDraft(
        essay_slug=knowledge.essay.slug,
        origin=f"argument:{argument.key}",
        qtype="true_false",
        variant="claim",
        prompt=f"Juist of onjuist? De auteur verdedigt deze stelling: {argument.claim}",
        options=[TRUE_LABEL, FALSE_LABEL],
        answers=[TRUE_LABEL],
        explanation=f"Juist: dit is de stelling van de auteur ({cite(argument.passage)}).",
        sources=[claim_source],
        topics=topics_of(argument),
        difficulty=0.3,
        paraphrase=argument.claim,
        language=knowledge.essay.language,
    )


MATCHING_SIZE = 4
NEARBY_PASSAGES = 3


def reason_matching(knowledge: Knowledge, arguments) -> list[QuestionDraft]:
    """Claims matched to the reasons the author gives for them.

    A short essay has too few reasons for a multiple-choice question on each (three wrong
    ones per claim): then its claims and their reasons are asked together, three or four to a
    question, each claim in one matching at most (the first unseen blog essay: three claims
    with a reason and no question on any of them)."""
    language = knowledge.essay.language
    pairs = []
    for argument in arguments:
        if argument.stance != "endorses":
            continue
        reason = next(
            (
                p
                for p in argument.points.all()
                if p.kind == "reason"
                and not PURPOSE.match(p.text)
                and not restates_claim(p.text, argument.claim, language)
                and not leans_on_its_paragraph(p.text)
            ),
            None,
        )
        # Two claims one leads to through the other, or whose reasons share their words,
        # could each take either reason (the ninth unseen text, rebuilt): one of them is asked.
        if reason and not any(
            reason.text == r.text
            or _chained(argument, a)
            or (
                reason.passage.pk == r.passage.pk
                and (reason.span in r.span or r.span in reason.span)
            )
            for a, r in pairs
        ):
            pairs.append((argument, reason))
    drafts = []
    count = len(pairs) // 3  # groups of three or four, none smaller
    for number in range(count):
        group = pairs[number::count][:MATCHING_SIZE]
        group.sort(key=lambda pair: pair[0].key)
        keys = "+".join(a.key for a, _r in group)
        draft = QuestionDraft(
            essay_slug=knowledge.essay.slug,
            origin=f"arguments:{keys}",
            qtype="matching",
            variant="reasons",
            prompt=f"Koppel elke stelling aan de reden die {whose(*(a for a, _r in group))} "
            "ervoor geeft.",
            answers=[f"{a.claim}{PAIR_SEPARATOR}{r.text}" for a, r in group],
            explanation=" ".join(f"{a.claim} {r.text} ({cite(r.passage)})" for a, r in group),
            sources=[source(a) for a, _r in group] + [Source(r.passage, r.span) for _a, r in group],
            topics=sorted({t for a, _r in group for t in topics_of(a)}, key=lambda t: t.position),
            support=[],
            difficulty=0.55,
            language=language,
        )
        reasons = [r.text for _a, r in group]
        seeded_random(draft.uid, "reasons").shuffle(reasons)
        draft.options = reasons
        drafts.append(draft)
    return drafts


# "Om de regelingen tot stand te brengen": a purpose, no support for a statement, and a
# fragment on its own as an option (the unseen texts' reader).
PURPOSE = re.compile(r"^Om\s.+\bte\s+\w+\W*$")
# A reason in a subordinate clause ("Omdat er meer gezinnen kwamen") cannot stand as a claim.
SUBORDINATE = re.compile(r"^(?:Omdat|Doordat|Aangezien|Zodat|Waardoor|Om|Als|Indien|Hoewel)\b")
# "Uit liefde voor het vak, …, uit door overwerk veroorzaakt energiegebrek": a phrase, not a
# clause, whatever verb form it holds; turned round it would be asked as a claim.
CAUSE_PHRASE_START = re.compile(
    r"^(?:Uit|Vanwege|Wegens|Dankzij|Door|Als\sgevolg\svan|(?:Als|In)\sreactie\sop)\s"
)
# "Bedrijven worden gesteund … Daardoor behouden meer werknemers hun baan": a measure and its
# effect read both ways round (the effect is also the measure's aim), so turning such a pair
# round makes no false statement (the unseen texts' why-statements).
MEANS_AND_END = re.compile(
    r"\b(?:daardoor|hierdoor|zodat|waardoor|daarmee|hiermee|dankzij|vanwege|als gevolg van)\b",
    re.IGNORECASE,
)


def _explaining_reasons(argument, points, language) -> list:
    """The claim's reasons that explain it. One that restates the claim ("wat die uitdaagde,
    gold als contrarevolutionair" for "alles wat partij en staat bedreigde, was
    contrarevolutionair") explains nothing, and "Om … te …" is a goal (the unseen texts)."""
    return [
        p
        for p in points
        if p.kind == "reason"
        and not restates_claim(p.text, argument.claim, language)
        and not PURPOSE.match(p.text)
    ]


def _reason_as_statement(reason: str) -> str:
    """The reason as a claim of its own, for the relation turned round: "Want X" is X, "Omdat
    het proces zo ellendig kan zijn" is "Het proces kan zo ellendig zijn" (the 47th round: a
    lone "omdat"-reason had no false side, so its why-question was balanced away); "" when
    the clause cannot be put in main-clause order or is a goal or a condition."""
    because = re.match(r"^(?:Omdat|Doordat)\s(?P<clause>.+?)\.?$", reason)
    if because and "," in because.group("clause"):
        return ""  # more than one clause: no order to trust ("We duikt …", the 49th round)
    if because:
        last = because.group("clause").split()[-1].strip(".,;")
        if not looks_finite(last):
            # "Doordat de gebruiker de handgreep loslaat of automatisch door de ribbels …":
            # the verb stands inside, a second half without its own after it; turned round it
            # read "De gebruiker laat de handgreep of automatisch … los" (the 62nd reading)
            return ""
        clause = main_clause_order(because.group("clause"))
        return capitalise(clause) if clause else ""
    if SUBORDINATE.match(reason) or CAUSE_PHRASE_START.match(reason):
        return ""
    return capitalise(re.sub(r"^Want\s+", "", reason))


def _chained(argument, other) -> bool:
    """One claim stands in the other's reason ("De airco verwarmt ook, waardoor het volume
    afneemt. Daardoor worden warmtenetten onrendabel."): the other's reason leads to this claim
    too, so it is no wrong reason for it (the ninth unseen text, rebuilt)."""

    def within(item, point):
        return item.passage.pk == point.passage.pk and (
            item.span in point.span or point.span in item.span
        )

    def leads_into(item, point):
        # "Zo wordt een stoommachine aangeschaft, zodat … Handmatig roeren is daarmee verleden
        # tijd. De capaciteit wordt daardoor opgevoerd": the claim's sentence stands right
        # before the reason's, the next link of one chain (the 54th reading: the steam engine
        # was offered as a wrong reason for the capacity)
        if item.passage.pk != point.passage.pk or point.kind != "reason":
            return False
        text = item.passage.text
        end, start = text.find(item.span), text.find(point.span)
        return end >= 0 and start >= 0 and 0 <= start - (end + len(item.span)) <= 2

    return any(within(other, p) or leads_into(other, p) for p in argument.points.all()) or any(
        within(argument, p) or leads_into(argument, p) for p in other.points.all()
    )


def _why_statement(
    knowledge, argument, points, arguments, claim_source, asked=frozenset()
) -> list[QuestionDraft]:
    """Why does the author hold his claim? His own reason (true) or a view he rejects (false).

    Essays with few arguments get no multiple-choice why-question (too few wrong reasons), but
    still one that asks why; true and false alternate over the essay's endorsed claims, so the
    bank stays balanced. The false reason is a position the author rejects on the same topic:
    another claim's reason may well support this claim too (round 7's reader could not call
    such a statement false), a position he rejects never does, and one from another topic is
    false at a glance. Without rejected views (a pack as drafted), the false statement turns the
    relation round: the claim given as the reason for its own reason.
    """
    language = knowledge.essay.language
    reasons = _explaining_reasons(argument, points, language)
    if argument.stance != "endorses" or not reasons:
        return []
    reason = reasons[0]
    topics = {t.pk for t in argument.topics.all()}
    rejected = [a for a in arguments if a.stance == "rejects" and a.position]
    # Only a view rejected on the same topic: one from elsewhere is false at a glance.
    wrong = [a.position for a in rejected if topics & {t.pk for t in a.topics.all()}]
    # A pack without rejected views (as drafted) turns the relation round instead: the claim
    # given as the reason for its own reason is false for sure, and never off the topic.
    reason_as_claim = _reason_as_statement(reason.text)
    reversed_ = (
        not rejected
        and bool(reason_as_claim)
        and has_finite_verb(reason_as_claim.split(), language)
        and not MEANS_AND_END.search(argument.span)
        # "Men was er vermoedelijk klaar mee …": a cause the author infers from the effect;
        # turned round, the effect as evidence for it is no falsehood (the 42nd reading).
        and not HEDGED.search(reason.text)
        # "…, dus …", "…, want …", "Kortom": an inference or a ground, often an example and its
        # rule or a restatement; turned round it can be argued too (the 47th reading).
        and not INFERRED.search(argument.span)
        and not INFERRED.search(reason.span)
        # "omdat die landen zelf verantwoordelijk zijn": beside its claim "die landen" are the
        # ones the claim names; as a statement of its own they are no one (the 58th round)
        and not POINTS_INTO_THE_CLAIM.match(reason_as_claim)
    )
    if not rejected and not reversed_:
        # Last resort: the reason of another claim that shares no content word with this one.
        # Only from the paragraphs around it: a reason from far off in the text makes a
        # statement false at a glance (the unseen texts' readers, twice).
        claim_words = content_lemmas(argument.claim, language)
        wrong = [
            p.text
            for other in arguments
            if other.pk != argument.pk
            and other.stance == "endorses"
            and not _chained(argument, other)
            and not same_matter(content_lemmas(other.claim, language), claim_words)
            for p in other.points.all()
            if p.kind == "reason"
            and not same_matter(content_lemmas(p.text, language), claim_words)
            and abs(p.passage.number - argument.passage.number) <= NEARBY_PASSAGES
        ]
    origin = f"argument:{argument.key}"
    # Every other endorsed claim with a reason gets a false one: true and false stay balanced.
    endorsed = [a.pk for a in arguments if a.stance == "endorses"]
    if not rejected:  # alternate over the claims that get a statement
        endorsed = [
            a.pk
            for a in arguments
            if a.stance == "endorses" and _explaining_reasons(a, a.points.all(), language)
        ]
    truthful = not (wrong or reversed_) or endorsed.index(argument.pk) % 2 == 0
    sides = [truthful]
    if reversed_:
        # A pack as drafted has no view the author rejects to balance these with: each claim
        # gets both sides, its own reason (true) and the relation turned round (false). A quiz
        # asks one of the two (one knowledge item), so neither side can be guessed; one side
        # alone would leave the bank's true/false balance nothing to pair it with.
        sides = [True, False]
    claim = argument.claim.rstrip(".")
    drafts = []
    for true in sides:
        if true and reason.text in asked:
            continue  # the multiple-choice question on this claim already asks for this reason
        turned = not true and reversed_
        if true:
            supported, shown = claim, reason.text
        elif turned:
            supported = reason_as_claim.rstrip(".")
            shown = sentence(argument.claim)
        else:
            supported, shown = claim, seeded_random(f"{origin}:why-other").choice(wrong)
        drafts.append(
            _statement_draft(
                knowledge,
                argument,
                "why-reversed" if turned and len(sides) == 2 else "why",
                f"Juist of onjuist? {capitalise(whose(argument))} onderbouwt «{supported}» "
                f"met deze reden: {shown}",
                true,
                (
                    # "het is andersom" alone read as circular (the 54th reading): say which
                    # statement rests on which.
                    f"Onjuist: het is andersom. {capitalise(whose(argument))} onderbouwt "
                    f"«{claim}» met deze reden: {reason.text} ({cite(reason.passage)})"
                    if turned
                    else ("Juist: " if true else f"Onjuist. De reden die {whose(argument)} geeft: ")
                    + f"{reason.text} ({cite(reason.passage)})"
                ),
                [Source(reason.passage, reason.span), claim_source],
            )
        )
    return drafts


POINTS_INTO_THE_CLAIM = re.compile(
    r"^(?:Die|Deze|Dit|Dat|Zulke|Zo['’]n|Dergelijke|Diezelfde|Datzelfde)\s", re.I
)


def _goal(argument, points=None):
    """The goal the text gives for an endorsed claim ("Om het nieuwe Nederland vorm te geven");
    not one whose "ze" or "hem" stands for something in its own sentence ("om ze aan anatomen
    te verkopen", the 48th round)."""
    if argument.stance != "endorses":
        return None
    return next(
        (
            p
            for p in (points or argument.points.all())
            if p.kind == "reason"
            and PURPOSE.match(p.text)
            and not re.search(r"\b(?:ze|hem|hen|hun|zij|hij)\b", p.text, re.I)
        ),
        None,
    )


def _goal_statement(knowledge, argument, points, arguments, claim_source) -> list[QuestionDraft]:
    """What was this done for? A goal supports no claim ("onderbouwt … met deze reden: Om …"
    misreads it), but why something was done is what a teacher asks (the 47th round: "Om zich
    toch te onderscheiden, viel Leiden terug op zijn verleden" gave no question). The false
    statement gives the goal of another deed from the paragraphs around it; with none, the
    claim is not asked this way (a true statement alone would teach "Juist")."""
    goal = _goal(argument, points)
    if goal is None:
        return []
    others = [
        (other, other_goal)
        for other in arguments
        if other.pk != argument.pk
        and abs(other.passage.number - argument.passage.number) <= NEARBY_PASSAGES
        and (other_goal := _goal(other)) is not None
        and other_goal.text != goal.text
    ]
    if not others:
        return []
    with_goals = sorted(
        [a for a in arguments if _goal(a) is not None], key=lambda a: (a.passage.number, a.key)
    )
    truthful = with_goals.index(argument) % 2 == 0
    seed = f"argument:{argument.key}:goal"
    shown = goal.text if truthful else seeded_random(seed).choice(others)[1].text
    claim = argument.claim.rstrip(".")
    return [
        _statement_draft(
            knowledge,
            argument,
            "goal",
            f"Juist of onjuist? Volgens {whose(argument)} is dit het doel van «{claim}»: "
            f"{goal_phrase(shown)}",
            truthful,
            ("Juist: " if truthful else "Onjuist. Het doel volgens de tekst: ")
            + f"{goal.text} ({cite(goal.passage)})",
            [Source(goal.passage, goal.span), claim_source],
        )
    ]


def _statement_draft(
    knowledge, argument, variant, prompt, true, explanation, sources
) -> QuestionDraft:
    """A true/false statement on one of the author's arguments."""
    return QuestionDraft(
        essay_slug=knowledge.essay.slug,
        origin=f"argument:{argument.key}",
        qtype="true_false",
        variant=variant,
        prompt=prompt,
        options=[TRUE_LABEL, FALSE_LABEL],
        answers=[TRUE_LABEL if true else FALSE_LABEL],
        explanation=explanation,
        sources=sources,
        topics=topics_of(argument),
        difficulty=0.5,
        paraphrase=argument.claim,
        language=knowledge.essay.language,
    )


def goal_phrase(goal: str) -> str:
    """ "Om het nieuwe Nederland vorm te geven." after a colon: "om het nieuwe …"."""
    return goal[:1].lower() + goal[1:]
