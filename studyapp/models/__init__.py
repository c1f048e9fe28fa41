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
    Topic,
    Work,
)
from .learning import Answer, CardState, QuizAttempt, ReviewLog
from .stats import ClassItemStat, LearnerEssayStat, LearnerTopicStat

__all__ = [
    "Answer",
    "Argument",
    "ArgumentPoint",
    "Assignment",
    "Card",
    "CardState",
    "ClassItemStat",
    "Classroom",
    "Concept",
    "Essay",
    "Event",
    "Fact",
    "LearnerEssayStat",
    "LearnerTopicStat",
    "FootnoteRef",
    "Membership",
    "Passage",
    "Person",
    "Profile",
    "Question",
    "QuizAttempt",
    "Quote",
    "ReviewLog",
    "Sentence",
    "Topic",
    "Work",
]
