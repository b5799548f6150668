"""The checks. Each takes a Konteks and yields Findings; PEMERIKSAAN lists them all."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from sakip.lib.angka import AngkaError, format_angka, parse_angka
from sakip.lib.capaian import (
    NILAI_HURUF,
    CapaianError,
    Polaritas,
    hitung_capaian,
    nilai_huruf,
    rata_capaian,
)
from sakip.lib.periksa import skala as sk
from sakip.lib.periksa import tahun as th
from sakip.lib.periksa.dokumen import Baris
from sakip.lib.periksa.konteks import Konteks
from sakip.lib.periksa.polaritas import polaritas_nama
from sakip.lib.periksa.spasi import SATUAN as SATUAN_NILAI
from sakip.lib.periksa.tabel import (
    LABEL_TOTAL,
    Row,
    Tabel,
    angka,
    bersih,
    bilangan_bulat,
    terpotong,
)
from sakip.lib.periksa.temuan import ERROR, NOTE, WARNING, Finding, cuplikan
from sakip.lib.terbilang import (
    BESAR,
    SATUAN,
    TerbilangError,
    parse_terbilang,
    terbilang,
    terbilang_rupiah,
)

SERATUS = Decimal(100)
# Words that name the same group of staff or schooling in a text and in a table.
SINONIM = {
    "PPNPN": "HONORER",
    "NON PNS": "HONORER",
    "NON-PNS": "HONORER",
    "PEGAWAI HONORER": "HONORER",
    "TENAGA HONORER": "HONORER",
    "SMA": "SLTA",
    "SMA/SEDERAJAT": "SLTA",
    "SMU": "SLTA",
    "SMK": "SLTA",
    "SLTA/SEDERAJAT": "SLTA",
    "ANGGOTA": "KOMISIONER",
    "PERSONEL": "PERSONIL",
}
# Non-standard spellings (EYD V / KBBI) and how much they matter in an official report.
EJAAN = {
    "milyar": ("miliar", WARNING),
    "trilyun": ("triliun", WARNING),
    "propinsi": ("provinsi", NOTE),
    "nopember": ("November", NOTE),
    "analisa": ("analisis", NOTE),
    "resiko": ("risiko", NOTE),
    "ijin": ("izin", NOTE),
}


def _temuan(kind: str, severity: str, baris: Baris, message: str, expected="", found="") -> Finding:
    return Finding(
        kind=kind,
        severity=severity,
        line=baris.nomor,
        page=baris.halaman,
        message=message,
        expected=str(expected),
        found=str(found),
        text=cuplikan(baris.teks),
    )


def _f(x: Decimal) -> str:
    """Indonesian figures: whole numbers without decimals, others with two."""
    return format_angka(x, 0) if x == x.to_integral_value() else format_angka(x, 2)


def _persen(x: Decimal) -> str:
    return f"{format_angka(x, 2)}%"


def _desimal(x: Decimal) -> int:
    return max(0, -x.as_tuple().exponent) if x.is_finite() else 0


def _cocok_pembulatan(nyata: Decimal, tertulis: Decimal) -> bool:
    """A written figure agrees with an exact one if it is that figure rounded or truncated."""
    tempat = Decimal(1).scaleb(-_desimal(tertulis))
    return tertulis in (
        nyata.quantize(tempat, rounding=ROUND_HALF_UP),
        nyata.quantize(tempat, rounding=ROUND_DOWN),
    )


# ---------------------------------------------------------------- budget rows: sisa, persen


def cek_anggaran(k: Konteks) -> Iterator[Finding]:
    """Each row: sisa = pagu - realisasi, and % = realisasi / pagu; one finding per row."""
    for t in k.tabel:
        if "pagu" not in t.peran or "realisasi" not in t.peran:
            continue
        if "sisa" not in t.peran and "persen" not in t.peran:
            continue
        for row in t.rows:
            pagu, real = t.nilai(row, "pagu"), t.nilai(row, "realisasi")
            sisa, pc = t.nilai(row, "sisa"), t.nilai(row, "persen")
            if pagu is None or real is None:
                continue
            salah_sisa = sisa is not None and sisa != pagu - real
            salah_pc = (
                pc is not None and pagu != 0 and not _cocok_pembulatan(real / pagu * SERATUS, pc)
            )
            b = row.baris
            if salah_sisa and salah_pc:
                yield _temuan(
                    "sisa",
                    ERROR,
                    b,
                    f"Angka baris ini tidak saling cocok: pagu {_f(pagu)} − realisasi {_f(real)} = "
                    f"{_f(pagu - real)}, tetapi sisa tertulis {_f(sisa)}; dan realisasi/pagu = "
                    f"{_persen(real / pagu * SERATUS)}, tetapi tertulis {_persen(pc)}. "
                    "Periksa angka pagu atau realisasi.",
                    expected=_f(pagu - real),
                    found=_f(sisa),
                )
            elif salah_sisa:
                yield _temuan(
                    "sisa",
                    ERROR,
                    b,
                    f"Sisa anggaran salah: pagu {_f(pagu)} − realisasi {_f(real)} = {_f(pagu - real)}, "
                    f"tetapi tertulis {_f(sisa)} (selisih {_f(sisa - (pagu - real))}).",
                    expected=_f(pagu - real),
                    found=_f(sisa),
                )
            elif salah_pc:
                benar = real / pagu * SERATUS
                yield _temuan(
                    "persen",
                    ERROR,
                    b,
                    f"Persentase realisasi salah: {_f(real)} / {_f(pagu)} × 100 = {_persen(benar)}, "
                    f"tetapi tertulis {_persen(pc)}.",
                    expected=_persen(benar),
                    found=_persen(pc),
                )


# ---------------------------------------------------------------- capaian / progres


def _nilai_ukur(sel: str) -> Decimal | None:
    """A measured value: a number, a percentage, or an AKIP letter grade."""
    s = bersih(sel).upper()
    if s in NILAI_HURUF:
        return nilai_huruf(s)
    # a unit after the figure ('4 Lap', '12 Dokumen')
    s = re.sub(
        r"^([\d.,]+)\s*(?:" + "|".join(SATUAN_NILAI) + r")\.?$", r"\1", bersih(sel), flags=re.I
    )
    return angka(s)


def _capaian(
    real: Decimal, target: Decimal, polaritas: Polaritas = Polaritas.NAIK
) -> Decimal | None:
    try:
        return hitung_capaian(target, real, polaritas)
    except CapaianError:
        return None


# (stated column, numerator, denominator, usual cap): capaian of an indicator, progress of an RO.
RASIO = (("capaian", "realisasi", "target", None), ("progres", "rvro", "tvro", Decimal(100)))


def _baris_rasio(k: Konteks):
    """(table, row, stated, numerator, denominator, name, kind) of every capaian/progres row."""
    for t in k.tabel:
        for hasil, atas, bawah, _ in RASIO:
            if not {hasil, atas, bawah} <= t.peran.keys():
                continue
            for row in t.rows:
                tertulis = angka(t.sel(row, hasil))
                r, tg = _nilai_ukur(t.sel(row, atas)), _nilai_ukur(t.sel(row, bawah))
                if tertulis is None or r is None or tg is None:
                    continue
                nama = bersih(t.sel(row, "indikator")) or " ".join(row.sel)
                yield t, row, tertulis, r, tg, nama, hasil


def batas_dokumen(k: Konteks) -> tuple[Decimal | None, list[Row]]:
    """The cap the report applies, inferred from it: (100 or 120, the rows capped), or None.

    A report caps when every row whose computed capaian is over 100 is stated as exactly
    100 (or every row over 120 as exactly 120, the rows between 100 and 120 as computed).
    """
    lebih: list[tuple[Row, Decimal, Decimal]] = []
    for _, row, tertulis, r, tg, nama, hasil in _baris_rasio(k):
        if hasil != "capaian":
            continue
        mentah = _capaian(r, tg, polaritas_nama(nama)[0])
        if mentah is not None and mentah > SERATUS:
            lebih.append((row, mentah, tertulis))
    if not lebih:
        return None, []
    if all(t == SERATUS for _, _, t in lebih):
        return SERATUS, [r for r, _, _ in lebih]
    di_atas = [(r, m, t) for r, m, t in lebih if m > 120]
    if (
        di_atas
        and all(t == 120 for _, _, t in di_atas)
        and all(_cocok_pembulatan(m, t) for _, m, t in lebih if m <= 120)
    ):
        return Decimal(120), [r for r, _, _ in di_atas]
    return None, []


def cek_capaian(k: Konteks) -> Iterator[Finding]:
    """A stated capaian/progres must be realisasi / target x 100, with the indicator's polarity.

    Polarity comes from the indicator's wording (polaritas.KATA_TURUN); the cap from the
    report itself (batas_dokumen): a report that caps gets a note, and a capped value is
    accepted; a value that is neither the computed nor the capped one is an error.
    """
    batas, dibatasi = batas_dokumen(k)
    if batas is not None:
        b = dibatasi[0].baris
        yield _temuan(
            "capaian",
            NOTE,
            b,
            f"Laporan ini membatasi capaian pada {_f(batas)} %: {len(dibatasi)} indikator yang "
            f"capaiannya di atas {_f(batas)} % ditulis {_f(batas)} %. Sebutkan batas itu di laporan.",
            expected=_f(batas),
        )
    for t, row, tertulis, r, tg, nama, hasil in _baris_rasio(k):
        atas, bawah = ("realisasi", "target") if hasil == "capaian" else ("rvro", "tvro")
        polaritas, kata = polaritas_nama(nama) if hasil == "capaian" else (Polaritas.NAIK, None)
        mentah = _capaian(r, tg, polaritas)
        if mentah is None:
            continue
        pilihan = [mentah] + [min(mentah, c) for c in (SERATUS, Decimal(120))]
        if polaritas == Polaritas.NAIK and hasil == "capaian":
            # wording does not settle every lower-is-better indicator: accept its formula
            turun = _capaian(r, tg, Polaritas.TURUN)
            pilihan += [turun] + [min(turun, c) for c in (SERATUS, Decimal(120))]
        if any(_cocok_pembulatan(p, tertulis) for p in pilihan):
            continue
        teks_r, teks_t = bersih(t.sel(row, atas)), bersih(t.sel(row, bawah))
        if polaritas == Polaritas.TURUN:
            rumus = (
                f"indikator ini semakin rendah semakin baik (kata '{kata}'): capaian = "
                f"(2 × target {teks_t} − realisasi {teks_r}) / target × 100 = {_persen(mentah)}"
            )
        else:
            rumus = f"realisasi {teks_r} / target {teks_t} × 100 = {_persen(mentah)}"
        if batas is not None and mentah > batas:
            rumus += f" (dibatasi {_persen(batas)})"
        yield _temuan(
            "capaian",
            ERROR,
            row.baris,
            f"Capaian salah: {rumus}, tetapi tertulis {_persen(tertulis)}.",
            expected=_persen(min(mentah, batas) if batas is not None else mentah),
            found=_persen(tertulis),
        )


# ---------------------------------------------------------------- totals


def _sel_total(row: Row) -> list[tuple[int, list[int]]]:
    """(label column, value columns) for each 'JUMLAH'/'TOTAL' label in a row."""
    hasil = []
    for i, s in enumerate(row.sel):
        if not LABEL_TOTAL.match(bersih(s)):
            continue
        kolom = []
        for j in range(i + 1, len(row.sel)):
            isi = bersih(row.sel[j])
            if not isi:
                continue
            if angka(isi) is None:
                break
            kolom.append(j)
        hasil.append((i, kolom))
    return hasil


def _kolom_persen(t: Tabel, j: int, sel: str) -> bool:
    judul = t.kepala[j].upper() if j < len(t.kepala) else ""
    return bersih(sel).endswith("%") or any(
        w in judul for w in ("%", "PERSEN", "CAPAIAN", "PROGRES", "PROSENTASE", "RATA")
    )


def _total_tabel(t: Tabel) -> Iterator[tuple[Row, str, Decimal, Decimal, int]]:
    """(total row, column title, stated total, sum of the rows above, how many) per total cell."""
    awal: dict[int, int] = {}
    for idx, row in enumerate(t.rows):
        for i, kolom in _sel_total(row):
            for j in kolom:
                if j == t.peran.get("no") or _kolom_persen(t, j, row.sel[j]):
                    continue
                tertulis = angka(row.sel[j])
                nilai = [
                    v
                    for r in t.rows[awal.get(j, 0) : idx]
                    if j < len(r.sel) and not _sel_total(r) and (v := angka(r.sel[j])) is not None
                ]
                awal[j] = idx + 1
                if tertulis is None or not nilai:
                    continue
                judul = next((t.kepala[x] for x in (j, i) if x < len(t.kepala) and t.kepala[x]), "")
                yield row, judul or f"kolom {j + 1}", tertulis, sum(nilai, Decimal(0)), len(nilai)


def cek_total(k: Konteks) -> Iterator[Finding]:
    """Total rows must be the sum of the rows above them; budget tables must agree."""
    for t in k.tabel:
        for row, judul, tertulis, jumlah, n in _total_tabel(t):
            if jumlah == tertulis:
                continue
            yield _temuan(
                "total",
                ERROR,
                row.baris,
                f"Total '{judul}' tidak sama dengan jumlah {n} baris di atasnya: jumlahnya "
                f"{_f(jumlah)}, tetapi tertulis {_f(tertulis)} (selisih {_f(tertulis - jumlah)}).",
                expected=_f(jumlah),
                found=_f(tertulis),
            )
    yield from _antar_tabel(k)


def _ringkasan_anggaran(t: Tabel) -> tuple[Decimal, Decimal, int, int] | None:
    """(pagu, realisasi, line, rows) of a budget table: its total row, else the sum of rows."""
    if "pagu" not in t.peran or "realisasi" not in t.peran:
        return None
    for row in t.rows:
        if t.baris_total(row):
            p, r = t.nilai(row, "pagu"), t.nilai(row, "realisasi")
            if p is not None and r is not None:
                return p, r, row.nomor, len(t.rows) - 1
    pasangan = [(t.nilai(r, "pagu"), t.nilai(r, "realisasi")) for r in t.rows]
    pasangan = [(p, r) for p, r in pasangan if p is not None and r is not None]
    if len(pasangan) < 2:
        return None
    return sum(p for p, _ in pasangan), sum(r for _, r in pasangan), 0, len(pasangan)


def _antar_tabel(k: Konteks) -> Iterator[Finding]:
    """Two budget tables with the same total pagu must have the same total realisasi."""
    ringkas = [(t, s) for t in k.tabel if (s := _ringkasan_anggaran(t)) is not None]
    for i, (t1, (p1, r1, baris1, _)) in enumerate(ringkas):
        for t2, (p2, r2, _, n2) in ringkas[i + 1 :]:
            if p1 != p2 or r1 == r2:
                continue
            acuan = baris1 or t1.awal
            yield _temuan(
                "total",
                ERROR,
                k.baris(t2.awal),
                f"Dua tabel anggaran dengan pagu yang sama ({_f(p1)}) memberi realisasi berbeda: "
                f"tabel ini ({n2} baris) berjumlah {_f(r2)}, tabel di baris {acuan} menyatakan "
                f"{_f(r1)} (selisih {_f(r1 - r2)}).",
                expected=_f(r1),
                found=_f(r2),
            )


# ---------------------------------------------------------------- numbering


def cek_penomoran(k: Konteks) -> Iterator[Finding]:
    """Numbers in a table's NO column must run 1, 2, 3 ... without repeats or skips."""
    for t in k.tabel:
        if "no" not in t.peran:
            continue
        sebelum: int | None = None
        for row in t.rows:
            n = bilangan_bulat(t.sel(row, "no"))
            if n is None:
                continue
            if sebelum is not None and n != sebelum + 1 and n != 1:
                if n == sebelum:
                    pesan = f"Nomor baris {n} berulang; seharusnya {sebelum + 1}."
                elif n > sebelum:
                    pesan = f"Nomor baris melompat dari {sebelum} ke {n}; seharusnya {sebelum + 1}."
                else:
                    pesan = f"Nomor baris mundur dari {sebelum} ke {n}; seharusnya {sebelum + 1}."
                yield _temuan("penomoran", ERROR, row.baris, pesan, expected=sebelum + 1, found=n)
            sebelum = n


