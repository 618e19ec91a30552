"""Optional generator parts that need other branches' store code (issue 7).

Each :class:`Part` names the store module it writes through; ``available(module)`` checks
the functions it needs exist. Parts whose module is missing are reported as gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class Part:
    arg: str            # generator option holding the wanted count
    label: str
    module: str
    available: Callable
    generate: Callable  # (store, module, count, rng, args) -> count written


def _never(_mod) -> bool:
    return False


def _none(*_a):
    raise NotImplementedError


PARTS: list[Part] = [
    Part("products", "300 OCOP products", "ocop_desktop.store.products", _never, _none),
    Part("assessments", "2,000 assessments", "ocop_desktop.store.assessments", _never, _none),
    Part("dossiers", "500 dossiers with attachments", "ocop_desktop.store.dossiers", _never, _none),
    Part("vouchers", "vouchers (ten years)", "ocop_desktop.store.vouchers", _never, _none),
]
