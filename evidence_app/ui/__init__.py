"""The desktop client: the only package that imports PySide6 (STYLE.md).

Each screen has its own module; every user action calls a plain core function from
``evidence_app.services``, through :mod:`.worker` when it may take long. Core errors are turned
into what the user sees in exactly one place, :mod:`.errors`. Modules here import the services
lazily (inside functions or after unlock) so that the first window paints before SQLModel loads.
"""

from evidence_app.ui.refcount_guard import guard_singletons

guard_singletons()  # before any widget exists: see refcount_guard's docstring
