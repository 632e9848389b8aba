"""The workspace on disk: key slots, encrypted blobs, atomic writes, private file modes.

Everything written here is either encrypted or holds nothing sensitive (the key file holds only
wrapped keys and KDF parameters). Folder layout, file names and sizes reveal no titles, names,
counts per incident or plaintext hashes (NOTES.md, "Security details").
"""
