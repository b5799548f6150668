"""Which indicators are lower-is-better, judged from their wording (kept as data)."""

from __future__ import annotations

import re

from sakip.lib.capaian import Polaritas

# Words in an indicator's name that make it lower-is-better ("kondisi khusus",
# PermenPAN-RB 6/2022). A phrase matches whole words; add to the list, not to the code.
KATA_TURUN = (
    "pelanggaran",
    "tidak masuk",
    "kesalahan",
    "sengketa yang kalah",
    "kalah",
    "penurunan",
    "keterlambatan",
    "terlambat",
    "kasus",
    "aduan",
    "pengaduan",
    "keluhan",
    "temuan",
    "tunggakan",
    "kerugian",
    "kecelakaan",
    "tidak sesuai",
    "gagal",
)
_POLA = re.compile(r"\b(" + "|".join(re.escape(k) for k in KATA_TURUN) + r")\b", re.IGNORECASE)


def polaritas_nama(nama: str) -> tuple[Polaritas, str | None]:
    """(polarity, the word that decided it) for an indicator's name."""
    m = _POLA.search(nama)
    return (Polaritas.TURUN, m.group(1).lower()) if m else (Polaritas.NAIK, None)