# ---------------------------------------------------------------- amounts in words

KATA_BILANGAN = set(SATUAN) - {"se"} | set(BESAR) | {"belas", "puluh", "ratus", "trilyun"}
_KATA_LAIN = {"rupiah", "persen", "koma"}
_SE = {"ratus", "ribu", "puluh", "belas"}
_ANGKA_KATA = re.compile(
    r"(?<![\d.,])(?P<angka>\d[\d.,]*+-?)\s*+(?P<persen>%)?\s*+(?:\*\*|__)?\s*+"
    r"\((?P<kata>[A-Za-z][A-Za-z\s-]*+)\)"
)
_KATA_ANGKA = re.compile(
    r"(?<![A-Za-z])(?P<kata>(?:[A-Za-z]++\s++){0,15}[A-Za-z]++)\s*+\((?P<angka>\d{1,15})\)"
)


def _kata_bilangan(kata: str) -> bool:
    return kata in KATA_BILANGAN or (kata.startswith("se") and kata[2:] in _SE)


def _baca_kata(teks: str) -> Decimal:
    """Words to a number, with 'koma' for decimals (read as a number or digit by digit)."""
    kata = [w for w in re.findall(r"[a-z]+", teks.lower()) if w not in ("rupiah", "persen")]
    kata = ["triliun" if w == "trilyun" else w for w in kata]
    if "koma" not in kata:
        return Decimal(parse_terbilang(" ".join(kata)))
    i = kata.index("koma")
    bulat = parse_terbilang(" ".join(kata[:i])) if i else 0
    pecahan = kata[i + 1 :]
    if not pecahan:
        raise TerbilangError(f"'{teks}': tidak ada angka sesudah 'koma'")
    if all(w in SATUAN and w != "se" for w in pecahan):
        digit = "".join(str(SATUAN[w]) for w in pecahan)
    else:
        digit = str(parse_terbilang(" ".join(pecahan)))
    return Decimal(f"{bulat}.{digit}")


