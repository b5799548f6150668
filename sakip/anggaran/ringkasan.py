"""Budget figures of one office and year, each total a database aggregate over its rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum

from sakip.lib.anggaran import (
    NAMA_BULAN,
    deviasi_rpd,
    kumulatif,
    nama_jenis_belanja,
    persen_penyerapan,
    progres_ro,
    sisa,
)
from sakip.lib.angka import bulatkan
from sakip.organisasi.models import Satker

from .models import (
    Dipa,
    KaitanAnggaran,
    Pagu,
    RealisasiAnggaran,
    RencanaPenarikan,
    RincianOutput,
    UraianKode,
)
from .services import periksa_boleh_baca

NOL = Decimal(0)


@dataclass
class Angka:
    """Pagu and realisation of anything, with what follows from them."""

    pagu: Decimal
    realisasi: Decimal

    @property
    def sisa(self) -> Decimal:
        return sisa(self.pagu, self.realisasi)

    @property
    def persen(self) -> Decimal | None:
        return persen_penyerapan(self.realisasi, self.pagu)


@dataclass
class BarisKelompok(Angka):
    """A type of spending, program or kegiatan."""

    kode: str = ""
    uraian: str = ""


@dataclass
class BarisRO(Angka):
    """One row of the seed's RO table."""

    kode: str = ""
    uraian: str = ""
    program: str = ""
    uraian_program: str = ""
    kegiatan: str = ""
    uraian_kegiatan: str = ""
    target_volume: Decimal | None = None
    realisasi_volume: Decimal = NOL
    satuan: str = ""

    @property
    def kode_pendek(self) -> str:
        return ".".join(self.kode.split(".")[3:])

    @property
    def progres(self) -> Decimal | None:
        if self.target_volume is None:
            return None
        return progres_ro(self.target_volume, self.realisasi_volume)


@dataclass
class BarisBulan:
    """One month: spending and plan, in the month and cumulative."""

    bulan: int
    realisasi: Decimal
    rencana: Decimal
    realisasi_kumulatif: Decimal
    rencana_kumulatif: Decimal

    @property
    def deviasi(self) -> Decimal | None:
        return deviasi_rpd(self.rencana, self.realisasi)

    @property
    def nama_bulan(self) -> str:
        return NAMA_BULAN[self.bulan - 1]


@dataclass
class Ringkasan:
    """The budget of one office and year: the budget page, the command and the LKj read it.

    Plain data (no model instances), so the LKj stores it in its JSON snapshot as it is.
    """

    kode_satker: str
    tahun: int
    nomor_revisi: int | None  # the revision whose pagu is shown
    nama_revisi: str
    sampai_bulan: int
    total: Angka
    revisi: int  # how many times the DIPA was revised
    kategori: str | None
    jenis: list[BarisKelompok] = field(default_factory=list)
    program: list[BarisKelompok] = field(default_factory=list)
    kegiatan: list[BarisKelompok] = field(default_factory=list)
    ro: list[BarisRO] = field(default_factory=list)
    bulanan: list[BarisBulan] = field(default_factory=list)

    @property
    def nama_sampai_bulan(self) -> str:
        return NAMA_BULAN[self.sampai_bulan - 1]

    @property
    def pagu(self) -> Decimal:
        return self.total.pagu

    @property
    def realisasi(self) -> Decimal:
        return self.total.realisasi

    @property
    def sisa(self) -> Decimal:
        return self.total.sisa

    @property
    def persen(self) -> Decimal | None:
        return self.total.persen

    def as_json(self) -> dict:
        """Plain data for `manage.py anggaran --json` and the API: decimals as strings."""

        def angka(a: Angka) -> dict:
            return {
                "pagu": _teks(a.pagu),
                "realisasi": _teks(a.realisasi),
                "sisa": _teks(a.sisa),
                "persen": _teks(a.persen),
            }

        return {
            "satker": self.kode_satker,
            "tahun": self.tahun,
            "revisi_pagu": self.nomor_revisi,
            "sampai_bulan": self.sampai_bulan,
            "total": angka(self.total),
            "kategori": self.kategori,
            "jenis_belanja": [
                {"jenis": j.kode, "uraian": j.uraian, **angka(j)} for j in self.jenis
            ],
            "ro": [
                {
                    "kode_ro": r.kode,
                    "uraian": r.uraian,
                    "pagu": _teks(r.pagu),
                    "realisasi": _teks(r.realisasi),
                    "target_volume": _teks(r.target_volume, "volume"),
                    "realisasi_volume": _teks(r.realisasi_volume, "volume"),
                    "satuan": r.satuan,
                    "progres": _teks(r.progres),
                }
                for r in self.ro
            ],
            "revisi": self.revisi,
        }


