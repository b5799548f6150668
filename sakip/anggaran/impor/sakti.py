"""SAKTI report GLP039 'Laporan Ketersediaan Dana Detail', read as SAKTI exports it.

The layout moves between exports, so nothing is read from a fixed cell: the header rows
and value columns are found by their text, each line's code is rebuilt from the per-level
code columns, and only akun lines are kept (every level above carries its own subtotal,
checked here against its akun lines and against the file's JUMLAH SELURUHNYA row).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter

from sakip.lib.anggaran import NAMA_BULAN, KodeAnggaran, KodeError, parse_bulan, uang
from sakip.lib.angka import AngkaError, format_angka, parse_angka

from .rekaman import BarisPagu, HasilBaca, InfoSakti, Kesalahan, Letak

PENANDA = "KETERSEDIAAN DANA"
# Roles of the value columns, found by header text; only pagu and s.d. periode are required.
PERAN_JUDUL = {
    "pagu": "Pagu Revisi",
    "lock": "Lock Pagu",
    "lalu": "Realisasi Periode Lalu",
    "ini": "Realisasi Periode Ini",
    "sd": "Realisasi s.d. Periode",
    "persen": "%",
    "sisa": "Sisa Anggaran",
}
_DIJUMLAH = ("pagu", "lalu", "ini", "sd", "sisa")
# Level rows as SAKTI prints them: program 'WA', kegiatan 'WA.6336', KRO 'EBA', RO 'EBA.963',
# komponen '126', subkomponen '126.0A', akun '521211'; items '002514. Makan ...' are skipped.
_POLA_TINGKAT = [
    ("kegiatan", re.compile(r"^([A-Z0-9]{2})\.(\d{4})$")),
    ("ro", re.compile(r"^([A-Z]{3})\.([A-Z0-9]{3})$")),
    ("subkomponen", re.compile(r"^(\d{3})\.([A-Z0-9]{1,2})$")),
    ("akun", re.compile(r"^(\d{6})$")),
    ("komponen", re.compile(r"^(\d{3})$")),
    ("kro", re.compile(r"^([A-Z]{3})$")),
    ("program", re.compile(r"^([A-Z0-9]{2})$")),
]
_ITEM = re.compile(r"^\d{3,}\.\s")
_INDUK = {"kegiatan": "program", "ro": "kro", "subkomponen": "komponen"}
_URUT = ["program", "kegiatan", "kro", "ro", "komponen", "subkomponen", "akun"]


def adalah_sakti(baris_awal: Iterable[tuple]) -> bool:
    """Whether the first rows carry the GLP039 title."""
    return any(isinstance(sel, str) and PENANDA in sel.upper() for isi in baris_awal for sel in isi)


def _teks(sel: Any) -> str:
    return sel.strip() if isinstance(sel, str) else ""


def _angka_sel(sel: Any) -> bool:
    return isinstance(sel, int | float | Decimal) and not isinstance(sel, bool)


def _kode_angka(sel: Any, panjang: int) -> str | None:
    """A code in the title rows, text ('036') or a number that lost its zeros (36)."""
    if _angka_sel(sel) and float(sel).is_integer():
        return str(int(sel)).zfill(panjang)
    teks = _teks(sel)
    return teks if re.fullmatch(rf"\d{{{panjang}}}", teks) else None


@dataclass
class _Daun:
    """A value column of the header: its first column (0-based) and its role."""

    kolom: int
    peran: str | None
    judul: str


@dataclass
class _Keadaan:
    lembar: str
    hasil: HasilBaca
    tahun_judul: int | None = None
    tahun_periode: int | None = None
    bulan: int | None = None
    ba: str | None = None
    eselon: str | None = None
    kode_satker: str | None = None
    nama_satker: str = ""
    daun: list[_Daun] = field(default_factory=list)
    baris_judul: int | None = None
    judul_atas: dict[int, str] = field(default_factory=dict)
    jumlah: dict[str, Decimal] | None = None
    baris_jumlah: int | None = None
    kode: dict[str, str] = field(default_factory=dict)
    subtotal: list[tuple[str, dict[str, Decimal], int]] = field(default_factory=list)
    nilai_akun: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    kolom_uraian: set[int] = field(default_factory=set)  # columns holding descriptions
    kolom_item: set[int] = field(default_factory=set)  # the column of item rows
    kolom_kode: set[int] = field(default_factory=set)  # columns holding level codes
    sebelum: dict[str, Decimal] | None = None  # the values of the previous data row
    lanjutan: int = 0  # rows that continue a description cut by a page break

    def salah(self, baris: int | None, kolom: str | None, pesan: str) -> None:
        self.hasil.kesalahan.append(Kesalahan(self.lembar, baris, kolom, pesan))


def _peran(judul: str) -> str | None:
    t = re.sub(r"\s+", " ", judul.lower()).strip()
    if "lock" in t:
        return "lock"
    if "pagu" in t:
        return "pagu"
    if "sisa" in t:
        return "sisa"
    if "lalu" in t:
        return "lalu"
    if re.search(r"s\s*[./]\s*d\b|sampai", t):
        return "sd"
    if "ini" in t.split():
        return "ini"
    if t == "%" or "persen" in t:
        return "persen"
    if t.startswith("realisasi"):
        return "sd"
    return None


def _susun_daun(atas: dict[int, str], bawah: dict[int, str]) -> list[_Daun]:
    """Leaves of the two-tier header: a top label spanning sub-labels gives way to them."""
    kolom_atas = sorted(atas)
    daun: list[_Daun] = []
    for i, k in enumerate(kolom_atas):
        if atas[k].strip().lower() == "uraian":
            continue
        batas = kolom_atas[i + 1] if i + 1 < len(kolom_atas) else 10**6
        anak = [(kb, bawah[kb]) for kb in sorted(bawah) if k <= kb < batas]
        if anak:
            daun += [_Daun(kb, _peran(t), t) for kb, t in anak]
        else:
            daun.append(_Daun(k, _peran(atas[k]), atas[k]))
    return daun


def _jarak(kolom: int, daun: list[_Daun], i: int) -> int:
    awal = daun[i].kolom
    akhir = daun[i + 1].kolom - 1 if i + 1 < len(daun) else 10**6
    if kolom < awal:
        return awal - kolom
    return max(0, kolom - akhir)


def _pasangkan(kolom: list[int], daun: list[_Daun]) -> list[int] | None:
    """Match a row's value cells to header leaves, in order, each to the nearest it can take.

    SAKTI shifts value cells a column or two from their header (and between the total row
    and the detail rows), so the match is an order-keeping alignment of least total distance.
    """
    m, n = len(kolom), len(daun)
    if m > n:
        return None
    if m == n:
        return list(range(n))
    tak_hingga = 10**9
    # biaya[i][j]: best cost of matching the first i cells within the first j leaves.
    biaya = [[tak_hingga] * (n + 1) for _ in range(m + 1)]
    pilih = [[False] * (n + 1) for _ in range(m + 1)]
    for j in range(n + 1):
        biaya[0][j] = 0
    for i in range(1, m + 1):
        for j in range(i, n + 1):
            lewati = biaya[i][j - 1]
            ambil = biaya[i - 1][j - 1] + _jarak(kolom[i - 1], daun, j - 1)
            if ambil <= lewati:
                biaya[i][j], pilih[i][j] = ambil, True
            else:
                biaya[i][j] = lewati
    hasil, i, j = [], m, n
    while i > 0:
        if pilih[i][j]:
            hasil.append(j - 1)
            i -= 1
        j -= 1
    return hasil[::-1]


def baca_sakti(lembar: str, baris: Iterable[tuple]) -> HasilBaca:
    """Read one GLP039 sheet into akun lines with pagu and realisation up to the period."""
    hasil = HasilBaca(format="sakti")
    k = _Keadaan(lembar, hasil)
    for nomor, isi in enumerate(baris, start=1):
        if not any(sel not in (None, "") for sel in isi):
            continue
        if k.baris_judul is None:
            _baca_kepala(k, nomor, isi)
        elif k.baris_judul + 1 == nomor and not k.jumlah and _baris_subjudul(isi):
            bawah = {i: _teks(s) for i, s in enumerate(isi) if _teks(s)}
            k.daun = _susun_daun(k.judul_atas, bawah)
        else:
            if not k.daun:
                k.daun = _susun_daun(k.judul_atas, {})
            _baca_data(k, nomor, isi)
    _selesai(k)
    return hasil


def _baris_subjudul(isi: tuple) -> bool:
    return not any(_angka_sel(s) for s in isi) and not any(
        "JUMLAH" in _teks(s).upper() for s in isi
    )


def _baca_kepala(k: _Keadaan, nomor: int, isi: tuple) -> None:
    teks = [_teks(s) for s in isi]
    gabungan = " ".join(t for t in teks if t)
    atas = gabungan.upper()
    if PENANDA in atas and (m := re.search(r"\bTA\s*(\d{4})\b", atas)):
        k.tahun_judul = int(m.group(1))
    if m := re.match(r"^\s*PERIODE\s+([A-Za-z]+)\s+(\d{4})", atas):
        try:
            k.bulan = parse_bulan(m.group(1))
            k.tahun_periode = int(m.group(2))
        except KodeError:
            k.salah(nomor, None, f"periode '{gabungan}' tidak dikenali")
    label = next((t for t in teks if t), "").lower()
    if label.startswith(("kementerian", "unit organisasi", "satuan kerja")):
        panjang = 3 if label.startswith("kementerian") else 2 if label.startswith("unit") else 6
        kode, nama = None, ""
        for sel, t in zip(isi[1:], teks[1:], strict=True):
            if kode is None:
                kode = _kode_angka(sel, panjang)
            elif t:
                nama = t
                break
        if kode is None:
            k.salah(nomor, None, f"kode pada baris '{label.split(':')[0].strip()}' tidak terbaca")
        elif panjang == 3:
            k.ba = kode
        elif panjang == 2:
            k.eselon = kode
        else:
            k.kode_satker, k.nama_satker = kode, nama
    if any(t.lower() == "uraian" for t in teks) and "PAGU" in atas:
        k.baris_judul = nomor
        k.judul_atas = {i: t for i, t in enumerate(teks) if t}


def _nilai_baris(
    k: _Keadaan, nomor: int, isi: tuple, kolom_teks: list[int] | None = None
) -> tuple[list[str], dict[str, Decimal]]:
    """Split a row into its text cells (codes, descriptions) and its values by role."""
    awal_nilai = k.daun[0].kolom - 2 if k.daun else len(isi)
    kolom_teks = [] if kolom_teks is None else kolom_teks
    teks: list[str] = []
    calon: list[tuple[int, Any]] = []
    for i, sel in enumerate(isi):
        if sel is None or (isinstance(sel, str) and sel.strip() in ("", "-")):
            continue
        if i < awal_nilai:
            teks.append(str(int(sel)) if _angka_sel(sel) else str(sel).strip())
            kolom_teks.append(i)
        elif _angka_sel(sel) or _teks_angka(sel):
            calon.append((i, sel))
        else:
            k.salah(nomor, get_column_letter(i + 1), f"'{sel}' bukan angka")
    pasangan = _pasangkan([i for i, _ in calon], k.daun)
    if pasangan is None:
        k.salah(nomor, None, "lebih banyak angka daripada kolom pada judul laporan")
        return teks, {}
    per_peran: dict[str, Decimal] = {}
    for indeks_daun, (i, sel) in zip(pasangan, calon, strict=True):
        daun = k.daun[indeks_daun]
        if daun.peran is None or daun.peran == "persen":
            continue
        try:
            per_peran[daun.peran] = uang(sel, negatif_boleh=True)
        except AngkaError as exc:
            k.salah(nomor, f"{get_column_letter(i + 1)} ({daun.judul})", str(exc))
    return teks, per_peran


def _teks_angka(sel: Any) -> bool:
    if not isinstance(sel, str):
        return False
    try:
        parse_angka(sel)
    except AngkaError:
        return False
    return True


def _baca_data(k: _Keadaan, nomor: int, isi: tuple) -> None:
    teks_baris = [_teks(s) for s in isi if _teks(s)]
    pertama = teks_baris[0] if teks_baris else ""
    if pertama.startswith("*") or PENANDA in pertama.upper():
        return  # the footnote SAKTI prints at every page break, a repeated title
    if any(t.lower() == "uraian" for t in teks_baris) or _baris_ulang_kepala(pertama):
        return
    kolom: list[int] = []
    teks, nilai = _nilai_baris(k, nomor, isi, kolom)
    if not teks:
        if nilai:
            k.salah(nomor, None, "baris berisi angka tanpa kode atau uraian")
        return
    if teks[0].upper().startswith("JUMLAH SELURUHNYA"):
        if k.jumlah is None:
            k.jumlah, k.baris_jumlah = nilai, nomor
        elif k.jumlah != nilai:
            k.salah(nomor, None, "baris JUMLAH SELURUHNYA berulang dengan angka berbeda")
        return
    sebelum, k.sebelum = k.sebelum, nilai or k.sebelum
    if _ITEM.match(teks[0]):
        k.kolom_item.add(kolom[0])  # an item below the akun: not a budget line
        return
    tanpa_kode = kolom[0] in k.kolom_uraian or kolom[0] in k.kolom_item
    seperti_kode = kolom[0] in k.kolom_kode or (
        re.fullmatch(r"[A-Za-z0-9.]{2,12}", teks[0]) is not None
        and any(c.isdigit() for c in teks[0])
    )
    if not tanpa_kode and seperti_kode and not _cocok_tingkat(teks[0]):
        _baca_tingkat(k, nomor, teks, nilai)  # a malformed code where codes stand
        return
    if tanpa_kode or not _cocok_tingkat(teks[0]):
        # A description cut by a page break continues in a row of its own that repeats
        # the amounts of its line; a text in a description or item column is never a code.
        if not nilai or (sebelum is not None and nilai == sebelum):
            k.lanjutan += bool(nilai)
            return
        if kolom[0] in k.kolom_item:
            return  # an item whose number is on the row above: item level, not a line
        k.salah(
            nomor,
            get_column_letter(kolom[0] + 1),
            f"baris berisi angka tanpa kode anggaran ('{teks[0][:60]}'), dan angkanya tidak "
            "sama dengan baris di atasnya",
        )
        return
    k.kolom_kode.add(kolom[0])
    if len(kolom) > 1:
        k.kolom_uraian.add(kolom[1])
    _baca_tingkat(k, nomor, teks, nilai)


def _baris_ulang_kepala(pertama: str) -> bool:
    """Title rows SAKTI repeats on a new page."""
    t = pertama.lower()
    return t.startswith(
        ("per program", "periode", "kementerian", "unit organisasi", "satuan kerja", "hal ")
    ) or t in ("periode lalu", "periode ini")


def _cocok_tingkat(teks: str) -> tuple[str, re.Match] | None:
    for tingkat, pola in _POLA_TINGKAT:
        if m := pola.match(teks.upper()):
            return tingkat, m
    return None


def _baca_tingkat(k: _Keadaan, nomor: int, teks: list[str], nilai: dict[str, Decimal]) -> None:
    cocok = _cocok_tingkat(teks[0])
    if cocok is None:
        k.salah(nomor, None, f"kode '{teks[0]}' tidak dikenali sebagai tingkat anggaran")
        return
    tingkat, m = cocok
    if tingkat in _INDUK:
        induk = _INDUK[tingkat]
        if k.kode.get(induk) != m.group(1):
            k.salah(
                nomor,
                None,
                f"kode '{teks[0]}' tidak berada di bawah {induk.upper()} "
                f"'{k.kode.get(induk, '-')}' di atasnya",
            )
            return
        kode_sendiri = m.group(2)
    else:
        kode_sendiri = m.group(1)
    posisi = _URUT.index(tingkat)
    kurang = [t for t in _URUT[:posisi] if t not in k.kode]
    if kurang:
        k.salah(nomor, None, f"kode '{teks[0]}' muncul sebelum {kurang[0]} di atasnya")
        return
    for t in _URUT[posisi:]:
        k.kode.pop(t, None)
    k.kode[tingkat] = kode_sendiri
    awalan = ".".join([k.ba or "", k.eselon or ""] + [k.kode[t] for t in _URUT[: posisi + 1]])
    if len(teks) > 1:
        k.hasil.uraian.setdefault(awalan, teks[1])
    if "pagu" not in nilai:
        k.salah(nomor, None, f"pagu untuk kode '{teks[0]}' tidak terbaca")
        return
    if tingkat != "akun":
        k.subtotal.append((awalan, nilai, nomor))
        return
    if k.ba is None or k.eselon is None:
        return  # reported once at the end
    kode = KodeAnggaran(k.ba, k.eselon, *(k.kode[t] for t in _URUT))
    kunci = str(kode)
    if kunci in k.nilai_akun:
        k.salah(nomor, None, f"akun {kunci} muncul dua kali")
        return
    try:
        kode.jenis_belanja  # noqa: B018 - validates the akun
    except KodeError as exc:
        k.salah(nomor, None, str(exc))
        return
    sd = nilai.get("sd", Decimal(0))
    if nilai["pagu"] < 0:
        k.salah(nomor, None, f"pagu akun {kunci} negatif")
    lalu, ini = nilai.get("lalu"), nilai.get("ini")
    if lalu is None or ini is None or lalu + ini != sd:
        lalu = ini = None  # the file does not split its figure: only s.d. periode is used
    k.nilai_akun[kunci] = nilai
    k.hasil.pagu.append(
        BarisPagu(
            kode,
            nilai["pagu"],
            Letak(k.lembar, nomor),
            realisasi_sd=sd,
            realisasi_lalu=lalu,
            realisasi_ini=ini,
        )
    )


def _selesai(k: _Keadaan) -> None:
    hasil = k.hasil
    if k.tahun_judul is None:
        k.salah(1, None, "judul 'LAPORAN KETERSEDIAAN DANA ... TA <tahun>' tidak ditemukan")
    if k.bulan is None:
        k.salah(None, None, "baris 'Periode <Bulan> <Tahun>' tidak ditemukan")
    elif k.tahun_judul and k.tahun_periode != k.tahun_judul:
        k.salah(None, None, f"periode tahun {k.tahun_periode} tidak sama dengan TA {k.tahun_judul}")
    for apa, nilai in (
        ("Kementerian (Bagian Anggaran)", k.ba),
        ("Unit Organisasi (Eselon I)", k.eselon),
        ("Satuan Kerja", k.kode_satker),
    ):
        if nilai is None:
            k.salah(None, None, f"kode {apa} tidak ditemukan di kepala laporan")
    if k.baris_judul is None:
        k.salah(None, None, "baris judul kolom (Uraian, Pagu Revisi, Realisasi) tidak ditemukan")
        return
    peran = {d.peran for d in k.daun}
    for wajib in ("pagu", "sd"):
        if wajib not in peran:
            k.salah(k.baris_judul, None, f"kolom '{PERAN_JUDUL[wajib]}' tidak ditemukan")
    if k.jumlah is None:
        k.salah(None, None, "baris 'JUMLAH SELURUHNYA' tidak ditemukan")
    if not hasil.pagu and not hasil.kesalahan:
        k.salah(None, None, "tidak ada baris akun dalam laporan")
    if hasil.kesalahan:
        return
    _periksa_jumlah(k)
    hasil.sakti = InfoSakti(
        tahun=k.tahun_judul,
        bulan=k.bulan,
        ba=k.ba,
        eselon=k.eselon,
        kode_satker=k.kode_satker,
        nama_satker=k.nama_satker,
        jumlah=dict(k.jumlah),
    )


def _periksa_jumlah(k: _Keadaan) -> None:
    """Every subtotal row and the file's total must equal the sum of the akun lines below."""
    per_awalan: dict[str, dict[str, Decimal]] = {}
    total: dict[str, Decimal] = dict.fromkeys(_DIJUMLAH, Decimal(0))
    for b in k.hasil.pagu:
        nilai = {"pagu": b.pagu, "sd": b.realisasi_sd}
        segmen = b.kode.segmen()
        for i in range(3, len(segmen)):
            ke = per_awalan.setdefault(".".join(segmen[:i]), dict.fromkeys(nilai, Decimal(0)))
            for peran, angka in nilai.items():
                ke[peran] += angka
    for awalan, nilai, nomor in k.subtotal:
        akun = per_awalan.get(awalan)
        for peran in ("pagu", "sd"):
            if peran in nilai and (akun is None or akun[peran] != nilai[peran]):
                k.salah(
                    nomor,
                    PERAN_JUDUL[peran],
                    f"subtotal {awalan} {format_angka(nilai[peran], 2)} tidak sama dengan "
                    f"jumlah akunnya {format_angka(akun[peran] if akun else Decimal(0), 2)}",
                )
    for peran in _DIJUMLAH:
        if peran in k.jumlah:
            total[peran] = sum(
                (n.get(peran, Decimal(0)) for n in k.nilai_akun.values()), Decimal(0)
            )
            if total[peran] != k.jumlah[peran]:
                k.salah(
                    k.baris_jumlah,
                    PERAN_JUDUL[peran],
                    f"jumlah baris akun {format_angka(total[peran], 2)} tidak sama dengan "
                    f"JUMLAH SELURUHNYA {format_angka(k.jumlah[peran], 2)}; berkas ditolak",
                )


def nama_periode(info: InfoSakti) -> str:
    """'September 2025'."""
    return f"{NAMA_BULAN[info.bulan - 1]} {info.tahun}"