def _tulis_kata(nilai: Decimal, rupiah: bool) -> str:
    if nilai == nilai.to_integral_value():
        return terbilang_rupiah(int(nilai)) if rupiah else terbilang(int(nilai))
    bulat, pecahan = f"{nilai.normalize():f}".split(".")
    return f"{terbilang(int(bulat))} koma {terbilang(int(pecahan))}"


def cek_terbilang(k: Konteks) -> Iterator[Finding]:
    """Amounts in words must give the digits beside them: '29.596.488.000 (dua puluh ...)'."""
    for b in k.teks():
        for m in _ANGKA_KATA.finditer(b.teks):
            kata = m.group("kata")
            token = re.findall(r"[a-z]+", kata.lower())
            if not token or not all(_kata_bilangan(w) or w in _KATA_LAIN for w in token):
                continue
            if not any(_kata_bilangan(w) for w in token):
                continue
            try:
                digit = parse_angka(m.group("angka") + (m.group("persen") or ""))
            except AngkaError:
                continue
            rupiah = "rupiah" in token or bool(
                re.search(r"rp\.?\s*\**\s*$", b.teks[: m.start()], re.I)
            )
            yield from _banding_kata(
                b, digit, kata, rupiah, m.group("angka") + (m.group("persen") or "")
            )
        for m in _KATA_ANGKA.finditer(b.teks):
            semua = m.group("kata").split()
            ekor: list[str] = []
            for w in reversed(semua):
                if not _kata_bilangan(w.lower()):
                    break
                ekor.insert(0, w)
            if not ekor:
                continue
            yield from _banding_kata(
                b, Decimal(m.group("angka")), " ".join(ekor), False, m.group("angka")
            )


