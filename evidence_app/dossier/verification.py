"""The last page: how anyone checks this dossier with standard tools, in English and Burmese.

Receivers (the ICC's OTP, the IIMM, national courts) must be able to verify without our app
(DOMAIN.md): hashes with ``sha256sum``, signatures with ``openssl``, the PDF signature with any
PAdES validator. Each step gives the text in the dossier's language, the commands, then the
text in the other language; the commands are the same in both languages.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from evidence_app.dossier.content import DossierContent
from evidence_app.dossier.late import Anchor
from evidence_app.dossier.layout import Ctx


def _steps(c: DossierContent) -> list[tuple[str, list[str], str]]:
    first = c.exhibits[0].exhibit_number if c.exhibits else "EXH-0001"
    key = f"signer-{c.exhibits[0].signer_fingerprint[:16]}.pem" if c.exhibits else \
        "signer-XXXXXXXXXXXXXXXX.pem"
    pdf_key = (f"signer-{c.pdf_signer.ed25519_fingerprint[:16]}.pem" if c.pdf_signer
               else "SIGNER_KEY.pem")
    return [
        (
            "1. Take out the files attached to this PDF (signed attestations, custody events, "
            "public keys, the PDF signing certificate) with poppler's pdfdetach, or from the "
            "attachments panel of a PDF reader. The original evidence files themselves come "
            "separately from the submitting organisation.",
            ["pdfdetach -saveall dossier.pdf"],
            "၁။ ဤ PDF တွင် ပူးတွဲထားသော ဖိုင်များ (လက်မှတ်ထိုးထားသော attestation များ၊ "
            "ထိန်းသိမ်းမှု မှတ်တမ်းများ၊ public key များ၊ PDF လက်မှတ် certificate) ကို "
            "pdfdetach ဖြင့် သို့မဟုတ် PDF ဖတ်သည့် ဆော့ဖ်ဝဲ၏ ပူးတွဲဖိုင်များ ကဏ္ဍမှ ထုတ်ယူပါ။ "
            "မူရင်း သက်သေဖိုင်များကိုမူ တင်သွင်းသည့် အဖွဲ့အစည်းက သီးခြား ပေးပို့ပါမည်။",
        ),
        (
            "2. Check that each original file is unchanged. The 64 hexadecimal digits printed "
            "must equal the SHA-256 on its exhibit sheet (also held in the sheet's QR code). "
            "A single different digit means it is not the file that was recorded. On macOS use "
            "'shasum -a 256 FILE', on Windows 'certutil -hashfile FILE SHA256'.",
            ["sha256sum ORIGINAL_FILE"],
            "၂။ မူရင်းဖိုင်တစ်ခုစီ မပြောင်းလဲကြောင်း စစ်ဆေးပါ။ ထွက်လာသော hex ဂဏန်း ၆၄ လုံးသည် "
            "သက်သေစာရွက်ပေါ်ရှိ SHA-256 (QR ကုဒ်ထဲတွင်လည်း ပါသည်) နှင့် အတိအကျ တူညီရမည်။ "
            "ဂဏန်းတစ်လုံးမျှ ကွဲလွဲလျှင် မှတ်တမ်းတင်ခဲ့သော ဖိုင် မဟုတ်ပါ။ macOS တွင် "
            "'shasum -a 256 FILE'၊ Windows တွင် 'certutil -hashfile FILE SHA256' ကို သုံးပါ။",
        ),
        (
            "3. Check that the signer recorded that hash when the file was collected. openssl "
            "must print 'Signature Verified Successfully'. In the attestation, \"hash\" is the "
            "file's SHA-256 and \"signer\" the fingerprint of the key that signed it.",
            [f"openssl pkeyutl -verify -pubin -inkey {key} -rawin "
             f"-in {first}.attestation.json -sigfile {first}.attestation.json.sig"],
            "၃။ ဖိုင်ကို ရယူစဉ်က လက်မှတ်ထိုးသူသည် ထို hash ကို မှတ်တမ်းတင်ခဲ့ကြောင်း စစ်ဆေးပါ။ "
            "openssl သည် 'Signature Verified Successfully' ဟု ပြရမည်။ attestation ထဲရှိ "
            "\"hash\" သည် ဖိုင်၏ SHA-256 ဖြစ်ပြီး \"signer\" သည် လက်မှတ်ထိုးသော သော့၏ "
            "fingerprint ဖြစ်သည်။",
        ),
        (
            "4. Check whose key it is. The command prints the key's fingerprint: compare it "
            "with Appendix B and with the fingerprint the signer gave you in person or by phone.",
            [f"openssl pkey -pubin -in {key} -outform DER | tail -c 32 | sha256sum"],
            "၄။ မည်သူ့ သော့ဖြစ်ကြောင်း စစ်ဆေးပါ။ ဤ command သည် သော့၏ fingerprint ကို ပြသည်။ "
            "၎င်းကို နောက်ဆက်တွဲ B နှင့်လည်းကောင်း၊ လက်မှတ်ထိုးသူက သင့်ထံ တိုက်ရိုက် သို့မဟုတ် "
            "ဖုန်းဖြင့် ပေးထားသော fingerprint နှင့်လည်းကောင်း နှိုင်းယှဉ်ပါ။",
        ),
        (
            "5. Check the chain of custody. Line n of EXH-nnnn.custody.jsonl is the exact "
            "signed text of event n; EXH-nnnn.custody.sigs.txt gives, per line, the event's "
            "number, hash, signature and the actor's key file. The hash must match Appendix A, "
            "the signature must verify, and each event's \"prev_hash\" must be the hash of the "
            "event before it.",
            [f"sed -n 1p {first}.custody.jsonl | tr -d '\\n' > event.json",
             "sha256sum event.json",
             "echo SIGNATURE_HEX | xxd -r -p > event.sig",
             "openssl pkeyutl -verify -pubin -inkey ACTOR_KEY.pem -rawin -in event.json "
             "-sigfile event.sig"],
            "၅။ ထိန်းသိမ်းမှု ကွင်းဆက်ကို စစ်ဆေးပါ။ EXH-nnnn.custody.jsonl ၏ စာကြောင်း n သည် "
            "ဖြစ်ရပ် n ၏ လက်မှတ်ထိုးထားသော စာသား အတိအကျ ဖြစ်သည်။ EXH-nnnn.custody.sigs.txt "
            "တွင် ဖြစ်ရပ်တစ်ခုစီ၏ နံပါတ်၊ hash၊ လက်မှတ်နှင့် ဆောင်ရွက်သူ၏ သော့ဖိုင် ပါသည်။ "
            "hash သည် နောက်ဆက်တွဲ A နှင့် တူရမည်၊ လက်မှတ် မှန်ကန်ရမည်၊ ဖြစ်ရပ်တစ်ခုစီ၏ "
            "\"prev_hash\" သည် ယခင်ဖြစ်ရပ်၏ hash ဖြစ်ရမည်။",
        ),
        (
            "6. Check this PDF's own signature. pdfsig must report 'Signature is Valid' and "
            "the signer's name (the certificate is self-issued, so its issuer is reported as "
            "unknown: compare its SHA-256 with the cover sheet instead). The binding statement "
            "in Appendix B, checked like step 3, ties the certificate's key to the signer's "
            "Ed25519 fingerprint. Any change to the PDF after signing invalidates the signature.",
            ["pdfsig dossier.pdf",
             "openssl x509 -in pdf-signing-certificate.pem -outform DER | sha256sum",
             f"openssl pkeyutl -verify -pubin -inkey {pdf_key} -rawin "
             "-in pdf-signing-key-binding.txt -sigfile pdf-signing-key-binding.txt.sig",
             "pyhanko sign validate --trust pdf-signing-certificate.pem dossier.pdf"],
            "၆။ ဤ PDF ၏ ဒစ်ဂျစ်တယ် လက်မှတ်ကို စစ်ဆေးပါ။ pdfsig သည် 'Signature is Valid' နှင့် "
            "လက်မှတ်ထိုးသူ၏ အမည်ကို ပြရမည်။ certificate ကို ကိုယ်တိုင် ထုတ်ပေးထားသဖြင့် "
            "ထုတ်ပေးသူကို မသိဟု ပြလိမ့်မည်- ၎င်း၏ SHA-256 ကို မျက်နှာဖုံးစာမျက်နှာနှင့် "
            "နှိုင်းယှဉ်ပါ။ နောက်ဆက်တွဲ B ရှိ ချိတ်ဆက်ကြေညာချက်ကို အဆင့် ၃ ကဲ့သို့ စစ်ဆေးပါ။ "
            "လက်မှတ်ထိုးပြီးနောက် PDF ကို တစ်စုံတစ်ရာ ပြင်ဆင်ပါက လက်မှတ် ပျက်ပြယ်သွားမည်။",
        ),
    ]


ENGLISH_INTRO = ("Everything below uses free standard tools (coreutils, OpenSSL 3, poppler-utils). "
                 "No Evidence App software is needed.")
BURMESE_INTRO = ("အောက်ပါ အဆင့်များအတွက် အခမဲ့ စံကိရိယာများ (coreutils၊ OpenSSL 3၊ poppler-utils) "
                 "ကိုသာ သုံးသည်။ Evidence App ဆော့ဖ်ဝဲ မလိုပါ။")
ENGLISH_TITLE = "How to verify this dossier"
BURMESE_TITLE = "ဤစာတွဲကို စစ်ဆေးနည်း"


def verification_page(ctx: Ctx) -> list[Flowable]:
    """Both languages on the page whatever the dossier's language; the dossier's language
    comes first (a Burmese dossier leads with the Burmese text of each step)."""
    s = ctx.styles
    burmese_first = ctx.words.burmese
    titles = (BURMESE_TITLE, ENGLISH_TITLE) if burmese_first else (ENGLISH_TITLE, BURMESE_TITLE)
    intro = (f"{BURMESE_INTRO} {ENGLISH_INTRO}" if burmese_first
             else f"{ENGLISH_INTRO} {BURMESE_INTRO}")
    story: list[Flowable] = [
        Anchor(ctx.registry, "verification", outline=titles[0], tick="Verification"),
        s.fixed(titles[0], s.h1),
        s.fixed(titles[1], s.h2),
        s.fixed(intro, s.small),
        Spacer(1, 4),
    ]
    for english, commands, burmese in _steps(ctx.content):
        first, last = (s.p(burmese, s.body), s.fixed(english, s.body))
        if not burmese_first:
            first, last = last, first
        block: list[Flowable] = [first]
        block += [s.fixed(command, s.code) for command in commands]
        block.append(last)
        block.append(Spacer(1, 5))
        story.append(KeepTogether(block))
    story.append(Anchor(ctx.registry, "end"))
    return story
