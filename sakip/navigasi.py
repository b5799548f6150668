"""The one navigation bar: its entries as data, built per request by the user's role.

Project level, like `urls.py`: it names pages of every app (by URL name only) and reads
the user's office from `organisasi.akses` and the task count from `pengukuran.tugas`.
Every page gets the same bar for the same user; a new page is folded in by ONE entry in
`MENU` (or in the `anak` of an entry), naming its URL, what it needs and who sees it.

An entry whose URL name does not resolve (its app not merged yet) is left out, so an entry
can be added before its page lands. `perlu` says which arguments the URL takes: "" (none), "satker" (the office code),
"satker_tahun" (office code and year), "satker_tahun_tw" (and the quarter). The year is the page's year when the page is of
the user's own office, else the office's main year (the latest PK).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.urls import NoReverseMatch, reverse

from sakip.lib.periode import ROMAWI
from sakip.organisasi.akses import keanggotaan
from sakip.organisasi.models import Peran

SEMUA = frozenset(Peran.values)
KANTOR = frozenset({Peran.ADMIN, Peran.PERENCANA, Peran.PIC, Peran.VERIFIKATOR, Peran.PIMPINAN})
PERENCANA = frozenset({Peran.PERENCANA, Peran.ADMIN})  # who maintains the plan
BERTUGAS = frozenset({Peran.PIC, Peran.VERIFIKATOR, Peran.PIMPINAN})  # who has a work list


@dataclass(frozen=True)
class Entri:
    """One menu entry: `kunci` names it in tests and CSS, `label` is what people read."""

    kunci: str
    label: str
    url: str = ""
    perlu: str = ""
    peran: frozenset = SEMUA
    anak: tuple[Entri, ...] = ()
    staf: bool = False  # only for users with access to /admin/
    superuser: bool = False  # only for the national IT staff
    # URL names (or "namespace:" prefixes) of the pages where this entry is the current one
    aktif_di: tuple[str, ...] = ()


MENU: tuple[Entri, ...] = (
    Entri("tugas", "Tugas saya", "pengukuran:tugas", peran=BERTUGAS),
    Entri("dasbor", "Dasbor", "dasbor", "satker_tahun", KANTOR, aktif_di=("dasbor", "satker")),
    # the Pengukuran entry is drawn with its year and quarter pickers (see base.html)
    Entri(
        "pengukuran",
        "Pengukuran",
        "pengukuran:periode",
        "satker_tahun_tw",
        KANTOR,
        aktif_di=(
            "pengukuran:periode",
            "pengukuran:realisasi",
            "pengukuran:pengecualian",
            "indikator",
        ),
    ),
    Entri(
        "perencanaan",
        "Perencanaan",
        peran=KANTOR,
        anak=(
            Entri("renstra", "Renstra", "renstra", "satker", KANTOR),
            Entri("iku", "Indikator Kinerja Utama", "iku", "satker_tahun", KANTOR),
            Entri("pk", "Perjanjian Kinerja", "pk", "satker_tahun", KANTOR),
            Entri("kelola", "Kelola perencanaan", "perencanaan:kelola", "satker", PERENCANA),
            Entri("buku-kerja", "Buku Kerja", "pengukuran:buku_kerja", "satker", PERENCANA),
        ),
    ),
    Entri(
        "anggaran",
        "Anggaran",
        "anggaran:ringkasan",
        "satker_tahun",
        KANTOR,
        aktif_di=("anggaran:",),
    ),
    Entri(
        "laporan",
        "Laporan",
        "laporan:halaman",
        "satker_tahun",
        KANTOR,
        aktif_di=("laporan:halaman", "laporan:narasi", "laporan:pratinjau"),
    ),
    Entri("evaluasi", "Evaluasi", "penilaian:lembar", "satker_tahun", KANTOR),
    Entri("satker", "Satuan Kerja", "daftar_satker"),
    Entri("periksa", "Periksa Dokumen", "pemeriksa:unggah", aktif_di=("pemeriksa:",)),
    Entri("kantor-baru", "Kantor baru", "organisasi:kantor_baru", superuser=True),
)

# The user menu (right): the same for everyone who is logged in.
MENU_PENGGUNA: tuple[Entri, ...] = (
    Entri("pengingat", "Pengingat", "pengingat", peran=KANTOR),
    Entri("publik", "Laporan terbit (publik)", "laporan:publik_daftar"),
    Entri("admin", "Data induk", "admin:index", staf=True),
)


@dataclass
class Tautan:
    kunci: str
    label: str
    href: str
    aktif: bool = False
    anak: list[Tautan] = field(default_factory=list)


def _boleh(entri: Entri, peran: str | None, user) -> bool:
    if entri.superuser:
        return bool(user.is_superuser)
    if entri.staf:
        return bool(user.is_staff)
    if peran is None:  # no office: a superuser or an outsider sees the office-free entries
        return entri.peran == SEMUA
    return peran in entri.peran


def _href(entri: Entri, kode: str | None, tahun: int | None, tw: int | None) -> str | None:
    if not entri.url:
        return ""
    if entri.perlu == "satker":
        args = [kode] if kode else None
    elif entri.perlu == "satker_tahun":
        args = [kode, tahun] if kode and tahun else None
    elif entri.perlu == "satker_tahun_tw":
        args = [kode, tahun, tw] if kode and tahun and tw else None
    else:
        args = []
    if args is None:
        return None
    try:
        return reverse(entri.url, args=args)
    except NoReverseMatch:  # an entry of an app that is not installed: leave it out
        return None


def _aktif(entri: Entri, nama_url: str) -> bool:
    for n in entri.aktif_di or (entri.url,):
        if nama_url == n or (n.endswith(":") and nama_url.startswith(n)):
            return True
    return False


class Navigasi:
    """Built lazily on first use in the template: most of it needs no query."""

    romawi = tuple(ROMAWI.items())

    def __init__(self, request):
        self.request = request
        self.user = request.user
        self.k = keanggotaan(self.user)

    @cached_property
    def tahun(self) -> int | None:
        """The year of the links: the page's year on the user's own office, else its main year."""
        if self.k is None:
            return None
        match = getattr(self.request, "resolver_match", None)
        kwargs = match.kwargs if match else {}
        if kwargs.get("kode") == self.k.satker.kode and isinstance(kwargs.get("tahun"), int):
            return kwargs["tahun"]
        from sakip.pengukuran.capaian import tahun_utama

        return tahun_utama(self.k.satker)

    @cached_property
    def triwulan(self) -> int:
        match = getattr(self.request, "resolver_match", None)
        tw = (match.kwargs if match else {}).get("triwulan")
        if isinstance(tw, int):
            return tw
        from sakip.pengukuran import jendela

        hari = jendela.hari_ini()
        return (hari.month - 1) // 3 + 1 if hari.year == self.tahun else 1

    @cached_property
    def daftar_tahun(self) -> list[int]:
        if self.k is None:
            return []
        from sakip.perencanaan.models import tahun_tersedia

        return list(tahun_tersedia(self.k.satker))

    def _bangun(self, menu) -> list[Tautan]:
        peran = self.k.peran if self.k else None
        kode = self.k.satker.kode if self.k else None
        match = getattr(self.request, "resolver_match", None)
        nama_url = match.view_name if match else ""
        hasil = []
        for e in menu:
            if not _boleh(e, peran, self.user):
                continue
            anak = self._bangun(e.anak)
            href = _href(
                e,
                kode,
                self.tahun if e.perlu.startswith("satker_tahun") else None,
                self.triwulan if e.perlu == "satker_tahun_tw" else None,
            )
            if href is None or (e.anak and not anak):
                continue
            aktif = _aktif(e, nama_url) if e.url else False
            hasil.append(Tautan(e.kunci, e.label, href, aktif or any(a.aktif for a in anak), anak))
        return hasil

    @cached_property
    def utama(self) -> list[Tautan]:
        return self._bangun(MENU) if self.user.is_authenticated else []

    @cached_property
    def pengguna(self) -> list[Tautan]:
        return self._bangun(MENU_PENGGUNA) if self.user.is_authenticated else []

    @cached_property
    def kunci(self) -> str:
        """The entries' keys in order, e.g. 'tugas dasbor pengukuran …' (tests compare it)."""
        return " ".join(t.kunci for t in self.utama)


def navigasi(request) -> dict:
    """Context processor: `nav` for base.html."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {"nav": None}
    return {"nav": Navigasi(request)}
