"""URL path converters: a year and a quarter outside the system's range are a 404."""

from sakip.lib.periode import ROMAWI, tahun_sah


class TahunConverter:
    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        tahun = int(value)
        if not tahun_sah(tahun):
            raise ValueError(f"tahun {tahun} di luar rentang")  # Django answers 404
        return tahun

    def to_url(self, value) -> str:
        return str(value)


class TriwulanConverter:
    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        nomor = int(value)
        if nomor not in ROMAWI:
            raise ValueError(f"triwulan {nomor} tidak ada")
        return nomor

    def to_url(self, value) -> str:
        return str(value)
