"""Read an onboarding workbook into typed rows, collecting every error; no database."""

from __future__ import annotations

import datetime
import io
import re
import warnings
import zipfile
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from sakip.lib.angka import AngkaError, parse_angka
from sakip.lib.capaian import NILAI_HURUF
from sakip.lib.kesalahan import Kesalahan, Letak
from sakip.lib.periode import TAHUN_MAX, TAHUN_MIN

from . import rekaman as r
from .lembar import JENIS_SATKER, JENIS_SKALA, LEMBAR, PENDIDIKAN, PER_NAMA, PERAN, UNSUR, Lembar

MAKS_UKURAN = 20 * 1024 * 1024
MAKS_TERURAI = 200 * 1024 * 1024  # what the XLSX's zip holds once unpacked (a zip bomb's guard)
MAKS_BARIS = 20_000

STATUS = {"komisioner": "komisioner", "pns": "pns", "non_pns": "non_pns", "ppnpn": "non_pns"}
GOLONGAN = tuple(
    f"{g}/{h}"
    for g, hs in (("IV", "abcde"), ("III", "abcd"), ("II", "abcd"), ("I", "abcd"))
    for h in hs
)
JENIS_INDIKATOR = {"angka": "angka", "persen": "persen", "persentase": "persen", "huruf": "huruf"}
POLARITAS = {"naik": "naik", "turun": "turun"}
AGREGASI = {
    "terakhir": "last",
    "last": "last",
    "jumlah": "sum",
    "sum": "sum",
    "rata_rata": "average",
    "average": "average",
    "tertinggi": "max",
    "max": "max",
}
# how each code value is written back (the first name above of each value)
NAMA_AGREGASI = {"last": "terakhir", "sum": "jumlah", "average": "rata_rata", "max": "tertinggi"}
_YA = {"ya": True, "y": True, "1": True, "true": True, "benar": True}
_TIDAK = {"tidak": False, "tdk": False, "0": False, "false": False, "salah": False}
_TRIWULAN = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,29}$")
_KODE_SATKER = re.compile(r"^[0-9][0-9.]{0,9}$")
_USERNAME = re.compile(r"^[\w.@+-]{1,150}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalisasi(teks: Any) -> str:
    """' Kode  Induk ' -> 'kode_induk'; for headers, sheet names and choices."""
    return re.sub(r"[^0-9a-z]+", "_", str(teks or "").strip().lower()).strip("_")


def teks_sel(nilai: Any) -> str:
    """A cell as text: whole numbers without '.0', None as ''."""
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    if isinstance(nilai, datetime.datetime):
        return nilai.date().isoformat()
    return str(nilai).strip()


def parse_tanggal(nilai: Any) -> datetime.date:
    """A date cell, '2023-01-31', '31/01/2023' or '31-01-2023'; raises ValueError."""
    if isinstance(nilai, datetime.datetime):
        return nilai.date()
    if isinstance(nilai, datetime.date):
        return nilai
    teks = teks_sel(nilai)
    for pola in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(teks, pola).date()
        except ValueError:
            continue
    raise ValueError(f"tanggal '{teks}' tidak dikenali (tulis 2023-01-31 atau 31/01/2023)")


class _Baris:
    """One data row of a sheet; each reader appends its errors and marks the row bad."""

    def __init__(self, letak: Letak, isi: tuple, indeks: dict[str, int], salah: list[Kesalahan]):
        self.letak, self.isi, self.indeks, self.salah = letak, isi, indeks, salah
        self.sah = True

    def label(self, nama: str) -> str:
        return f"{get_column_letter(self.indeks[nama] + 1)} ({nama})"

    def mentah(self, nama: str) -> Any:
        i = self.indeks.get(nama)
        return self.isi[i] if i is not None and i < len(self.isi) else None

    def galat(self, nama: str, pesan: str) -> None:
        self.sah = False
        kolom = self.label(nama) if nama in self.indeks else None
        self.salah.append(self.letak.salah(kolom, pesan))

    def teks(self, nama: str, wajib: bool = False, maks: int = 0) -> str:
        nilai = teks_sel(self.mentah(nama))
        if wajib and not nilai:
            self.galat(nama, f"{nama} kosong; kolom ini wajib diisi")
        elif maks and len(nilai) > maks:
            self.galat(
                nama, f"{nama} terlalu panjang ({len(nilai)} karakter, paling banyak {maks})"
            )
            return nilai[:maks]
        return nilai

    def angka(
        self, nama: str, wajib: bool = False, minimal: Decimal | None = None
    ) -> Decimal | None:
        nilai = self.mentah(nama)
        if teks_sel(nilai) in ("", "-"):
            if wajib:
                self.galat(nama, f"{nama} kosong; isi angka")
            return None
        try:
            angka = parse_angka(nilai)
            if not angka.is_finite():
                raise AngkaError(f"'{teks_sel(nilai)}' bukan angka")
        except AngkaError:
            self.galat(nama, f"{nama} '{teks_sel(nilai)}' bukan angka")
            return None
        if minimal is not None and angka < minimal:
            self.galat(nama, f"{nama} {teks_sel(nilai)} tidak boleh kurang dari {minimal}")
            return None
        if abs(angka) >= Decimal(10) ** 14:
            self.galat(nama, f"{nama} {teks_sel(nilai)} terlalu besar")
            return None
        return angka

    def bulat(
        self, nama: str, wajib: bool = False, minimal: int = 0, maksimal: int | None = None
    ) -> int | None:
        nilai = self.mentah(nama)
        teks = teks_sel(nilai)
        if not teks:
            if wajib:
                self.galat(nama, f"{nama} kosong; isi bilangan bulat")
            return None
        if isinstance(nilai, bool) or not re.fullmatch(r"\d{1,6}", teks):
            self.galat(nama, f"{nama} '{teks}' bukan bilangan bulat")
            return None
        angka = int(teks)
        if angka < minimal or (maksimal is not None and angka > maksimal):
            batas = f"{minimal} sampai {maksimal}" if maksimal is not None else f"minimal {minimal}"
            self.galat(nama, f"{nama} {angka} di luar rentang ({batas})")
            return None
        return angka

    def tahun(self, nama: str = "tahun") -> int | None:
        return self.bulat(nama, True, TAHUN_MIN, TAHUN_MAX)

    def pilihan(self, nama: str, pilihan: dict[str, str] | tuple, wajib: bool = True) -> str:
        teks = teks_sel(self.mentah(nama))
        if not teks:
            if wajib:
                self.galat(nama, f"{nama} kosong; isi salah satu: {_daftar(pilihan)}")
            return ""
        if isinstance(pilihan, dict):
            hasil = pilihan.get(normalisasi(teks))
        else:
            cocok = [p for p in pilihan if p.lower() == teks.lower()]
            hasil = cocok[0] if cocok else None
        if hasil is None:
            self.galat(nama, f"{nama} '{teks}' tidak dikenal; isi salah satu: {_daftar(pilihan)}")
            return ""
        return hasil

    def ya_tidak(self, nama: str, bawaan: bool) -> bool:
        nilai = self.mentah(nama)
        if isinstance(nilai, bool):
            return nilai
        teks = normalisasi(teks_sel(nilai))
        if not teks:
            return bawaan
        if teks in _YA:
            return True
        if teks in _TIDAK:
            return False
        self.galat(nama, f"{nama} '{teks_sel(nilai)}' harus ya atau tidak")
        return bawaan

    def tanggal(self, nama: str) -> datetime.date | None:
        nilai = self.mentah(nama)
        if not teks_sel(nilai):
            self.galat(nama, f"{nama} kosong; isi tanggal, mis. 2023-01-31")
            return None
        try:
            return parse_tanggal(nilai)
        except ValueError as exc:
            self.galat(nama, str(exc))
            return None

    def nip(self, nama: str) -> str:
        teks = teks_sel(self.mentah(nama)).replace(" ", "")
        if teks and not re.fullmatch(r"\d{8,30}", teks):
            self.galat(nama, f"NIP '{teks}' tidak sah: hanya angka, 8 sampai 30 digit")
            return ""
        return teks

    def triwulan(self, nama: str = "triwulan", wajib: bool = False) -> int | None:
        teks = teks_sel(self.mentah(nama))
        if not teks:
            if wajib:
                self.galat(nama, f"{nama} kosong; isi 1 sampai 4")
            return None
        kunci = normalisasi(teks).removeprefix("tw_").removeprefix("tw")
        if kunci not in _TRIWULAN:
            self.galat(nama, f"triwulan '{teks}' tidak sah; isi 1 sampai 4")
            return None
        return _TRIWULAN[kunci]

    def nilai(self, nama: str) -> r.Nilai | None:
        """A value left as typed: checked against the indicator's kind later (periksa)."""
        nilai = self.mentah(nama)
        teks = teks_sel(nilai)
        if not teks:
            self.galat(nama, f"{nama} kosong; isi angka, atau AA…D untuk indikator huruf")
            return None
        if teks.upper() in NILAI_HURUF:
            return r.Nilai(huruf=teks.upper())
        try:
            angka = parse_angka(nilai)
            if not angka.is_finite() or abs(angka) >= Decimal(10) ** 14:
                raise AngkaError(f"'{teks}' bukan angka")
        except AngkaError:
            return r.Nilai(huruf=teks)  # not a number nor a grade: periksa says which it needed
        return r.Nilai(angka=angka)


def _daftar(pilihan) -> str:
    if isinstance(pilihan, dict):
        terlihat: list[str] = []
        for nama, kode in pilihan.items():
            if kode not in [pilihan[t] for t in terlihat]:
                terlihat.append(nama)
        return ", ".join(terlihat)
    return ", ".join(pilihan)


# -- one reader per sheet -----------------------------------------------------------------


def _profil(b: _Baris, bk: r.BukuKerja) -> None:
    kode = b.teks("kode", True)
    if kode and not _KODE_SATKER.match(kode):
        b.galat("kode", f"kode kantor '{kode}' tidak sah: angka (dan titik), paling banyak 10")
    induk = b.teks("kode_induk", True)
    if induk and not _KODE_SATKER.match(induk):
        b.galat(
            "kode_induk", f"kode induk '{induk}' tidak sah: angka (dan titik), paling banyak 10"
        )
    p = r.Profil(
        kode=kode,
        nama=b.teks("nama", True, 200),
        kode_induk=induk,
        jenis=b.pilihan("jenis", JENIS_SATKER, wajib=False),
        kota=b.teks("kota", maks=100),
        alamat=b.teks("alamat", maks=300),
        situs=b.teks("situs", maks=200),
        batas_capaian=b.angka("batas_capaian", minimal=Decimal(1)),
        letak=b.letak,
    )
    if p.batas_capaian is not None and p.batas_capaian > 1000:
        b.galat("batas_capaian", f"batas_capaian {p.batas_capaian} di atas 1000 %")
    bk.baris_profil += 1
    if bk.baris_profil > 1:
        b.galat("kode", "lembar profil hanya boleh berisi satu kantor (satu baris)")
        bk.profil = None
    elif b.sah:
        bk.profil = p


def _skala(b: _Baris, bk: r.BukuKerja) -> None:
    p = r.PitaSkala(
        jenis=b.pilihan("jenis", JENIS_SKALA),
        label=b.teks("label", True, 60),
        bawah=b.angka("bawah", True, Decimal(0)),
        atas=b.angka("atas", minimal=Decimal(0)),
        bawah_inklusif=b.ya_tidak("bawah_inklusif", True),
        atas_inklusif=b.ya_tidak("atas_inklusif", False),
        letak=b.letak,
    )
    if b.sah:
        bk.skala.append(p)


def _unit(b: _Baris, bk: r.BukuKerja) -> None:
    kode = b.teks("kode", True)
    if kode and not _SLUG.match(kode):
        b.galat(
            "kode",
            f"kode unit '{kode}' tidak sah: huruf kecil, angka, - atau _, paling banyak 30",
        )
    u = r.Unit(kode=kode, nama=b.teks("nama", True, 200), letak=b.letak)
    if b.sah:
        bk.unit.append(u)
    else:
        bk.rusak.add(("unit", kode))


def _pegawai(b: _Baris, bk: r.BukuKerja) -> None:
    p = r.Pegawai(
        nama=b.teks("nama", True, 200),
        nip=b.nip("nip"),
        jabatan=b.teks("jabatan", maks=200),
        status=b.pilihan("status", STATUS),
        pendidikan=b.pilihan("pendidikan", PENDIDIKAN),
        golongan=b.pilihan("golongan", GOLONGAN, wajib=False),
        unit=b.teks("unit"),
        aktif=b.ya_tidak("aktif", True),
        letak=b.letak,
    )
    if b.sah:
        bk.pegawai.append(p)


def _pengguna(b: _Baris, bk: r.BukuKerja) -> None:
    nama = b.teks("username", True)
    if nama and not _USERNAME.match(nama):
        b.galat("username", f"username '{nama}' tidak sah: huruf, angka dan @ . + - _ saja")
    email = b.teks("email", maks=254)
    if email and not _EMAIL.match(email):
        b.galat("email", f"email '{email}' tidak sah")
    p = r.Pengguna(
        username=nama,
        peran=b.pilihan("peran", PERAN),
        nama_depan=b.teks("nama_depan", maks=150),
        nama_belakang=b.teks("nama_belakang", maks=150),
        email=email,
        unit=b.teks("unit"),
        aktif=b.ya_tidak("aktif", True),
        letak=b.letak,
    )
    if b.sah:
        bk.pengguna.append(p)


def _renstra(b: _Baris, bk: r.BukuKerja) -> None:
    unsur = b.pilihan("unsur", UNSUR)
    nomor = b.bulat("nomor", minimal=1, maksimal=99)
    if unsur in ("misi", "tujuan") and nomor is None and b.sah:
        b.galat("nomor", f"nomor {unsur} kosong; beri nomor 1, 2, …")
    uraian = b.teks("uraian", True)
    if unsur in ("tahun_awal", "tahun_akhir") and uraian:
        b.bulat("uraian", True, TAHUN_MIN, TAHUN_MAX)
    if b.sah:
        bk.unsur_renstra.append(r.UnsurRenstra(unsur, nomor, uraian, b.letak))
    else:
        bk.rusak.add(("renstra", None))


def _sasaran(b: _Baris, bk: r.BukuKerja) -> None:
    s = r.Sasaran(
        nomor=b.bulat("nomor", True, 1, 999),
        uraian=b.teks("uraian", True),
        tujuan=b.bulat("tujuan", minimal=1, maksimal=99),
        letak=b.letak,
    )
    if b.sah:
        bk.sasaran.append(s)
    else:
        bk.rusak.add(("sasaran", s.nomor))


def _indikator(b: _Baris, bk: r.BukuKerja) -> None:
    i = r.Indikator(
        sasaran=b.bulat("sasaran", True, 1, 999),
        nomor=b.bulat("nomor", True, 1, 999),
        nama=b.teks("nama", True),
        jenis=b.pilihan("jenis", JENIS_INDIKATOR),
        definisi=b.teks("definisi"),
        cara_penghitungan=b.teks("cara_penghitungan"),
        rumus=b.teks("rumus", maks=300),
        satuan=b.teks("satuan", maks=40),
        polaritas=b.pilihan("polaritas", POLARITAS, wajib=False) or "naik",
        agregasi=b.pilihan("agregasi", AGREGASI, wajib=False) or "last",
        sumber_data=b.teks("sumber_data", maks=200),
        unit=b.teks("unit"),
        iku=b.ya_tidak("iku", True),
        wajib_bukti=b.ya_tidak("wajib_bukti", False),
        standar_nasional=b.angka("standar_nasional", minimal=Decimal(0)),
        letak=b.letak,
    )
    if b.sah:
        bk.indikator.append(i)
    else:
        bk.rusak.add(("indikator", (i.sasaran, i.nomor)))


def _target(b: _Baris, bk: r.BukuKerja) -> None:
    t = r.Target(
        sasaran=b.bulat("sasaran", True, 1, 999),
        indikator=b.bulat("indikator", True, 1, 999),
        tahun=b.tahun(),
        triwulan=b.triwulan(),
        nilai=b.nilai("nilai"),
        tonggak=b.teks("tonggak"),
        letak=b.letak,
    )
    if b.sah:
        bk.target.append(t)


def _pk(b: _Baris, bk: r.BukuKerja) -> None:
    p = r.Pk(
        tahun=b.tahun(),
        perubahan=b.bulat("perubahan", minimal=0, maksimal=99) or 0,
        tempat=b.teks("tempat", True, 100),
        tanggal=b.tanggal("tanggal"),
        pihak_pertama_nama=b.teks("pihak_pertama_nama", True, 200),
        pihak_pertama_nip=b.nip("pihak_pertama_nip"),
        pihak_pertama_jabatan=b.teks("pihak_pertama_jabatan", True, 200),
        pihak_kedua_nama=b.teks("pihak_kedua_nama", True, 200),
        pihak_kedua_nip=b.nip("pihak_kedua_nip"),
        pihak_kedua_jabatan=b.teks("pihak_kedua_jabatan", True, 200),
        alasan_perubahan=b.teks("alasan_perubahan"),
        letak=b.letak,
    )
    if b.sah and p.perubahan and not p.alasan_perubahan:
        b.galat("alasan_perubahan", "PK Perubahan wajib memuat alasan_perubahan")
    if b.sah:
        bk.pk.append(p)
    else:
        bk.rusak.add(("pk", (p.tahun, p.perubahan)))


def _pk_indikator(b: _Baris, bk: r.BukuKerja) -> None:
    p = r.BarisPk(
        tahun=b.tahun(),
        perubahan=b.bulat("perubahan", minimal=0, maksimal=99) or 0,
        urutan=b.bulat("urutan", True, 1, 999),
        sasaran=b.bulat("sasaran", True, 1, 999),
        indikator=b.bulat("indikator", True, 1, 999),
        target=b.nilai("target"),
        letak=b.letak,
    )
    if b.sah:
        bk.pk_indikator.append(p)


def _pk_anggaran(b: _Baris, bk: r.BukuKerja) -> None:
    anggaran = b.angka("anggaran", True, Decimal(0))
    if anggaran is not None and anggaran != anggaran.quantize(Decimal("0.01")):
        b.galat("anggaran", f"anggaran {teks_sel(b.mentah('anggaran'))} lebih dari 2 desimal")
    p = r.AnggaranPk(
        tahun=b.tahun(),
        perubahan=b.bulat("perubahan", minimal=0, maksimal=99) or 0,
        urutan=b.bulat("urutan", True, 1, 999),
        kode_program=b.teks("kode_program", True, 10),
        nama_program=b.teks("nama_program", True, 300),
        anggaran=anggaran,
        letak=b.letak,
    )
    if b.sah:
        bk.pk_anggaran.append(p)


def _realisasi(b: _Baris, bk: r.BukuKerja) -> None:
    p = r.Realisasi(
        sasaran=b.bulat("sasaran", True, 1, 999),
        indikator=b.bulat("indikator", True, 1, 999),
        tahun=b.tahun(),
        triwulan=b.triwulan(wajib=True),
        nilai=b.nilai("nilai"),
        skor=b.angka("skor", minimal=Decimal(0)),
        analisis=b.teks("analisis"),
        kendala=b.teks("kendala"),
        solusi=b.teks("solusi"),
        tindak_lanjut=b.teks("tindak_lanjut"),
        letak=b.letak,
    )
    if p.skor is not None and p.skor > 100:
        b.galat("skor", f"skor {teks_sel(b.mentah('skor'))} di luar 0-100")
    if b.sah:
        bk.realisasi.append(p)


_PEMBACA: dict[str, Callable[[_Baris, r.BukuKerja], None]] = {
    "profil": _profil,
    "skala": _skala,
    "unit": _unit,
    "pegawai": _pegawai,
    "pengguna": _pengguna,
    "renstra": _renstra,
    "sasaran": _sasaran,
    "indikator": _indikator,
    "target": _target,
    "pk": _pk,
    "pk_indikator": _pk_indikator,
    "pk_anggaran": _pk_anggaran,
    "realisasi": _realisasi,
}


# -- the workbook -------------------------------------------------------------------------


# what openpyxl raises on a damaged sheet (bad XML is a SyntaxError, ParseError included)
_RUSAK = (
    SyntaxError,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    EOFError,
    zipfile.BadZipFile,
)


def _mb(ukuran: int) -> str:
    return f"{ukuran / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def baca_buku_kerja(nama: str, data: bytes, maks_ukuran: int = MAKS_UKURAN) -> r.BukuKerja:
    """Read the workbook's bytes into typed rows; every error found is in `kesalahan`."""
    bk = r.BukuKerja()
    if len(data) > maks_ukuran:
        bk.kesalahan.append(
            Kesalahan(
                nama, None, None, f"berkas {_mb(len(data))} melebihi batas {_mb(maks_ukuran)}"
            )
        )
        return bk
    if not data.startswith(b"PK\x03\x04"):
        bk.kesalahan.append(
            Kesalahan(nama, None, None, "berkas bukan lembar kerja XLSX (simpan sebagai .xlsx)")
        )
        return bk
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            terurai = sum(i.file_size for i in z.infolist())
        if terurai > MAKS_TERURAI:
            bk.kesalahan.append(
                Kesalahan(
                    nama,
                    None,
                    None,
                    f"isi berkas {_mb(terurai)} setelah diurai melebihi batas {_mb(MAKS_TERURAI)}",
                )
            )
            return bk
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError):
        bk.kesalahan.append(
            Kesalahan(nama, None, None, "berkas bukan lembar kerja XLSX yang sah (rusak)")
        )
        return bk
    try:
        lembar = {}
        for ws in wb.worksheets:
            kunci = normalisasi(ws.title)
            if kunci in PER_NAMA:
                if kunci in lembar:
                    bk.kesalahan.append(
                        Kesalahan(ws.title, None, None, f"lembar '{kunci}' ada dua kali")
                    )
                    continue
                lembar[kunci] = ws
        for spec in LEMBAR:
            ws = lembar.get(spec.nama)
            if ws is None:
                if spec.wajib:
                    bk.rusak.add((spec.nama, None))
                    bk.kesalahan.append(
                        Kesalahan(
                            spec.nama,
                            None,
                            None,
                            f"lembar '{spec.nama}' tidak ada; lembar wajib: "
                            + ", ".join(s.nama for s in LEMBAR if s.wajib),
                        )
                    )
                continue
            bk.ada_lembar.add(spec.nama)
            try:
                _baca_lembar(spec, ws, bk)
            except _RUSAK:
                bk.rusak.add((spec.nama, None))
                bk.kesalahan.append(
                    Kesalahan(
                        spec.nama,
                        None,
                        None,
                        f"lembar '{spec.nama}' rusak dan tidak dapat dibaca; buka berkasnya di "
                        "Excel atau LibreOffice lalu simpan ulang sebagai .xlsx",
                    )
                )
    finally:
        wb.close()
    if (
        "profil" in bk.ada_lembar
        and bk.baris_profil == 0
        and not any(k.lembar == "profil" for k in bk.kesalahan)
    ):
        bk.kesalahan.append(Kesalahan("profil", 2, None, "lembar profil tidak berisi kantor"))
    return bk


