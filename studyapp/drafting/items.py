"""What a drafter proposes: an item of one kind, anchored by offsets in its passage."""

from dataclasses import dataclass, field

KINDS = ["people", "events", "works", "quotes", "concepts", "facts", "arguments"]


@dataclass
class DraftPoint:
    kind: str  # reason, evidence, counter, conclusion
    text: str
    passage: int
    start: int
    end: int
    # The connective that introduced a reason ("omdat"), kept so the point reads as an answer.
    lead: str = ""


@dataclass
class DraftItem:
    kind: str
    passage: int
    start: int
    end: int
    span: str
    confidence: float
    fields: dict = field(default_factory=dict)
    points: list[DraftPoint] = field(default_factory=list)
    # References to other drafted items by name: speaker, author, work, people.
    refs: dict = field(default_factory=dict)

    def label(self) -> str:
        for name in ("name", "title", "term", "claim", "text", "statement"):
            if self.fields.get(name):
                return str(self.fields[name])
        return self.span[:80]


@dataclass
class DraftTopic:
    slug: str
    name: str
    passages: list[int]


@dataclass
class Draft:
    items: list[DraftItem] = field(default_factory=list)
    topics: list[DraftTopic] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[DraftItem]:
        return [item for item in self.items if item.kind == kind]


def anchored(item_kind, passage, start, end, confidence, **fields) -> DraftItem:
    """An item whose span is passage.text[start:end], so it stands there word for word."""
    return DraftItem(
        kind=item_kind,
        passage=passage.number,
        start=start,
        end=end,
        span=passage.text[start:end],
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        fields=fields,
    )