def _banding_kata(
    b: Baris, digit: Decimal, kata: str, rupiah: bool, tertulis: str
) -> Iterator[Finding]:
    seharusnya = _tulis_kata(digit, rupiah)
    try:
        nilai = _baca_kata(kata)
    except TerbilangError:
        yield _temuan(
            "terbilang",
            ERROR,
            b,
            f'Terbilang untuk {tertulis} tidak dapat dibaca sebagai bilangan: "{kata.strip()}". '
            f'Seharusnya: "{seharusnya}".',
            expected=seharusnya,
            found=kata.strip(),
        )
        return
    if nilai != digit:
        yield _temuan(
            "terbilang",
            ERROR,
            b,
            f'Terbilang tidak sesuai angka: {tertulis} ditulis "{kata.strip()}", yang berarti '
            f'{_f(nilai)}. Seharusnya: "{seharusnya}".',
            expected=seharusnya,
            found=f"{kata.strip()} (= {_f(nilai)})",
        )


# ---------------------------------------------------------------- spelling


def cek_ejaan(k: Konteks) -> Iterator[Finding]:
    """Non-standard spellings such as 'milyar' (EYD: 'miliar')."""
    pola = re.compile(r"\b(" + "|".join(EJAAN) + r")\b", re.IGNORECASE)
    for b in k.dokumen.baris:
        if b.nomor in k.kepala:
            continue
        for kata in dict.fromkeys(m.group(1) for m in pola.finditer(b.teks)):
            baku, tingkat = EJAAN[kata.lower()]
            yield _temuan(
                "ejaan",
                tingkat,
                b,
                f"Ejaan tidak baku: '{kata}'; ejaan baku (EYD) adalah '{baku}'.",
                expected=baku,
                found=kata,
            )


