"""Checks of a read workbook across its rows and against the database; writes nothing.

Everything the per-cell reader could not see: references between sheets (a target's
indicator, an indicator's unit, a PK row's PK), duplicates, years outside the Renstra,
values of the wrong kind for their indicator, the parent office, and users of other offices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from openpyxl.utils import get_column_letter

from sakip.lib.capaian import NILAI_HURUF
from sakip.lib.kesalahan import Kesalahan, Letak
from sakip.lib.rumus import RumusError, periksa
from sakip.lib.skala import Pita, Skala, SkalaError
from sakip.organisasi.models import Keanggotaan, Satker, UnitKerja
from sakip.perencanaan import models

from . import rekaman as r
from .lembar import LEMBAR

_ANAK = {"pusat": "provinsi", "provinsi": "kabkota"}
_HURUF = ", ".join(NILAI_HURUF)


@dataclass
class Pemeriksaan:
    """The office the workbook is for (None while new) and its parent, once checked."""

    satker: Satker | None = None
    induk: Satker | None = None
    jenis: str = ""
    skala: dict[str, Skala] = field(default_factory=dict)
    # the Renstra's indicators by (sasaran, nomor): their row, for the realisation checks
    indikator: dict[tuple[int, int], r.Indikator] = field(default_factory=dict)


def _dobel(bk: r.BukuKerja, kunci: Any, letak: Letak, apa: str, terlihat: dict) -> None:
    lama = terlihat.setdefault(kunci, letak)
    if lama is not letak:
        bk.kesalahan.append(
            letak.salah(
                None, f"{apa} ganda: sudah ada di lembar '{lama.lembar}' baris {lama.baris}"
            )
        )


def cek_nilai(
    bk: r.BukuKerja, letak: Letak, kolom: str, nilai: r.Nilai, ind: r.Indikator, apa: str
) -> bool:
    """A target or realisation of the right kind for its indicator: a grade or a number ≥ 0."""
    if ind.jenis == "huruf":
        if nilai.huruf in NILAI_HURUF:
            return True
        tertulis = nilai.huruf or f"{nilai.angka.normalize():f}"
        pesan = f"{apa} indikator {ind.kode} bernilai huruf: isi {_HURUF}, bukan '{tertulis}'"
    elif nilai.angka is None:
        pesan = f"{apa} '{nilai.huruf}' bukan angka (indikator {ind.kode} bernilai {ind.jenis})"
    elif nilai.angka < 0:
        pesan = f"{apa} {nilai.angka.normalize():f} negatif; tidak boleh kurang dari 0"
    else:
        return True
    bk.kesalahan.append(letak.salah(kolom, pesan))
    return False


def rapikan(bk: r.BukuKerja) -> None:
    """Name each error's column as the reader does, 'E (nilai)', from the sheet's headers, and
    order the errors by sheet (in the workbook's order) and row."""
    for n, k in enumerate(bk.kesalahan):
        indeks = bk.kolom.get(k.lembar or "", {})
        if k.kolom in indeks:
            label = f"{get_column_letter(indeks[k.kolom] + 1)} ({k.kolom})"
            bk.kesalahan[n] = Kesalahan(k.lembar, k.baris, label, k.pesan)
    urutan = {s.nama: i for i, s in enumerate(LEMBAR)}
    bk.kesalahan.sort(key=lambda k: (urutan.get(k.lembar or "", -1), k.baris or 0))


def _rusak(bk: r.BukuKerja, lembar: str, kunci: Any) -> bool:
    """Whether a reference points at a row (or a sheet) already refused for its own error."""
    return (lembar, None) in bk.rusak or (lembar, kunci) in bk.rusak


def periksa_buku_kerja(bk: r.BukuKerja, kode_satker: str | None = None) -> Pemeriksaan:
    """Check the rows against each other and the database, adding to bk.kesalahan."""
    hasil = Pemeriksaan()
    salah = bk.kesalahan
    p = bk.profil
    if p is not None:
        if kode_satker is not None and p.kode != kode_satker and p.kode_induk != kode_satker:
            salah.append(
                p.letak.salah(
                    "kode",
                    f"berkas ini untuk kantor {p.kode}, bukan {kode_satker}; impor di halaman "
                    "kantor itu atau perbaiki kode di lembar profil",
                )
            )
        hasil.satker = Satker.objects.filter(kode=p.kode).select_related("induk").first()
        hasil.induk = Satker.objects.filter(kode=p.kode_induk).first()
        if hasil.induk is None:
            salah.append(
                p.letak.salah(
                    "kode_induk",
                    f"kantor induk '{p.kode_induk}' tidak dikenal; kantor induk harus sudah ada",
                )
            )
        elif hasil.satker is not None and hasil.satker.induk_id != hasil.induk.pk:
            induk_lama = hasil.satker.induk.kode if hasil.satker.induk_id else "(tanpa induk)"
            salah.append(
                p.letak.salah(
                    "kode_induk",
                    f"kantor {p.kode} sudah ada di bawah {induk_lama}, bukan {p.kode_induk}",
                )
            )
        elif p.kode == p.kode_induk:
            salah.append(p.letak.salah("kode_induk", "kantor tidak boleh menjadi induknya sendiri"))
        if hasil.induk is not None:
            hasil.jenis = p.jenis or (
                hasil.satker.jenis if hasil.satker else _ANAK.get(hasil.induk.jenis, "")
            )
            if not hasil.jenis:
                salah.append(
                    p.letak.salah("jenis", "jenis kantor kosong; isi pusat, provinsi atau kabkota")
                )
    _cek_skala(bk, hasil)
    unit = _cek_unit(bk, hasil)
    _cek_pegawai(bk, unit)
    _cek_pengguna(bk, hasil, unit)
    renstra = _cek_renstra(bk, hasil)
    sasaran = _cek_sasaran(bk)
    _cek_indikator(bk, hasil, sasaran, unit)
    _cek_target(bk, hasil, renstra)
    _cek_pk(bk, hasil, renstra)
    _cek_realisasi(bk, hasil, renstra)
    rapikan(bk)
    return hasil


def _cek_skala(bk: r.BukuKerja, hasil: Pemeriksaan) -> None:
    for jenis in ("capaian", "penyerapan"):
        pita = [p for p in bk.skala if p.jenis == jenis]
        if not pita:
            continue
        terlihat: dict = {}
        for p in pita:
            _dobel(bk, p.label.lower(), p.letak, f"label skala {jenis} '{p.label}'", terlihat)
        try:
            hasil.skala[jenis] = Skala(
                f"{jenis}",
                [Pita(p.label, p.bawah, p.atas, p.bawah_inklusif, p.atas_inklusif) for p in pita],
            )
        except SkalaError as exc:
            bk.kesalahan.append(pita[0].letak.salah(None, str(exc)))


def _cek_unit(bk: r.BukuKerja, hasil: Pemeriksaan) -> set[str]:
    terlihat: dict = {}
    for u in bk.unit:
        _dobel(bk, u.kode, u.letak, f"unit '{u.kode}'", terlihat)
    kode = {u.kode for u in bk.unit}
    if hasil.satker is not None:
        kode |= set(UnitKerja.objects.filter(satker=hasil.satker).values_list("kode", flat=True))
    return kode


def _cek_ref_unit(bk: r.BukuKerja, letak: Letak, kode: str, unit: set[str]) -> None:
    if kode and kode not in unit and not _rusak(bk, "unit", kode):
        bk.kesalahan.append(
            letak.salah(
                "unit",
                f"unit '{kode}' tidak dikenal; isi kode dari lembar unit ("
                + (", ".join(sorted(unit)) or "kosong")
                + ")",
            )
        )


def _cek_pegawai(bk: r.BukuKerja, unit: set[str]) -> None:
    terlihat: dict = {}
    for p in bk.pegawai:
        _dobel(bk, p.nama.lower(), p.letak, f"pegawai '{p.nama}'", terlihat)
        _cek_ref_unit(bk, p.letak, p.unit, unit)
        if p.golongan and p.status != "pns":
            bk.kesalahan.append(p.letak.salah("golongan", "golongan hanya diisi untuk PNS"))


def _cek_pengguna(bk: r.BukuKerja, hasil: Pemeriksaan, unit: set[str]) -> None:
    terlihat: dict = {}
    User = get_user_model()
    ada = {
        u.username.lower(): u
        for u in User.objects.annotate(kecil=Lower("username")).filter(
            kecil__in=[p.username.lower() for p in bk.pengguna]
        )
    }
    anggota = {
        k.user_id: k
        for k in Keanggotaan.objects.filter(user__in=ada.values()).select_related("satker")
    }
    for p in bk.pengguna:
        _dobel(bk, p.username.lower(), p.letak, f"pengguna '{p.username}'", terlihat)
        _cek_ref_unit(bk, p.letak, p.unit, unit)
        if p.peran in ("pic", "verifikator") and not p.unit:
            bk.kesalahan.append(
                p.letak.salah("unit", f"pengguna berperan {p.peran} wajib memiliki unit")
            )
        user = ada.get(p.username.lower())
        if user is None:
            continue
        k = anggota.get(user.pk)
        if hasil.satker is not None and k is not None and k.satker_id == hasil.satker.pk:
            continue
        if k is not None:
            tempat = f"kantor lain ({k.satker.nama})"
        else:
            tempat = "pengguna pusat" if user.is_superuser else "pengguna lain"
        bk.kesalahan.append(
            p.letak.salah(
                "username", f"username '{p.username}' sudah dipakai {tempat}; pilih nama lain"
            )
        )


def _cek_renstra(bk: r.BukuKerja, hasil: Pemeriksaan) -> r.Renstra | None:
    if "renstra" not in bk.ada_lembar:
        return None
    tunggal: dict[str, r.UnsurRenstra] = {}
    bernomor: dict[str, dict[int, str]] = {"misi": {}, "tujuan": {}}
    terlihat: dict = {}
    for u in bk.unsur_renstra:
        if u.unsur in bernomor:
            _dobel(bk, (u.unsur, u.nomor), u.letak, f"{u.unsur} nomor {u.nomor}", terlihat)
            bernomor[u.unsur][u.nomor] = u.uraian
        else:
            _dobel(bk, u.unsur, u.letak, f"unsur {u.unsur}", terlihat)
            tunggal.setdefault(u.unsur, u)
    kurang = [n for n in ("tahun_awal", "tahun_akhir", "visi") if n not in tunggal]
    if kurang and _rusak(bk, "renstra", None):
        return None
    if kurang:
        bk.kesalahan.append(
            Kesalahan(
                "renstra", None, None, "Renstra belum lengkap: tambahkan baris " + ", ".join(kurang)
            )
        )
        return None
    awal, akhir = int(tunggal["tahun_awal"].uraian), int(tunggal["tahun_akhir"].uraian)
    if not 0 <= akhir - awal <= 9:
        bk.kesalahan.append(
            tunggal["tahun_akhir"].letak.salah(
                "uraian", f"periode Renstra {awal}–{akhir} tidak sah (paling lama 10 tahun)"
            )
        )
        return None
    renstra = r.Renstra(
        tahun_awal=awal,
        tahun_akhir=akhir,
        visi=tunggal["visi"].uraian,
        dasar_hukum=tunggal["dasar_hukum"].uraian if "dasar_hukum" in tunggal else "",
        misi=bernomor["misi"],
        tujuan=bernomor["tujuan"],
        letak=tunggal["tahun_awal"].letak,
    )
    if hasil.satker is not None:
        lain = (
            models.Renstra.objects.filter(
                satker=hasil.satker, tahun_awal__lte=akhir, tahun_akhir__gte=awal
            )
            .exclude(tahun_awal=awal)
            .first()
        )
        if lain is not None:
            bk.kesalahan.append(
                renstra.letak.salah(
                    "uraian",
                    f"Renstra {renstra.periode} tumpang tindih dengan Renstra {lain.periode} "
                    "yang sudah ada",
                )
            )
    bk.renstra = renstra
    return renstra


def _cek_sasaran(bk: r.BukuKerja) -> set[int]:
    terlihat: dict = {}
    tujuan = set(bk.renstra.tujuan) if bk.renstra else set()
    for s in bk.sasaran:
        _dobel(bk, s.nomor, s.letak, f"sasaran nomor {s.nomor}", terlihat)
        if s.tujuan is not None and bk.renstra is not None and s.tujuan not in tujuan:
            bk.kesalahan.append(
                s.letak.salah("tujuan", f"tujuan nomor {s.tujuan} tidak ada di lembar renstra")
            )
    return {s.nomor for s in bk.sasaran}


def _cek_indikator(bk: r.BukuKerja, hasil: Pemeriksaan, sasaran: set[int], unit: set[str]) -> None:
    terlihat: dict = {}
    for i in bk.indikator:
        _dobel(bk, (i.sasaran, i.nomor), i.letak, f"indikator {i.kode}", terlihat)
        hasil.indikator.setdefault((i.sasaran, i.nomor), i)
        if i.sasaran not in sasaran and not _rusak(bk, "sasaran", i.sasaran):
            bk.kesalahan.append(
                i.letak.salah("sasaran", f"sasaran nomor {i.sasaran} tidak ada di lembar sasaran")
            )
        _cek_ref_unit(bk, i.letak, i.unit, unit)
        if i.jenis == "persen" and not i.satuan:
            i.satuan = "%"
        if i.rumus:
            if i.jenis == "huruf":
                bk.kesalahan.append(
                    i.letak.salah("rumus", "indikator bernilai huruf tidak memakai rumus")
                )
                continue
            try:
                periksa(i.rumus)
            except RumusError as exc:
                bk.kesalahan.append(i.letak.salah("rumus", f"rumus '{i.rumus}' tidak sah: {exc}"))


def _indikator_dari(bk, hasil, letak, sasaran: int, nomor: int) -> r.Indikator | None:
    ind = hasil.indikator.get((sasaran, nomor))
    if ind is None and not _rusak(bk, "indikator", (sasaran, nomor)):
        bk.kesalahan.append(
            letak.salah(None, f"indikator {sasaran}.{nomor} tidak ada di lembar indikator")
        )
    return ind


def _cek_tahun(bk, renstra: r.Renstra | None, letak: Letak, tahun: int, apa: str) -> bool:
    if renstra is not None and not renstra.memuat(tahun):
        bk.kesalahan.append(
            letak.salah("tahun", f"{apa} tahun {tahun} di luar periode Renstra {renstra.periode}")
        )
        return False
    return True


def _cek_target(bk: r.BukuKerja, hasil: Pemeriksaan, renstra: r.Renstra | None) -> None:
    terlihat: dict = {}
    for t in bk.target:
        ind = _indikator_dari(bk, hasil, t.letak, t.sasaran, t.indikator)
        _cek_tahun(bk, renstra, t.letak, t.tahun, "target")
        if ind is not None:
            cek_nilai(bk, t.letak, "nilai", t.nilai, ind, "target")
        tw = f" triwulan {t.triwulan}" if t.triwulan else ""
        _dobel(
            bk,
            (t.sasaran, t.indikator, t.tahun, t.triwulan),
            t.letak,
            f"target indikator {t.sasaran}.{t.indikator} tahun {t.tahun}{tw}",
            terlihat,
        )


def _nama_pk(tahun: int, perubahan: int) -> str:
    return f"PK {tahun}" + (f" perubahan ke-{perubahan}" if perubahan else "")


def _cek_pk(bk: r.BukuKerja, hasil: Pemeriksaan, renstra: r.Renstra | None) -> None:
    terlihat: dict = {}
    for p in bk.pk:
        _dobel(bk, (p.tahun, p.perubahan), p.letak, _nama_pk(p.tahun, p.perubahan), terlihat)
        _cek_tahun(bk, renstra, p.letak, p.tahun, "PK")
    pk = {(p.tahun, p.perubahan) for p in bk.pk}
    for lembar, daftar in (("pk_indikator", bk.pk_indikator), ("pk_anggaran", bk.pk_anggaran)):
        for b in daftar:
            if (b.tahun, b.perubahan) not in pk and not (
                _rusak(bk, "pk", (b.tahun, b.perubahan)) or _rusak(bk, "pk", (None, 0))
            ):
                bk.kesalahan.append(
                    b.letak.salah(
                        "tahun", f"{_nama_pk(b.tahun, b.perubahan)} tidak ada di lembar pk"
                    )
                )
            _dobel(
                bk,
                (lembar, b.tahun, b.perubahan, b.urutan),
                b.letak,
                f"urutan {b.urutan} {_nama_pk(b.tahun, b.perubahan)}",
                terlihat,
            )
    for b in bk.pk_indikator:
        ind = _indikator_dari(bk, hasil, b.letak, b.sasaran, b.indikator)
        if ind is not None:
            cek_nilai(bk, b.letak, "target", b.target, ind, "target")
        _dobel(
            bk,
            ("baris", b.tahun, b.perubahan, b.sasaran, b.indikator),
            b.letak,
            f"indikator {b.sasaran}.{b.indikator} pada {_nama_pk(b.tahun, b.perubahan)}",
            terlihat,
        )


def _cek_realisasi(bk: r.BukuKerja, hasil: Pemeriksaan, renstra: r.Renstra | None) -> None:
    terlihat: dict = {}
    for x in bk.realisasi:
        ind = _indikator_dari(bk, hasil, x.letak, x.sasaran, x.indikator)
        _cek_tahun(bk, renstra, x.letak, x.tahun, "realisasi")
        if ind is not None:
            cek_nilai(bk, x.letak, "nilai", x.nilai, ind, "realisasi")
            if x.skor is not None and ind.jenis != "huruf":
                bk.kesalahan.append(
                    x.letak.salah("skor", "skor hanya diisi untuk indikator bernilai huruf")
                )
            if ind.jenis == "persen" and x.nilai.angka is not None and x.nilai.angka > Decimal(100):
                bk.kesalahan.append(
                    x.letak.salah(
                        "nilai",
                        f"realisasi {x.nilai.angka.normalize():f} % di luar rentang 0–100 %",
                    )
                )
        _dobel(
            bk,
            (x.sasaran, x.indikator, x.tahun, x.triwulan),
            x.letak,
            f"realisasi indikator {x.sasaran}.{x.indikator} tahun {x.tahun} triwulan {x.triwulan}",
            terlihat,
        )
