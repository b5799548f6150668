"""LKE AKIP of PermenPAN-RB 88/2021 (EVALUASI.md part A): the framework as data, the grades, the predikat.

Everything here is plain data and arithmetic. The framework (components, sub-components,
criteria, weights) is read from a JSON document (`baca_kerangka`), so another agency's
variant is a different file, not different code. The grade of a sub-component comes from
the share of criteria met (A.3.3); AA/A of Kualitas and Pemanfaatan stay with the
evaluator (A.3.2), AA/A of Keberadaan may follow from multi-year history (A.4).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

SERATUS = Decimal(100)

# A.3.2: the answer of a sub-component and its value.
NILAI_JAWABAN: dict[str, Decimal] = {
    "AA": Decimal(100),
    "A": Decimal(90),
    "BB": Decimal(80),
    "B": Decimal(70),
    "CC": Decimal(60),
    "C": Decimal(50),
    "D": Decimal(30),
    "E": Decimal(0),
}
URUTAN_JAWABAN = tuple(NILAI_JAWABAN)  # best first

KEBERADAAN = "keberadaan"
KUALITAS = "kualitas"
PEMANFAATAN = "pemanfaatan"
DIMENSI = (KEBERADAAN, KUALITAS, PEMANFAATAN)

PENJELASAN_JAWABAN: dict[str, str] = {
    "BB": "Kualitas seluruh kriteria telah terpenuhi (100%) sesuai dengan mandat kebijakan nasional.",
    "B": "Kualitas sebagian besar kriteria telah terpenuhi (>75% - 100%).",
    "CC": "Kualitas sebagian besar kriteria telah terpenuhi (>50% - 75%).",
    "C": "Kualitas sebagian kecil kriteria telah terpenuhi (>25% - 50%).",
    "D": "Kriteria penilaian akuntabilitas kinerja telah mulai dipenuhi (>0% - 25%).",
    "E": "Sama sekali tidak ada upaya dalam pemenuhan kriteria penilaian akuntabilitas kinerja.",
}
PENJELASAN_AA_A: dict[str, dict[str, str]] = {
    KEBERADAAN: {
        "AA": "Seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam setidaknya 5 tahun terakhir.",
        "A": "Seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam setidaknya 1 tahun terakhir.",
    },
    KUALITAS: {
        "AA": "Kualitas seluruh kriteria telah terpenuhi (100%) dan terdapat upaya inovatif serta layak menjadi percontohan secara nasional.",
        "A": "Kualitas seluruh kriteria telah terpenuhi (100%) dan terdapat beberapa upaya yang bisa dihargai dari pemenuhan kriteria tersebut.",
    },
}
PENJELASAN_AA_A[PEMANFAATAN] = PENJELASAN_AA_A[KUALITAS]


def penjelasan_jawaban(jawaban: str, dimensi: str) -> str:
    if jawaban in ("AA", "A"):
        return PENJELASAN_AA_A[dimensi][jawaban]
    return PENJELASAN_JAWABAN[jawaban]


# A.3.4: predikat of the total, with the (generic) interpretation.
PREDIKAT: tuple[tuple[str, Decimal, str], ...] = (
    ("AA", Decimal(90), "Sangat Memuaskan"),
    ("A", Decimal(80), "Memuaskan"),
    ("BB", Decimal(70), "Sangat Baik"),
    ("B", Decimal(60), "Baik"),
    ("CC", Decimal(50), "Cukup (Memadai)"),
    ("C", Decimal(30), "Kurang"),
    ("D", Decimal(-1), "Sangat Kurang"),
)
INTERPRETASI: dict[str, str] = {
    "AA": "Telah terwujud Good Governance. Seluruh kinerja dikelola dengan sangat memuaskan di seluruh unit kerja. Telah terbentuk pemerintah yang dinamis, adaptif, dan efisien (Reform). Pengukuran kinerja telah dilakukan sampai ke level individu.",
    "A": "Terdapat gambaran bahwa instansi pemerintah/unit kerja dapat memimpin perubahan dalam mewujudkan pemerintahan berorientasi hasil, karena pengukuran kinerja telah dilakukan sampai ke level eselon 4/Pengawas/Subkoordinator.",
    "BB": "Terdapat gambaran bahwa AKIP sangat baik pada 2/3 unit kerja, baik itu unit kerja utama, maupun unit kerja pendukung. Akuntabilitas yang sangat baik ditandai dengan mulai terwujudnya efisiensi penggunaan anggaran dalam mencapai kinerja, memiliki sistem manajemen kinerja yang andal dan berbasis teknologi informasi, serta pengukuran kinerja telah dilakukan sampai ke level eselon 3/koordinator.",
    "B": "Terdapat gambaran bahwa AKIP sudah baik pada 1/3 unit kerja, khususnya pada unit kerja utama. Terlihat masih perlu adanya sedikit perbaikan pada unit kerja, serta komitmen dalam manajemen kinerja. Pengukuran kinerja baru dilaksanakan sampai dengan level eselon 2/unit kerja.",
    "CC": "Terdapat gambaran bahwa AKIP cukup baik. Namun demikian, masih perlu banyak perbaikan walaupun tidak mendasar khususnya akuntabilitas kinerja pada unit kerja.",
    "C": "Sistem dan tatanan dalam AKIP kurang dapat diandalkan. Belum terimplementasi sistem manajemen kinerja sehingga masih perlu banyak perbaikan mendasar di level pusat.",
    "D": "Sistem dan tatanan dalam AKIP sama sekali tidak dapat diandalkan. Sama sekali belum terdapat penerapan manajemen kinerja sehingga masih perlu banyak perbaikan/perubahan yang sifatnya sangat mendasar, khususnya dalam implementasi SAKIP.",
}


class LkeError(ValueError):
    """A framework document or an answer that breaks a rule; the message names what and where."""


def predikat(nilai: Decimal) -> str:
    """Predikat of a Nilai AKIP (A.3.4): '> 90' is AA, so exactly 90 is A; 0–30 is D.

    UNVERIFIED whether 0 is a separate E; sakip uses D for 0–30, as 88/2021 lists D last.
    """
    nilai = Decimal(nilai)
    if nilai < 0 or nilai > SERATUS:
        raise LkeError(f"Nilai AKIP {nilai} di luar rentang 0–100.")
    for huruf, batas, _ in PREDIKAT:
        if nilai > batas:
            return huruf
    return "D"  # pragma: no cover (the last bound is below 0)


def sebutan_predikat(huruf: str) -> str:
    return {h: s for h, _, s in PREDIKAT}[huruf]


def persen_terpenuhi(terpenuhi: int, jumlah: int) -> Decimal:
    """pm = 100 × criteria met / criteria of the sub-component."""
    if jumlah <= 0:
        raise LkeError("Sub-komponen tanpa kriteria tidak dapat dinilai.")
    if not 0 <= terpenuhi <= jumlah:
        raise LkeError(f"Kriteria terpenuhi {terpenuhi} di luar 0–{jumlah}.")
    return SERATUS * terpenuhi / jumlah


def jawaban_dari_persen(pm: Decimal) -> str:
    """The highest answer the share of criteria met allows, without AA/A (A.3.3)."""
    if pm >= SERATUS:
        return "BB"
    if pm > 75:
        return "B"
    if pm > 50:
        return "CC"
    if pm > 25:
        return "C"
    if pm > 0:
        return "D"
    return "E"


def usulan_jawaban(
    terpenuhi: int,
    jumlah: int,
    dimensi: str,
    dipertahankan_1: bool = False,
    dipertahankan_5: bool = False,
) -> str:
    """The answer sakip proposes for a sub-component.

    From the share of criteria met; at 100% a Keberadaan sub-component gets AA when every
    criterion was met in each of the previous 5 years, A for the previous year. Kualitas and
    Pemanfaatan are proposed at most BB: their AA/A are the evaluator's judgement.
    """
    if dimensi not in DIMENSI:
        raise LkeError(f"Dimensi '{dimensi}' tidak dikenal; gunakan {', '.join(DIMENSI)}.")
    jawaban = jawaban_dari_persen(persen_terpenuhi(terpenuhi, jumlah))
    if jawaban == "BB" and dimensi == KEBERADAAN:
        if dipertahankan_5:
            return "AA"
        if dipertahankan_1:
            return "A"
    return jawaban


def jawaban_sah(jawaban: str, terpenuhi: int, jumlah: int) -> None:
    """An evaluator's answer may not exceed what the share of criteria met allows.

    AA, A and BB need 100%; B needs more than 75% (and may be given at 100% when the
    quality is judged not fully met), and so on down. A lower answer is the evaluator's
    discretion.
    """
    if jawaban not in NILAI_JAWABAN:
        raise LkeError(f"Jawaban '{jawaban}' tidak dikenal; gunakan {', '.join(URUTAN_JAWABAN)}.")
    batas = jawaban_dari_persen(persen_terpenuhi(terpenuhi, jumlah))
    if batas == "BB":
        return
    if URUTAN_JAWABAN.index(jawaban) < URUTAN_JAWABAN.index(batas):
        pm = persen_terpenuhi(terpenuhi, jumlah)
        raise LkeError(
            f"Jawaban {jawaban} tidak sesuai: baru {terpenuhi} dari {jumlah} kriteria terpenuhi "
            f"({format(bulatkan(pm), 'f')}%), paling tinggi {batas}."
        )


def nilai_sub(bobot: Decimal, jawaban: str) -> Decimal:
    """Sub-component value = bobot × nilai jawaban / 100."""
    if jawaban not in NILAI_JAWABAN:
        raise LkeError(f"Jawaban '{jawaban}' tidak dikenal.")
    return Decimal(bobot) * NILAI_JAWABAN[jawaban] / SERATUS


def bulatkan(nilai: Decimal, tempat: int = 2) -> Decimal:
    return Decimal(nilai).quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


def dipertahankan(riwayat: Mapping[int, bool], tahun: int, lama: int) -> bool:
    """Whether a criterion was met in each of the `lama` years before `tahun` (A.4)."""
    return all(riwayat.get(t) is True for t in range(tahun - lama, tahun))


# -- the framework as data ----------------------------------------------------------------


@dataclass(frozen=True)
class Kriteria:
    kode: str  # '1.a.3'
    nomor: int
    teks: str
    prefill: str  # 'auto' | 'assist' | 'manual'
    aturan: str = ""  # the prefill rule's key; '' = none
    keterangan: str = ""


@dataclass(frozen=True)
class SubKomponen:
    kode: str  # '1.a'
    huruf: str
    nama: str
    dimensi: str
    bobot: Decimal
    kriteria: tuple[Kriteria, ...]


@dataclass(frozen=True)
class Komponen:
    nomor: int
    nama: str
    bobot: Decimal
    sub: tuple[SubKomponen, ...]


@dataclass(frozen=True)
class Kerangka:
    kode: str
    nama: str
    dasar: str
    komponen: tuple[Komponen, ...]

    def semua_sub(self) -> list[SubKomponen]:
        return [s for k in self.komponen for s in k.sub]

    def semua_kriteria(self) -> list[Kriteria]:
        return [c for s in self.semua_sub() for c in s.kriteria]

    def sub(self, kode: str) -> SubKomponen:
        for s in self.semua_sub():
            if s.kode == kode:
                return s
        raise LkeError(f"Sub-komponen {kode} tidak ada dalam {self.nama}.")

    def kriteria(self, kode: str) -> Kriteria:
        for c in self.semua_kriteria():
            if c.kode == kode:
                return c
        raise LkeError(f"Kriteria {kode} tidak ada dalam {self.nama}.")


PREFILL = ("auto", "assist", "manual")


def _desimal(nilai, tempat: str) -> Decimal:
    try:
        return Decimal(str(nilai))
    except Exception as e:
        raise LkeError(f"{tempat}: bobot '{nilai}' bukan angka.") from e


def baca_kerangka(data: Mapping) -> Kerangka:
    """Validate a framework document and turn it into a Kerangka.

    Rules: the component weights sum to 100; each component's sub-component weights sum to
    the component weight; every sub-component has at least one criterion; codes are unique;
    dimensi and prefill are known words.
    """
    try:
        kode, nama = str(data["kode"]).strip(), str(data["nama"]).strip()
        daftar_komponen = data["komponen"]
    except (KeyError, TypeError) as e:
        raise LkeError(f"Kerangka LKE harus memuat 'kode', 'nama' dan 'komponen' ({e}).") from e
    if not kode or not nama:
        raise LkeError("Kerangka LKE: 'kode' dan 'nama' tidak boleh kosong.")
    komponen: list[Komponen] = []
    kode_terpakai: set[str] = set()
    for i, k in enumerate(daftar_komponen, start=1):
        tempat = f"komponen ke-{i}"
        try:
            nomor, nama_k, bobot = int(k["nomor"]), str(k["nama"]), _desimal(k["bobot"], tempat)
            daftar_sub = k["sub"]
        except (KeyError, TypeError, ValueError) as e:
            raise LkeError(f"{tempat}: harus memuat nomor, nama, bobot dan sub ({e}).") from e
        subs: list[SubKomponen] = []
        for s in daftar_sub:
            try:
                huruf = str(s["huruf"]).strip()
                kode_s = f"{nomor}.{huruf}"
                tempat_s = f"sub-komponen {kode_s}"
                dimensi = str(s["dimensi"]).strip().lower()
                bobot_s = _desimal(s["bobot"], tempat_s)
                daftar_kriteria = s["kriteria"]
            except (KeyError, TypeError) as e:
                raise LkeError(
                    f"{tempat}: sub-komponen harus memuat huruf, nama, dimensi, bobot dan kriteria ({e})."
                ) from e
            if dimensi not in DIMENSI:
                raise LkeError(f"{tempat_s}: dimensi '{dimensi}' tidak dikenal.")
            if not daftar_kriteria:
                raise LkeError(f"{tempat_s}: tidak memiliki kriteria.")
            kriteria: list[Kriteria] = []
            for j, c in enumerate(daftar_kriteria, start=1):
                kode_c = f"{kode_s}.{j}"
                teks = str(c.get("teks", "")).strip() if isinstance(c, Mapping) else ""
                if not teks:
                    raise LkeError(f"kriteria {kode_c}: teks kosong.")
                prefill = str(c.get("prefill", "manual")).strip().lower()
                if prefill not in PREFILL:
                    raise LkeError(f"kriteria {kode_c}: prefill '{prefill}' tidak dikenal.")
                kriteria.append(
                    Kriteria(
                        kode=kode_c,
                        nomor=j,
                        teks=teks,
                        prefill=prefill,
                        aturan=str(c.get("aturan", "")).strip(),
                        keterangan=str(c.get("keterangan", "")).strip(),
                    )
                )
            if kode_s in kode_terpakai:
                raise LkeError(f"{tempat_s}: kode ganda.")
            kode_terpakai.add(kode_s)
            subs.append(
                SubKomponen(
                    kode_s, huruf, str(s.get("nama", "")), dimensi, bobot_s, tuple(kriteria)
                )
            )
        jumlah_sub = sum((s.bobot for s in subs), Decimal(0))
        if jumlah_sub != bobot:
            raise LkeError(
                f"{tempat} ({nama_k}): bobot sub-komponen berjumlah {jumlah_sub}, bukan {bobot}."
            )
        komponen.append(Komponen(nomor, nama_k, bobot, tuple(subs)))
    total = sum((k.bobot for k in komponen), Decimal(0))
    if total != SERATUS:
        raise LkeError(f"Bobot komponen berjumlah {total}, bukan 100.")
    return Kerangka(kode, nama, str(data.get("dasar", "")), tuple(komponen))


# -- a scored worksheet -------------------------------------------------------------------


@dataclass
class HasilSub:
    kode: str
    bobot: Decimal
    jumlah: int
    terpenuhi: int
    usulan: str  # what the share (and history) proposes
    jawaban: str  # the evaluator's answer, else the proposal
    nilai: Decimal

    @property
    def persen(self) -> Decimal:
        return persen_terpenuhi(self.terpenuhi, self.jumlah)


@dataclass
class HasilKomponen:
    nomor: int
    nama: str
    bobot: Decimal
    sub: list[HasilSub] = field(default_factory=list)

    @property
    def nilai(self) -> Decimal:
        return sum((s.nilai for s in self.sub), Decimal(0))


@dataclass
class HasilLke:
    komponen: list[HasilKomponen]

    @property
    def nilai(self) -> Decimal:
        return sum((k.nilai for k in self.komponen), Decimal(0))

    @property
    def predikat(self) -> str:
        return predikat(bulatkan(self.nilai))


def nilai_lke(
    kerangka: Kerangka,
    terpenuhi: Mapping[str, bool | None],
    jawaban: Mapping[str, str] | None = None,
    riwayat: Mapping[str, Mapping[int, bool]] | None = None,
    tahun: int | None = None,
) -> HasilLke:
    """Score a worksheet: per criterion Y/T (None counts as not met), per sub-component the
    evaluator's answer where given (checked against the share), else the proposal."""
    jawaban = jawaban or {}
    riwayat = riwayat or {}
    hasil = []
    for k in kerangka.komponen:
        hk = HasilKomponen(k.nomor, k.nama, k.bobot)
        for s in k.sub:
            kode = [c.kode for c in s.kriteria]
            n = sum(1 for c in kode if terpenuhi.get(c) is True)
            d1 = d5 = False
            if tahun is not None:
                d1 = all(dipertahankan(riwayat.get(c, {}), tahun, 1) for c in kode)
                d5 = all(dipertahankan(riwayat.get(c, {}), tahun, 5) for c in kode)
            usul = usulan_jawaban(n, len(kode), s.dimensi, d1, d5)
            pilih = jawaban.get(s.kode) or usul
            jawaban_sah(pilih, n, len(kode))
            hk.sub.append(
                HasilSub(s.kode, s.bobot, len(kode), n, usul, pilih, nilai_sub(s.bobot, pilih))
            )
        hasil.append(hk)
    return HasilLke(hasil)