# ---------------------------------------------------------------- years

_PESAN_TAHUN = {
    "kepala": (ERROR, "Kepala halaman menyebut tahun {y}, padahal laporan ini tahun {t}."),
    "judul": (ERROR, "Judul menyebut tahun {y}, padahal laporan ini tahun {t}."),
    "diri": (
        ERROR,
        "Kalimat tentang laporan ini menyebut tahun {y}, padahal laporan ini tahun {t}.",
    ),
    "periode": (
        WARNING,
        "Disebut tahun {y} untuk dokumen/periode kinerja, padahal laporan ini tahun {t}; "
        "pastikan bukan sisa laporan tahun lain.",
    ),
    "lain": (NOTE, "Disebut tahun {y} (laporan ini tahun {t}); periksa apakah memang dimaksudkan."),
}


def cek_tahun(k: Konteks) -> Iterator[Finding]:
    """Years that contradict the report's year; malformed years like 'Tahun 20233'."""
    for b in k.dokumen.baris:
        for m in th.TAHUN_RUSAK.finditer(b.teks):
            yield _temuan(
                "tahun",
                ERROR,
                b,
                f"Tahun tidak sah: '{m.group(0)}'.",
                expected=f"Tahun {m.group(1)[:4]}" if k.tahun is None else f"Tahun {k.tahun}",
                found=m.group(0),
            )
    if k.tahun is None:
        return
    for b in k.dokumen.baris:
        if b.nomor in k.baris_tabel or not b.teks.strip():
            continue
        for s in th.sebutan_tahun(b.teks, k.tahun, b.nomor in k.kepala):
            tingkat, pesan = _PESAN_TAHUN[s.tingkat]
            pesan = pesan.format(y=s.tahun, t=k.tahun)
            if len(b.teks) > 200:  # point at the sentence inside a long paragraph
                pesan += f" Kalimatnya: “{s.kalimat}”"
            yield _temuan("tahun", tingkat, b, pesan, expected=k.tahun, found=s.tahun)


# ---------------------------------------------------------------- counts

_BILANGAN_KATA = (
    r"satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
    r"|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+belas"
)
_N = rf"(?P<n>\d{{1,4}}|{_BILANGAN_KATA})"
_RINCI = re.compile(
    rf"(?<![\w/.])(?<!nomor )(?<!no\. ){_N}\s*(?:\([a-z\s]+\)\s*)?(?P<benda>[a-z]+)"
    r"(?P<antara>(?:\s+[^\s.:;]+){0,8}?)\s+"
    r"(?P<pemicu>terdiri\s+(?:dari|atas)|antara\s+lain|yaitu|yakni|meliputi)\s*(?P<titik>:)?\s*"
    r"(?P<daftar>[^.;:]*)",
    re.IGNORECASE,
)
_BUKAN_BENDA = {
    "tahun",
    "nomor",
    "ayat",
    "pasal",
    "huruf",
    "angka",
    "bulan",
    "hari",
    "kali",
    "persen",
}
_PISAH_DAFTAR = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+", re.IGNORECASE)
_BUTIR = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?([a-z]|[ivx]+|\d{1,2})[.)])\s+\S", re.IGNORECASE)
_ORANG = re.compile(
    r"\b(\d{1,4})\s+(?:orang|personil|personel|pegawai)\s+((?:pegawai\s+)?[A-Za-z][\w/]*)",
    re.IGNORECASE,
)
_SEBANYAK = re.compile(r"\b([A-Za-z][\w/]*)\s+sebanyak\s+(\d{1,4})\b", re.IGNORECASE)
_SASARAN = re.compile(
    rf"(?<![\w/.])(?<!tahun )(?<!nomor ){_N}\s*(?:\([a-z\s]+\)\s*)?(?P<apa>sasaran|indikator)\b",
    re.IGNORECASE,
)