def _baca_lembar(spec: Lembar, ws, bk: r.BukuKerja) -> None:
    ws.reset_dimensions()
    baris = ws.iter_rows(values_only=True)
    judul = next(baris, None)
    if judul is None or all(teks_sel(s) == "" for s in judul):
        bk.kesalahan.append(
            Kesalahan(
                spec.nama,
                1,
                None,
                "judul kolom tidak ada di baris 1; seharusnya: " + ", ".join(spec.nama_kolom),
            )
        )
        bk.rusak.add((spec.nama, None))
        return
    indeks: dict[str, int] = {}
    salah_judul = []
    for i, sel in enumerate(judul):
        nama = normalisasi(sel)
        if not nama:
            continue
        label = f"{get_column_letter(i + 1)} ({teks_sel(sel)})"
        if nama not in spec.nama_kolom:
            salah_judul.append(
                Kesalahan(
                    spec.nama,
                    1,
                    label,
                    f"kolom '{teks_sel(sel)}' tidak dikenal; kolom lembar {spec.nama}: "
                    + ", ".join(spec.nama_kolom),
                )
            )
        elif nama in indeks:
            salah_judul.append(Kesalahan(spec.nama, 1, label, f"kolom '{nama}' ada dua kali"))
        else:
            indeks[nama] = i
    for k in spec.kolom:
        if k.wajib and k.nama not in indeks:
            salah_judul.append(Kesalahan(spec.nama, 1, None, f"kolom wajib '{k.nama}' tidak ada"))
    if salah_judul:
        bk.kesalahan.extend(salah_judul)
        bk.rusak.add((spec.nama, None))
        return
    bk.kolom[spec.nama] = indeks
    baca = _PEMBACA[spec.nama]
    for nomor, isi in enumerate(baris, start=2):
        if all(teks_sel(s) == "" for s in isi):
            continue
        if nomor > MAKS_BARIS + 1:
            bk.kesalahan.append(
                Kesalahan(spec.nama, nomor, None, f"lebih dari {MAKS_BARIS} baris; bagi berkasnya")
            )
            return
        baca(_Baris(Letak(spec.nama, nomor), isi, indeks, bk.kesalahan), bk)
