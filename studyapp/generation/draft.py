"""What every generator produces: question and card drafts with stable ids and cited sources."""

import hashlib
import random
from dataclasses import dataclass, field

from studyapp.models import Passage, Topic


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


def seeded_random(*parts: str) -> random.Random:
    """A random generator seeded from stable keys, so regeneration gives the same result."""
    return random.Random(int(hashlib.sha1("|".join(parts).encode()).hexdigest()[:12], 16))


@dataclass
class Source:
    passage: Passage
    excerpt: str

    def as_json(self):
        return {"passage": self.passage.number, "excerpt": self.excerpt}


@dataclass
class QuestionDraft:
    essay_slug: str
    origin: str  # e.g. "fact:kronstadt-datum"
    qtype: str
    variant: str
    prompt: str
    answers: list
    explanation: str
    sources: list[Source]
    topics: list[Topic] = field(default_factory=list)
    options: list = field(default_factory=list)
    difficulty: float = 0.5
    language: str = "nl"
    # Strings that must stand in the excerpt for the answer to count as supported.
    support: list[str] = field(default_factory=list)
    # A paraphrase (of the author's claim or position) whose words the excerpts must share.
    paraphrase: str = ""
    # Wrong options that must not stand in the passage (else they might be true too).
    distractors: list[str] = field(default_factory=list)
    score: float = 1.0  # used to rank raw-text candidates
    # For a blank or a false statement: the true statement and the value swapped out of it,
    # so the quality rules can check that every swapped-in value makes it provably false.
    statement: str = ""
    true_value: str = ""
    # Other accepted forms of the answer (a name's spellings): none may stand in the prompt.
    aliases: list[str] = field(default_factory=list)
    # Roles of the people a person-distractor may be (name -> role), for apposition checks.
    roles: dict = field(default_factory=dict)

    @property
    def uid(self):
        return stable_id("q", self.essay_slug, self.origin, self.qtype, self.variant)

    @property
    def passage(self):
        return self.sources[0].passage

    @property
    def excerpt(self):
        return self.sources[0].excerpt


@dataclass
class CardDraft:
    essay_slug: str
    origin: str
    kind: str
    front: str
    back: str
    sources: list[Source]
    topics: list[Topic] = field(default_factory=list)
    cloze: str = ""

    @property
    def uid(self):
        return stable_id("c", self.essay_slug, self.origin, self.kind)

    @property
    def passage(self):
        return self.sources[0].passage


def place_correct(uid: str, correct: str, distractors: list[str]) -> list[str]:
    """Options with the correct one at a position derived from the id (balanced over a bank)."""
    rng = seeded_random(uid, "options")
    others = list(distractors)
    rng.shuffle(others)
    position = int(hashlib.sha1(uid.encode()).hexdigest(), 16) % (len(others) + 1)
    return others[:position] + [correct] + others[position:]


def choice_draft(*, answer: str, distractors: list[str], **fields) -> QuestionDraft:
    """A question with one right option among the distractors, at a balanced position."""
    draft = QuestionDraft(answers=[answer], distractors=distractors, **fields)
    draft.options = place_correct(draft.uid, answer, distractors)
    return draft


def cite(passage: Passage) -> str:
    return f"§{passage.number}"
