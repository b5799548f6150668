"""The evaluation facts of an LKj (i14): IKPA for BAB III B, and the follow-up of the previous
LHE's recommendations for BAB IV. sakip.evaluasi computes them; the report takes them as they are."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.evaluasi import ikpa
from sakip.evaluasi.lke import rekomendasi_kantor
from sakip.organisasi.models import Satker


@dataclass
class BarisIkpa:
    nama: str
    bobot: Decimal
    nilai: Decimal | None
    sumber: str


@dataclass
class DataIkpa:
    aturan: str
    baris: list[BarisIkpa] = field(default_factory=list)
    nilai_total: Decimal = Decimal(0)
    konversi_bobot: Decimal = Decimal(0)
    pengurang: Decimal = Decimal(0)
    nilai_akhir: Decimal | None = None
    kategori: str | None = None


@dataclass
class DataTindakLanjut:
    tahun_lhe: int
    nomor_lhe: str
    nomor: int
    rekomendasi: str
    unit: str
    status: str
    uraian: str


def kumpul_ikpa(satker: Satker, tahun: int) -> DataIkpa | None:
    try:
        h = ikpa.hitung(None, satker, tahun)
    except (ikpa.IkpaTidakAda, ikpa.IkpaError):
        return None
    return DataIkpa(
        aturan=h.aturan.kode,
        baris=[
            BarisIkpa(
                b.nama,
                b.bobot,
                None if b.nilai is None else ikpa.aturan_ikpa.bulatkan(b.nilai),
                b.nama_sumber,
            )
            for b in h.baris
        ],
        nilai_total=ikpa.aturan_ikpa.bulatkan(h.nilai_total, 4),
        konversi_bobot=h.konversi_bobot,
        pengurang=h.pengurang,
        nilai_akhir=h.nilai_akhir,
        kategori=h.kategori,
    )


def kumpul_tindak_lanjut(satker: Satker, tahun: int) -> list[DataTindakLanjut]:
    """Recommendations of LHE of earlier years (the LHE of year N is followed up in year N+1)."""
    return [
        DataTindakLanjut(
            r.lembar.tahun,
            r.lembar.nomor_lhe,
            r.nomor,
            r.rekomendasi,
            r.unit.nama if r.unit else "",
            r.get_status_display(),
            r.uraian_tindak_lanjut,
        )
        for r in rekomendasi_kantor(satker, sampai_tahun=tahun - 1)
    ]
