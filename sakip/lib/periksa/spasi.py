"""Tables as text extraction leaves them: columns separated by spaces, names wrapped.

A PDF converted to text rarely keeps tabs. A measurement table then looks like

    No Indikator Kinerja Target Realisasi Capaian Kategori
    (1) (2) (3) (4) (5) (6)
    Sasaran 1 : Meningkatnya kualitas penyelenggaraan Pemilu
    1 Persentase tahapan pemilihan yang
    dilaksanakan tepat waktu 100% 95% 95,00% Berhasil
    2 Jumlah laporan keuangan 4 Lap 4 Lap 100 Berhasil

The header line gives the value columns in order; each row is a name (wrapped over as
many lines as it needs, the figures on its last line) followed by one value per column
(a number, a percentage, a number with a unit, a grade letter) and, when the header has
one, a category. "Sasaran N :" lines group the rows below them. The result is a
tabel.Tabel with one cell per column, so every table check reads it like a tab table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sakip.lib.periksa.dokumen import Baris, Dokumen
from sakip.lib.periksa.tabel import Row, Tabel

# Units written after a value ("4 Lap", "1 Dokumen"); kept as data.
SATUAN = (
    "lap",
    "laporan",
    "dok",
    "dokumen",
    "kali",
    "keg",
    "kegiatan",
    "orang",
    "unit",
    "satker",
    "layanan",
    "bulan",
    "berkas",
    "paket",
    "nilai",
    "poin",
    "indeks",
    "persen",
)
# Header words and the column role each gives; a word not listed is part of a title.
KATA_KEPALA = {
    "no": "no",
    "no.": "no",
    "nomor": "no",
    "indikator": "indikator",
    "sasaran": "sasaran",
    "uraian": "uraian",
    "program": "uraian",
    "kegiatan": "uraian",
    "target": "target",
    "realisasi": "realisasi",
    "capaian": "capaian",
    "kategori": "kategori",
    "predikat": "kategori",
    "pagu": "pagu",
    "anggaran": "pagu",
    "alokasi": "pagu",
    "sisa": "sisa",
    "persentase": "persen",
    "%": "persen",
    "(%)": "persen",
    "rentang": "rentang",
}
NILAI = ("target", "realisasi", "capaian", "pagu", "sisa", "persen")
_SATUAN = "|".join(SATUAN)
TOKEN = rf"(?:\d[\d.,]*\s?%|\d[\d.,]*(?:\s(?i:{_SATUAN})\.?(?![\w]))?|AA|A|BB|B|CC|C|D|-|–)"
_NOMOR_KOLOM = re.compile(r"^\s*(\(\d{1,2}\)\s*){3,}$|^\s*(\d{1,2}\s+){3,}\d{1,2}\s*$")
_SASARAN = re.compile(r"^\s*sasaran(?:\s+strategis)?\s*(\d{1,2})\s*[:.]\s*(.+)$", re.IGNORECASE)
_NOMOR_AWAL = re.compile(r"^\s*(\d{1,2})[.)]?\s+(?=\D)")
_NOMOR_HALAMAN = re.compile(r"^\s*(-\s*)?((hal(aman)?\.?|page)\s*)?\d{1,4}(\s*-)?\s*$", re.I)


def peran_kepala(teks: str) -> list[str] | None:
    """The column roles of a header line, in order, or None if it is not a header."""
    if "\t" in teks or len(teks) > 140 or re.search(r"\d", teks):
        return None
    kata = teks.replace("(Rp)", " ").replace("(Rp.)", " ").split()
    if not kata or len(kata) > 16:
        return None
    peran: list[str] = []
    dikenal = 0
    for w in kata:
        p = KATA_KEPALA.get(w.lower().strip(":,"))
        if p is None:
            if not w[:1].isupper() and w.lower() not in ("dan", "/"):
                return None  # ordinary lowercase words: a sentence, not a header
            continue
        dikenal += 1
        if p == "persen" and peran and peran[-1] in ("target", "realisasi", "capaian"):
            continue  # 'Target %' is the target column in percent
        if p == "capaian" and peran and peran[-1] == "rentang":
            continue  # 'Rentang Capaian' is one column
        if p in peran and p not in NILAI:
            continue
        peran.append(p)
    nilai = [p for p in peran if p in NILAI]
    if "rentang" in peran or len(nilai) < 2 or dikenal < len(kata) / 2:
        return None
    return peran


@dataclass
class _Calon:
    kepala: Baris
    peran: list[str]
    baris: set[int] = field(default_factory=set)
    rows: list[tuple[Baris, dict[str, str]]] = field(default_factory=list)
    kelompok: bool = False


def _pola_baris(peran: list[str]) -> re.Pattern:
    nilai = [p for p in peran if p in NILAI]
    isi = r"\s+".join(f"(?P<v{i}>{TOKEN})" for i in range(len(nilai)))
    kat = r"(?:\s+(?P<kat>[A-Za-z][A-Za-z ]{1,40}?))?" if "kategori" in peran else ""
    return re.compile(rf"^(?P<nama>.*?\S)\s+{isi}{kat}\s*$")


def cari_tabel_spasi(dokumen: Dokumen, kepala: set[int]) -> list[tuple[Tabel, set[int]]]:
    """Every space-separated table: (the table, every line it covers)."""
    hasil: list[tuple[Tabel, set[int]]] = []
    baris = dokumen.baris
    i = 0
    while i < len(baris):
        peran = peran_kepala(baris[i].teks) if "\t" not in baris[i].teks else None
        if peran is None:
            i += 1
            continue
        calon = _Calon(baris[i], peran, {baris[i].nomor})
        i = _baca_badan(calon, baris, i + 1, kepala)
        if calon.rows:
            hasil.append((_ke_tabel(calon), calon.baris))
    return hasil


def _baca_badan(calon: _Calon, baris: list[Baris], i: int, kepala: set[int]) -> int:
    pola = _pola_baris(calon.peran)
    nilai = [p for p in calon.peran if p in NILAI]
    tertunda: list[Baris] = []
    sasaran: tuple[int, str] | None = None
    sasaran_baru = False
    nomor_ind = 0
    kosong = 0
    while i < len(baris):
        b = baris[i]
        t = b.teks.strip()
        if "\t" in b.teks:
            break
        if not t or b.nomor in kepala or _NOMOR_HALAMAN.match(t):
            kosong += 1 if not t else 0
            if kosong > 1 and not tertunda:
                break
            i += 1
            continue
        if peran_kepala(t) == calon.peran:  # the header repeated on the next page
            calon.baris.add(b.nomor)
            i += 1
            continue
        if _NOMOR_KOLOM.match(t):
            calon.baris.add(b.nomor)
            i += 1
            continue
        if m := _SASARAN.match(t):
            sasaran, sasaran_baru = (int(m.group(1)), m.group(2).strip()), True
            calon.kelompok = True
            calon.baris.add(b.nomor)
            tertunda = []
            kosong = 0
            i += 1
            continue
        m = pola.match(t)
        if m and (tertunda or _NOMOR_AWAL.match(t) or calon.rows or len(m.group("nama")) > 3):
            nama = " ".join([x.teks.strip() for x in tertunda] + [m.group("nama")])
            no = ""
            if n := _NOMOR_AWAL.match(nama):
                no, nama = n.group(1), nama[n.end() :]
            nomor_ind += 1
            sel = {"nama": nama.strip(), "no": no}
            for j, p in enumerate(nilai):
                sel[p] = m.group(f"v{j}")
            if "kategori" in calon.peran:
                sel["kategori"] = (m.group("kat") or "").strip()
            if sasaran is not None:
                sel["sasaran"] = sasaran[1] if sasaran_baru else ""
                sel["no_sasaran"] = str(sasaran[0]) if sasaran_baru else ""
                sasaran_baru = False
            calon.rows.append((b, sel))
            calon.baris.update(x.nomor for x in tertunda)
            calon.baris.add(b.nomor)
            tertunda, kosong = [], 0
            i += 1
            continue
        # a line without figures: part of a wrapped name, or the end of the table
        if (
            t.endswith((".", ":", ";"))
            or len(t) > 110
            or len(tertunda) >= 4
            or (kosong and not tertunda)
        ):
            break
        tertunda.append(b)
        i += 1
    return i if not tertunda else tertunda[0].nomor - 1


def _susun_sel(peran: list[str], sel: dict[str, str], kelompok: bool) -> list[str]:
    hasil = []
    for p in _kolom(peran, kelompok):
        if p == "no":
            hasil.append(sel.get("no_sasaran", "") if kelompok else sel.get("no", ""))
        elif p in ("indikator", "uraian"):
            hasil.append(sel["nama"])
        else:
            hasil.append(sel.get(p, ""))
    return hasil


def _kolom(peran: list[str], kelompok: bool) -> list[str]:
    nama = "indikator" if "indikator" in peran else "uraian"
    kolom = ["no"] + (["sasaran"] if kelompok or "sasaran" in peran else []) + [nama]
    kolom += [p for p in peran if p in NILAI]
    if "kategori" in peran:
        kolom.append("kategori")
    return kolom


_JUDUL = {
    "no": "No",
    "sasaran": "Sasaran",
    "indikator": "Indikator",
    "uraian": "Uraian",
    "target": "Target",
    "realisasi": "Realisasi",
    "capaian": "Capaian",
    "kategori": "Kategori",
    "pagu": "Pagu",
    "sisa": "Sisa",
    "persen": "%",
}


def _ke_tabel(calon: _Calon) -> Tabel:
    kelompok = calon.kelompok
    kolom = _kolom(calon.peran, kelompok)
    rows = [Row(b, _susun_sel(calon.peran, sel, kelompok)) for b, sel in calon.rows]
    return Tabel(
        kepala=[_JUDUL[p] for p in kolom],
        rows=rows,
        lebar=len(kolom),
        baris_kepala=calon.kepala.nomor,
    )
