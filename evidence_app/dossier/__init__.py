"""The dossier: ICC-style PDF exports laid out with reportlab.

``fonts`` ships and registers the fonts (Noto Sans, Noto Sans Myanmar), ``burmese`` segments
Burmese into syllables, and ``text`` turns untrusted plain text into paragraphs that shape
Burmese, wrap it between syllables and extract as logical text (``text.para``).
"""
