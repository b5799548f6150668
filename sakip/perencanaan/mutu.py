"""Indicator quality ("SMART" as far as data can tell): what an indicator's definition sheet
and targets lack, each finding naming the field to fill in.

    temuan = periksa_mutu(indikator, tahun, target_pk)

The office-data checks (`sakip.laporan.pemeriksaan.cek_mutu`) turn them into findings with a
link to the indicator's form; the planning pages may show the same list.

Decisions, stated here because no rule settles them:
- A missing definition, way of computing (no cara penghitungan and no formula), data source or
  unit (satuan) and a name shared by two indicators are warnings: the LKj can still be read.
- A percentage target above 100 % and a letter target on a number or percentage indicator
  are errors: the capaian computed from them would be wrong.
- Names are compared ignoring case and repeated spaces.
- Targets judged are the year's (annual and quarterly) targets of the Renstra and the PK's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sakip.lib.nilai import format_nilai
from sakip.lib.periode import Triwulan

from .models import Indikator, Target

SERATUS = Decimal(100)


@dataclass(frozen=True)
class TemuanMutu:
    """One quality finding on an indicator: `isian` is the field to fill in (or 'target')."""

    indikator: Indikator
    isian: str
    pesan: str
    galat: bool = False
    target: Target | None = None  # the Renstra/RKT target row it is about, if any
    di_pk: bool = False  # about the PK's row rather than the Renstra's target


def nama_indikator(i: Indikator) -> str:
    return f"indikator {i.sasaran.nomor}.{i.nomor} “{i.nama}”"


def _kunci_nama(nama: str) -> str:
    return re.sub(r"\s+", " ", nama).strip().casefold()


def _periode(tahun: int, triwulan: int | None) -> str:
    return Triwulan(tahun, triwulan).nama if triwulan else f"tahun {tahun}"


def _cek_nilai(
    i: Indikator, nilai: Decimal | None, huruf: str, di_mana: str
) -> tuple[str, str] | None:
    """(field, message) when a target breaks its indicator's kind, else None."""
    if i.berhuruf:
        return None
    if nilai is None and huruf.strip():
        return (
            "target",
            f"Target {di_mana} {nama_indikator(i)} berisi “{huruf.strip()}”, bukan angka, padahal "
            f"indikator ini bernilai {i.get_jenis_display().lower()}: isi target berupa angka.",
        )
    if i.jenis == Indikator.Jenis.PERSEN and nilai is not None and nilai > SERATUS:
        return (
            "target",
            f"Target {di_mana} {nama_indikator(i)} {format_nilai(nilai, i.satuan, i.jenis)} "
            "melebihi 100 %, padahal indikator ini persentase: perbaiki targetnya (atau ubah "
            "jenis indikator bila bukan persentase).",
        )
    return None


def periksa_definisi(i: Indikator) -> list[TemuanMutu]:
    """What the indicator's definition sheet lacks."""
    nama = nama_indikator(i)
    hasil = []
    if not i.uraian.strip():
        hasil.append(
            TemuanMutu(
                i,
                "uraian",
                f"Definisi {nama} belum diisi: tulis apa yang diukur indikator ini.",
            )
        )
    if not i.cara_penghitungan.strip() and not i.rumus.strip():
        saran = (
            "tulis bagaimana nilai hurufnya ditetapkan"
            if i.berhuruf
            else "tulis cara penghitungannya, dan rumusnya bila nilai dihitung dari besaran"
        )
        hasil.append(
            TemuanMutu(
                i,
                "cara_penghitungan",
                f"{nama[:1].upper()}{nama[1:]} belum memiliki cara penghitungan maupun rumus: "
                f"{saran}.",
            )
        )
    if not i.sumber_data.strip():
        hasil.append(
            TemuanMutu(
                i,
                "sumber_data",
                f"Sumber data {nama} belum diisi: tulis dokumen atau sistem asal datanya.",
            )
        )
    if not i.satuan.strip():
        hasil.append(
            TemuanMutu(
                i,
                "satuan",
                f"Satuan {nama} belum diisi: tulis satuannya, mis. %, dokumen atau laporan.",
            )
        )
    return hasil


def periksa_mutu(
    indikator: list[Indikator],
    tahun: int,
    target_pk: dict[int, tuple[Decimal | None, str]] | None = None,
) -> list[TemuanMutu]:
    """Every quality finding on these indicators for the year, in their order.

    `target_pk` maps an indicator's id to its PK row's (target, grade) when the year has a PK.
    """
    target_pk = target_pk or {}
    target: dict[int, list[Target]] = {}
    for t in Target.objects.filter(indikator__in=indikator, tahun=tahun).order_by(
        "indikator_id", "triwulan"
    ):
        target.setdefault(t.indikator_id, []).append(t)
    pertama: dict[str, Indikator] = {}
    hasil: list[TemuanMutu] = []
    for i in indikator:
        hasil += periksa_definisi(i)
        for t in sorted(target.get(i.pk, []), key=lambda t: t.triwulan or 0):
            salah = _cek_nilai(i, t.nilai, t.nilai_huruf, _periode(t.tahun, t.triwulan))
            if salah:
                hasil.append(TemuanMutu(i, salah[0], salah[1], galat=True, target=t))
        if i.pk in target_pk:
            nilai, huruf = target_pk[i.pk]
            salah = _cek_nilai(i, nilai, huruf, f"PK {tahun}")
            if salah:
                hasil.append(TemuanMutu(i, salah[0], salah[1], galat=True, di_pk=True))
        lain = pertama.setdefault(_kunci_nama(i.nama), i)
        if lain is not i:
            hasil.append(
                TemuanMutu(
                    i,
                    "nama",
                    f"Nama {nama_indikator(i)} sama dengan indikator "
                    f"{lain.sasaran.nomor}.{lain.nomor}: beri nama yang membedakan keduanya.",
                )
            )
    return hasil
