"""Who may act on a realisation: the PIC and Kepala Subbagian of its unit, the Sekretaris."""

from __future__ import annotations

from sakip.organisasi.akses import boleh_membaca, keanggotaan
from sakip.organisasi.models import Peran
from sakip.perencanaan.models import Indikator


def _anggota(user, indikator: Indikator, peran: str):
    k = keanggotaan(user)
    if k is None or k.peran != peran or k.satker_id != indikator.satker.pk:
        return None
    return k


def pic_unit(user, indikator: Indikator) -> bool:
    k = _anggota(user, indikator, Peran.PIC)
    return k is not None and indikator.unit_id is not None and k.unit_id == indikator.unit_id


def verifikator_unit(user, indikator: Indikator) -> bool:
    k = _anggota(user, indikator, Peran.VERIFIKATOR)
    return k is not None and indikator.unit_id is not None and k.unit_id == indikator.unit_id


def sekretaris(user, indikator: Indikator) -> bool:
    return _anggota(user, indikator, Peran.PIMPINAN) is not None


def sekretaris_kantor(user, satker) -> bool:
    k = keanggotaan(user)
    return k is not None and k.peran == Peran.PIMPINAN and k.satker_id == satker.pk


def membaca(user, indikator: Indikator) -> bool:
    return boleh_membaca(user, indikator.satker)


def nama_unit(indikator: Indikator) -> str:
    return indikator.unit.nama if indikator.unit_id else "unit penanggung jawab (belum ditetapkan)"