def _teks(nilai: Decimal | None, jenis: str = "uang") -> str | None:
    """Decimal as a string with a dot: money and percentages (rounded half up) to 2 places,
    volumes without trailing zeros."""
    if nilai is None:
        return None
    if jenis == "volume":
        return format(nilai.normalize(), "f")
    return format(bulatkan(nilai, 2), "f")


class DipaTidakAda(LookupError):
    """No DIPA for this office and year."""


def ringkasan(
    pengguna,
    satker: Satker,
    tahun: int,
    nomor_revisi: int | None = None,
    sampai_bulan: int = 12,
) -> Ringkasan:
    """Pagu (of a revision, by default the latest) against realisation up to a month."""
    periksa_boleh_baca(pengguna, satker)
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    if dipa is None:
        raise DipaTidakAda(f"Belum ada DIPA {satker.nama} tahun {tahun}.")
    revisi = (
        dipa.revisi_terakhir()
        if nomor_revisi is None
        else dipa.revisi.filter(nomor=nomor_revisi).first()
    )
    if nomor_revisi is not None and revisi is None:
        raise DipaTidakAda(f"{dipa} tidak memiliki revisi nomor {nomor_revisi}.")
    pagu = Pagu.objects.filter(revisi=revisi)
    realisasi = RealisasiAnggaran.objects.filter(pos__dipa=dipa, bulan__lte=sampai_bulan)
    nama = dict(UraianKode.objects.filter(dipa=dipa).values_list("kode", "uraian"))
    total = Angka(
        pagu.aggregate(t=Sum("jumlah"))["t"] or NOL,
        realisasi.aggregate(t=Sum("jumlah"))["t"] or NOL,
    )
    hasil = Ringkasan(
        kode_satker=satker.kode,
        tahun=tahun,
        nomor_revisi=revisi.nomor if revisi else None,
        nama_revisi=str(revisi) if revisi else "",
        sampai_bulan=sampai_bulan,
        total=total,
        revisi=dipa.jumlah_revisi(),
        kategori=satker.skala_serapan().kategori(total.persen),
    )
    hasil.jenis = [
        BarisKelompok(p, r, kode=k[0], uraian=nama_jenis_belanja(k[0]))
        for k, p, r in _per_kelompok(pagu, realisasi, ["jenis_belanja"])
    ]
    for daftar, tingkat in ((hasil.program, 3), (hasil.kegiatan, 4)):
        medan = ["ba", "eselon", "program", "kegiatan"][:tingkat]
        for k, p, r in _per_kelompok(pagu, realisasi, medan):
            kode = ".".join(k)
            daftar.append(BarisKelompok(p, r, kode=kode, uraian=nama.get(kode, "")))
    hasil.ro = _tabel_ro(dipa, pagu, realisasi, sampai_bulan, nama)
    hasil.bulanan = _bulanan(dipa)
    return hasil


def _per_kelompok(pagu, realisasi, medan: list[str]) -> list[tuple[tuple, Decimal, Decimal]]:
    """Sum pagu and realisation grouped by line fields, in the database."""
    kolom = [f"pos__{m}" for m in medan]
    per_pagu = {
        tuple(b[k] for k in kolom): b["t"]
        for b in pagu.values(*kolom).annotate(t=Sum("jumlah")).order_by()
    }
    per_real = {
        tuple(b[k] for k in kolom): b["t"]
        for b in realisasi.values(*kolom).annotate(t=Sum("jumlah")).order_by()
    }
    return [
        (k, per_pagu.get(k, NOL), per_real.get(k, NOL))
        for k in sorted(per_pagu.keys() | per_real.keys())
    ]


