"""Open data: the figures of published LKj versions as CSV, XLSX and JSON, per office and nationally.

Read from the frozen data JSON of a published version (never from the live tables), so a
download always says what the signed report says. The licence is stated in every file.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Max, OuterRef, Subquery

from sakip.anggaran.ringkasan import BarisKelompok
from sakip.lib.angka import bulatkan
from sakip.lib.xlsx import Kolom, Lembar, tulis_buku
from sakip.organisasi.models import Satker

from .models import JenisDokumen, VersiLaporan

LISENSI = "Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)"
URL_LISENSI = "https://creativecommons.org/licenses/by/4.0/deed.id"
FORMAT = ("csv", "xlsx", "json")
TABEL = ("capaian", "anggaran")
JENIS_MIME = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


@dataclass(frozen=True)
class KolomData:
    kunci: str  # the machine name (CSV header, JSON key)
    kolom: Kolom  # the XLSX column: heading for people, kind


@dataclass
class Tabel:
    nama: str
    judul: str
    kolom: list[KolomData]
    baris: list[list] = field(default_factory=list)
    sumber: list[str] = field(default_factory=list)  # which published versions it comes from


KOLOM_KANTOR = [
    KolomData("kode_satker", Kolom("Kode satker", lebar=10)),
    KolomData("nama_satker", Kolom("Satuan kerja", lebar=36)),
]
KOLOM_CAPAIAN = [
    KolomData("tahun", Kolom("Tahun", "bulat")),
    KolomData("nomor_sasaran", Kolom("Sasaran", "bulat")),
    KolomData("sasaran", Kolom("Uraian sasaran", lebar=40)),
    KolomData("nomor_indikator", Kolom("No.", "bulat")),
    KolomData("indikator", Kolom("Indikator kinerja", lebar=48)),
    KolomData("satuan", Kolom("Satuan", lebar=10)),
    KolomData("target", Kolom("Target", "angka", desimal=2)),
    KolomData("target_huruf", Kolom("Target (huruf)", lebar=8)),
    KolomData("realisasi", Kolom("Realisasi", "angka", desimal=2)),
    KolomData("realisasi_huruf", Kolom("Realisasi (huruf)", lebar=8)),
    KolomData("capaian_persen", Kolom("Capaian", "persen", desimal=2)),
    KolomData("kategori", Kolom("Kategori", lebar=16)),
]
KOLOM_ANGGARAN = [
    KolomData("tahun", Kolom("Tahun", "bulat")),
    KolomData("jenis_belanja", Kolom("Jenis belanja", lebar=10)),
    KolomData("uraian", Kolom("Uraian", lebar=28)),
    KolomData("pagu", Kolom("Pagu", "rupiah")),
    KolomData("realisasi", Kolom("Realisasi", "rupiah")),
    KolomData("sisa", Kolom("Sisa", "rupiah")),
    KolomData("penyerapan_persen", Kolom("Penyerapan", "persen", desimal=2)),
]


class TidakAdaTerbitan(LookupError):
    """No published LKj for this office and year (or none nationally)."""


def _d(teks) -> Decimal | None:
    """A figure of the data JSON, without trailing zeros ('87.5000' -> 87.5)."""
    if teks is None:
        return None
    d = Decimal(str(teks))
    return d.quantize(Decimal(1)) if d == d.to_integral() else d.normalize()


def _persen(teks) -> Decimal | None:
    """A percentage as the report prints it: rounded half up to two decimals."""
    return None if teks is None else bulatkan(Decimal(str(teks)))


def terbitan_lkj(satker: Satker, tahun: int) -> VersiLaporan:
    """The latest published LKj of the office and year."""
    v = (
        VersiLaporan.objects.filter(satker=satker, tahun=tahun, dokumen=JenisDokumen.LKJ)
        .select_related("satker")
        .order_by("-nomor")
        .first()
    )
    if v is None:
        raise TidakAdaTerbitan(f"{satker.nama} belum menerbitkan LKj tahun {tahun}.")
    return v


def terbitan_nasional(tahun: int):
    """The latest published LKj of every office for the year (one query)."""
    terakhir = (
        VersiLaporan.objects.filter(
            satker=OuterRef("satker"), tahun=tahun, dokumen=JenisDokumen.LKJ
        )
        .values("satker")
        .annotate(n=Max("nomor"))
        .values("n")
    )
    return (
        VersiLaporan.objects.filter(tahun=tahun, dokumen=JenisDokumen.LKJ)
        .filter(nomor=Subquery(terakhir))
        .select_related("satker")
        .order_by("satker__kode")
    )


def _data(v: VersiLaporan) -> dict:
    with v.data.open("rb") as f:
        return json.loads(f.read().decode())


def _sumber(v: VersiLaporan) -> str:
    return f"LKj {v.satker.kode} {v.tahun} versi {v.nomor} (SHA-256 data {v.sha256_data})"


def baris_capaian(data: dict) -> list[list]:
    """The measurement table of a published LKj's data, one row per indicator."""
    hasil = []
    for s in data.get("sasaran", []):
        for i in s.get("indikator", []):
            hasil.append(
                [
                    data["tahun"],
                    s["nomor"],
                    s["uraian"],
                    i["nomor"],
                    i["nama"],
                    i["satuan"],
                    _d(i.get("target")),
                    i.get("target_huruf", ""),
                    _d(i.get("realisasi")),
                    i.get("realisasi_huruf", ""),
                    _persen(i.get("capaian")),
                    i.get("kategori") or "",
                ]
            )
    return hasil


