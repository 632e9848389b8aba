<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>ActEditor</name>
    <message>
        <location filename="../../evidence_app/ui/editor_acts.py" line="+61"/>
        <source>Remove this act</source>
        <translation>ဤပြုလုပ်မှုကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(choose a violation type)</source>
        <translation>(ချိုးဖောက်မှု အမျိုးအစား ရွေးပါ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Violation type</source>
        <translation>ချိုးဖောက်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add another article…</source>
        <translation>နောက်ထပ် ပုဒ်မ ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidate Rome Statute articles: a legal hypothesis for reviewers, not a finding.</source>
        <translation>ဖြစ်နိုင်ချေရှိသော ရောမ ပဋိညာဉ်စာတမ်း ပုဒ်မများ — သုံးသပ်သူများအတွက် ဥပဒေဆိုင်ရာ ယူဆချက်သာ ဖြစ်ပြီး ဆုံးဖြတ်ချက် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Characterizations</source>
        <translation>ဥပဒေဆိုင်ရာ သတ်မှတ်ချက်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(မသိ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (unit or person)</source>
        <translation>အမည် (တပ်ဖွဲ့ သို့မဟုတ် ပုဂ္ဂိုလ်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACLED actor class</source>
        <translation>ACLED ပါဝင်သူ အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Notes</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add alleged perpetrator</source>
        <translation>ကျူးလွန်သူဟု စွပ်စွဲခံရသူ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrators</source>
        <translation>ကျူးလွန်သူဟု စွပ်စွဲခံရသူများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>ရလဒ် (ထိခိုက်ပုံ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of people</source>
        <translation>လူဦးရေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add victim count</source>
        <translation>ထိခိုက်နစ်နာသူ အရေအတွက် ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Act {n}</source>
        <translation>ပြုလုပ်မှု {n}</translation>
    </message>
</context>
<context>
    <name>ActsSection</name>
    <message>
        <location line="+66"/>
        <source>Acts (what was done, one per violation)</source>
        <translation>ပြုလုပ်မှုများ (ချိုးဖောက်မှု တစ်ခုလျှင် တစ်ခု၊ ဘာလုပ်ခဲ့သနည်း)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add act</source>
        <translation>ပြုလုပ်မှု ထည့်ရန်</translation>
    </message>
</context>
<context>
    <name>AddIncidentsDialog</name>
    <message>
        <location filename="../../evidence_app/ui/case_dialogs.py" line="+175"/>
        <source>Add incidents to {reference}</source>
        <translation>{reference} သို့ ဖြစ်ရပ်များ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search titles, narratives, places and pseudonyms, in Burmese or English</source>
        <translation>ခေါင်းစဉ်၊ ဖြစ်စဉ်အကြောင်းအရာ၊ နေရာနှင့် ကုဒ်အမည်များကို မြန်မာ သို့မဟုတ် အင်္ဂလိပ်ဖြင့် ရှာပါ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to case</source>
        <translation>အမှုတွဲသို့ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every incident is already in this case.</source>
        <translation>ဖြစ်ရပ်အားလုံး ဤအမှုတွဲတွင် ပါပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incident(s) not yet in the case</source>
        <translation>
            <numerusform>အမှုတွဲတွင် မပါသေးသော ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (showing the first {n})</source>
        <translation> (ပထမ {n} ခုကို ပြထားသည်)</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <location filename="../../evidence_app/ui/bundle_export_wizard.py" line="+86"/>
        <source>Export a bundle</source>
        <translation>bundle ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to export</source>
        <translation>ထုတ်မည့်အရာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case:</source>
        <translation>အမှုတွဲ —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The incident(s) selected in the incidents list: {n}</source>
        <translation>ဖြစ်ရပ်စာရင်းတွင် ရွေးထားသော ဖြစ်ရပ်များ — {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who may read it</source>
        <translation>ဖတ်ခွင့်ရှိသူ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it to the person who will receive it (recommended)</source>
        <translation>လက်ခံမည့်သူအတွက် ကုဒ်ဝှက်ရန် (အကြံပြုသည်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their public key file (.pem), exported from Evidence App</source>
        <translation>Evidence App မှ ထုတ်ထားသော ၎င်းတို့၏ public key ဖိုင် (.pem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose key file…</source>
        <translation>သော့ဖိုင် ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not encrypt</source>
        <translation>ကုဒ်မဝှက်ပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unencrypted bundle is plaintext: anyone who gets the file (a lost USB stick, a border check) can read every record, name and evidence file in it.</source>
        <translation>ကုဒ်မဝှက်ထားသော bundle သည် ရိုးရိုးစာသား ဖြစ်သည်။ ဖိုင်ကို ရရှိသူ မည်သူမဆို (ပျောက်သွားသော USB၊ နယ်စပ်စစ်ဆေးမှု) ၎င်းထဲရှိ မှတ်တမ်း၊ အမည်နှင့် သက်သေအထောက်အထား ဖိုင်တိုင်းကို ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as</source>
        <translation>သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contains</source>
        <translation>ပါဝင်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>ကုဒ်ဝှက်မှု</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the SHA-256 to the receiver by another channel (a call, a message) so they can check the file they get is this one.</source>
        <translation>လက်ခံသူ ရရှိသော ဖိုင်သည် ဤဖိုင် ဖြစ်ကြောင်း စစ်ဆေးနိုင်ရန် SHA-256 ကို အခြားနည်းလမ်း (ဖုန်းခေါ်ခြင်း၊ စာပို့ခြင်း) ဖြင့် ပေးပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not in your keyring: compare this fingerprint with them before sending.</source>
        <translation>သင့်သော့စာရင်းတွင် မရှိပါ — မပို့မီ ဤ fingerprint ကို ၎င်းတို့နှင့် တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your keyring as {alias} ({trust}).</source>
        <translation>သင့်သော့စာရင်းတွင် {alias} အဖြစ် ရှိသည် ({trust})။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted to: {alias}. {status}</source>
        <translation>ကုဒ်ဝှက်ထားသည့် လက်ခံသူ — {alias}။ {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name in the file)</source>
        <translation>(ဖိုင်တွင် အမည် မပါ)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The receiver&apos;s public key</source>
        <translation>လက်ခံသူ၏ public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>Public key များ (*.pem *.pub);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the bundle as</source>
        <translation>bundle ကို သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles (*.eab *.zip);;All files (*)</source>
        <translation>Bundle များ (*.eab *.zip);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a case, or select incidents in the incidents list.</source>
        <translation>အမှုတွဲတစ်ခု ရွေးပါ၊ သို့မဟုတ် ဖြစ်ရပ်စာရင်းတွင် ဖြစ်ရပ်များ ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the receiver&apos;s key file, or choose not to encrypt.</source>
        <translation>လက်ခံသူ၏ သော့ဖိုင်ကို ရွေးပါ၊ သို့မဟုတ် ကုဒ်မဝှက်ရန် ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the bundle.</source>
        <translation>bundle ကို သိမ်းမည့်နေရာ ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write an unencrypted bundle?</source>
        <translation>ကုဒ်မဝှက်ထားသော bundle ကို ရေးမလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle will NOT be encrypted. Anyone who gets the file can read every record, name and evidence file in it. Write it anyway?</source>
        <translation>ဤ bundle ကို ကုဒ်ဝှက်မည် မဟုတ်ပါ။ ဖိုင်ကို ရရှိသူ မည်သူမဆို ၎င်းထဲရှိ မှတ်တမ်း၊ အမည်နှင့် သက်သေအထောက်အထား ဖိုင်တိုင်းကို ဖတ်နိုင်သည်။ သို့တိုင် ရေးမလား။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the bundle…</source>
        <translation>bundle ကို ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle was written.</source>
        <translation>bundle ကို ရေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{i} incident(s), {c} case(s), {n} evidence item(s), {f} file(s)</source>
        <translation>ဖြစ်ရပ် {i} ခု၊ အမှုတွဲ {c} ခု၊ သက်သေအထောက်အထား {n} ခု၊ ဖိုင် {f} ခု</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted to {fp}</source>
        <translation>{fp} အတွက် ကုဒ်ဝှက်ထားသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT encrypted: keep the file as carefully as the evidence.</source>
        <translation>ကုဒ်ဝှက်မထားပါ — ဖိုင်ကို သက်သေအထောက်အထားကဲ့သို့ ဂရုတစိုက် ထိန်းသိမ်းပါ။</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/bundle_import_dialog.py" line="+71"/>
        <location line="+103"/>
        <source>Import a bundle</source>
        <translation>bundle ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Choose the bundle file (.eab or .zip). It is verified first: every hash, signature and custody chain. Nothing is written until you accept the summary.</source>
        <translation>bundle ဖိုင် (.eab သို့မဟုတ် .zip) ကို ရွေးပါ။ hash၊ လက်မှတ်နှင့် ထိန်းသိမ်းမှုကွင်းဆက် တိုင်းကို ဦးစွာ စစ်ဆေးသည်။ အနှစ်ချုပ်ကို သင် လက်မခံမချင်း ဘာမျှ မရေးပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>ဖိုင် ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Verify</source>
        <translation>စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse signers (import nothing)</source>
        <translation>လက်မှတ်ထိုးသူများကို ငြင်းရန် (ဘာမျှ မထည့်သွင်းပါ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Verifying the bundle: hashes, signatures, custody chains…</source>
        <translation>bundle ကို စစ်ဆေးနေသည် — hash များ၊ လက်မှတ်များ၊ ထိန်းသိမ်းမှုကွင်းဆက်များ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundles (*.eab *.zip);;All files (*)</source>
        <translation>Bundle များ (*.eab *.zip);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Everything in this bundle is already here. Nothing to import.</source>
        <translation>ဤ bundle ထဲရှိ အရာအားလုံး ဤနေရာတွင် ရှိပြီးသား ဖြစ်သည်။ ထည့်သွင်းစရာ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing: storing evidence files, then records and custody in one step…</source>
        <translation>ထည့်သွင်းနေသည် — သက်သေအထောက်အထား ဖိုင်များကို သိမ်းပြီးနောက် မှတ်တမ်းများနှင့် ထိန်းသိမ်းမှုမှတ်တမ်းကို တစ်ဆင့်တည်းဖြင့် သိမ်းသည်…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signers refused. Nothing was imported.</source>
        <translation>လက်မှတ်ထိုးသူများကို ငြင်းလိုက်သည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To import this bundle later, first compare the signers&apos; fingerprints with them, or import their public keys under Keys and team.</source>
        <translation>ဤ bundle ကို နောက်မှ ထည့်သွင်းရန် လက်မှတ်ထိုးသူများ၏ fingerprint များကို ၎င်းတို့နှင့် ဦးစွာ တိုက်စစ်ပါ၊ သို့မဟုတ် ၎င်းတို့၏ public key များကို သော့များနှင့် အဖွဲ့ တွင် ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation>ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident(s)</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case(s)</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence item(s)</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle was imported.</source>
        <translation>bundle ကို ထည့်သွင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: {what}</source>
        <translation>ထည့်သွင်းပြီး — {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>nothing</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated: {what}</source>
        <translation>အသစ်ပြင်ဆင်ပြီး — {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files stored: {n}</source>
        <translation>သိမ်းထားသော သက်သေအထောက်အထား ဖိုင် — {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signers added to your keyring (not yet trusted): {n}</source>
        <translation>သင့်သော့စာရင်းသို့ ထည့်ထားသော လက်မှတ်ထိုးသူ (မယုံကြည်ရသေး) — {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} incident(s) were edited on both sides: both versions are kept. Resolve them in the conflicts list.</source>
        <translation>ဖြစ်ရပ် {n} ခုကို နှစ်ဖက်စလုံးတွင် ပြင်ဆင်ထားသည် — မူနှစ်မျိုးလုံးကို ထိန်းထားသည်။ ကွဲလွဲမှုစာရင်းတွင် ဖြေရှင်းပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} other history(ies) recorded beside yours.</source>
        <translation>သင့်မှတ်တမ်းဘေးတွင် အခြား မှတ်တမ်းသမိုင်း {n} ခု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message>
        <location filename="../../evidence_app/ui/bundle_summary.py" line="+95"/>
        <source>What happens</source>
        <translation>ဖြစ်မည့်အရာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or file (from the bundle)</source>
        <translation>ခေါင်းစဉ် သို့မဟုတ် ဖိုင် (bundle မှ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>အကြောင်းရင်း</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signers not in your keyring</source>
        <translation>သင့်သော့စာရင်းတွင် မရှိသော လက်မှတ်ထိုးသူများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys signed records or evidence in this bundle. Compare each fingerprint with its owner (in person or over a call) before accepting. Refusing imports nothing.</source>
        <translation>ဤသော့များဖြင့် ဤ bundle ထဲရှိ မှတ်တမ်းများ သို့မဟုတ် သက်သေအထောက်အထားများကို လက်မှတ်ထိုးထားသည်။ လက်မခံမီ fingerprint တစ်ခုစီကို ၎င်း၏ ပိုင်ရှင်နှင့် (တွေ့ဆုံ၍ သို့မဟုတ် ဖုန်းဖြင့်) တိုက်စစ်ပါ။ ငြင်းလျှင် ဘာမျှ မထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls itself</source>
        <translation>ကိုယ်တိုင်ပေးထားသော အမည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I compared these fingerprints: add the keys to my keyring as not yet trusted</source>
        <translation>ဤ fingerprint များကို တိုက်စစ်ပြီးပါပြီ — သော့များကို မယုံကြည်ရသေးသော သော့များအဖြစ် ကျွန်ုပ်၏ သော့စာရင်းသို့ ထည့်ပါ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified: every hash, signature and custody chain checks out.
Exported {when} by a key calling itself “{alias}” ({fp}); {encrypted}.</source>
        <translation>စစ်ဆေးပြီး — hash၊ လက်မှတ်နှင့် ထိန်းသိမ်းမှုကွင်းဆက် အားလုံး မှန်ကန်သည်။
{when} တွင် “{alias}” ဟု ကိုယ်တိုင်အမည်ပေးထားသော သော့ ({fp}) က ထုတ်ခဲ့သည်၊ {encrypted}။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was encrypted to you</source>
        <translation>သင့်အတွက် ကုဒ်ဝှက်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was not encrypted</source>
        <translation>ကုဒ်ဝှက်မထားပါ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle holds no records.</source>
        <translation>bundle တွင် မှတ်တမ်း မပါပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New evidence files to store: {n} ({size}).</source>
        <translation>သိမ်းရမည့် သက်သေအထောက်အထား ဖိုင်အသစ် — {n} ({size})။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {w}</source>
        <translation>သတိပေးချက် — {w}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle cannot be imported:</source>
        <translation>ဤ bundle ကို ထည့်သွင်း၍ မရပါ —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(အမည်မရှိ)</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../evidence_app/ui/editor_sections.py" line="+359"/>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No cases in this workspace yet.</source>
        <translation>ဤ workspace တွင် အမှုတွဲ မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member of</source>
        <translation>ပါဝင်သော အမှုတွဲ</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../evidence_app/ui/cases_view.py" line="+83"/>
        <source>Cases and dossiers</source>
        <translation>အမှုတွဲများနှင့် dossier များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case gathers the incidents of one investigation or filing. Its dossier is a signed PDF with every page numbered (ERN), each exhibit&apos;s hash, signature and custody, ready for a court or an investigative mechanism.</source>
        <translation>အမှုတွဲတစ်ခုသည် စုံစမ်းစစ်ဆေးမှု သို့မဟုတ် တင်သွင်းမှု တစ်ခု၏ ဖြစ်ရပ်များကို စုစည်းသည်။ ၎င်း၏ dossier သည် စာမျက်နှာတိုင်းကို နံပါတ် (ERN) တပ်ထားပြီး သက်သေခံတစ်ခုစီ၏ hash၊ လက်မှတ်နှင့် ထိန်းသိမ်းမှုမှတ်တမ်း ပါဝင်သော လက်မှတ်ထိုးထားသည့် PDF ဖြစ်သည်။ တရားရုံး သို့မဟုတ် စုံစမ်းစစ်ဆေးရေး ယန္တရားထံ တင်ပြရန် အသင့်ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New case…</source>
        <translation>အမှုတွဲအသစ်…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>အမှတ်စဉ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>သုံးသပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add incidents…</source>
        <translation>ဖြစ်ရပ်များ ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out of case…</source>
        <translation>အမှုတွဲမှ ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incidents are kept; only their membership of this case ends.</source>
        <translation>ဖြစ်ရပ်များကို ဆက်ထားသည်။ ဤအမှုတွဲတွင် ပါဝင်မှုသာ ရပ်စဲသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open incident</source>
        <translation>ဖြစ်ရပ်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export dossier…</source>
        <translation>dossier ထုတ်ရန်…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>အမှုတွဲ %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a case to gather incidents for a dossier.</source>
        <translation>dossier အတွက် ဖြစ်ရပ်များ စုစည်းရန် အမှုတွဲတစ်ခု ဖန်တီးပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERN prefix {ern} · {level} · {organisation} · created {when}</source>
        <translation>ERN ရှေ့ဆက် {ern} · {level} · {organisation} · {when} တွင် ဖန်တီးသည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no organisation given</source>
        <translation>အဖွဲ့အစည်း မဖော်ပြထား</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case created</source>
        <translation>အမှုတွဲ ဖန်တီးပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add incidents to {reference}, then export its dossier.</source>
        <translation>{reference} သို့ ဖြစ်ရပ်များ ထည့်ပြီး ၎င်း၏ dossier ကို ထုတ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n incident(s) in this case</source>
        <translation>
            <numerusform>ဤအမှုတွဲရှိ ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (showing the first {n})</source>
        <translation> (ပထမ {n} ခုကို ပြထားသည်)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Take incidents out of the case?</source>
        <translation>ဖြစ်ရပ်များကို အမှုတွဲမှ ထုတ်မလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {n} incident(s) out of {reference}? The incidents are kept, with their evidence; the change is recorded in their custody.</source>
        <translation>ဖြစ်ရပ် {n} ခုကို {reference} မှ ထုတ်မလား။ ဖြစ်ရပ်များကို ၎င်းတို့၏ သက်သေအထောက်အထားများနှင့်အတူ ဆက်ထားမည်။ ပြောင်းလဲမှုကို ၎င်းတို့၏ ထိန်းသိမ်းမှုမှတ်တမ်းတွင် မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Dossier of case {reference} – {title} ({n} incident(s))</source>
        <translation>အမှုတွဲ {reference} – {title} ၏ dossier (ဖြစ်ရပ် {n} ခု)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../evidence_app/ui/conflicts_view.py" line="+85"/>
        <source>Incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received from</source>
        <translation>ပေးပို့သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>လက်ခံရရှိချိန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This workspace&apos;s version</source>
        <translation>ဤ workspace ၏ မူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s version</source>
        <translation>bundle ၏ မူ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep this workspace&apos;s version</source>
        <translation>ဤ workspace ၏ မူကို ထားရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the bundle&apos;s version</source>
        <translation>bundle ၏ မူကို ထားရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>ပြန်လည်ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} incident(s) were edited both here and in a bundle you imported. Compare the two versions and keep one.</source>
        <translation>ဖြစ်ရပ် {n} ခုကို ဤနေရာတွင်ရော သင်ထည့်သွင်းခဲ့သော bundle တစ်ခုတွင်ပါ ပြင်ဆင်ထားသည်။ မူနှစ်မျိုးကို နှိုင်းယှဉ်ပြီး တစ်ခုကို ထားပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open conflicts.</source>
        <translation>ဖြေရှင်းရန် ကွဲလွဲမှု မရှိပါ။</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} field(s) differ, marked {mark}</source>
        <translation>အကွက် {n} ခု ကွဲလွဲသည်၊ {mark} ဖြင့် ပြထားသည်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep this workspace&apos;s version and close the conflict? The bundle&apos;s version stays recorded in the custody history.</source>
        <translation>ဤ workspace ၏ မူကို ထားပြီး ကွဲလွဲမှုကို ပိတ်မလား။ bundle ၏ မူကို ထိန်းသိမ်းမှုမှတ်တမ်းတွင် ဆက်လက် မှတ်တမ်းတင်ထားမည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace this workspace&apos;s version with the bundle&apos;s? The change is recorded as your signed edit.</source>
        <translation>ဤ workspace ၏ မူကို bundle ၏ မူဖြင့် အစားထိုးမလား။ ပြောင်းလဲမှုကို သင် လက်မှတ်ထိုးထားသော ပြင်ဆင်မှုအဖြစ် မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the conflict</source>
        <translation>ကွဲလွဲမှုကို ဖြေရှင်းရန်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict resolved</source>
        <translation>ကွဲလွဲမှုကို ဖြေရှင်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision is recorded in the incident&apos;s custody.</source>
        <translation>ဆုံးဖြတ်ချက်ကို ဖြစ်ရပ်၏ ထိန်းသိမ်းမှုမှတ်တမ်းတွင် မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="+244"/>
        <source>Something went wrong</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence App met an error it did not expect. Everything you saved is safe in the encrypted workspace; unsaved edits are kept as an encrypted draft.

Nothing has been sent anywhere. If the problem comes back, copy the details below and give them to your team&apos;s technical contact.</source>
        <translation>Evidence App တွင် မမျှော်လင့်ထားသော အမှားတစ်ခု ဖြစ်ပေါ်ခဲ့သည်။ သင် သိမ်းထားသမျှ အားလုံးသည် ကုဒ်ဝှက်ထားသော workspace ထဲတွင် လုံခြုံစွာ ရှိနေသည်။ မသိမ်းရသေးသော ပြင်ဆင်ချက်များကို ကုဒ်ဝှက်ထားသော မူကြမ်းအဖြစ် ထိန်းသိမ်းထားသည်။

မည်သည့်နေရာသို့မျှ ဘာမျှ ပို့မထားပါ။ ပြဿနာ ထပ်ဖြစ်လျှင် အောက်ပါ အသေးစိတ်ကို ကူးယူပြီး သင့်အဖွဲ့၏ နည်းပညာဆိုင်ရာ ဆက်သွယ်ရမည့်သူထံ ပေးပါ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy details</source>
        <translation>အသေးစိတ် ကူးယူရန်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>ကူးယူပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <location filename="../../evidence_app/ui/create_dialog.py" line="+65"/>
        <source>Create a workspace</source>
        <translation>workspace ဖန်တီးရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder (new or empty)</source>
        <translation>ဖိုင်တွဲ (အသစ် သို့မဟုတ် အလွတ်)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Documentation team North</source>
        <translation>ဥပမာ မြောက်ပိုင်း မှတ်တမ်းတင်ရေးအဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team name</source>
        <translation>အဖွဲ့အမည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name your team knows you by; it need not be your real name</source>
        <translation>သင့်အဖွဲ့က သင့်ကို သိသော အမည်၊ အမည်ရင်း မဖြစ်လည်း ရသည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your alias</source>
        <translation>သင့်အမည်ဝှက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်ဝါကျ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase again</source>
        <translation>စကားဝှက်ဝါကျ ထပ်ရိုက်ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important: nobody can recover a lost passphrase. Not your team, not the makers of this app. If you forget it, everything in this workspace is lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>အရေးကြီးသည် — ပျောက်သွားသော စကားဝှက်ဝါကျကို မည်သူမျှ ပြန်ယူပေး၍ မရပါ။ သင့်အဖွဲ့လည်း မရ၊ ဤ app ကို ပြုလုပ်သူများလည်း မရပါ။ မေ့သွားလျှင် ဤ workspace ထဲရှိ အရာအားလုံး အပြီးတိုင် ဆုံးရှုံးမည်။ ရေးမှတ်ပြီး ဤကွန်ပျူတာနှင့် ဝေးသော လုံခြုံသည့်နေရာတွင် ထားပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation>ပျောက်သွားသော စကားဝှက်ဝါကျကို ပြန်ယူ၍ မရကြောင်း နားလည်ပါသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Create workspace</source>
        <translation>workspace ဖန်တီးရန်</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>တိုလွန်းသည် — အနည်းဆုံး စာလုံး {n} လုံး သုံးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: too many repeated characters.</source>
        <translation>အားနည်းသည် — ထပ်နေသော စာလုံး များလွန်းသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair. A short sentence of four or more words is stronger.</source>
        <translation>သင့်တင့်သည်။ စကားလုံး လေးလုံး သို့မဟုတ် ထို့ထက်ပိုသော ဝါကျတို တစ်ကြောင်းက ပိုခိုင်မာသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good.</source>
        <translation>ကောင်းသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>ခိုင်မာသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sentence you can remember, of four or more words, is best.</source>
        <translation>သင် မှတ်မိနိုင်သော စကားလုံး လေးလုံး သို့မဟုတ် ထို့ထက်ပိုသော ဝါကျတစ်ကြောင်းက အကောင်းဆုံး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ.</source>
        <translation>စကားဝှက်ဝါကျ နှစ်ခု မတူပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an empty folder</source>
        <translation>ဖိုင်တွဲအလွတ် တစ်ခု ရွေးပါ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrases differ</source>
        <translation>စကားဝှက်ဝါကျများ မတူပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase twice.</source>
        <translation>စကားဝှက်ဝါကျ တစ်ခုတည်းကို နှစ်ကြိမ် ရိုက်ပါ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating…</source>
        <translation>ဖန်တီးနေသည်…</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location filename="../../evidence_app/ui/csv_dialogs.py" line="+256"/>
        <source>Export incidents as CSV (ACLED columns)</source>
        <translation>ဖြစ်ရပ်များကို CSV အဖြစ် ထုတ်ရန် (ACLED ကော်လံများ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All incidents</source>
        <translation>ဖြစ်ရပ်အားလုံး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents to export</source>
        <translation>ထုတ်မည့် ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as</source>
        <translation>သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV is not encrypted: it holds the incidents&apos; narratives and places in plain text. Anyone who gets the file can read it.</source>
        <translation>CSV ကို ကုဒ်ဝှက်မထားပါ — ဖြစ်ရပ်များ၏ ဖြစ်စဉ်အကြောင်းအရာနှင့် နေရာများကို ရိုးရိုးစာသားဖြင့် ပါဝင်သည်။ ဖိုင်ကို ရရှိသူ မည်သူမဆို ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose where to save the CSV.</source>
        <translation>CSV ကို သိမ်းမည့်နေရာ ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an unencrypted CSV?</source>
        <translation>ကုဒ်မဝှက်ထားသော CSV ကို ရေးမလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV will NOT be encrypted. Anyone who gets the file can read the incidents&apos; narratives and places. Write it anyway?</source>
        <translation>CSV ကို ကုဒ်ဝှက်မည် မဟုတ်ပါ။ ဖိုင်ကို ရရှိသူ မည်သူမဆို ဖြစ်ရပ်များ၏ ဖြစ်စဉ်အကြောင်းအရာနှင့် နေရာများကို ဖတ်နိုင်သည်။ သို့တိုင် ရေးမလား။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing…</source>
        <translation>ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {n} row(s) to {path}.</source>
        <translation>{path} သို့ အတန်း {n} တန်း ရေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the CSV as</source>
        <translation>CSV ကို သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ဖိုင်များ (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location line="-258"/>
        <location line="+160"/>
        <source>Import incidents from CSV</source>
        <translation>CSV မှ ဖြစ်ရပ်များ ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>A .csv file (UTF-8), or a .zip holding one .csv and the files it names. Every row is checked first; nothing is imported until you accept.</source>
        <translation>.csv ဖိုင် (UTF-8)၊ သို့မဟုတ် .csv တစ်ခုနှင့် ၎င်းတွင် ဖော်ပြထားသော ဖိုင်များ ပါသည့် .zip။ အတန်းတိုင်းကို ဦးစွာ စစ်ဆေးသည်။ သင် လက်မခံမချင်း ဘာမျှ မထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>ဖိုင် ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation>စာကြောင်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ကော်လံ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>ပြဿနာ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking every row…</source>
        <translation>အတန်းတိုင်းကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Error</source>
        <translation>အမှား</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Warning</source>
        <translation>သတိပေးချက်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {n} row(s), {valid} valid, {invalid} with problems.</source>
        <translation>{name} — အတန်း {n} တန်း၊ မှန်ကန်သည် {valid}၊ ပြဿနာရှိသည် {invalid}။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import only the {n} valid row(s); leave out the rows with problems</source>
        <translation>မှန်ကန်သော အတန်း {n} တန်းကိုသာ ထည့်သွင်းရန်၊ ပြဿနာရှိသော အတန်းများကို ချန်ထားရန်</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import {n} incident(s)</source>
        <translation>ဖြစ်ရပ် {n} ခု ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing incidents and their files…</source>
        <translation>ဖြစ်ရပ်များနှင့် ၎င်းတို့၏ ဖိုင်များကို ထည့်သွင်းနေသည်…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported {n} incident(s) and {items} evidence file(s).</source>
        <translation>ဖြစ်ရပ် {n} ခုနှင့် သက်သေအထောက်အထား ဖိုင် {items} ခု ထည့်သွင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the incidents imported so far are kept.</source>
        <translation>ရပ်လိုက်သည် — ယခုအထိ ထည့်သွင်းပြီးသော ဖြစ်ရပ်များကို ဆက်ထားသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not added: {f}</source>
        <translation>မထည့်ရပါ — {f}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV or zip (*.csv *.zip);;All files (*)</source>
        <translation>CSV သို့မဟုတ် zip (*.csv *.zip);;ဖိုင်အားလုံး (*)</translation>
    </message>
</context>
<context>
    <name>DateSection</name>
    <message>
        <location filename="../../evidence_app/ui/editor_sections.py" line="-205"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precision</source>
        <translation>တိကျမှု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (or first day)</source>
        <translation>ရက်စွဲ (သို့မဟုတ် ပထမနေ့)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single day</source>
        <translation>တစ်ရက်တည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>နောက်ဆုံးနေ့</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known, local time:</source>
        <translation>သိသည်၊ ဒေသစံတော်ချိန် —</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time of day</source>
        <translation>အချိန် (နာရီ:မိနစ်)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. two witness statements; photo EXIF times</source>
        <translation>ဥပမာ သက်သေ နှစ်ဦး၏ ထွက်ဆိုချက်၊ ဓာတ်ပုံ EXIF အချိန်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the date is known</source>
        <translation>ရက်စွဲ သိရပုံ</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../evidence_app/ui/dossier_dialog.py" line="+74"/>
        <source>Export a dossier</source>
        <translation>dossier ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export dossier</source>
        <translation>dossier ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Options</source>
        <translation>ရွေးချယ်စရာများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redacted version for disclosure: pseudonyms only; confidential and under-seal exhibits left out</source>
        <translation>ထုတ်ပြန်ရန် ဖုံးကွယ်ထားသော မူ — ကုဒ်အမည်များသာ၊ လျှို့ဝှက်နှင့် တံဆိပ်ခတ်ပိတ်ထားသော သက်သေခံများကို ချန်ထားသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign the PDF (PAdES) with a key bound to your identity</source>
        <translation>သင့်ကိုယ်ပိုင်သော့နှင့် ချိတ်ဆက်ထားသော သော့ဖြင့် PDF ကို လက်မှတ်ထိုးရန် (PAdES)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the dossier&apos;s headings and notes:</source>
        <translation>dossier ၏ ခေါင်းစဉ်နှင့် မှတ်ချက်များ၏ ဘာသာစကား —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as:</source>
        <translation>သိမ်းမည့်နေရာ —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the PDF</source>
        <translation>PDF ရေးမည့်နေရာ ရွေးပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I understand that this file will not be encrypted.</source>
        <translation>ဤဖိုင်ကို ကုဒ်ဝှက်မည် မဟုတ်ကြောင်း နားလည်ပါသည်။</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>pseudonyms only (the redacted version)</source>
        <translation>ကုဒ်အမည်များသာ (ဖုံးကွယ်ထားသော မူ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the real names, ages and contacts of victims and witnesses</source>
        <translation>ထိခိုက်နစ်နာသူများနှင့် သက်သေများ၏ အမည်ရင်း၊ အသက်နှင့် ဆက်သွယ်ရန် အချက်အလက်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier is a plaintext PDF, written outside the encrypted workspace because you ask for an export. It holds {what}, and pictures of the evidence. Anyone who gets the file can read it: store and send it as carefully as the evidence itself.</source>
        <translation>dossier သည် ကုဒ်မဝှက်ထားသော PDF ဖြစ်ပြီး သင် ထုတ်ယူရန် တောင်းဆိုသဖြင့် ကုဒ်ဝှက်ထားသော workspace ၏ အပြင်ဘက်တွင် ရေးသည်။ ၎င်းတွင် {what} နှင့် သက်သေအထောက်အထား ပုံများ ပါဝင်သည်။ ဖိုင်ကို ရရှိသူ မည်သူမဆို ဖတ်နိုင်သည် — သက်သေအထောက်အထားကဲ့သို့ ဂရုတစိုက် သိမ်းဆည်းပြီး ပေးပို့ပါ။</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the dossier as</source>
        <translation>dossier ကို သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel export</source>
        <translation>ထုတ်ယူမှုကို ရပ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the dossier…</source>
        <translation>dossier ကို ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dossier was written and its export recorded in each exhibit&apos;s custody.</source>
        <translation>dossier ကို ရေးပြီး ထုတ်ယူမှုကို သက်သေခံတိုင်း၏ ထိန်းသိမ်းမှုမှတ်တမ်းတွင် မှတ်တမ်းတင်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>ထုတ်ယူမှုကို ရပ်လိုက်သည်။ ဘာမျှ မရေးရပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>ဘာမျှ မရေးရပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export did not finish. Nothing was written.</source>
        <translation>ထုတ်ယူမှု မပြီးဆုံးခဲ့ပါ။ ဘာမျှ မရေးရပါ။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>ရပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../evidence_app/ui/evidence_panel.py" line="+108"/>
        <source>Drop photos, videos, audio, documents or folders here, or</source>
        <translation>ဓာတ်ပုံ၊ ဗီဒီယို၊ အသံဖိုင်၊ စာရွက်စာတမ်း သို့မဟုတ် ဖိုင်တွဲများကို ဤနေရာသို့ ဆွဲထည့်ပါ၊ သို့မဟုတ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>ဖိုင်များ ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source URL (for web material)</source>
        <translation>မူရင်း URL (web မှ ရယူသော အရာများအတွက်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Graphic content</source>
        <translation>စိတ်ထိခိုက်စေနိုင်သော အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How acquired:</source>
        <translation>ရယူပုံ —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add evidence files</source>
        <translation>သက်သေအထောက်အထား ဖိုင်များ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still adding files</source>
        <translation>ဖိုင်များ ထည့်နေဆဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the current files are added, or cancel them first.</source>
        <translation>လက်ရှိ ဖိုင်များ ထည့်ပြီးသည်အထိ စောင့်ပါ၊ သို့မဟုတ် ၎င်းတို့ကို ဦးစွာ ရပ်ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source URL needed</source>
        <translation>မူရင်း URL လိုအပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material downloaded from the web needs the address it came from: fill in the source URL, then add the files again.</source>
        <translation>web မှ ဒေါင်းလုဒ်ဆွဲထားသော အရာအတွက် ၎င်း၏ မူရင်းလိပ်စာ လိုအပ်သည် — မူရင်း URL ကို ဖြည့်ပြီး ဖိုင်များကို ထပ်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding {n} file(s)…</source>
        <translation>ဖိုင် {n} ခု ထည့်နေသည်…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>ရပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} file(s) added as evidence.</source>
        <translation>ဖိုင် {n} ခုကို သက်သေအထောက်အထားအဖြစ် ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of them were already in the workspace; they are stored once and linked here too.</source>
        <translation>၎င်းတို့အနက် {n} ခုမှာ workspace ထဲတွင် ရှိပြီးသား ဖြစ်သည်။ တစ်ကြိမ်သာ သိမ်းပြီး ဤနေရာနှင့်လည်း ချိတ်ဆက်ထားသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the file in progress was not kept; files finished before were kept.</source>
        <translation>ရပ်လိုက်သည် — ထည့်နေဆဲ ဖိုင်ကို မသိမ်းပါ။ ယခင်က ထည့်ပြီးသော ဖိုင်များကို သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not added: {name}: {reason}</source>
        <translation>မထည့်ရပါ — {name} — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and {n} more not added.</source>
        <translation>…နောက်ထပ် {n} ခု မထည့်ရပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Making a preview…</source>
        <translation>အစမ်းကြည့်ပုံ ပြုလုပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview for this type; use Open.</source>
        <translation>ဤအမျိုးအစားအတွက် အစမ်းကြည့်ပုံ မရှိပါ။ ဖွင့်ရန် ကို သုံးပါ။</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open with another program?</source>
        <translation>အခြားပရိုဂရမ်ဖြင့် ဖွင့်မလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence App cannot show this type of file ({type}) itself.

To open it with another program, a decrypted copy must be written to a temporary file. It is deleted when you say you are done, lock the workspace or quit; the other program may still keep its own copies.

Open it?</source>
        <translation>ဤဖိုင်အမျိုးအစား ({type}) ကို Evidence App ကိုယ်တိုင် မပြနိုင်ပါ။

အခြားပရိုဂရမ်ဖြင့် ဖွင့်ရန် ကုဒ်ဖြည်ထားသော မိတ္တူကို ယာယီဖိုင်တစ်ခုအဖြစ် ရေးရမည်။ ပြီးပြီဟု သင်ပြောသည့်အခါ၊ workspace ကို သော့ခတ်သည့်အခါ သို့မဟုတ် app ကို ပိတ်သည့်အခါ ၎င်းကို ဖျက်မည်။ အခြားပရိုဂရမ်က ၎င်း၏ ကိုယ်ပိုင်မိတ္တူများကို ဆက်ထားနိုင်သည်။

ဖွင့်မလား။</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened in another program</source>
        <translation>အခြားပရိုဂရမ်တွင် ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click OK when you have finished with {name}: the decrypted copy will then be deleted.</source>
        <translation>{name} ကို ကြည့်ပြီးလျှင် OK ကို နှိပ်ပါ။ ထို့နောက် ကုဒ်ဖြည်ထားသော မိတ္တူကို ဖျက်မည်။</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location filename="../../evidence_app/ui/exchange_view.py" line="+72"/>
        <source>Exchange</source>
        <translation>ဖလှယ်ခြင်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a bundle…</source>
        <translation>bundle ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bundle…</source>
        <translation>bundle ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import incidents from CSV…</source>
        <translation>CSV မှ ဖြစ်ရပ်များ ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export incidents as CSV (ACLED)…</source>
        <translation>ဖြစ်ရပ်များကို CSV (ACLED) အဖြစ် ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles</source>
        <translation>Bundle များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case or chosen incidents with their evidence, signatures and custody, in one file for a USB stick. Encrypt it to the person receiving it. Anyone can verify it, even without Evidence App.</source>
        <translation>အမှုတွဲ တစ်ခု သို့မဟုတ် ရွေးထားသော ဖြစ်ရပ်များကို ၎င်းတို့၏ သက်သေအထောက်အထား၊ လက်မှတ်နှင့် ထိန်းသိမ်းမှုမှတ်တမ်းများနှင့်အတူ USB အတွက် ဖိုင်တစ်ခုတည်းအဖြစ်။ လက်ခံမည့်သူအတွက် ကုဒ်ဝှက်ပါ။ Evidence App မရှိဘဲပင် မည်သူမဆို စစ်ဆေးနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spreadsheets (CSV)</source>
        <translation>Spreadsheet များ (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import incidents listed in a spreadsheet (every row is checked first), or export incidents with ACLED-compatible columns. CSV files are not encrypted.</source>
        <translation>spreadsheet တွင် စာရင်းပြုစုထားသော ဖြစ်ရပ်များကို ထည့်သွင်းပါ (အတန်းတိုင်းကို ဦးစွာ စစ်ဆေးသည်)၊ သို့မဟုတ် ACLED နှင့် ကိုက်ညီသော ကော်လံများဖြင့် ဖြစ်ရပ်များကို ထုတ်ပါ။ CSV ဖိုင်များကို ကုဒ်ဝှက်မထားပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edited on both sides</source>
        <translation>နှစ်ဖက်စလုံးတွင် ပြင်ဆင်ထားသည်</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../evidence_app/ui/editor_sections.py" line="-69"/>
        <source>What happened</source>
        <translation>ဘာဖြစ်ခဲ့သနည်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short title, e.g. Airstrike on the village market</source>
        <translation>ခေါင်းစဉ်တို၊ ဥပမာ ရွာဈေးကို လေကြောင်းတိုက်ခိုက်မှု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened, in the words of the sources, in Burmese or English.</source>
        <translation>ဖြစ်ခဲ့သည့်အရာကို သတင်းရင်းမြစ်များ၏ စကားဖြင့် မြန်မာ သို့မဟုတ် အင်္ဂလိပ်ဘာသာဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative</source>
        <translation>ဖြစ်စဉ်အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the narrative</source>
        <translation>ဖြစ်စဉ်၏ ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidentiality</source>
        <translation>လျှို့ဝှက်မှုအဆင့်</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../evidence_app/ui/incident_editor.py" line="+100"/>
        <source>Save incident</source>
        <translation>ဖြစ်ရပ်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved.</source>
        <translation>ပြောင်းလဲမှု အားလုံး သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New incident, not saved yet.</source>
        <translation>ဖြစ်ရပ်အသစ်၊ မသိမ်းရသေးပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes.</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored from your draft; not saved yet.</source>
        <translation>သင့်မူကြမ်းမှ ပြန်ယူထားသည်၊ မသိမ်းရသေးပါ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes, kept as an encrypted draft ({time}).</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများကို ကုဒ်ဝှက်ထားသော မူကြမ်းအဖြစ် ထိန်းသိမ်းထားသည် ({time})။</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Saved, but check the Burmese</source>
        <translation>သိမ်းပြီးပါပြီ၊ သို့သော် မြန်မာစာကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some Burmese text looks like Zawgyi, not Unicode: it will not be found by search or print correctly in a dossier. Retype it with a Unicode Burmese keyboard and save again.</source>
        <translation>မြန်မာစာအချို့သည် Unicode မဟုတ်ဘဲ Zawgyi ဖြစ်ပုံရသည် — ၎င်းကို ရှာဖွေမှုတွင် တွေ့မည် မဟုတ်ဘဲ dossier တွင်လည်း မှန်ကန်စွာ ပုံနှိပ်မည် မဟုတ်ပါ။ Unicode မြန်မာ keyboard ဖြင့် ပြန်ရိုက်ပြီး ထပ်သိမ်းပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident was saved and signed in its custody record.</source>
        <translation>ဖြစ်ရပ်ကို သိမ်းပြီး ၎င်း၏ ထိန်းသိမ်းမှုမှတ်တမ်းတွင် လက်မှတ်ထိုးထားသည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved yet</source>
        <translation>မသိမ်းရသေးပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} field(s) need attention; they are marked in red.</source>
        <translation>အကွက် {n} ခုကို ပြင်ရန် လိုသည်။ ၎င်းတို့ကို အနီရောင်ဖြင့် ပြထားသည်။</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <location filename="../../evidence_app/ui/incident_page.py" line="+51"/>
        <source>← All incidents</source>
        <translation>← ဖြစ်ရပ်အားလုံး</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the incident first, then add evidence.</source>
        <translation>ဖြစ်ရပ်ကို ဦးစွာ သိမ်းပြီးမှ သက်သေအထောက်အထား ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>သုံးသပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New incident</source>
        <translation>ဖြစ်ရပ်အသစ်</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This incident has changes that are not saved. Save them now?</source>
        <translation>ဤဖြစ်ရပ်တွင် မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။ ယခု သိမ်းမလား။</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../evidence_app/ui/incidents_model.py" line="+106"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violation types</source>
        <translation>ချိုးဖောက်မှု အမျိုးအစားများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review status</source>
        <translation>သုံးသပ်မှု အခြေအနေ</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>This column cannot be sorted</source>
        <translation>ဤကော်လံကို စီ၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <location filename="../../evidence_app/ui/incidents_view.py" line="+62"/>
        <source>Search titles, narratives, places and pseudonyms, in Burmese or English</source>
        <translation>ခေါင်းစဉ်၊ ဖြစ်စဉ်အကြောင်းအရာ၊ နေရာနှင့် ကုဒ်အမည်များကို မြန်မာ သို့မဟုတ် အင်္ဂလိပ်ဖြင့် ရှာပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New incident</source>
        <translation>ဖြစ်ရပ်အသစ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier of selected…</source>
        <translation>ရွေးထားသည်များ၏ dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a PDF dossier of the selected incidents (Ctrl+click or Shift+click selects several)</source>
        <translation>ရွေးထားသော ဖြစ်ရပ်များ၏ PDF dossier ကို ထုတ်ရန် (Ctrl+click သို့မဟုတ် Shift+click ဖြင့် အများအပြား ရွေးနိုင်သည်)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All violation types</source>
        <translation>ချိုးဖောက်မှု အမျိုးအစား အားလုံး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from any date</source>
        <translation>မည်သည့်ရက်မှမဆို</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to any date</source>
        <translation>မည်သည့်ရက်အထိမဆို</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All states/regions</source>
        <translation>ပြည်နယ်/တိုင်းဒေသကြီး အားလုံး</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any township</source>
        <translation>မြို့နယ် အားလုံး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any review status</source>
        <translation>သုံးသပ်မှု အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>All cases</source>
        <translation>အမှုတွဲ အားလုံး</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Clear filters</source>
        <translation>စစ်ထုတ်မှုများ ရှင်းရန်</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{n} unsaved new incident(s): continue editing</source>
        <translation>မသိမ်းရသေးသော ဖြစ်ရပ်အသစ် {n} ခု — ဆက်ပြင်ရန်</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n incident(s) match</source>
        <translation>
            <numerusform>ကိုက်ညီသော ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../evidence_app/ui/item_detail.py" line="+128"/>
        <source>Exhibit</source>
        <translation>သက်သေခံအမှတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>ဖိုင်အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ဖိုင်အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>ထည့်သွင်းချိန်</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+100"/>
        <source>Copy</source>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acquisition</source>
        <translation>ရယူပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>ကိုင်တွယ်ပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related items</source>
        <translation>ဆက်စပ်သော အရာများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claimed by the file (metadata as found; a claim, not a fact):</source>
        <translation>ဖိုင်က ဖော်ပြထားသည် (တွေ့ရှိသည့်အတိုင်း metadata — အဆိုသာဖြစ်ပြီး အချက်အလက်မှန် မဟုတ်) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain of custody (signed, oldest first):</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက် (လက်မှတ်ထိုးထားသည်၊ အဟောင်းဆုံးမှ စ၍) —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When (UTC)</source>
        <translation>အချိန် (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>မည်သူ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an item to see its details.</source>
        <translation>အသေးစိတ် ကြည့်ရန် အရာတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{when} (UTC{tz}), app {version}</source>
        <translation>{when} (UTC{tz})၊ app {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by {who}</source>
        <translation>{who} က</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>device: {d}</source>
        <translation>ကိရိယာ — {d}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{conf}; consent: {consent}{graphic}</source>
        <translation>{conf}၊ သဘောတူခွင့်ပြုချက် — {consent}{graphic}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; graphic content</source>
        <translation>၊ စိတ်ထိခိုက်စေနိုင်သော အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>derived from {ex} ({kind})</source>
        <translation>{ex} မှ ဆင့်ပွားသည် ({kind})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>derivative {ex}</source>
        <translation>ဆင့်ပွားမိတ္တူ {ex}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(nothing claimed)</source>
        <translation>(ဘာမျှ ဖော်ပြမထားပါ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copied</source>
        <translation>ကူးယူပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>ItemViewer</name>
    <message>
        <location filename="../../evidence_app/ui/item_viewer.py" line="+69"/>
        <source>Graphic content is blurred. Click the image to show it.</source>
        <translation>စိတ်ထိခိုက်စေနိုင်သော အကြောင်းအရာကို ဝါးထားသည်။ ပြရန် ပုံကို နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <location filename="../../evidence_app/ui/keys_view.py" line="+68"/>
        <source>Your key</source>
        <translation>သင့်သော့</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your full fingerprint as a QR code, for a teammate to scan and compare</source>
        <translation>အဖွဲ့သားတစ်ဦး scan ဖတ်၍ တိုက်စစ်နိုင်ရန် သင့် fingerprint အပြည့်အစုံကို QR ကုဒ်အဖြစ်</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read the grouped fingerprint aloud to a teammate, or let them scan the QR code, so they can check that the key they received is yours. Everything you add or review is signed with this key.</source>
        <translation>အုပ်စုခွဲထားသော fingerprint ကို အဖွဲ့သားတစ်ဦးအား အသံထွက်ဖတ်ပြပါ၊ သို့မဟုတ် QR ကုဒ်ကို scan ဖတ်ခိုင်းပါ။ ထိုသို့ဖြင့် ၎င်းတို့ရရှိသော သော့သည် သင့်သော့ ဖြစ်ကြောင်း စစ်ဆေးနိုင်သည်။ သင်ထည့်သွင်းသော သို့မဟုတ် သုံးသပ်သော အရာအားလုံးကို ဤသော့ဖြင့် လက်မှတ်ထိုးသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export my public key…</source>
        <translation>ကျွန်ုပ်၏ public key ကို ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team keyring</source>
        <translation>အဖွဲ့၏ သော့များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alias</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>ယုံကြည်မှု</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>ထည့်သည့်ရက်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a teammate&apos;s key…</source>
        <translation>အဖွဲ့သား၏ သော့ကို ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark trusted…</source>
        <translation>ယုံကြည်ရသည်ဟု မှတ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark not trusted</source>
        <translation>မယုံကြည်ရဟု မှတ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>ရုပ်သိမ်းရန်…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Full fingerprint (SHA-256): {fp}</source>
        <translation>Fingerprint အပြည့်အစုံ (SHA-256) — {fp}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Key exported</source>
        <translation>သော့ကို ထုတ်ပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {name} to your teammates. It holds no secret.</source>
        <translation>{name} ကို သင့်အဖွဲ့သားများထံ ပေးပါ။ ၎င်းတွင် လျှို့ဝှက်ချက် မပါပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key imported</source>
        <translation>သော့ကို ထည့်သွင်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{alias}&apos;s key was added as not yet trusted. Compare the fingerprint {fp} with them before marking it trusted.</source>
        <translation>{alias} ၏ သော့ကို မယုံကြည်ရသေးသော သော့အဖြစ် ထည့်ထားသည်။ ယုံကြည်ရသည်ဟု မမှတ်မီ fingerprint {fp} ကို ၎င်းနှင့် တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trust this key?</source>
        <translation>ဤသော့ကို ယုံကြည်မလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only trust {alias}&apos;s key after comparing its fingerprint with them, in person or over a call:

{fp}

Did you compare it, and is it the same?</source>
        <translation>{alias} ၏ သော့ကို ၎င်းနှင့် တွေ့ဆုံ၍ သို့မဟုတ် ဖုန်းခေါ်၍ fingerprint တိုက်စစ်ပြီးမှသာ ယုံကြည်ပါ —

{fp}

တိုက်စစ်ပြီးပြီလား၊ တူညီပါသလား။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke this key?</source>
        <translation>ဤသော့ကို ရုပ်သိမ်းမလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items and steps signed by {alias} will then show as signed by a revoked key. Revoke it?</source>
        <translation>ထို့နောက် {alias} လက်မှတ်ထိုးထားသော အရာများနှင့် အဆင့်များကို ရုပ်သိမ်းထားသော သော့ဖြင့် လက်မှတ်ထိုးထားသည်ဟု ပြမည်။ ရုပ်သိမ်းမလား။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export my public key</source>
        <translation>ကျွန်ုပ်၏ public key ကို ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pem)</source>
        <translation>Public key များ (*.pem)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a teammate&apos;s public key</source>
        <translation>အဖွဲ့သား၏ public key ကို ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>Public key များ (*.pem *.pub);;ဖိုင်အားလုံး (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evidence_app/ui/main_window.py" line="+57"/>
        <source>Evidence App</source>
        <translation>Evidence App</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Workspace</source>
        <translation>Workspace (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quick exit (lock and close now)</source>
        <translation>အမြန်ထွက်ရန် (ယခုပင် သော့ခတ်ပြီး ပိတ်မည်) (&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>ဆက်တင်များ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No workspace in this folder</source>
        <translation>ဤဖိုင်တွဲတွင် workspace မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that holds workspace.json, or create a new workspace.</source>
        <translation>workspace.json ပါသော ဖိုင်တွဲကို ရွေးပါ၊ သို့မဟုတ် workspace အသစ် ဖန်တီးပါ။</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Locked after {n} minutes without activity. Unsaved changes were kept as an encrypted draft.</source>
        <translation>{n} မိနစ်ကြာ ဘာမျှ မလုပ်သဖြင့် သော့ခတ်လိုက်သည်။ မသိမ်းရသေးသော ပြောင်းလဲမှုများကို ကုဒ်ဝှက်ထားသော မူကြမ်းအဖြစ် ထိန်းသိမ်းထားသည်။</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="-57"/>
        <source>Close this message</source>
        <translation>ဤစာကို ပိတ်ရန်</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../evidence_app/ui/case_dialogs.py" line="-185"/>
        <source>New case</source>
        <translation>အမှုတွဲအသစ်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. MMR-EA-2024-01</source>
        <translation>ဥပမာ MMR-EA-2024-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Airstrikes in Kanbalu township</source>
        <translation>ဥပမာ ကန့်ဘလူမြို့နယ်ရှိ လေကြောင်းတိုက်ခိုက်မှုများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every page of the case&apos;s dossier is numbered PREFIX-0001, PREFIX-0002… (Evidence Reference Numbers, as international courts use them).</source>
        <translation>အမှုတွဲ၏ dossier စာမျက်နှာတိုင်းကို PREFIX-0001၊ PREFIX-0002… ဟု နံပါတ်တပ်သည် (နိုင်ငံတကာ တရားရုံးများ သုံးသော သက်သေအထောက်အထား ရည်ညွှန်းနံပါတ် ERN)။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference:</source>
        <translation>အမှတ်စဉ် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>ခေါင်းစဉ် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERN prefix:</source>
        <translation>ERN ရှေ့ဆက် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting organisation:</source>
        <translation>တင်သွင်းသည့် အဖွဲ့အစည်း —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>ဆက်သွယ်ရန် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality:</source>
        <translation>လျှို့ဝှက်မှုအဆင့် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>ဖော်ပြချက် —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ERN prefix: capital letters and digits in groups joined by hyphens. The dossier&apos;s pages are numbered after it.</source>
        <translation>ERN ရှေ့ဆက် — အင်္ဂလိပ် စာလုံးကြီးနှင့် ဂဏန်းအုပ်စုများကို တုံးတို (-) ဖြင့် ဆက်ထားသည်။ dossier ၏ စာမျက်နှာများကို ၎င်းနောက်တွင် နံပါတ်တပ်သည်။</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Use letters, digits, dots, hyphens and slashes only, e.g. MMR-EA-2024-01.</source>
        <translation>စာလုံး၊ ဂဏန်း၊ အစက်၊ တုံးတိုနှင့် မျဉ်းစောင်း (/) များသာ သုံးပါ၊ ဥပမာ MMR-EA-2024-01။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use capital letters and digits in groups joined by hyphens, e.g. MMR-EA-0001.</source>
        <translation>အင်္ဂလိပ် စာလုံးကြီးနှင့် ဂဏန်းအုပ်စုများကို တုံးတိုဖြင့် ဆက်၍ သုံးပါ၊ ဥပမာ MMR-EA-0001။</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../evidence_app/ui/fields.py" line="+64"/>
        <source>not set</source>
        <translation>မသတ်မှတ်ရသေး</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../evidence_app/ui/editor_tables.py" line="+169"/>
        <source>People (by pseudonym)</source>
        <translation>လူများ (ကုဒ်အမည်ဖြင့်)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pseudonym</source>
        <translation>ကုဒ်အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>သဘောတူခွင့်ပြုချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real name (sensitive)</source>
        <translation>အမည်ရင်း (အန္တရာယ်ရှိ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact (sensitive)</source>
        <translation>ဆက်သွယ်ရန် (အန္တရာယ်ရှိ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>လူ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real names and contacts are stored encrypted and left out of redacted exports. Leave them empty when they are not needed.</source>
        <translation>အမည်ရင်းနှင့် ဆက်သွယ်ရန် အချက်အလက်များကို ကုဒ်ဝှက်၍ သိမ်းပြီး ဖုံးကွယ်ထားသော export များတွင် ချန်ထားသည်။ မလိုအပ်လျှင် အလွတ်ထားပါ။</translation>
    </message>
</context>
<context>
    <name>PlaceSection</name>
    <message>
        <location filename="../../evidence_app/ui/editor_sections.py" line="+96"/>
        <source>Where</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not given)</source>
        <translation>(မဖော်ပြထား)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State/region</source>
        <translation>ပြည်နယ်/တိုင်းဒေသကြီး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village tract</source>
        <translation>ကျေးရွာအုပ်စု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village or ward</source>
        <translation>ကျေးရွာ/ရပ်ကွက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the market ground east of the monastery</source>
        <translation>ဥပမာ ဘုန်းကြီးကျောင်း အရှေ့ဘက်ရှိ ဈေးကွက်မြေ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>latitude, e.g. 23.2641</source>
        <translation>latitude (လတ္တီတွဒ်)၊ ဥပမာ 23.2641</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longitude, e.g. 95.4738</source>
        <translation>longitude (လောင်ဂျီတွဒ်)၊ ဥပမာ 95.4738</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accuracy not given</source>
        <translation>တိကျမှု မဖော်ပြထား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within about {n} m</source>
        <translation>{n} မီတာခန့် အတွင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within about {n} km</source>
        <translation>{n} ကီလိုမီတာခန့် အတွင်း</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinates</source>
        <translation>ကိုဩဒိနိတ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. photo GPS matched to a satellite image</source>
        <translation>ဥပမာ ဓာတ်ပုံ GPS ကို ဂြိုဟ်တုဓာတ်ပုံနှင့် တိုက်ဆိုင်စစ်ဆေးထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the place is known</source>
        <translation>နေရာ သိရပုံ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Write the {what} as a decimal number, e.g. 23.2641.</source>
        <translation>{what} ကို ဒသမကိန်းဖြင့် ရေးပါ၊ ဥပမာ 23.2641။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>latitude (လတ္တီတွဒ်)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longitude</source>
        <translation>longitude (လောင်ဂျီတွဒ်)</translation>
    </message>
</context>
<context>
    <name>PreviewLabel</name>
    <message>
        <location filename="../../evidence_app/ui/item_detail.py" line="-206"/>
        <source>No preview</source>
        <translation>အစမ်းကြည့်ပုံ မရှိ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Graphic content: click to show</source>
        <translation>စိတ်ထိခိုက်စေနိုင်သော အကြောင်းအရာ — ပြရန် နှိပ်ပါ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../evidence_app/ui/i18n.py" line="+83"/>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>အားလုံး သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ဟုတ်ကဲ့ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>အားလုံးအတွက် ဟုတ်ကဲ့ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>မဟုတ်ပါ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>အားလုံးအတွက် မဟုတ်ပါ (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>ဖျက်သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>အသုံးပြုရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>မူလ ဆက်တင်များ ပြန်ထားရန်</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>လင့်ခ် ကူးယူရန် (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../evidence_app/ui/dossier_panels.py" line="+55"/>
        <source>Readiness (Berkeley Protocol, Leiden Guidelines)</source>
        <translation>အသင့်ဖြစ်မှု (Berkeley Protocol၊ Leiden Guidelines)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking what the records lack…</source>
        <translation>မှတ်တမ်းများတွင် လိုအပ်နေသည်များကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is lacking</source>
        <translation>လိုအပ်နေသည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>ပြင်းထန်မှု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>စံ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>High</source>
        <translation>မြင့်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>အလယ်အလတ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>နိမ့်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing lacking against the Berkeley Protocol and Leiden Guidelines checks.</source>
        <translation>Berkeley Protocol နှင့် Leiden Guidelines စစ်ဆေးချက်များအရ လိုအပ်နေသည် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} gap(s), {high} of high severity. They are listed in the dossier&apos;s Appendix C; you may still export.</source>
        <translation>လိုအပ်ချက် {n} ခု၊ ၎င်းတို့အနက် {high} ခုမှာ ပြင်းထန်မှု မြင့်သည်။ dossier ၏ နောက်ဆက်တွဲ C တွင် ဖော်ပြထားသည်။ သို့တိုင် ထုတ်ယူနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident: {title}</source>
        <translation>ဖြစ်ရပ် — {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibit {number}</source>
        <translation>သက်သေခံ {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The readiness check did not finish; you may still export.</source>
        <translation>အသင့်ဖြစ်မှု စစ်ဆေးချက် မပြီးဆုံးခဲ့ပါ။ သို့တိုင် ထုတ်ယူနိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location line="+9"/>
        <source>Dossier written</source>
        <translation>dossier ရေးပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show folder</source>
        <translation>ဖိုင်တွဲကို ပြရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Copy</source>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Copy the SHA-256 to compare it with sha256sum or to send it separately from the file</source>
        <translation>sha256sum နှင့် နှိုင်းယှဉ်ရန် သို့မဟုတ် ဖိုင်နှင့် သီးခြားပို့ရန် SHA-256 ကို ကူးယူပါ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File:</source>
        <translation>ဖိုင် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages:</source>
        <translation>စာမျက်နှာ —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:</source>
        <translation>လက်မှတ် —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>မူ —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibits:</source>
        <translation>သက်သေခံများ —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld:</source>
        <translation>ချန်ထားသည် —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{pages} (dossier {id})</source>
        <translation>{pages} (dossier {id})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed (PAdES) by {alias}; any PDF signature validator can check it.</source>
        <translation>{alias} က လက်မှတ်ထိုးထားသည် (PAdES)။ PDF လက်မှတ် စစ်ဆေးသည့် ဆော့ဖ်ဝဲ မည်သည့်ဟာဖြင့်မဆို စစ်ဆေးနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed: a draft for proofreading, not for filing.</source>
        <translation>လက်မှတ်မထိုးရသေး — စာစစ်ရန် မူကြမ်းသာ ဖြစ်ပြီး တင်သွင်းရန် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacted for disclosure: pseudonyms only, ERNs end in -R.</source>
        <translation>ထုတ်ပြန်ရန် ဖုံးကွယ်ထားသည် — ကုဒ်အမည်များသာ၊ ERN များသည် -R ဖြင့် ဆုံးသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full version: real names, ages and contacts of victims and witnesses.</source>
        <translation>မူအပြည့်အစုံ — ထိခိုက်နစ်နာသူများနှင့် သက်သေများ၏ အမည်ရင်း၊ အသက်နှင့် ဆက်သွယ်ရန် အချက်အလက်များ ပါဝင်သည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}: {first}…{last}, ERN {ern_first}…{ern_last}</source>
        <translation>{n} — {first}…{last}၊ ERN {ern_first}…{ern_last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{numbers} (confidential or under seal, left out of this version)</source>
        <translation>{numbers} (လျှို့ဝှက် သို့မဟုတ် တံဆိပ်ခတ်ပိတ်ထားသဖြင့် ဤမူတွင် ချန်ထားသည်)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>ကူးယူပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../evidence_app/ui/review_panel.py" line="+62"/>
        <source>Each step is signed with your key and records the SHA-256 of the incident as it is now, so a sign-off names exactly what was reviewed. Returning an incident needs a comment saying what to fix.</source>
        <translation>အဆင့်တိုင်းကို သင့်သော့ဖြင့် လက်မှတ်ထိုးပြီး ဖြစ်ရပ်၏ လက်ရှိ SHA-256 ကို မှတ်တမ်းတင်သည်။ ထို့ကြောင့် အတည်ပြုလက်မှတ်သည် မည်သည့်အရာကို သုံးသပ်ခဲ့သည်ကို အတိအကျ ဖော်ပြသည်။ ဖြစ်ရပ်ကို ပြန်ပို့ရန် ဘာပြင်ရမည်ကို မှတ်ချက်ရေးရမည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment (required to return)</source>
        <translation>မှတ်ချက် (ပြန်ပို့ရန် လိုအပ်သည်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit for review</source>
        <translation>သုံးသပ်ရန် တင်ပြရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark verified (sign off)</source>
        <translation>အတည်ပြုပြီးဟု မှတ်ရန် (လက်မှတ်ထိုး)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comment</source>
        <translation>မှတ်ချက်ဖြင့် ပြန်ပို့ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>မူကြမ်းသို့ ပြန်ရန်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review history (signed):</source>
        <translation>သုံးသပ်မှု မှတ်တမ်း (လက်မှတ်ထိုးထားသည်) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When (UTC)</source>
        <translation>အချိန် (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>မည်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record SHA-256</source>
        <translation>မှတ်တမ်း၏ SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: {status}</source>
        <translation>အခြေအနေ — {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last comment: {c}</source>
        <translation>နောက်ဆုံး မှတ်ချက် — {c}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Comment needed</source>
        <translation>မှတ်ချက် လိုအပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what needs fixing before returning the incident.</source>
        <translation>ဖြစ်ရပ်ကို ပြန်မပို့မီ ဘာပြင်ရမည်ကို ရေးပါ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review</source>
        <translation>သုံးသပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status changed to {s}; the step was signed.</source>
        <translation>အခြေအနေကို {s} သို့ ပြောင်းပြီး ထိုအဆင့်ကို လက်မှတ်ထိုးပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../evidence_app/ui/editor_tables.py" line="-102"/>
        <source>Remove selected</source>
        <translation>ရွေးထားသည်ကို ဖယ်ရှားရန်</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../evidence_app/ui/settings_dialog.py" line="+24"/>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>ဘာသာစကားအသစ်ကို app နောက်တစ်ကြိမ် ဖွင့်သည့်အခါမှ စသုံးမည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>ဘယ်တော့မှ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after no activity for</source>
        <translation>ဘာမျှ မလုပ်ဘဲ ဤမျှကြာလျှင် သော့ခတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur graphic images until I click them</source>
        <translation>စိတ်ထိခိုက်စေနိုင်သော ပုံများကို ကျွန်ုပ် မနှိပ်မချင်း ဝါးထားရန်</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../evidence_app/ui/shell.py" line="+49"/>
        <source>Signed in as {alias}</source>
        <translation>{alias} အဖြစ် ဝင်ထားသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify evidence</source>
        <translation>သက်သေအထောက်အထား စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and team</source>
        <translation>သော့များနှင့် အဖွဲ့</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exchange</source>
        <translation>ဖလှယ်ခြင်း</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases and dossiers</source>
        <translation>အမှုတွဲများနှင့် dossier များ</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Dossier of %n selected incident(s)</source>
        <translation>
            <numerusform>ရွေးထားသော ဖြစ်ရပ် %n ခု၏ dossier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have unsaved changes to this incident from {when}. Restore them?</source>
        <translation>ဤဖြစ်ရပ်တွင် {when} က မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။ ပြန်ယူမလား။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incident was changed since then; check the restored fields before saving.</source>
        <translation>ထိုအချိန်မှစ၍ ဖြစ်ရပ်ကို ပြောင်းလဲထားသည်။ မသိမ်းမီ ပြန်ယူထားသော အကွက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore unsaved changes?</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများကို ပြန်ယူမလား။</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../evidence_app/ui/start_view.py" line="+29"/>
        <source>Welcome to Evidence App</source>
        <translation>Evidence App မှ ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence App keeps your team&apos;s incident records and evidence files in a workspace: one folder, encrypted with a passphrase. Without the passphrase nobody can read it, including anyone who takes this computer.

Create a new workspace, or open one that you or your team already made.</source>
        <translation>Evidence App သည် သင့်အဖွဲ့၏ ဖြစ်ရပ်မှတ်တမ်းများနှင့် သက်သေအထောက်အထား ဖိုင်များကို workspace တစ်ခုတွင် သိမ်းသည်။ ၎င်းသည် စကားဝှက်ဝါကျဖြင့် ကုဒ်ဝှက်ထားသော ဖိုင်တွဲ တစ်ခု ဖြစ်သည်။ စကားဝှက်ဝါကျ မရှိဘဲ မည်သူမျှ ဖတ်၍ မရပါ၊ ဤကွန်ပျူတာကို ယူသွားသူလည်း မရပါ။

workspace အသစ် ဖန်တီးပါ၊ သို့မဟုတ် သင် သို့မဟုတ် သင့်အဖွဲ့ ပြုလုပ်ထားပြီးသော workspace ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a workspace…</source>
        <translation>workspace ဖန်တီးရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace…</source>
        <translation>workspace ဖွင့်ရန်…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the workspace folder</source>
        <translation>workspace ဖိုင်တွဲကို ရွေးပါ</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../evidence_app/ui/task_panel.py" line="+35"/>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>ရပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>TranslationsSection</name>
    <message>
        <location filename="../../evidence_app/ui/editor_tables.py" line="+124"/>
        <source>Translations</source>
        <translation>ဘာသာပြန်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>ဖြစ်စဉ်အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>ဘာသာပြန်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add translation</source>
        <translation>ဘာသာပြန် ထည့်ရန်</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../evidence_app/ui/unlock_view.py" line="+33"/>
        <source>Unlock your workspace</source>
        <translation>သင့် workspace ကို သော့ဖွင့်ပါ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်ဝါကျ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open another workspace…</source>
        <translation>အခြား workspace ဖွင့်ရန်…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new workspace…</source>
        <translation>workspace အသစ် ဖန်တီးရန်…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick exit at any time: Ctrl+Shift+Q locks and closes the app.</source>
        <translation>အချိန်မရွေး အမြန်ထွက်ရန် — Ctrl+Shift+Q က သော့ခတ်ပြီး app ကို ပိတ်သည်။</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workspace: {folder}</source>
        <translation>Workspace — {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>သော့ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your passphrase.</source>
        <translation>သင့် စကားဝှက်ဝါကျကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the workspace folder</source>
        <translation>workspace ဖိုင်တွဲကို ရွေးပါ</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <location filename="../../evidence_app/ui/verify_view.py" line="+56"/>
        <source>Verify evidence</source>
        <translation>သက်သေအထောက်အထား စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decrypts and re-hashes every stored file, compares it with the SHA-256 recorded when it was added, checks each signed attestation against the team&apos;s keys, and walks every chain of custody. Each check is itself recorded in the item&apos;s custody.</source>
        <translation>သိမ်းထားသော ဖိုင်တိုင်းကို ကုဒ်ဖြည်ပြီး hash ပြန်တွက်သည်၊ ထည့်သွင်းစဉ်က မှတ်တမ်းတင်ခဲ့သော SHA-256 နှင့် နှိုင်းယှဉ်သည်၊ လက်မှတ်ထိုးထားသော အတည်ပြုချက်တိုင်းကို အဖွဲ့၏ သော့များဖြင့် စစ်ဆေးသည်၊ ထိန်းသိမ်းမှုကွင်းဆက် တိုင်းကို အစအဆုံး စစ်သည်။ စစ်ဆေးမှုတိုင်းကိုလည်း ထိုအရာ၏ ထိန်းသိမ်းမှုမှတ်တမ်းတွင် မှတ်တမ်းတင်သည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verify all evidence</source>
        <translation>သက်သေအထောက်အထား အားလုံး စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All items</source>
        <translation>အရာအားလုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems only</source>
        <translation>ပြဿနာများသာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export report…</source>
        <translation>အစီရင်ခံစာ ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>ပြရန် —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet in this session.</source>
        <translation>ဤအကြိမ်တွင် မစစ်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exhibit</source>
        <translation>သက်သေခံအမှတ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File name</source>
        <translation>ဖိုင်အမည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Verifying…</source>
        <translation>စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verification did not finish.</source>
        <translation>စစ်ဆေးမှု မပြီးဆုံးခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All intact.</source>
        <translation>အားလုံး မူလအတိုင်း ရှိသည်။</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems found.</source>
        <translation>ပြဿနာများ တွေ့ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{result} {n} item(s) checked at {when}: {counts}.</source>
        <translation>{result} {when} တွင် အရာ {n} ခု စစ်ဆေးခဲ့သည် — {counts}။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody chains: {n} checked, {b} with problems.</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်များ — {n} ခု စစ်ဆေးပြီး {b} ခုတွင် ပြဿနာ ရှိသည်။</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export verification report</source>
        <translation>စစ်ဆေးမှု အစီရင်ခံစာ ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>စာသားဖိုင်များ (*.txt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report exported</source>
        <translation>အစီရင်ခံစာ ထုတ်ပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report lists file names and hashes in plain text; keep it as carefully as the evidence.</source>
        <translation>အစီရင်ခံစာတွင် ဖိုင်အမည်များနှင့် hash များကို ကုဒ်မဝှက်ဘဲ ဖော်ပြထားသည်။ သက်သေအထောက်အထားကဲ့သို့ ဂရုတစိုက် ထိန်းသိမ်းပါ။</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../../evidence_app/ui/bundle_summary.py" line="-131"/>
        <source>will be added</source>
        <translation>ထည့်သွင်းမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will be updated</source>
        <translation>အသစ်ပြင်ဆင်မည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already here</source>
        <translation>ရှိပြီးသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already here (yours is newer)</source>
        <translation>ရှိပြီးသား (သင့်မူက ပိုသစ်သည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours kept; the other history recorded</source>
        <translation>သင့်မူကို ထားသည်၊ အခြားမှတ်တမ်းသမိုင်းကို မှတ်တမ်းတင်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFLICT: both versions kept for a person to decide</source>
        <translation>ကွဲလွဲမှု — လူတစ်ဦးက ဆုံးဖြတ်ရန် မူနှစ်မျိုးလုံးကို ထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence items</source>
        <translation>သက်သေအထောက်အထားများ</translation>
    </message>
    <message>
        <location filename="../../evidence_app/ui/bundle_import_dialog.py" line="-222"/>
        <source>FAIL</source>
        <translation>မအောင်မြင်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>မှန်ကန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exporter&apos;s signature is not valid</source>
        <translation>ထုတ်ယူသူ၏ လက်မှတ် မမှန်ကန်ပါ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../evidence_app/ui/errors.py" line="-136"/>
        <source>Wrong passphrase</source>
        <translation>စကားဝှက်ဝါကျ မှားနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Caps Lock နှင့် keyboard ဘာသာစကားကို စစ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workspace in this folder</source>
        <translation>ဤဖိုင်တွဲတွင် workspace မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that holds your workspace, or create a new one.</source>
        <translation>သင့် workspace ပါသော ဖိုင်တွဲကို ရွေးပါ၊ သို့မဟုတ် အသစ် ဖန်တီးပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by a newer version</source>
        <translation>ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer version of Evidence App to open this workspace. Nothing was changed.</source>
        <translation>ဤ workspace ကို ဖွင့်ရန် Evidence App ဗားရှင်းအသစ်ကို ထည့်သွင်းပါ။ ဘာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace is damaged</source>
        <translation>workspace ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not add anything to this folder. Restore it from a backup copy and ask your team&apos;s technical contact for help.</source>
        <translation>ဤဖိုင်တွဲထဲသို့ ဘာမျှ မထည့်ပါနှင့်။ အရန်မိတ္တူမှ ပြန်ယူပြီး သင့်အဖွဲ့၏ နည်းပညာဆိုင်ရာ ဆက်သွယ်ရမည့်သူထံ အကူအညီ တောင်းပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace could not be opened</source>
        <translation>workspace ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the folder and the passphrase, then try again.</source>
        <translation>ဖိုင်တွဲနှင့် စကားဝှက်ဝါကျကို စစ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is already in use</source>
        <translation>ဤဖိုင်တွဲကို အသုံးပြုထားပြီး ဖြစ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an empty folder, or open the workspace that is there.</source>
        <translation>ဖိုင်တွဲအလွတ် ရွေးပါ၊ သို့မဟုတ် ထိုနေရာရှိ workspace ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some fields need attention</source>
        <translation>အကွက်အချို့ကို ပြင်ရန် လိုသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct what the message above says, then try again.</source>
        <translation>အထက်ပါ စာတွင် ဖော်ပြထားသည်ကို ပြင်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>That did not work</source>
        <translation>မအောင်မြင်ပါ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Check what you entered and try again.</source>
        <translation>သင်ထည့်ထားသည်များကို စစ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is locked</source>
        <translation>workspace ကို သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock it with your passphrase to continue.</source>
        <translation>ဆက်လုပ်ရန် သင့် စကားဝှက်ဝါကျဖြင့် သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>ရှာမတွေ့ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Refresh the list and try again.</source>
        <translation>ဖယ်ရှားထားခြင်း ဖြစ်နိုင်သည်။ စာရင်းကို ပြန်ဖွင့်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence does not match its record</source>
        <translation>သက်သေအထောက်အထားသည် ၎င်း၏ မှတ်တမ်းနှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not delete anything. Run Verify to see which items are affected, and restore the workspace from a backup.</source>
        <translation>ဘာမျှ မဖျက်ပါနှင့်။ မည်သည့်အရာများ ထိခိုက်သည်ကို သိရန် စစ်ဆေးမှုကို run ပြီး workspace ကို အရန်မိတ္တူမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key cannot be used</source>
        <translation>ဤသော့ကို သုံး၍ မရပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your teammate for the public key file exported by Evidence App.</source>
        <translation>Evidence App မှ ထုတ်ထားသော public key ဖိုင်ကို သင့်အဖွဲ့သားထံ တောင်းပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be added</source>
        <translation>ဖိုင်တစ်ခုကို ထည့်၍ မရပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file opens on this computer, then add it again. Nothing partial was kept.</source>
        <translation>ဖိုင်သည် ဤကွန်ပျူတာတွင် ပွင့်ကြောင်း စစ်ပြီး ထပ်ထည့်ပါ။ တစ်စိတ်တစ်ပိုင်းကိုမျှ မသိမ်းထားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle was refused</source>
        <translation>bundle ကို လက်မခံပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from it was imported. Ask the sender for a new copy.</source>
        <translation>၎င်းထဲမှ ဘာမျှ မထည့်သွင်းရပါ။ ပို့သူထံ မိတ္တူအသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the message above and try again.</source>
        <translation>အထက်ပါ စာကို ဖတ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computer refused to read or write a file</source>
        <translation>ကွန်ပျူတာက ဖိုင်တစ်ခုကို ဖတ်ရန် သို့မဟုတ် ရေးရန် ငြင်းပယ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the free disk space and that you may use the folder, then try again.</source>
        <translation>disk နေရာလွတ်နှင့် ဖိုင်တွဲကို သုံးခွင့်ရှိမရှိ စစ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The bundle failed verification</source>
        <translation>bundle သည် စစ်ဆေးမှုတွင် မအောင်မြင်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from it was imported. Do not rely on this file: ask the sender for a new copy, sent another way.</source>
        <translation>၎င်းထဲမှ ဘာမျှ မထည့်သွင်းရပါ။ ဤဖိုင်ကို အားမကိုးပါနှင့် — ပို့သူထံ အခြားနည်းဖြင့် ပို့ထားသော မိတ္တူအသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored, encrypted copy of an item no longer decrypts.</source>
        <translation>သိမ်းထားသော အရာတစ်ခု၏ ကုဒ်ဝှက်မိတ္တူကို ကုဒ်ဖြည်၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved work is safe. Copy the details below for your technical contact.</source>
        <translation>သင် သိမ်းထားသော အလုပ်များ လုံခြုံပါသည်။ နည်းပညာဆိုင်ရာ ဆက်သွယ်ရမည့်သူအတွက် အောက်ပါ အသေးစိတ်ကို ကူးယူပါ။</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../evidence_app/ui/labels.py" line="+31"/>
        <source>Draft</source>
        <translation>မူကြမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for review</source>
        <translation>သုံးသပ်ရန် အသင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>ပြန်ပို့ထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact time</source>
        <translation>အချိန်အတိအကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>ရက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>ရက်သတ္တပတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>လ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>ရက်အပိုင်းအခြား</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Located</source>
        <translation>တည်နေရာ သိသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate</source>
        <translation>ခန့်မှန်းခြေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be located</source>
        <translation>တည်နေရာ ဖော်ထုတ်၍ မရ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>အများပြည်သူသိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>လျှို့ဝှက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under seal</source>
        <translation>တံဆိပ်ခတ် ပိတ်ထား</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Killed</source>
        <translation>သေဆုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <translation>ဒဏ်ရာရ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>ဖမ်းဆီးထိန်းသိမ်းခံရ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disappeared</source>
        <translation>ပျောက်ဆုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaced</source>
        <translation>နေရပ်စွန့်ခွာရ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Victim</source>
        <translation>ထိခိုက်နစ်နာသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>သတင်းရင်းမြစ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>ကျူးလွန်သူဟု စွပ်စွဲခံရသူ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked</source>
        <translation>မမေးရသေး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>ပေးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>ငြင်းသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>မသက်ဆိုင်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken in the field</source>
        <translation>ကွင်းဆင်း၍ ကိုယ်တိုင် ရိုက်ကူး/ရယူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by a witness</source>
        <translation>သက်သေက ပေးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded from the web</source>
        <translation>web မှ ဒေါင်းလုဒ်ဆွဲထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from another tool</source>
        <translation>အခြား tool မှ ထည့်သွင်းထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intact</source>
        <translation>မူလအတိုင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>ပျောက်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad signature</source>
        <translation>လက်မှတ် မမှန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown signer</source>
        <translation>လက်မှတ်ထိုးသူ မသိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody chain broken</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက် ပြတ်နေသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created</source>
        <translation>ဖန်တီးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>ထည့်သွင်းသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>ကြည့်ရှုသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened</source>
        <translation>ဖွင့်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>ပြင်ဆင်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>ထုတ်ယူသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>လွှဲပြောင်းသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>လက်ခံသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>စစ်ဆေးအတည်ပြုသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>သုံးသပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derivative made</source>
        <translation>ဆင့်ပွားမိတ္တူ ပြုလုပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>ဖျက်သည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your key</source>
        <translation>သင့်သော့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>ယုံကြည်ရသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet trusted</source>
        <translation>မယုံကြည်ရသေး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>ရုပ်သိမ်းထားသည်</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>date unknown</source>
        <translation>ရက်စွဲ မသိ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week of {date}</source>
        <translation>{date} အပတ်</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../evidence_app/ui/problems.py" line="+45"/>
        <source>This cannot be empty.</source>
        <translation>ဤအကွက်ကို အလွတ် မထားရပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one act: what happened, with its violation type.</source>
        <translation>ပြုလုပ်မှု အနည်းဆုံး တစ်ခု ထည့်ပါ — ဘာဖြစ်ခဲ့သည်ကို ချိုးဖောက်မှု အမျိုးအစားနှင့်တကွ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one entry.</source>
        <translation>အနည်းဆုံး တစ်ခု ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use only letters, digits, dots and hyphens, e.g. W-0007.</source>
        <translation>စာလုံး၊ ဂဏန်း၊ အစက် (.) နှင့် တုံးတို (-) များသာ သုံးပါ၊ ဥပမာ W-0007။</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Write the time as HH:MM, e.g. 07:30.</source>
        <translation>အချိန်ကို HH:MM ပုံစံဖြင့် ရေးပါ၊ ဥပမာ 07:30။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not written in the expected form.</source>
        <translation>မျှော်လင့်ထားသော ပုံစံဖြင့် ရေးမထားပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten this to at most {n} characters.</source>
        <translation>စာလုံး {n} လုံးအထိသာ ဖြစ်အောင် တိုပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The largest allowed value is {n}.</source>
        <translation>ခွင့်ပြုထားသော အကြီးဆုံး တန်ဖိုးမှာ {n} ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smallest allowed value is {n}.</source>
        <translation>ခွင့်ပြုထားသော အငယ်ဆုံး တန်ဖိုးမှာ {n} ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a number here.</source>
        <translation>ဤနေရာတွင် ဂဏန်း ရေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry {n}</source>
        <translation>အမှတ် {n}</translation>
    </message>
</context>
</TS>
