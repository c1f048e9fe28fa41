"""Raw text -> draft knowledge for its author to review, by rules of Dutch (no language model).

`draft_text` reads passages and proposes items; `draft_study_pack` stores them for an essay as
drafted items beside whatever the author has already accepted or rejected.
"""

from .items import KINDS, Draft, DraftItem, DraftPoint, DraftTopic
from .pipeline import DraftReport, draft_study_pack, draft_text

__all__ = [
    "KINDS",
    "Draft",
    "DraftItem",
    "DraftPoint",
    "DraftReport",
    "DraftTopic",
    "draft_study_pack",
    "draft_text",
]
