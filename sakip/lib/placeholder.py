"""Placeholder text left where a real value belongs: the one rule the publish gate and the
document checker share.

    cari_placeholder("Ketua: [Nama Ketua KPU]")   # ['[Nama Ketua KPU]']
    cari_placeholder("NIP. -")                    # ['NIP. -']
    cari_placeholder("sasaran tercapai")          # []

What counts as a placeholder (decisions, as no regulation lists them):
- text in square brackets that holds a letter or an ellipsis: "[Nama]", "[...]", "[…]"
  (a bare number in brackets, "[1]", is a reference, not a blank);
- three or more x's as a word: "xxx", "XXXX";
- an ellipsis ("…" or three or more dots) or a run of three or more underscores standing
  alone as a blank, i.e. not right after a word: "Nama: …", "tanggal ___ 2024" (but
  "dan seterusnya…" is prose);
- "NIP" followed by only punctuation and a dash or nothing: "NIP. -", "NIP: –", "NIP.";
- a whole field that is only dashes, dots or underscores: "-", "—", "...".
"""

from __future__ import annotations

import re

_POLA = [
    re.compile(r"\[[^\[\]\n]*(?:[A-Za-z]|\.\.\.|…)[^\[\]\n]*\]"),
    re.compile(r"(?<![A-Za-z0-9])[xX]{3,}(?![A-Za-z0-9])"),
    re.compile(r"(?<![\w.…])(?:…+|\.{3,}|_{3,})(?![\w])"),
    re.compile(r"\bNIP\b(?:[ \t.:]*[-–—]+|[ \t]*[.:])[ \t]*$", re.IGNORECASE | re.MULTILINE),
]
_HANYA_TANDA = re.compile(r"^[\s\-–—._…]+$")


def cari_placeholder(teks: str | None) -> list[str]:
    """The placeholder pieces in the text, in order of appearance (empty list: none)."""
    if not teks or not teks.strip():
        return []
    if _HANYA_TANDA.match(teks):
        return [teks.strip()]
    temuan: list[tuple[int, str]] = []
    for pola in _POLA:
        for m in pola.finditer(teks):
            bagian = m.group(0).strip()
            if bagian and not any(a <= m.start() < a + len(b) for a, b in temuan):
                temuan.append((m.start(), bagian))
    return [b for _, b in sorted(temuan)]
