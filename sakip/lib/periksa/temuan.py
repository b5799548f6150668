"""What the checker reports: one Finding per inconsistency, with where and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"
NOTE = "note"
SEVERITIES = (ERROR, WARNING, NOTE)


@dataclass(frozen=True)
class Finding:
    """One inconsistency: a stable kind, a severity, where it is, and a message for people."""

    kind: str
    severity: str
    line: int
    message: str
    text: str = ""
    page: int | None = None
    expected: str = ""
    found: str = ""

    def to_dict(self) -> dict:
        """Plain data for JSON output."""
        return asdict(self)
