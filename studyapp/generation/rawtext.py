"""A first bank from raw text alone: candidates from years, dates, numbers, names and titles.

Overgenerate per sentence, keep what passes the quality rules, rank, and keep the best few per
passage. Distractors are same-kind spans from elsewhere in the same text.
"""

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import simplemma
from django.utils.text import slugify

from studyapp.dutch_text import FINITE_VERBS, bare_plural
from studyapp.grading import FALSE_LABEL, TRUE_LABEL
from studyapp.models import Essay, Topic

from .distractors import MONTHS, number_ceiling, pick_distractors
from .draft import CardDraft, QuestionDraft, Source, choice_draft, cite
from .facts import BLANK, blank_out
from .quality import question_problems

KEEP_PER_PASSAGE = 3
MONTH = "|".join(MONTHS)
PATTERNS = [
    ("date", re.compile(rf"\b\d{{1,2}} (?:{MONTH}) (?:1[0-9]{{3}}|20[0-9]{{2}})\b")),
    ("date", re.compile(rf"\b(?:{MONTH}) (?:1[0-9]{{3}}|20[0-9]{{2}})\b")),
    ("year", re.compile(r"(?<![\d-])(?:1[0-9]{3}|20[0-9]{2})(?![\d-])")),
    # "150gr", "3D": a number glued to letters is a measure or a name, its blank unclear.
    # "de jaren ’90": a decade, no number to ask.
    # "op 14 december" without a year: the day of a date, no number to ask (the 62nd reading)
    ("number", re.compile(rf"(?<![\d.,’'‘-])\d{{2,}}(?![\d.,-]|[^\W\d_]|\s(?:{MONTH})\b)")),
    ("title", re.compile(r"“([A-Z][^”]{3,80})”")),
    (
        "name",
        re.compile(
            r"(?<=[a-zà-ÿ,;:–] )([A-Z][\w]*(?:-[A-Z][\w]*)*"
            r"(?: (?:van der|van den|van|de|ter|ten|von) [A-Z][\w]*| [A-Z][\w]*(?: [A-Z][\w]*)?)?)"
            # "de C.K.B.": no name "C" out of initials (the 50th reading)
            r"(?![\w’'-])(?!\.\w)"
        ),
    ),
]
# A colon just before a quotation mark introduces words someone says or writes (the 42nd
# unseen reading's "Welk werk …? Ik vind: “_____”").
SPEECH_BEFORE = re.compile(r":\s*$")
# Words that announce a person or a place just before a name.
PERSON_CUES = set(
    """koningin koning prins prinses minister premier president generaal ingenieur
historicus historica schrijver schrijfster auteur dichter filosoof professor dokter dr mr heer
mevrouw collega leider trotskist communist anarchist bisschop paus keizer tsaar burgemeester
journalist volgens""".split()
)
PLACE_CUES = set("in naar uit bij te boven rond nabij vanuit richting".split())
YEAR_CUES = set(
    """in uit sinds vanaf van tot rond na voor tussen en jaar jaren omstreeks begin
eind medio zomer winter lente herfst voorjaar najaar circa""".split()
) | set(MONTHS)
MIN_SENTENCE_WORDS = 6
KIND_WEIGHT = {
    "date": 3.0,
    "year": 3.0,
    "number": 2.5,
    "title": 2.2,
    "person": 2.1,
    "place": 2.0,
    "named": 1.8,
    "name": 1.6,
}
LEADS = {
    "date": "Welke datum hoort op de open plek?",
    "year": "Welk jaartal hoort op de open plek?",
    "number": "Welk getal hoort op de open plek?",
    "title": "Welke titel hoort op de open plek?",
    "name": "Welke naam hoort op de open plek?",
    "person": "Welke persoon hoort op de open plek?",
    "place": "Welke plaats hoort op de open plek?",
    "named": "Welke naam hoort op de open plek?",
}
LEADS_EN = {
    "date": "Which date belongs in the blank?",
    "year": "Which year belongs in the blank?",
    "number": "Which number belongs in the blank?",
    "title": "Which title belongs in the blank?",
    "name": "Which name belongs in the blank?",
    "person": "Which person belongs in the blank?",
    "place": "Which place belongs in the blank?",
    "named": "Which name belongs in the blank?",
}


@dataclass
class Candidate:
    kind: str
    answer: str
    sentence: str
    passage: object
    score: float


def _is_name(span: str, language: str) -> bool:
    words = span.split()
    if any(re.search(r"(isch|ische|sche|dse|tse|nse|rse)$", w.lower()) for w in words):
        return False  # adjectives of nationality and movement, not names
    if len(words) == 1:
        lang = language if language in {"nl", "en", "de", "fr"} else "en"
        return not simplemma.is_known(words[0].lower(), lang=lang)
    if language == "nl" and any(bare_plural(w) for w in words[:-1]):
        return False  # "vielen de Duitsers België binnen": a people, then a country (62nd)
    return True


