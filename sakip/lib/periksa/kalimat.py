"""Checks on figures in sentences, on placeholders, and between tables.

- A sentence giving a ceiling, what was spent and what remains: A − B = C, in any order,
  and each percentage beside an amount: realisasi / pagu, sisa / pagu.
- Inline computations "X / Y × 100 = Z", also "X × 100 = Z Y" where text extraction has
  put the denominator (the lower half of a fraction) after the result, or on the next line.
- "rata-rata capaian sebesar X" against the mean of the document's own table.
- Placeholders left in: "[Nama …]", "xxx", "NIP. -", "…" for a value.
- Truncated years and periods: "2021-202", "Tahun 202".
- Two measurement tables that give different figures for one indicator: reported as a
  disagreement naming both, without claiming which is right.
- A category label after "kategori" that is not in the document's own scale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from sakip.lib.angka import AngkaError, parse_angka
from sakip.lib.capaian import rata_capaian
from sakip.lib.periksa import skala as sk
from sakip.lib.periksa.cek import (
    SERATUS,
    _capaian_baris,
    _cocok_pembulatan,
    _f,
    _persen,
    _semua_skala,
    _tabel_ukur,
    _temuan,
)
from sakip.lib.periksa.konteks import Konteks
from sakip.lib.periksa.tabel import bersih
from sakip.lib.periksa.tahun import kalimat
from sakip.lib.periksa.temuan import ERROR, WARNING, Finding
from sakip.lib.placeholder import cari_placeholder

# ---------------------------------------------------------------- budget sentences

# The role of an amount is given by the last of these phrases before it (longest first).
PERAN_KATA = (
    ("sisa", r"sisa\s+anggaran|sisa\s+dana|sisa|tersisa|tidak\s+terserap|selisih"),
    (
        "realisasi",
        r"realisasi\s+anggaran|penyerapan\s+anggaran|realisasi|terealisasi|penyerapan"
        r"|terserap|diserap|dibelanjakan|digunakan",
    ),
    ("pagu", r"pagu\s+anggaran|pagu|alokasi\s+dipa|alokasi\s+anggaran|alokasi|dipa|anggaran"),
)
_KATA = re.compile(
    "|".join(f"(?P<{peran}>\\b(?:{pola})\\b)" for peran, pola in PERAN_KATA), re.IGNORECASE
)
_RUPIAH = re.compile(
    r"(?:Rp\.?\s*\**\s*)(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?)(?:,-)?(?!\d)"
    # an amount of a million or more written without 'Rp' ('sebesar 1.234.567.000 rupiah')
    r"|(?<![\d.,])(?P<m>\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?)(?:,-)?(?![\d%])",
    re.IGNORECASE,
)
_PERSEN = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:[.,]\d{1,4})?)\s*(?:%|persen\b)")


def _uang(teks: str) -> Decimal | None:
    try:
        return parse_angka(teks)
    except AngkaError:
        return None


def _peran_sebelum(teks: str) -> str | None:
    akhir = None
    for m in _KATA.finditer(teks):
        akhir = m.lastgroup
    return akhir


def cek_kalimat_anggaran(k: Konteks) -> Iterator[Finding]:
    """Pagu − realisasi = sisa in a sentence, and the percentages beside them."""
    for b in k.teks():
        for kal in kalimat(b.teks):
            jumlah = list(_RUPIAH.finditer(kal))
            if len(jumlah) < 2:
                continue
            peran: dict[str, list[tuple[Decimal, re.Match]]] = {}
            awal = 0
            for m in jumlah:
                p = _peran_sebelum(kal[awal : m.start()]) or _peran_sebelum(kal[: m.start()])
                n = _uang(m.group("n") or m.group("m"))
                if p and n is not None:
                    peran.setdefault(p, []).append((n, m))
                awal = m.end()
            satu = {p: v[0] for p, v in peran.items() if len(v) == 1}
            if {"pagu", "realisasi", "sisa"} <= satu.keys():
                a, bb, c = satu["pagu"][0], satu["realisasi"][0], satu["sisa"][0]
                if a >= bb and a - bb != c:
                    yield _temuan(
                        "sisa",
                        ERROR,
                        b,
                        f"Sisa dalam kalimat salah: pagu {_f(a)} − realisasi {_f(bb)} = "
                        f"{_f(a - bb)}, tetapi tertulis {_f(c)} (selisih {_f(c - (a - bb))}).",
                        expected=_f(a - bb),
                        found=_f(c),
                    )
            if "pagu" not in satu:
                continue
            a = satu["pagu"][0]
            if a == 0:
                continue
            for p in ("realisasi", "sisa"):
                if p not in satu:
                    continue
                nilai, m = satu[p]
                berikut = [x.start() for x in jumlah if x.start() > m.end()]
                batas = min(berikut) if berikut else len(kal)
                ekor = kal[m.end() : min(batas, m.end() + 45)]
                pm = _PERSEN.search(ekor)
                if not pm:
                    continue
                tertulis = _uang(pm.group("n"))
                benar = nilai / a * SERATUS
                if tertulis is None or _cocok_pembulatan(benar, tertulis):
                    continue
                apa = "realisasi" if p == "realisasi" else "sisa"
                yield _temuan(
                    "persen",
                    ERROR,
                    b,
                    f"Persentase {apa} dalam kalimat salah: {_f(nilai)} / pagu {_f(a)} × 100 = "
                    f"{_persen(benar)}, tetapi tertulis {_persen(tertulis)}.",
                    expected=_persen(benar),
                    found=_persen(tertulis),
                )


# ---------------------------------------------------------------- inline computations

_X = r"\d[\d.,]*\d|\d"
_KALI = r"\s*[x×X*]\s*100\s*%?\s*=\s*"
_BAGI = re.compile(
    rf"(?P<a>{_X})\s*%?\s*\)?\s*[/:÷]\s*\(?\s*(?P<b>{_X})\s*%?\s*\)?{_KALI}(?P<z>{_X})\s*%?"
)
_PECAHAN = re.compile(rf"(?P<a>{_X})\s*%?{_KALI}(?P<z>{_X})\s*%?(?:\s+(?P<b>{_X})\s*%?)?\s*$")


def cek_hitung(k: Konteks) -> Iterator[Finding]:
    """'X / Y × 100 = Z' must hold; also with the denominator after the result."""
    teks = k.teks()
    for i, b in enumerate(teks):
        temuan = [(m.group("a"), m.group("b"), m.group("z")) for m in _BAGI.finditer(b.teks)]
        if not temuan and (m := _PECAHAN.search(b.teks)) and not _BAGI.search(b.teks):
            bawah = m.group("b")
            if bawah is None and i + 1 < len(teks):
                berikut = teks[i + 1].teks.strip().rstrip("%").strip()
                if re.fullmatch(_X, berikut) and teks[i + 1].nomor <= b.nomor + 2:
                    bawah = berikut
            if bawah is not None:
                temuan.append((m.group("a"), bawah, m.group("z")))
        for a, bw, z in temuan:
            x, y, hasil = _uang(a), _uang(bw), _uang(z)
            if x is None or y is None or hasil is None or y == 0:
                continue
            benar = x / y * SERATUS
            if _cocok_pembulatan(benar, hasil):
                continue
            yield _temuan(
                "hitung",
                ERROR,
                b,
                f"Perhitungan salah: {a} / {bw} × 100 = {_persen(benar)}, tetapi tertulis "
                f"{_persen(hasil)}.",
                expected=_persen(benar),
                found=_persen(hasil),
            )


# ---------------------------------------------------------------- the mean capaian

_RATA = re.compile(
    r"rata-?\s*rata\s+capaian(?:\s+kinerja)?(?:\s+\w+){0,4}?\s+(?:sebesar|adalah|mencapai|yaitu"
    r"|senilai)\s+(?P<n>\d{1,3}(?:[.,]\d{1,4})?)\s*%",
    re.IGNORECASE,
)


def cek_rata(k: Konteks) -> Iterator[Finding]:
    """'rata-rata capaian sebesar X %' against the mean of the nearest measurement table."""
    ukur = [t for t in _tabel_ukur(k) if "capaian" in t.peran]
    if not ukur:
        return
    for b in k.teks():
        for m in _RATA.finditer(b.teks):
            tertulis = _uang(m.group("n"))
            sebelum = [t for t in ukur if t.awal < b.nomor]
            t = max(sebelum, key=lambda t: t.awal) if sebelum else min(ukur, key=lambda t: t.awal)
            nilai = [x for r in t.rows if (x := _capaian_baris(t, r)) is not None]
            if tertulis is None or not nilai:
                continue
            rata = rata_capaian(nilai)
            if _cocok_pembulatan(sum(nilai) / len(nilai), tertulis):
                continue
            yield _temuan(
                "rata",
                ERROR,
                b,
                f"Rata-rata capaian tertulis {_persen(tertulis)}, tetapi rata-rata {len(nilai)} "
                f"capaian pada tabel di baris {t.awal} adalah {_persen(rata)}.",
                expected=_persen(rata),
                found=_persen(tertulis),
            )


# ---------------------------------------------------------------- placeholders

_TAUTAN_MD = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)")  # '[f](#)': a Markdown link, not a blank
_NILAI_KOSONG = re.compile(r"(?:\bnomor|\bno\.|\brp\.?|\bsebesar|\btanggal)\s*(?:…|\.{3,})", re.I)


def cek_placeholder(k: Konteks) -> Iterator[Finding]:
    """Template text left in the report: '[Nama …]', 'xxx', 'NIP. -', '…' for a value.

    The rule is sakip.lib.placeholder (the one the publishing gate uses); here it is run on
    each line of running text, with Markdown links and lines that are only a list dash left
    out (a converted PDF is full of both).
    """
    for b in k.dokumen.baris:
        if b.nomor in k.kepala:
            continue
        teks = _TAUTAN_MD.sub(" ", b.teks)
        if not re.search(r"[A-Za-z0-9]", teks):
            continue  # a line of only '-' or '…': list or table debris, not a blank field
        potongan = cari_placeholder(teks) or [m.group(0) for m in _NILAI_KOSONG.finditer(teks)]
        if potongan:
            # a warning: the text is not wrong, it is missing
            yield _temuan(
                "placeholder",
                WARNING,
                b,
                f"Ada teks isian yang belum diganti: '{potongan[0]}'"
                + (f" (dan {len(potongan) - 1} lagi di baris ini)." if len(potongan) > 1 else "."),
                found=potongan[0],
            )


# ---------------------------------------------------------------- truncated years

_TAHUN_POTONG = (
    re.compile(r"(?<![\d/.])(?:19|20)\d{2}\s*(?:[-–—]|s\.?\s*d\.?|sampai)\s*\d{3}(?!\d)"),
    re.compile(r"\b(?:[Tt]ahun|TAHUN|TA\.?)\s+(?:20|19)\d(?![\d])"),
)


def cek_tahun_potong(k: Konteks) -> Iterator[Finding]:
    """'2021-202' or 'Tahun 202': a year cut short."""
    for b in k.dokumen.baris:
        if b.nomor in k.baris_tabel:
            continue
        for pola in _TAHUN_POTONG:
            for m in pola.finditer(b.teks):
                potongan = m.group(0).strip()
                yield _temuan(
                    "tahun",
                    ERROR,
                    b,
                    f"Tahun terpotong: '{potongan}'; tulis tahunnya lengkap (empat angka).",
                    found=potongan,
                )


# ---------------------------------------------------------------- tables that disagree


def _kunci(nama: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", nama.lower()).strip()


def cek_tabel_beda(k: Konteks) -> Iterator[Finding]:
    """Two measurement tables giving one indicator different figures: say so, name both."""
    ukur = [t for t in _tabel_ukur(k) if "indikator" in t.peran]
    dilihat: dict[str, tuple[int, dict[str, str]]] = {}
    for t in ukur:
        for row in t.rows:
            nama = bersih(t.sel(row, "indikator"))
            if len(nama) < 8:
                continue
            nilai = {p: bersih(t.sel(row, p)) for p in ("target", "realisasi") if p in t.peran}
            kunci = _kunci(nama)
            if kunci not in dilihat:
                dilihat[kunci] = (row.nomor, nilai)
                continue
            baris_lain, lain = dilihat[kunci]
            beda = [
                (p, lain[p], nilai[p])
                for p in nilai
                if p in lain and lain[p] and nilai[p] and _sama(lain[p], nilai[p]) is False
            ]
            if not beda:
                continue
            rinci = "; ".join(
                f"{p} {a} (baris {baris_lain}) dan {c} (baris {row.nomor})" for p, a, c in beda
            )
            yield _temuan(
                "tabel",
                ERROR,
                row.baris,
                f"Dua tabel tidak sama untuk indikator '{nama}': {rinci}. Salah satunya keliru; "
                "periksa mana yang benar.",
                expected=", ".join(a for _, a, _ in beda),
                found=", ".join(c for _, _, c in beda),
            )


def _sama(a: str, b: str) -> bool | None:
    from sakip.lib.periksa.cek import _nilai_ukur

    x, y = _nilai_ukur(a), _nilai_ukur(b)
    if x is None or y is None:
        return None if a.casefold() != b.casefold() else True
    return x == y


# ---------------------------------------------------------------- labels not in the scale

_LABEL_TEKS = re.compile(r"\bkategori\s+(?P<label>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b")


def cek_label(k: Konteks) -> Iterator[Finding]:
    """'termasuk kategori X': X must be a label of the document's own scale.

    When the document writes its own scales, only their labels count (and the absorption
    scale's, in a sentence about the budget); otherwise the standard scales'.
    """
    sendiri = [s for _, s in k.skala]
    semua = sendiri or list(sk.SKALA_BAKU)
    for b in k.teks():
        for m in _LABEL_TEKS.finditer(b.teks):
            label = m.group("label")
            dikenal = semua + (
                [sk.SKALA_BAKU[1]] if re.search(r"anggaran|penyerapan", b.teks, re.I) else []
            )
            kandidat = [" ".join(label.split()[:n]) for n in range(len(label.split()), 0, -1)]
            if any(sk.punya(s, x) for s in dikenal for x in kandidat):
                continue
            if (
                not any(sk.punya(s, x) for s in _semua_skala(k) for x in kandidat)
                and len(label.split()) == 1
                and label.lower() in ("kinerja", "indikator", "capaian", "ini", "tersebut")
            ):
                continue
            nama = " / ".join(p.label for s in dikenal[:1] for p in s.pita)
            yield _temuan(
                "kategori",
                ERROR if sendiri else WARNING,
                b,
                f"Kategori '{label}' tidak ada dalam skala "
                f"{'dokumen ini' if sendiri else 'yang dipakai'} ({nama}).",
                expected=nama,
                found=label,
            )


PEMERIKSAAN_KALIMAT = {
    "kalimat_anggaran": cek_kalimat_anggaran,
    "hitung": cek_hitung,
    "rata": cek_rata,
    "placeholder": cek_placeholder,
    "tahun_potong": cek_tahun_potong,
    "tabel_beda": cek_tabel_beda,
    "label": cek_label,
}
