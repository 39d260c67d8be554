"""Watch priorities, ordered so that `max()` picks the one an item takes."""

from __future__ import annotations

from enum import IntEnum


class Priority(IntEnum):
    """Military precedence levels, lowest first; NONE means no watch fired."""

    NONE = 0
    ROUTINE = 1
    PRIORITY = 2
    IMMEDIATE = 3
    FLASH = 4

    @property
    def label(self) -> str:
        return "" if self is Priority.NONE else self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Priority":
        """Read a priority name as written in feeds.toml; raises ValueError naming the choices."""
        key = text.strip().upper()
        if key in cls.__members__ and key != "NONE":
            return cls[key]
        raise ValueError(f"unknown priority {text!r} (choose one of {', '.join(cls.choices())})")

    @classmethod
    def choices(cls) -> list[str]:
        return [p.label for p in sorted(cls, reverse=True) if p is not Priority.NONE]
