"""Navigation context: the user's office and role for the base template."""

from .akses import keanggotaan


def navigasi(request) -> dict:
    k = keanggotaan(getattr(request, "user", None))
    return {"keanggotaan": k, "satker_pengguna": k.satker if k else None}
