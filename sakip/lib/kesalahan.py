"""An error in an imported file, with where it is (sheet, row, column), and the refusal carrying all.

Shared by every importer (the budget template, the onboarding workbook): each reads every
row first, collects one Kesalahan per problem, and writes nothing while any remains.
"""

from __future__ import annotations

from dataclasses import dataclass


class ImporError(Exception):
    """A file refused as a whole; carries every error found."""

    def __init__(self, kesalahan: list[Kesalahan]):
        self.kesalahan = kesalahan
        super().__init__("\n".join(str(k) for k in kesalahan[:20]))


@dataclass(frozen=True, slots=True)
class Kesalahan:
    """One problem in the input: which sheet, row and column, and what is wrong."""

    lembar: str | None
    baris: int | None
    kolom: str | None
    pesan: str

    def __str__(self) -> str:
        letak = []
        if self.lembar:
            letak.append(f"lembar '{self.lembar}'")
        if self.baris:
            letak.append(f"baris {self.baris}")
        if self.kolom:
            letak.append(f"kolom {self.kolom}")
        return f"{', '.join(letak)}: {self.pesan}" if letak else self.pesan


@dataclass(frozen=True, slots=True)
class Letak:
    """Sheet and row of a record, so later checks can point at it."""

    lembar: str
    baris: int

    def salah(self, kolom: str | None, pesan: str) -> Kesalahan:
        return Kesalahan(self.lembar, self.baris, kolom, pesan)
