"""The change history of an indicator, its targets, realisations and evidence (old → new),
in people's words: labels instead of field and quantity names, sizes in KB/MB, file types
by name, formulas in words; each entry names its quarter so the page groups by it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sakip.lib.angka import format_angka, format_angka_ringkas
from sakip.lib.jenis_berkas import nama_jenis
from sakip.lib.periode import ROMAWI, Triwulan
from sakip.lib.rumus import label_besaran, rumus_kata
from sakip.organisasi.models import UnitKerja
from sakip.perencanaan.models import Indikator, Target

from .models import Bukti, Realisasi

# Bookkeeping fields that change on every save and say nothing to a reader; the year and
# quarter of a realisation are in the entry's own title.
ABAIKAN = {
    "id",
    "tahun",
    "triwulan",
    "diubah_pada",
    "diubah_oleh",
    "versi",
    "berkas",
    "sha256",
    "diunggah_oleh",
    "diunggah_pada",
}
JENIS = {"+": "membuat", "~": "mengubah", "-": "menghapus"}
JENIS_BUKTI = {"+": "mengunggah", "~": "mengubah", "-": "menghapus"}
# labels people read instead of the fields' own ('ukuran (bita)', 'besaran')
LABEL = {"ukuran": "ukuran", "besaran": "besaran rumus", "nomor": "nomor urut dalam sasaran"}
PERENCANAAN = "Indikator dan target"


def ukuran_berkas(bita: int) -> str:
    """50 -> '50 bita', 140429 -> '137,1 KB', 3 MB -> '3,0 MB' (1 KB = 1.024 bita)."""
    if bita < 1024:
        return f"{bita} bita"
    if bita < 1024 * 1024:
        return f"{format_angka(Decimal(bita) / 1024, 1)} KB"
    return f"{format_angka(Decimal(bita) / 1024 / 1024, 1)} MB"


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
    kelompok: str = PERENCANAAN  # 'TW II 2024', or the plan's changes
    triwulan: Triwulan | None = None


def _teks(model, nama_kolom: str, nilai, unit: dict[int, str]) -> str:
    if nilai is None or nilai == "" or nilai == {}:
        return "—"
    kolom = model._meta.get_field(nama_kolom)
    if model is Bukti and nama_kolom == "jenis":
        return nama_jenis(nilai)
    if model is Bukti and nama_kolom == "ukuran":
        return ukuran_berkas(int(nilai))
    if nama_kolom == "rumus":
        return rumus_kata(str(nilai))
    if kolom.choices:
        return str(dict(kolom.flatchoices).get(nilai, nilai))
    if nama_kolom == "unit":
        return unit.get(nilai, str(nilai))
    if isinstance(nilai, bool):
        return "Ya" if nilai else "Tidak"
    if isinstance(nilai, Decimal):
        return format_angka_ringkas(nilai)
    if isinstance(nilai, dict):  # by name: PostgreSQL's jsonb keeps no key order
        return "; ".join(
            f"{label_besaran(k)} = {format_angka_ringkas(Decimal(v))}"
            for k, v in sorted(nilai.items())
        )
    return str(nilai)


def _kolom(model) -> list[tuple[str, str, str]]:
    """(field name, attribute name, label) of the fields worth showing."""
    hasil = []
    for f in model._meta.concrete_fields:
        if f.name in ABAIKAN:
            continue
        if f.is_relation and f.name != "unit":
            continue
        hasil.append((f.name, f.attname, LABEL.get(f.name, str(f.verbose_name))))
    return hasil


def _entri(model, catatan, objek_dari, unit: dict[int, str], tw_dari) -> list[EntriRiwayat]:
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
        tw = tw_dari(c)
        hasil.append(
            EntriRiwayat(
                waktu=c.history_date,
                pengguna=c.history_user.get_username() if c.history_user_id else "sistem",
                jenis=(JENIS_BUKTI if model is Bukti else JENIS)[c.history_type],
                objek=objek_dari(c),
                perubahan=tuple(perubahan),
                kelompok=tw.nama if tw else PERENCANAAN,
                triwulan=tw,
            )
        )
    return hasil


def riwayat_indikator(indikator: Indikator, batas: int | None = 100) -> list[EntriRiwayat]:
    """Newest first: every recorded change to the indicator and what hangs under it."""
    urut = ("history_date", "history_id")
    unit = dict(UnitKerja.objects.filter(satker=indikator.satker).values_list("pk", "nama"))
    tw_realisasi = {
        pk: Triwulan(tahun, tw)
        for pk, tahun, tw in Realisasi.objects.filter(indikator=indikator).values_list(
            "pk", "tahun", "triwulan"
        )
    }
    periode = {pk: tw.nama for pk, tw in tw_realisasi.items()}
    tanpa = lambda c: None  # noqa: E731
    sumber = [
        (Indikator, Indikator.history.filter(id=indikator.pk), lambda c: "Indikator", tanpa),
        (
            Target,
            Target.history.filter(indikator_id=indikator.pk),
            lambda c: f"Target {c.tahun}" + (f" TW {ROMAWI[c.triwulan]}" if c.triwulan else ""),
            tanpa,
        ),
        (
            Realisasi,
            Realisasi.history.filter(indikator_id=indikator.pk),
            lambda c: f"Realisasi {Triwulan(c.tahun, c.triwulan).nama}",
            lambda c: Triwulan(c.tahun, c.triwulan),
        ),
        (
            Bukti,
            Bukti.history.filter(realisasi_id__in=list(periode)),
            lambda c: f"Bukti dukung {periode.get(c.realisasi_id, '')}".strip(),
            lambda c: tw_realisasi.get(c.realisasi_id),
        ),
    ]
    semua: list[EntriRiwayat] = []
    for model, catatan, objek, tw in sumber:
        semua += _entri(
            model, catatan.select_related("history_user").order_by(*urut), objek, unit, tw
        )
    semua.sort(key=lambda e: e.waktu, reverse=True)
    return semua if batas is None else semua[:batas]


def per_triwulan(entri: list[EntriRiwayat]) -> list[EntriRiwayat]:
    """The entries by quarter, newest quarter first (the plan's changes last), each quarter's
    newest first: the order the page shows and pages through."""
    return sorted(
        entri,
        key=lambda e: (
            e.triwulan is not None,
            e.triwulan or Triwulan(1, 1),
            e.waktu,
        ),
        reverse=True,
    )