def _bilangan(teks: str) -> int | None:
    if teks.isdigit():
        return int(teks)
    try:
        return parse_terbilang(teks)
    except TerbilangError:
        return None


def _butir_berikut(k: Konteks, nomor: int) -> int:
    """How many list items (a., b., 1), i.) follow a line ending in ':'."""
    jumlah, label_awal, lain = 0, None, 0
    for b in k.dokumen.baris[nomor:]:
        t = b.teks.strip()
        if not t or t in ("-", "•") or b.nomor in k.kepala:
            continue
        m = _BUTIR.match(t)
        if m and "\t" not in b.teks:
            label = m.group(1)
            if label_awal is None:
                label_awal = label
            elif label.isupper() != label_awal.isupper() or label.isdigit() != label_awal.isdigit():
                break
            jumlah, lain = jumlah + 1, 0
            continue
        lain += 1
        if jumlah == 0 or lain > 1:
            break
    return jumlah


def _pasangan_tabel(k: Konteks) -> dict[str, set[tuple[int, int]]]:
    """Label -> {(value, line)} from cells followed by a small whole number ('PNS | 13')."""
    hasil: dict[str, set[tuple[int, int]]] = {}
    for t in k.tabel:
        for row in t.rows:
            for i, s in enumerate(row.sel[:-1]):
                label, nilai = bersih(s), bilangan_bulat(row.sel[i + 1])
                if nilai is None or not re.search(r"[A-Za-z]", label) or len(label) > 40:
                    continue
                if LABEL_TOTAL.match(label):
                    label = t.kepala[i] if i < len(t.kepala) else ""
                if label:
                    hasil.setdefault(_norm_label(label), set()).add((nilai, row.nomor))
    return hasil


def _norm_label(label: str) -> str:
    kunci = re.sub(r"\s+", " ", label.upper().strip(" :,."))
    return SINONIM.get(kunci, kunci)


def _hitung_tabel(t: Tabel, apa: str) -> int:
    if apa == "sasaran" and "no" in t.peran:
        return sum(1 for r in t.rows if bilangan_bulat(t.sel(r, "no")) is not None)
    return sum(1 for r in t.rows if bersih(t.sel(r, apa)))


def cek_jumlah(k: Konteks) -> Iterator[Finding]:
    """Counts in the text against their parts and against the tables."""
    pasangan = _pasangan_tabel(k)
    ukur = [t for t in k.tabel if {"sasaran", "indikator"} <= t.peran.keys()]
    # a table without a sasaran column still counts its indicators
    ukur_indikator = ukur + [
        t
        for t in k.tabel
        if "indikator" in t.peran
        and "sasaran" not in t.peran
        and {"target", "realisasi"} <= t.peran.keys()
    ]
    for b in k.teks():
        yield from _rincian(k, b)
        for label, nilai in [(m.group(2), int(m.group(1))) for m in _ORANG.finditer(b.teks)] + [
            (m.group(1), int(m.group(2))) for m in _SEBANYAK.finditer(b.teks)
        ]:
            tabel = pasangan.get(_norm_label(label), set())
            if len({v for v, _ in tabel}) != 1:
                continue
            (v, baris), *_ = tabel
            if v != nilai:
                yield _temuan(
                    "jumlah",
                    ERROR,
                    b,
                    f"Teks menyebut {label} sebanyak {nilai}, tetapi tabel di baris {baris} "
                    f"mencatat {v}.",
                    expected=v,
                    found=nilai,
                )
        for m in _SASARAN.finditer(b.teks):
            n = _bilangan(m.group("n").lower())
            apa = m.group("apa").lower()
            tabel = _tabel_terdekat(ukur if apa == "sasaran" else ukur_indikator, b.nomor)
            if n is None or tabel is None:
                continue
            ada = _hitung_tabel(tabel, apa)
            if ada and ada != n:
                yield _temuan(
                    "jumlah",
                    ERROR,
                    b,
                    f"Disebut {n} {apa}, tetapi tabel pengukuran di baris {tabel.awal} memuat {ada} {apa}.",
                    expected=ada,
                    found=n,
                )


def _tabel_terdekat(tabel: list[Tabel], nomor: int) -> Tabel | None:
    sesudah = [t for t in tabel if t.awal > nomor]
    if sesudah:
        return min(sesudah, key=lambda t: t.awal)
    sebelum = [t for t in tabel if t.awal < nomor]
    return max(sebelum, key=lambda t: t.awal) if sebelum else None


