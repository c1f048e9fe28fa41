from .bank import Card, Question
from .classes import Assignment, Classroom, Membership, Profile
from .content import Essay, FootnoteRef, Passage, Sentence
from .invitations import TeacherInvitation
from .jobs import EssayJob
from .knowledge import (
    Argument,
    ArgumentPoint,
    Centrality,
    Concept,
    Event,
    Fact,
    Person,
    Quote,
    ReviewStatus,
    Topic,
    Work,
)
from .learning import Answer, CardState, LearnSession, QuizAttempt, ReviewLog
from .review import CardChange, QuestionChange, QuestionReport
from .stats import ClassItemStat, LearnerEssayStat, LearnerTopicStat

__all__ = [
    "Answer",
    "Argument",
    "ArgumentPoint",
    "Centrality",
    "Assignment",
    "Card",
    "CardChange",
    "CardState",
    "ClassItemStat",
    "Classroom",
    "Concept",
    "Essay",
    "EssayJob",
    "Event",
    "Fact",
    "LearnSession",
    "LearnerEssayStat",
    "LearnerTopicStat",
    "FootnoteRef",
    "Membership",
    "Passage",
    "Person",
    "Profile",
    "Question",
    "QuestionChange",
    "QuestionReport",
    "QuizAttempt",
    "Quote",
    "ReviewLog",
    "ReviewStatus",
    "Sentence",
    "TeacherInvitation",
    "Topic",
    "Work",
]