def _word_before(sentence: str, start: int) -> str:
    words = re.findall(r"[\w’']+", sentence[:start].lower())
    return words[-1] if words else ""


def _word_after(sentence: str, end: int) -> str:
    match = re.match(r"\s+([\w’']+)", sentence[end:])
    return match.group(1) if match else ""


def classify(kind: str, answer: str, sentence: str, start: int, end: int) -> str:
    """Refine a raw kind from its context: years vs counts, persons vs places."""
    before = _word_before(sentence, start)
    if kind == "year" and before not in YEAR_CUES:
        after = _word_after(sentence, end)
        # "In vergelijking met 1966 is …": a verb after it, so no count of anything (57th)
        if after and after[0].islower() and after not in FINITE_VERBS:
            return "number"  # "1836 mensen": a count, not a year
    if kind == "name":
        if before in PERSON_CUES:
            return "person"
        if before in PLACE_CUES:
            return "place"
        if before in {"de", "het"}:
            return "named"  # "de Deltacommissie", "de Noordzee": an institution or thing
    return kind


def find_candidates(passage, sentences, language) -> list[Candidate]:
    found = []
    for sentence in sentences:
        words = len(sentence.split())
        if words < MIN_SENTENCE_WORDS:
            continue
        fitness = 1.0 if words <= 40 else 0.3
        taken: list[tuple[int, int]] = []
        for kind, pattern in PATTERNS:
            for match in pattern.finditer(sentence):
                group = 1 if match.groups() else 0
                start, end = match.span(group)
                if any(s < end and start < e for s, e in taken):
                    continue  # a year inside a date is not a second candidate
                answer = match.group(group).strip()
                if kind == "name" and not _is_name(answer, language):
                    continue
                if kind == "title" and SPEECH_BEFORE.search(sentence[: match.start()]):
                    continue  # «Ik vind: “Zet jezelf gerust …”»: words quoted, no work's title
                taken.append((start, end))
                refined = classify(kind, answer, sentence, start, end)
                repeats = sentence.count(answer)
                found.append(
                    Candidate(
                        refined,
                        answer,
                        sentence,
                        passage,
                        KIND_WEIGHT[refined] + fitness - 0.5 * (repeats - 1),
                    )
                )
    return _settle_name_kinds(found)


def _settle_name_kinds(candidates: list[Candidate]) -> list[Candidate]:
    """A name seen as a person (or place) anywhere in the text is one everywhere."""
    votes = defaultdict(Counter)
    for c in candidates:
        if c.kind in {"person", "place"}:
            votes[c.answer][c.kind] += 1
    for c in candidates:
        if c.kind in {"name", "person", "place"} and votes[c.answer]:
            c.kind = votes[c.answer].most_common(1)[0][0]
            c.score = KIND_WEIGHT[c.kind] + (c.score - int(c.score))
    return candidates


def _origin(candidate: Candidate) -> str:
    digest = hashlib.sha1(candidate.sentence.encode()).hexdigest()[:10]
    return f"text:{digest}:{candidate.answer}"


def derive_topics(essay: Essay, candidates: list[Candidate]) -> dict[int, list[Topic]]:
    """Names that come back in several passages become the essay's topics."""
    passages_by_name = defaultdict(set)
    for c in candidates:
        if c.kind in {"name", "person", "place", "named"}:
            passages_by_name[c.answer].add(c.passage.pk)
    common = [
        n
        for n, ps in sorted(passages_by_name.items(), key=lambda x: (-len(x[1]), x[0]))
        if len(ps) >= 3
    ][:12]
    topics = []
    for position, name in enumerate(common):
        topic, _ = Topic.objects.update_or_create(
            essay=essay,
            slug=slugify(name)[:80] or f"topic-{position}",
            defaults={"name": name, "position": position},
        )
        topics.append((name, topic))
    by_passage = defaultdict(list)
    for c in candidates:
        for name, topic in topics:
            if name in c.passage.text and topic not in by_passage[c.passage.pk]:
                by_passage[c.passage.pk].append(topic)
    return by_passage


