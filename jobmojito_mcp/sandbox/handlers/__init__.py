"""The thirty API operations, grouped by area; `ROUTES` maps each path to its route."""

from __future__ import annotations

from ..params import Route
from . import account, authoring, catalogue, enrolment, interviews, results, screening, updates

ROUTES: dict[str, Route] = {
    route.path: route
    for module in (
        account,
        authoring,
        catalogue,
        enrolment,
        interviews,
        results,
        screening,
        updates,
    )
    for route in module.ROUTES
}
WRITE_PATHS = frozenset(path for path, route in ROUTES.items() if route.write)
