"""What users do, as plain synchronous functions: the CLI, the GUI and the tests call these.

Each function takes the unlocked :class:`~evidence_app.services.workspace.Workspace`, does its work
in one transaction, records custody events, and returns non-table models from ``model.schemas``.
"""