def baris_anggaran(data: dict) -> list[list]:
    """The budget by type of spending of a published LKj's data, with its total row last."""
    a = data.get("anggaran")
    if not a:
        return []
    hasil = []
    for j in [*a.get("jenis", []), {**a["total"], "kode": "", "uraian": "Jumlah"}]:
        b = BarisKelompok(
            pagu=_d(j["pagu"]), realisasi=_d(j["realisasi"]), kode=j["kode"], uraian=j["uraian"]
        )
        persen = None if b.persen is None else bulatkan(b.persen)
        hasil.append([data["tahun"], b.kode, b.uraian, b.pagu, b.realisasi, b.sisa, persen])
    return hasil


_ISI = {"capaian": (KOLOM_CAPAIAN, baris_capaian), "anggaran": (KOLOM_ANGGARAN, baris_anggaran)}
_JUDUL = {"capaian": "Pengukuran kinerja", "anggaran": "Realisasi anggaran per jenis belanja"}


def tabel_kantor(satker: Satker, tahun: int, nama: str) -> Tabel:
    """One table of one office's latest published LKj of the year."""
    v = terbitan_lkj(satker, tahun)
    kolom, baris = _ISI[nama]
    return Tabel(
        nama,
        f"{_JUDUL[nama]} {satker.nama_sekretariat} tahun {tahun}",
        kolom,
        baris(_data(v)),
        [_sumber(v)],
    )


def tabel_nasional(tahun: int, nama: str) -> Tabel:
    """One table of every office's latest published LKj of the year, the office first."""
    kolom, baris = _ISI[nama]
    t = Tabel(nama, f"{_JUDUL[nama]} seluruh kantor tahun {tahun}", [*KOLOM_KANTOR, *kolom])
    for v in terbitan_nasional(tahun):
        t.baris.extend([v.satker.kode, v.satker.nama, *b] for b in baris(_data(v)))
        t.sumber.append(_sumber(v))
    if not t.sumber:
        raise TidakAdaTerbitan(f"Belum ada LKj tahun {tahun} yang diterbitkan.")
    return t


def _teks(nilai) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, Decimal):
        return format(nilai, "f")
    return str(nilai)


def sebagai_csv(t: Tabel) -> bytes:
    """RFC 4180 CSV, UTF-8, dot decimals (for programs); the licence in the accompanying JSON."""
    keluaran = io.StringIO()
    w = csv.writer(keluaran, lineterminator="\r\n")
    w.writerow([k.kunci for k in t.kolom])
    for b in t.baris:
        w.writerow([_teks(v) for v in b])
    return keluaran.getvalue().encode()


def sebagai_json(t: Tabel) -> bytes:
    return json.dumps(
        {
            "judul": t.judul,
            "lisensi": LISENSI,
            "url_lisensi": URL_LISENSI,
            "sumber": t.sumber,
            "data": [
                {
                    k.kunci: (None if v is None else _teks(v) if isinstance(v, Decimal) else v)
                    for k, v in zip(t.kolom, b, strict=True)
                }
                for b in t.baris
            ],
        },
        ensure_ascii=False,
        indent=1,
    ).encode()


def sebagai_xlsx(t: Tabel) -> bytes:
    catatan = [f"Lisensi: {LISENSI} — {URL_LISENSI}", *(f"Sumber: {s}" for s in t.sumber)]
    return tulis_buku([Lembar(t.judul, [k.kolom for k in t.kolom], t.baris, t.nama, catatan)])


TULIS = {"csv": sebagai_csv, "json": sebagai_json, "xlsx": sebagai_xlsx}


def berkas(t: Tabel, format: str) -> bytes:
    return TULIS[format](t)