def generate_from_text(essay: Essay) -> tuple[list[QuestionDraft], list[CardDraft]]:
    language = essay.language
    leads = LEADS if language == "nl" else LEADS_EN
    true_label, false_label = (TRUE_LABEL, FALSE_LABEL) if language == "nl" else ("True", "False")
    passages = list(essay.current_passages().prefetch_related("sentences"))
    candidates = []
    for passage in passages:
        sentences = [s.text for s in passage.sentences.all()]
        candidates += find_candidates(passage, sentences, language)
    pools = defaultdict(list)
    for c in candidates:
        pools[c.kind].append(c.answer)
    for kind in pools:  # frequent spans first: the most typical distractors
        pools[kind] = [a for a, _ in Counter(pools[kind]).most_common()]
    topics_by_passage = derive_topics(essay, candidates)

    questions, cards = [], []
    by_passage = defaultdict(list)
    for c in candidates:
        by_passage[c.passage.pk].append(c)
    # One blank per answer in the whole bank: "CDN" asked in four sentences tests one word four
    # times (the 58th reading), as a drafted pack's facts keep one sentence per answer.
    asked_answers = set()
    for passage in passages:
        ranked = sorted(by_passage[passage.pk], key=lambda c: (-c.score, c.sentence, c.answer))
        kept = 0
        used_sentences = set()
        for candidate in ranked:
            if kept >= KEEP_PER_PASSAGE:
                break
            if candidate.sentence in used_sentences:
                continue  # one sentence, one fact: spread the questions over the passage
            if candidate.answer.casefold() in asked_answers:
                continue
            drafts = _drafts_for(
                essay,
                candidate,
                pools,
                leads,
                true_label,
                false_label,
                topics_by_passage.get(passage.pk, []),
            )
            good = [d for d in drafts if not question_problems(d)]
            if not any(d.qtype == "cloze" for d in good):
                continue
            kept += 1
            used_sentences.add(candidate.sentence)
            asked_answers.add(candidate.answer.casefold())
            questions += good
            cloze = candidate.sentence.replace(candidate.answer, "{{c1::" + candidate.answer + "}}")
            cards.append(
                CardDraft(
                    essay_slug=essay.slug,
                    origin=_origin(candidate),
                    kind="cloze",
                    front=candidate.sentence.replace(candidate.answer, BLANK),
                    back=candidate.sentence,
                    sources=[Source(passage, candidate.sentence)],
                    topics=topics_by_passage.get(passage.pk, []),
                    cloze=cloze,
                )
            )
    return questions, cards


def _drafts_for(essay, candidate, pools, leads, true_label, false_label, topics):
    origin = _origin(candidate)
    passage = candidate.passage
    nl = essay.language == "nl"
    common = {
        "essay_slug": essay.slug,
        "origin": origin,
        "topics": topics,
        "sources": [Source(passage, candidate.sentence)],
        "language": essay.language,
        "support": [candidate.answer],
        "score": candidate.score,
    }
    said = (
        f"Er staat: «{candidate.sentence}» ({cite(passage)})"
        if nl
        else f"The text says: «{candidate.sentence}» ({cite(passage)})"
    )
    blanked = blank_out(candidate.sentence, candidate.answer)
    drafts = [
        QuestionDraft(
            qtype="cloze",
            variant="sentence",
            prompt=(
                (
                    "Vul het ontbrekende woord of de ontbrekende woorden in:"
                    if nl
                    else "Fill in the missing word or words:"
                )
                + f"\n«{blanked}»"
            ),
            answers=[candidate.answer],
            explanation=said,
            difficulty=0.6,
            **common,
        )
    ]
    distractors = pick_distractors(
        candidate.answer,
        pools[candidate.kind],
        passage_text=passage.text,
        seed=origin,
        as_count=candidate.kind == "number",
        ceiling=number_ceiling(candidate.sentence, candidate.answer),
    )
    if len(distractors) == 3:
        drafts.append(
            choice_draft(
                qtype="multiple_choice",
                variant="blank",
                prompt=f"{leads[candidate.kind]}\n«{blanked}»",
                answer=candidate.answer,
                explanation=said,
                distractors=distractors,
                difficulty=0.45,
                statement=candidate.sentence,
                true_value=candidate.answer,
                **common,
            )
        )
        wrong = distractors[0]
        statement = re.sub(
            rf"(?<!\w){re.escape(candidate.answer)}(?!\w)", wrong, candidate.sentence
        )
        drafts.append(
            QuestionDraft(
                qtype="true_false",
                variant="false",
                prompt=("Juist of onjuist? " if nl else "True or false? ") + statement,
                options=[true_label, false_label],
                answers=[false_label],
                explanation=(
                    f"Onjuist: niet «{wrong}» maar «{candidate.answer}». "
                    if nl
                    else f"False: not «{wrong}» but «{candidate.answer}». "
                )
                + said,
                distractors=[wrong],
                difficulty=0.3,
                statement=candidate.sentence,
                true_value=candidate.answer,
                **common,
            )
        )
    return drafts
