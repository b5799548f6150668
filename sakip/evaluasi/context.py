"""Navigation context: the follow-up items waiting for the user, queried only when a page shows them."""

from functools import cached_property

from . import lke


class TindakLanjutSaya:
    def __init__(self, user):
        self.user = user

    @cached_property
    def daftar(self):
        return lke.tindak_lanjut_terbuka(self.user)


def tindak_lanjut_saya(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"tindak_lanjut_saya": TindakLanjutSaya(user)}