def _rincian(k: Konteks, b: Baris) -> Iterator[Finding]:
    """'30 orang ... terdiri dari 5 orang A, 13 orang B, 10 orang C': the parts must add up."""
    for m in _RINCI.finditer(b.teks):
        benda = m.group("benda").lower()
        n = _bilangan(m.group("n").lower())
        frasa = re.split(
            r"\s+(?:yang|dan|serta)\b|,", f"{m.group('n')} {m.group('benda')}{m.group('antara')}"
        )[0]
        if n is None or benda in _BUKAN_BENDA:
            continue
        daftar = m.group("daftar").strip()
        if not daftar and (m.group("titik") or b.teks.rstrip().endswith(":")):
            ada = _butir_berikut(k, b.nomor)
            if ada and ada != n:
                yield _temuan(
                    "jumlah",
                    WARNING,
                    b,
                    f"Disebut '{frasa}', tetapi yang dirinci di bawahnya {ada} butir.",
                    expected=ada,
                    found=n,
                )
            continue
        butir = [x for x in _PISAH_DAFTAR.split(daftar) if x.strip()]
        if len(butir) < 2:
            continue
        angka_butir = [re.search(r"\b(\d{1,6})\b", x) for x in butir]
        kata_butir = {w.lower() for x in butir for w in re.findall(r"[A-Za-z]+", x)}
        if all(angka_butir) and benda in kata_butir:
            bagian = [int(a.group(1)) for a in angka_butir]
            if sum(bagian) != n:
                rumus = " + ".join(str(x) for x in bagian)
                yield _temuan(
                    "jumlah",
                    ERROR,
                    b,
                    f"Disebut '{frasa}', tetapi rinciannya {rumus} = {sum(bagian)}.",
                    expected=f"{rumus} = {sum(bagian)}",
                    found=n,
                )
        elif len(butir) != n:
            yield _temuan(
                "jumlah",
                WARNING,
                b,
                f"Disebut '{frasa}', tetapi yang dirinci {len(butir)}: "
                f"{'; '.join(x.strip() for x in butir)}.",
                expected=len(butir),
                found=n,
            )


# ---------------------------------------------------------------- categories and scales


def _semua_skala(k: Konteks) -> list[sk.SkalaDokumen]:
    return [s for _, s in k.skala] + list(sk.SKALA_BAKU)


def _kategori_untuk(k: Konteks, label: str, x: Decimal) -> tuple[str, sk.SkalaDokumen] | None:
    """What the scale that uses this label gives for x (document scales first)."""
    for s in _semua_skala(k):
        if sk.punya(s, label) and (hasil := sk.kategori(s, x)) is not None:
            return hasil, s
    return None


def _label_dikenal(k: Konteks) -> list[str]:
    label = {sk.norm_label(p.label) for s in _semua_skala(k) for p in s.pita}
    return sorted(label, key=len, reverse=True)


def _capaian_baris(t: Tabel, row: Row) -> Decimal | None:
    tertulis = angka(t.sel(row, "capaian")) if "capaian" in t.peran else None
    if tertulis is not None:
        return tertulis
    r, tg = _nilai_ukur(t.sel(row, "realisasi")), _nilai_ukur(t.sel(row, "target"))
    if r is None or tg is None:
        return None
    return _capaian(r, tg)


def _tabel_ukur(k: Konteks) -> list[Tabel]:
    return [
        t
        for t in k.tabel
        if {"realisasi", "target"} <= t.peran.keys()
        and "pagu" not in t.peran
        and ({"indikator", "sasaran"} & t.peran.keys())
    ]


# A category stated after one of these words, with at most three words in between.
_PEMICU_KATEGORI = (
    r"(?:kesimpulan\w*|kategori|predikat|menunjukkan\s+hasil(?:\s+capaian)?|termasuk)"
    r"[\s(*\"“':]+(?:(?!kategori)[a-z]+[\s(*\"“':]+){0,3}?"
)
_PERSEN_TEKS = re.compile(r"(\d{1,3}(?:,\d+)?)\s*%")
_RINGKASAN = re.compile(r"kesimpulan|secara\s+umum|secara\s+keseluruhan|rata-rata", re.IGNORECASE)
_KATEGORI_TANDA = re.compile(
    r"kategori\s*[(*\"“']+\s*([A-Za-z][A-Za-z ]{1,30}?)\s*[)*\"”']", re.IGNORECASE
)


def cek_kategori(k: Konteks) -> Iterator[Finding]:
    """A stated category must be what the scale gives for the stated or computed figure."""
    for t in k.tabel:
        if "kategori" not in t.peran or "rentang" in t.peran:
            continue
        for row in t.rows:
            label, x = bersih(t.sel(row, "kategori")), _capaian_baris(t, row)
            if label and x is not None:
                yield from _banding_kategori(k, row.baris, label, x, f"capaian {_persen(x)}")
    label = _label_dikenal(k)
    if not label:
        return
    pola = re.compile(
        _PEMICU_KATEGORI + r"(?P<label>" + "|".join(re.escape(x) for x in label) + r")\b",
        re.IGNORECASE,
    )
    for b in k.teks():
        for m in _KATEGORI_TANDA.finditer(b.teks):
            kandidat = sk.norm_label(m.group(1))
            if not any(kandidat == x for x in label):
                yield _temuan(
                    "kategori",
                    ERROR,
                    b,
                    f"Kategori '{m.group(1).strip()}' tidak ada dalam skala mana pun di dokumen ini.",
                    expected=" / ".join(sorted({p.label for s in _semua_skala(k) for p in s.pita})),
                    found=m.group(1).strip(),
                )
        for m in pola.finditer(b.teks):
            disebut = m.group("label")
            persen = [x for x in _PERSEN_TEKS.finditer(b.teks) if x.start() < m.start()]
            if persen:
                x = parse_angka(persen[-1].group(0))
                yield from _banding_kategori(k, b, disebut, x, f"angka {_persen(x)}")
            elif _RINGKASAN.search(b.teks):
                yield from _kesimpulan(k, b, disebut)


