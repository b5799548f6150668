"""The change history of an indicator, its targets, realisations and evidence (old → new)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sakip.lib.angka import format_angka_ringkas
from sakip.lib.periode import Triwulan
from sakip.organisasi.models import UnitKerja
from sakip.perencanaan.models import Indikator, Target

from .models import Bukti, Realisasi

# Bookkeeping fields that change on every save and say nothing to a reader.
ABAIKAN = {
    "id",
    "diubah_pada",
    "diubah_oleh",
    "versi",
    "berkas",
    "sha256",
    "diunggah_oleh",
    "diunggah_pada",
}
JENIS = {"+": "membuat", "~": "mengubah", "-": "menghapus"}


@dataclass(frozen=True)
class Perubahan:
    kolom: str
    lama: str
    baru: str


@dataclass(frozen=True)
class EntriRiwayat:
    waktu: datetime
    pengguna: str
    jenis: str
    objek: str
    perubahan: tuple[Perubahan, ...]


def _teks(model, nama_kolom: str, nilai, unit: dict[int, str]) -> str:
    if nilai is None or nilai == "" or nilai == {}:
        return "—"
    kolom = model._meta.get_field(nama_kolom)
    if kolom.choices:
        return str(dict(kolom.flatchoices).get(nilai, nilai))
    if nama_kolom == "unit":
        return unit.get(nilai, str(nilai))
    if isinstance(nilai, bool):
        return "Ya" if nilai else "Tidak"
    if isinstance(nilai, Decimal):
        return format_angka_ringkas(nilai)
    if isinstance(nilai, dict):
        return ", ".join(f"{k} = {format_angka_ringkas(Decimal(v))}" for k, v in nilai.items())
    return str(nilai)


def _kolom(model) -> list[tuple[str, str, str]]:
    """(field name, attribute name, label) of the fields worth showing."""
    hasil = []
    for f in model._meta.concrete_fields:
        if f.name in ABAIKAN:
            continue
        if f.is_relation and f.name != "unit":
            continue
        hasil.append((f.name, f.attname, str(f.verbose_name)))
    return hasil


def _entri(model, catatan, objek_dari, unit: dict[int, str]) -> list[EntriRiwayat]:
    kolom = _kolom(model)
    sebelumnya: dict[int, object] = {}
    hasil = []
    for c in catatan:
        lama = sebelumnya.get(c.id)
        perubahan = []
        for nama, attr, label in kolom:
            baru_nilai = getattr(c, attr)
            lama_nilai = getattr(lama, attr) if lama is not None else None
            if c.history_type == "-" or baru_nilai == lama_nilai:
                continue
            if lama is None and baru_nilai in (None, "", {}):
                continue
            perubahan.append(
                Perubahan(
                    label,
                    _teks(model, nama, lama_nilai, unit),
                    _teks(model, nama, baru_nilai, unit),
                )
            )
        sebelumnya[c.id] = c
        if c.history_type == "~" and not perubahan:
            continue
        hasil.append(
            EntriRiwayat(
                waktu=c.history_date,
                pengguna=c.history_user.get_username() if c.history_user_id else "sistem",
                jenis=JENIS[c.history_type],
                objek=objek_dari(c),
                perubahan=tuple(perubahan),
            )
        )
    return hasil


def riwayat_indikator(indikator: Indikator, batas: int = 100) -> list[EntriRiwayat]:
    """Newest first: every recorded change to the indicator and what hangs under it."""
    urut = ("history_date", "history_id")
    unit = dict(UnitKerja.objects.filter(satker=indikator.satker).values_list("pk", "nama"))
    periode = {
        pk: Triwulan(tahun, tw).nama
        for pk, tahun, tw in Realisasi.objects.filter(indikator=indikator).values_list(
            "pk", "tahun", "triwulan"
        )
    }
    sumber = [
        (
            Indikator,
            Indikator.history.filter(id=indikator.pk),
            lambda c: "Indikator",
        ),
        (
            Target,
            Target.history.filter(indikator_id=indikator.pk),
            lambda c: f"Target {c.tahun}" + (f" TW {c.triwulan}" if c.triwulan else ""),
        ),
        (
            Realisasi,
            Realisasi.history.filter(indikator_id=indikator.pk),
            lambda c: f"Realisasi {Triwulan(c.tahun, c.triwulan).nama}",
        ),
        (
            Bukti,
            Bukti.history.filter(realisasi_id__in=list(periode)),
            lambda c: f"Bukti dukung {periode.get(c.realisasi_id, '')}".strip(),
        ),
    ]
    semua: list[EntriRiwayat] = []
    for model, catatan, objek in sumber:
        semua += _entri(model, catatan.select_related("history_user").order_by(*urut), objek, unit)
    semua.sort(key=lambda e: e.waktu, reverse=True)
    return semua[:batas]