def _tabel_ro(dipa: Dipa, pagu, realisasi, sampai_bulan: int, nama: dict) -> list[BarisRO]:
    per_pagu = dict(pagu.values_list("pos__rincian_output").annotate(t=Sum("jumlah")).order_by())
    per_real = dict(
        realisasi.values_list("pos__rincian_output").annotate(t=Sum("jumlah")).order_by()
    )
    daftar = RincianOutput.objects.filter(dipa=dipa).annotate(
        rvro=Sum("realisasi_volume__volume", filter=Q(realisasi_volume__bulan__lte=sampai_bulan))
    )
    hasil = []
    for ro in daftar.order_by("kode"):
        if ro.pk not in per_pagu and ro.pk not in per_real:
            continue
        segmen = ro.kode.split(".")
        kode_program = ".".join(segmen[:3])
        kode_kegiatan = ".".join(segmen[:4])
        hasil.append(
            BarisRO(
                per_pagu.get(ro.pk, NOL),
                per_real.get(ro.pk, NOL),
                kode=ro.kode,
                uraian=nama.get(ro.kode, ""),
                program=segmen[2],
                uraian_program=nama.get(kode_program, ""),
                kegiatan=segmen[3],
                uraian_kegiatan=nama.get(kode_kegiatan, ""),
                target_volume=ro.target_volume,
                realisasi_volume=ro.rvro or NOL,
                satuan=ro.satuan,
            )
        )
    return hasil


def _bulanan(dipa: Dipa) -> list[BarisBulan]:
    """Spending against the RPD plan, per month and cumulative."""
    real = dict(
        RealisasiAnggaran.objects.filter(pos__dipa=dipa)
        .values_list("bulan")
        .annotate(t=Sum("jumlah"))
        .order_by()
    )
    rencana = dict(
        RencanaPenarikan.objects.filter(dipa=dipa)
        .values_list("bulan")
        .annotate(t=Sum("jumlah"))
        .order_by()
    )
    kum_real, kum_rencana = kumulatif(real), kumulatif(rencana)
    return [
        BarisBulan(b, real.get(b, NOL), rencana.get(b, NOL), kum_real[b], kum_rencana[b])
        for b in range(1, 13)
    ]


@dataclass
class AnggaranSasaran(Angka):
    """Budget of the kegiatan/RO linked to one sasaran, with their names from the DIPA."""

    sasaran_id: int = 0
    kode: list[str] = field(default_factory=list)
    kegiatan: list[str] = field(default_factory=list)  # 'Kegiatan 6709 …' / 'RO 6709.QGE.001 …'


def anggaran_per_sasaran(pengguna, satker: Satker, tahun: int) -> dict[int, AnggaranSasaran]:
    """Pagu (latest revision) and realisation of the budget linked to each sasaran."""
    periksa_boleh_baca(pengguna, satker)
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    kaitan: dict[int, list[str]] = {}
    for sasaran_id, kode in KaitanAnggaran.objects.filter(satker=satker, tahun=tahun).values_list(
        "sasaran_id", "kode"
    ):
        kaitan.setdefault(sasaran_id, []).append(kode)
    if dipa is None:
        return {}
    revisi = dipa.revisi_terakhir()
    nama = dict(UraianKode.objects.filter(dipa=dipa).values_list("kode", "uraian"))
    hasil = {}
    for sasaran_id, daftar in kaitan.items():
        saring = Q()
        for kode in daftar:
            saring |= _saring_kode(kode)
        pagu = Pagu.objects.filter(saring, revisi=revisi)
        real = RealisasiAnggaran.objects.filter(saring, pos__dipa=dipa)
        hasil[sasaran_id] = AnggaranSasaran(
            pagu.aggregate(t=Sum("jumlah"))["t"] or NOL,
            real.aggregate(t=Sum("jumlah"))["t"] or NOL,
            sasaran_id=sasaran_id,
            kode=sorted(daftar),
            kegiatan=[_nama_kode(k, nama) for k in sorted(daftar)],
        )
    return hasil


def _nama_kode(kode: str, nama: dict[str, str]) -> str:
    """'6709' or '6709.QGE.001' with its name from the DIPA, as the LKj lists it."""
    segmen = kode.strip().upper().split(".")
    for lengkap, uraian in sorted(nama.items()):
        bagian = lengkap.split(".")
        if len(segmen) == 1 and len(bagian) == 4 and bagian[3] == segmen[0]:
            return f"Kegiatan {kode} {uraian}".strip()
        if len(segmen) > 1 and lengkap.endswith("." + ".".join(segmen)):
            return f"RO {kode} {uraian}".strip()
    return kode


def _saring_kode(kode: str) -> Q:
    """'6709' names a kegiatan, '6709.QGE.001' (or a longer RO code) an RO; fields of pos."""
    segmen = kode.strip().upper().split(".")
    if len(segmen) == 1:
        return Q(pos__kegiatan=segmen[0])
    return Q(pos__rincian_output__kode__endswith="." + ".".join(segmen))
