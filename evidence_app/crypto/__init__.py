"""Cryptographic building blocks, bytes in and bytes out, all from the ``cryptography`` package.

Nothing here knows about workspaces, records or files on disk beyond streams handed to it.
"""
