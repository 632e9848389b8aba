"""Evidence App: offline-first, encrypted documentation of human-rights violations.

The package is layered (see STYLE.md): ``ui`` is the only place Qt is imported; ``services``
hold what users do; ``vault``, ``store``, ``media`` and ``dossier`` do the work below them;
``crypto`` holds the primitives; ``model`` the records. Everything below ``ui`` runs without Qt.
"""

__version__ = "0.1.0"
