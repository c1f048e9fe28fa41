from .bank import Card, Question
from .classes import Classroom, Membership, Profile
from .content import Essay, FootnoteRef, Passage, Sentence
from .knowledge import (
    Argument,
    ArgumentPoint,
    Concept,
    Event,
    Fact,
    Person,
    Quote,
    Topic,
    Work,
)

__all__ = [
    "Argument",
    "ArgumentPoint",
    "Card",
    "Classroom",
    "Concept",
    "Essay",
    "Event",
    "Fact",
    "FootnoteRef",
    "Membership",
    "Passage",
    "Person",
    "Profile",
    "Question",
    "Quote",
    "Sentence",
    "Topic",
    "Work",
]
