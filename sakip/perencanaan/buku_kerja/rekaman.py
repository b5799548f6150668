"""Typed rows of the onboarding workbook; field names are the sheets' column names."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.lib.kesalahan import Kesalahan, Letak

# Rows written by `tulis` carry no place; rows read carry the sheet and row they came from.
TANPA_LETAK = Letak("", 0)


@dataclass
class Profil:
    kode: str
    nama: str
    kode_induk: str
    jenis: str = ""
    kota: str = ""
    alamat: str = ""
    situs: str = ""
    batas_capaian: Decimal | None = None
    letak: Letak = TANPA_LETAK


@dataclass
class PitaSkala:
    jenis: str
    label: str
    bawah: Decimal
    atas: Decimal | None = None
    bawah_inklusif: bool = True
    atas_inklusif: bool = False
    letak: Letak = TANPA_LETAK


@dataclass
class Unit:
    kode: str
    nama: str
    letak: Letak = TANPA_LETAK


@dataclass
class Pegawai:
    nama: str
    status: str
    pendidikan: str
    nip: str = ""
    jabatan: str = ""
    golongan: str = ""
    unit: str = ""
    aktif: bool = True
    letak: Letak = TANPA_LETAK


@dataclass
class Pengguna:
    username: str
    peran: str
    nama_depan: str = ""
    nama_belakang: str = ""
    email: str = ""
    unit: str = ""
    aktif: bool = True
    letak: Letak = TANPA_LETAK


@dataclass
class UnsurRenstra:
    """One row of the renstra sheet: tahun_awal, tahun_akhir, dasar_hukum, visi, misi, tujuan."""

    unsur: str
    nomor: int | None
    uraian: str
    letak: Letak = TANPA_LETAK


@dataclass
class Renstra:
    tahun_awal: int
    tahun_akhir: int
    visi: str
    dasar_hukum: str = ""
    misi: dict[int, str] = field(default_factory=dict)
    tujuan: dict[int, str] = field(default_factory=dict)
    letak: Letak = TANPA_LETAK

    def memuat(self, tahun: int) -> bool:
        return self.tahun_awal <= tahun <= self.tahun_akhir

    @property
    def periode(self) -> str:
        return f"{self.tahun_awal}–{self.tahun_akhir}"


@dataclass
class Sasaran:
    nomor: int
    uraian: str
    tujuan: int | None = None
    letak: Letak = TANPA_LETAK


@dataclass
class Indikator:
    sasaran: int
    nomor: int
    nama: str
    jenis: str
    definisi: str = ""
    cara_penghitungan: str = ""
    rumus: str = ""
    satuan: str = ""
    polaritas: str = "naik"
    agregasi: str = "last"
    sumber_data: str = ""
    unit: str = ""
    iku: bool = True
    wajib_bukti: bool = False
    standar_nasional: Decimal | None = None
    letak: Letak = TANPA_LETAK

    @property
    def kode(self) -> str:
        return f"{self.sasaran}.{self.nomor}"


@dataclass
class Nilai:
    """A target or realised value: a number, or a grade letter for a graded indicator."""

    angka: Decimal | None = None
    huruf: str = ""


@dataclass
class Target:
    sasaran: int
    indikator: int
    tahun: int
    triwulan: int | None
    nilai: Nilai
    tonggak: str = ""
    letak: Letak = TANPA_LETAK


@dataclass
class Pk:
    tahun: int
    perubahan: int
    tempat: str
    tanggal: datetime.date
    pihak_pertama_nama: str
    pihak_pertama_jabatan: str
    pihak_kedua_nama: str
    pihak_kedua_jabatan: str
    pihak_pertama_nip: str = ""
    pihak_kedua_nip: str = ""
    alasan_perubahan: str = ""
    letak: Letak = TANPA_LETAK


@dataclass
class BarisPk:
    tahun: int
    perubahan: int
    urutan: int
    sasaran: int
    indikator: int
    target: Nilai
    letak: Letak = TANPA_LETAK


@dataclass
class AnggaranPk:
    tahun: int
    perubahan: int
    urutan: int
    kode_program: str
    nama_program: str
    anggaran: Decimal
    letak: Letak = TANPA_LETAK


@dataclass
class Realisasi:
    sasaran: int
    indikator: int
    tahun: int
    triwulan: int
    nilai: Nilai
    skor: Decimal | None = None
    analisis: str = ""
    kendala: str = ""
    solusi: str = ""
    tindak_lanjut: str = ""
    letak: Letak = TANPA_LETAK


@dataclass
class BukuKerja:
    """Everything read from (or to be written to) one workbook."""

    profil: Profil | None = None
    skala: list[PitaSkala] = field(default_factory=list)
    unit: list[Unit] = field(default_factory=list)
    pegawai: list[Pegawai] = field(default_factory=list)
    pengguna: list[Pengguna] = field(default_factory=list)
    renstra: Renstra | None = None
    unsur_renstra: list[UnsurRenstra] = field(default_factory=list)
    sasaran: list[Sasaran] = field(default_factory=list)
    indikator: list[Indikator] = field(default_factory=list)
    target: list[Target] = field(default_factory=list)
    pk: list[Pk] = field(default_factory=list)
    pk_indikator: list[BarisPk] = field(default_factory=list)
    pk_anggaran: list[AnggaranPk] = field(default_factory=list)
    realisasi: list[Realisasi] = field(default_factory=list)
    # sheets present in the file (an optional sheet that is absent leaves the data as it is)
    ada_lembar: set[str] = field(default_factory=set)
    baris_profil: int = 0
    # where each column is in each sheet read (0-based), to name an error's column
    kolom: dict[str, dict[str, int]] = field(default_factory=dict)
    # keys of rows refused for a bad cell: references to them raise no second error
    rusak: set[tuple] = field(default_factory=set)
    kesalahan: list[Kesalahan] = field(default_factory=list)
