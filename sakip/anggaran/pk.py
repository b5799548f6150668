"""The PK's Program | Anggaran rows taken from the DIPA (anggaran sits above perencanaan).

The first PK of a year (perubahan 0) takes the original DIPA's pagu (revision 0), as it is
signed at the start of the year; a PK Perubahan takes the latest revision. Each program's
pagu is summed in the database from the budget lines (sakip.anggaran.ringkasan).
"""

from __future__ import annotations

from sakip.perencanaan import services as perencanaan
from sakip.perencanaan.models import AnggaranPK, PerjanjianKinerja

from .models import Dipa
from .ringkasan import DipaTidakAda, ringkasan


def isi_anggaran_pk_dari_dipa(user, pk: PerjanjianKinerja) -> list[AnggaranPK]:
    """Replace the PK's program rows with the DIPA's pagu per program; DipaTidakAda if none."""
    perencanaan.pastikan_boleh(user, pk.satker)
    dipa = Dipa.objects.filter(satker=pk.satker, tahun=pk.tahun).first()
    if dipa is None:
        raise DipaTidakAda(
            f"Belum ada DIPA {pk.satker.nama} tahun {pk.tahun}: impor DIPA dahulu atau isi "
            "program dan anggaran langsung."
        )
    nomor = None
    if pk.perubahan == 0 and dipa.revisi.filter(nomor=0).exists():
        nomor = 0
    r = ringkasan(user, pk.satker, pk.tahun, nomor_revisi=nomor)
    baris = [(p.kode.split(".")[-1], _nama_program(p.uraian or p.kode), p.pagu) for p in r.program]
    return perencanaan.ganti_anggaran_pk(user, pk, baris)


def _nama_program(uraian: str) -> str:
    """The PK names a program "Program …" as the seed does; DIPA names may lack the word."""
    uraian = uraian.strip()
    return uraian if uraian.lower().startswith("program ") else f"Program {uraian}"