def _banding_kategori(
    k: Konteks, b: Baris, disebut: str, x: Decimal, dasar: str
) -> Iterator[Finding]:
    hasil = _kategori_untuk(k, disebut, x)
    if hasil is None:
        if not any(sk.punya(s, disebut) for s in _semua_skala(k)):
            yield _temuan(
                "kategori",
                ERROR,
                b,
                f"Kategori '{disebut}' tidak ada dalam skala yang dipakai.",
                found=disebut,
            )
        return
    seharusnya, skala = hasil
    if sk.norm_label(seharusnya) != sk.norm_label(disebut):
        yield _temuan(
            "kategori",
            ERROR,
            b,
            f"Kategori tertulis '{disebut}', tetapi untuk {dasar} {skala.nama} memberi '{seharusnya}'.",
            expected=seharusnya,
            found=disebut,
        )


def _kesimpulan(k: Konteks, b: Baris, disebut: str) -> Iterator[Finding]:
    """A summary category ('kesimpulannya cukup berhasil') against the mean capaian."""
    tabel = [t for t in _tabel_ukur(k) if t.awal < b.nomor] or _tabel_ukur(k)
    if not tabel:
        return
    t = max(tabel, key=lambda t: t.awal) if tabel[0].awal < b.nomor else tabel[0]
    nilai = [x for r in t.rows if (x := _capaian_baris(t, r)) is not None]
    if not nilai:
        return
    rata = rata_capaian(nilai)
    yield from _banding_kategori(
        k,
        b,
        disebut,
        rata,
        f"rata-rata capaian {len(nilai)} indikator pada tabel baris {t.awal} ({_persen(rata)})",
    )


def cek_skala(k: Konteks) -> Iterator[Finding]:
    """A scale in the document must cover every value from 0 up, with no gap or overlap."""
    for t, s in k.skala:
        for c in sk.periksa_skala(s):
            b = k.baris(c.baris or (t.awal if t is not None else s.baris[0]))
            atas = "tak hingga" if c.atas is None else _f(c.atas)
            if c.jenis == "terbalik":
                yield _temuan(
                    "skala",
                    ERROR,
                    b,
                    f"Rentang kategori '{c.pita.label}' tidak sah (batas bawah di atas batas atas).",
                )
            elif c.jenis == "tumpang":
                yield _temuan(
                    "skala",
                    ERROR,
                    b,
                    f"Skala tumpang tindih: nilai {_f(c.bawah)} sampai {atas} masuk lebih dari satu kategori "
                    f"('{c.pita.label}' dan kategori sebelumnya).",
                    found=f"{_f(c.bawah)}–{atas}",
                )
            elif c.ada_bulat:
                yield _temuan(
                    "skala",
                    ERROR,
                    b,
                    f"Skala berlubang: nilai antara {_f(c.bawah)} dan {atas} tidak masuk kategori mana pun.",
                    found=f"{_f(c.bawah)}–{atas}",
                )
            else:
                yield _temuan(
                    "skala",
                    WARNING,
                    b,
                    f"Skala berlubang untuk pecahan: nilai di atas {_f(c.bawah)} dan di bawah {atas} "
                    f"(mis. {_f(c.bawah)},5) tidak masuk kategori mana pun. Tulis batasnya seperti "
                    f"'< {atas}' dan '≥ {atas}'.",
                    found=f"{_f(c.bawah)}–{atas}",
                )


# ---------------------------------------------------------------- conversion defects


def cek_format(k: Konteks) -> Iterator[Finding]:
    """Numbers split by PDF conversion are read rejoined; say so, once per row."""
    for t in k.tabel:
        for row in t.rows:
            potong = [bersih(s) for s in row.sel if terpotong(s)]
            if potong:
                dibaca = ", ".join(f"'{p}' → {_f(angka(p))}" for p in potong)
                yield _temuan(
                    "format",
                    NOTE,
                    row.baris,
                    f"Angka terpotong spasi (hasil konversi PDF) dibaca digabung: {dibaca}.",
                    found="; ".join(potong),
                )


PEMERIKSAAN: dict[str, Callable[[Konteks], Iterable[Finding]]] = {
    "anggaran": cek_anggaran,
    "capaian": cek_capaian,
    "total": cek_total,
    "penomoran": cek_penomoran,
    "terbilang": cek_terbilang,
    "ejaan": cek_ejaan,
    "tahun": cek_tahun,
    "jumlah": cek_jumlah,
    "kategori": cek_kategori,
    "skala": cek_skala,
    "format": cek_format,
}
