from .bank import Card, Question
from .classes import Assignment, Classroom, Membership, Profile
from .content import Essay, FootnoteRef, Passage, Sentence
from .knowledge import (
    Argument,
    ArgumentPoint,
    Concept,
    Event,
    Fact,
    Person,
    Quote,
    ReviewStatus,
    Topic,
    Work,
)
from .learning import Answer, CardState, QuizAttempt, ReviewLog

__all__ = [
    "Answer",
    "Argument",
    "ArgumentPoint",
    "Assignment",
    "Card",
    "CardState",
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
    "QuizAttempt",
    "Quote",
    "ReviewLog",
    "ReviewStatus",
    "Sentence",
    "Topic",
    "Work",
]
