"""Navigation context: the count of waiting tasks, computed only when a page shows it."""

from functools import cached_property

from . import jendela, tugas


class TugasSaya:
    """Lazy: the queries run on first use in a template, once per request."""

    def __init__(self, user, ringkasan: tugas.Ringkasan | None = None):
        self.user = user
        if ringkasan is not None:  # the Tugas saya page computed it already
            self.__dict__["ringkasan"] = ringkasan

    @cached_property
    def ringkasan(self) -> tugas.Ringkasan | None:
        return tugas.ringkasan(self.user, jendela.hari_ini())


def tugas_saya(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"tugas_saya": TugasSaya(user)}
