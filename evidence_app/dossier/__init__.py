"""The dossier: ICC-style PDF exports laid out with reportlab.

``fonts`` ships and registers the fonts (Noto Sans, Noto Sans Myanmar), ``burmese`` segments
Burmese into syllables, and ``text`` turns untrusted plain text into paragraphs that shape
Burmese, wrap it between syllables and extract as logical text (``text.para``).
"""

import warnings

# pyHanko imports cryptography's DSA classes when it loads, and cryptography warns that DSA is
# deprecated. Dossiers are signed with P-256 bound to Ed25519, never DSA, and the warning (a
# traceback-like line) reached the terminal of everyone who ran `evidence-app dossier`.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")
