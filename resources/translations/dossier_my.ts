<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>custody</name>
    <message>
        <location filename="../../evidence_app/dossier/custody_text.py" line="+24"/>
        <source>create</source>
        <translation>ဖန်တီးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingest</source>
        <translation>ထည့်သွင်းသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>view</source>
        <translation>ကြည့်ရှုသည်</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>open</source>
        <translation>ဖွင့်သည်</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>edit</source>
        <translation>ပြင်ဆင်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>ထုတ်ယူသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transfer</source>
        <translation>လွှဲပြောင်းသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive</source>
        <translation>လက်ခံသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify</source>
        <translation>စစ်ဆေးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>သုံးသပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derive</source>
        <translation>ဆင့်ပွားမိတ္တူ ပြုလုပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>ဖျက်သည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident_id</source>
        <extracomment>the incident the file was added to</extracomment>
        <translation>ဖြစ်ရပ် id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sha256</source>
        <extracomment>the file&apos;s SHA-256</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <extracomment>the file&apos;s size in bytes</extracomment>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attestation_sha256</source>
        <extracomment>the SHA-256 of the signed ingest attestation</extracomment>
        <translation>attestation ၏ SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquisition</source>
        <extracomment>how the file was acquired</extracomment>
        <translation>ရယူပုံ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduplicated</source>
        <extracomment>whether the same bytes were already in the workspace</extracomment>
        <translation>ရှိပြီးသား ဖိုင်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child_id</source>
        <extracomment>the id of the derivative (transcript, translation...) made from this item</extracomment>
        <translation>ဆင့်ပွားမိတ္တူ id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child_sha256</source>
        <extracomment>the SHA-256 of that derivative</extracomment>
        <translation>ဆင့်ပွားမိတ္တူ၏ SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <extracomment>what kind of export or of derivative</extracomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>purpose</source>
        <extracomment>why the file was opened</extracomment>
        <translation>ရည်ရွယ်ချက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dossier_id</source>
        <extracomment>the dossier&apos;s id (DOS-...)</extracomment>
        <translation>စာတွဲ id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dossier_sha256</source>
        <extracomment>the SHA-256 of the dossier PDF</extracomment>
        <translation>စာတွဲ၏ SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exhibit_number</source>
        <extracomment>the exhibit number in that dossier</extracomment>
        <translation>သက်သေခံ အမှတ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ern_first</source>
        <extracomment>the ERN of the first page of the exhibit sheet</extracomment>
        <translation>ပထမ ERN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ern_last</source>
        <extracomment>the ERN of the last page of the exhibit sheet</extracomment>
        <translation>နောက်ဆုံး ERN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted</source>
        <extracomment>whether the dossier was the redacted version</extracomment>
        <translation>ဖုံးကွယ်ထားသော မူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed</source>
        <extracomment>whether the PDF was signed</extracomment>
        <translation>လက်မှတ်ထိုးထားခြင်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status_at_export</source>
        <extracomment>the verification result when the dossier was exported</extracomment>
        <translation>ထုတ်ယူစဉ် အခြေအနေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <extracomment>the verification result</extracomment>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files</source>
        <extracomment>the files written</extracomment>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle_id</source>
        <extracomment>the bundle&apos;s id</extracomment>
        <translation>bundle id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <extracomment>the key fingerprint of the person the bundle was encrypted to</extracomment>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <extracomment>whether the bundle was encrypted</extracomment>
        <translation>ကုဒ်ဝှက်ထားခြင်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <extracomment>the key fingerprint of whoever sent the bundle</extracomment>
        <translation>ပေးပို့သူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from_alias</source>
        <extracomment>the alias of whoever sent the bundle</extracomment>
        <translation>ပေးပို့သူ၏ အမည်ဝှက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle_created_at</source>
        <extracomment>when the bundle was made</extracomment>
        <translation>bundle ပြုလုပ်ချိန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagmanifest_sha256</source>
        <extracomment>the SHA-256 of the bundle&apos;s BagIt tag manifest</extracomment>
        <translation>tagmanifest ၏ SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote_head</source>
        <extracomment>the hash of the last event of the sender&apos;s chain</extracomment>
        <translation>ပေးပို့သူ၏ ကွင်းဆက် နောက်ဆုံး hash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dossier</source>
        <extracomment>an export as a dossier PDF</extracomment>
        <translation>စာတွဲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle</source>
        <extracomment>an export in an exchange bundle</extracomment>
        <translation>bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item-export</source>
        <extracomment>an export of the item with its attestation and custody (evidence-app item export)</extracomment>
        <translation>သက်သေခံ ထုတ်ယူမှု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted copy</source>
        <extracomment>derivative kinds</extracomment>
        <translation>ဖုံးကွယ်ထားသော မိတ္တူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript</source>
        <translation>စာသားမှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation</source>
        <translation>ဘာသာပြန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excerpt</source>
        <translation>ကောက်နုတ်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion</source>
        <translation>ဖော်မတ်ပြောင်းထားသော မိတ္တူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preview</source>
        <extracomment>shown as a preview picture in the app</extracomment>
        <translation>အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <extracomment>no value (JSON null)</extracomment>
        <translation>မရှိ</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../evidence_app/dossier/describe.py" line="+22"/>
        <source>exact time</source>
        <translation>အချိန်အတိအကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the day</source>
        <translation>ရက်အထိ တိကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the week</source>
        <translation>ရက်သတ္တပတ်အထိ တိကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the month</source>
        <translation>လအထိ တိကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a range of dates</source>
        <translation>ရက်အပိုင်းအခြား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date unknown</source>
        <translation>ရက်စွဲ မသိ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>located</source>
        <translation>တည်နေရာ သိသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate location</source>
        <translation>ခန့်မှန်းခြေ တည်နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be located</source>
        <translation>တည်နေရာ ဖော်ထုတ်၍ မရ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>victim</source>
        <translation>ထိခိုက်နစ်နာသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>သတင်းရင်းမြစ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alleged perpetrator</source>
        <translation>ကျူးလွန်သူဟု စွပ်စွဲခံရသူ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consent given</source>
        <translation>သဘောတူခွင့်ပြုချက် ပေးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent refused</source>
        <translation>သဘောတူခွင့်ပြုချက် ငြင်းသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>မမေးရသေး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>မသက်ဆိုင်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taken in the field</source>
        <translation>ကွင်းဆင်း၍ ကိုယ်တိုင် ရိုက်ကူး/ရယူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given by a witness</source>
        <translation>သက်သေက ပေးသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloaded from the web</source>
        <translation>web မှ ဒေါင်းလုဒ်ဆွဲထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from another tool</source>
        <translation>အခြား tool မှ ထည့်သွင်းထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft (not reviewed)</source>
        <translation>မူကြမ်း (မသုံးသပ်ရသေး)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting review</source>
        <translation>သုံးသပ်ရန် စောင့်ဆိုင်းဆဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to the documenter</source>
        <translation>မှတ်တမ်းတင်သူထံ ပြန်ပို့ထားသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>killed</source>
        <translation>သေဆုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injured</source>
        <translation>ဒဏ်ရာရ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detained</source>
        <translation>ဖမ်းဆီးထိန်းသိမ်းခံရ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappeared</source>
        <translation>ပျောက်ဆုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>displaced</source>
        <translation>နေရပ်စွန့်ခွာရ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUBLIC</source>
        <translation>အများပြည်သူသိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIDENTIAL</source>
        <translation>လျှို့ဝှက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNDER SEAL</source>
        <translation>တံဆိပ်ခတ် ပိတ်ထား</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked confidential</source>
        <translation>လျှို့ဝှက်ဟု သတ်မှတ်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked under seal</source>
        <translation>တံဆိပ်ခတ် ပိတ်ထားဟု သတ်မှတ်ထားသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picture</source>
        <translation>ဓာတ်ပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>ဗီဒီယို</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>အသံဖိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>intact: hash and signature verified</source>
        <translation>မူလအတိုင်း: hash နှင့် လက်မှတ် စစ်ဆေးအတည်ပြုပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODIFIED: stored bytes do not match the recorded hash</source>
        <translation>ပြောင်းလဲထားသည်: သိမ်းထားသော ဒေတာသည် မှတ်တမ်းတင်ထားသော hash နှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MISSING: the stored bytes could not be found</source>
        <translation>ပျောက်နေသည်: သိမ်းထားသော ဒေတာကို ရှာမတွေ့ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIGNATURE INVALID</source>
        <translation>လက်မှတ် မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signer&apos;s key not in the keyring</source>
        <translation>လက်မှတ်ထိုးသူ၏ သော့ကို သော့စာရင်းတွင် မတွေ့ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custody chain broken</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက် ပြတ်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>မစစ်ဆေးရသေး</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Date unknown</source>
        <translation>ရက်စွဲ မသိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> to </source>
        <translation> မှ </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>week of {day}</source>
        <translation>{day} ပါသော ရက်သတ္တပတ်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, {time} local time</source>
        <translation>၊ ဒေသစံတော်ချိန် {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} village tract</source>
        <translation>{name} ကျေးရွာအုပ်စု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} Township</source>
        <translation>{name} မြို့နယ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} District</source>
        <translation>{name} ခရိုင်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place not recorded</source>
        <translation>နေရာ မှတ်တမ်းမတင်ရသေး</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no coordinates</source>
        <translation>ကိုဩဒိနိတ် မရှိ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (within about {n} m)</source>
        <translation> ({n} မီတာခန့် အတွင်း)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not recorded</source>
        <translation>မှတ်တမ်းမတင်ရသေး</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (local offset {tz})</source>
        <translation> (ဒေသစံတော်ချိန် ခြားနားချက် {tz})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Art. {article}</source>
        <translation>ပုဒ်မ {article}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ACLED class {number}</source>
        <translation>ACLED ပါဝင်သူ အမျိုးအစား {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACLED class {number}: {name}</source>
        <translation>ACLED ပါဝင်သူ အမျိုးအစား {number}: {name}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> – REDACTED VERSION</source>
        <translation> – ဖုံးကွယ်ထားသော မူ</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/appendix.py" line="+21"/>
        <source>HIGH</source>
        <translation>မြင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>အလယ်အလတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>နိမ့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exhibit</source>
        <translation>သက်သေခံ</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <location line="+26"/>
        <location filename="../../evidence_app/dossier/builder.py" line="+57"/>
        <source>Appendix A: custody logs</source>
        <translation>နောက်ဆက်တွဲ A — ထိန်းသိမ်းမှု မှတ်တမ်းများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix A: full custody log of every exhibit</source>
        <translation>နောက်ဆက်တွဲ A — သက်သေခံ တစ်ခုချင်းစီ၏ ထိန်းသိမ်းမှု မှတ်တမ်း အပြည့်အစုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each event is signed by its actor&apos;s Ed25519 key. Its hash is the SHA-256 of the event&apos;s canonical JSON (RFC 8785), which also names the hash of the event before it, so removing or changing an event breaks the chain. The signed events are attached to this PDF (EXH-nnnn.custody.jsonl) and can be checked with openssl (see &apos;How to verify this dossier&apos;).</source>
        <translation>မှတ်တမ်းဝင်ဖြစ်ရပ်တိုင်းကို ဆောင်ရွက်သူ၏ Ed25519 သော့ဖြင့် လက်မှတ်ထိုးထားသည်။ ၎င်း၏ hash သည် ဖြစ်ရပ်၏ canonical JSON (RFC 8785) ၏ SHA-256 ဖြစ်ပြီး ယခင်ဖြစ်ရပ်၏ hash ကိုလည်း ဖော်ပြထားသည်။ ထို့ကြောင့် ဖြစ်ရပ်တစ်ခုကို ဖယ်ရှားခြင်း သို့မဟုတ် ပြောင်းလဲခြင်းသည် ကွင်းဆက်ကို ပြတ်စေသည်။ လက်မှတ်ထိုးထားသော ဖြစ်ရပ်များကို ဤ PDF တွင် ပူးတွဲထားပြီး (EXH-nnnn.custody.jsonl) openssl ဖြင့် စစ်ဆေးနိုင်သည် (&apos;ဤစာတွဲကို စစ်ဆေးနည်း&apos; ကို ကြည့်ပါ)။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No custody event recorded.</source>
        <translation>ထိန်းသိမ်းမှု မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; first event of the chain (previous hash: 64 zeros)</source>
        <translation>၊ ကွင်းဆက်၏ ပထမဆုံး ဖြစ်ရပ် (ယခင် hash — သုည ၆၄ လုံး)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; first event, previous {hash}</source>
        <translation>၊ ပထမဆုံး ဖြစ်ရပ်၊ ယခင် hash {hash}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{details} · event hash {hash}{first}</source>
        <translation>{details} · ဖြစ်ရပ် hash {hash}{first}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../evidence_app/dossier/exhibits.py" line="+337"/>
        <source>Time (UTC)</source>
        <translation>အချိန် (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../evidence_app/dossier/exhibits.py" line="+0"/>
        <source>By</source>
        <translation>ဆောင်ရွက်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../evidence_app/dossier/exhibits.py" line="+1"/>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details and event hash</source>
        <translation>အသေးစိတ်နှင့် ဖြစ်ရပ် hash</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location filename="../../evidence_app/dossier/builder.py" line="+1"/>
        <source>Appendix B: signers&apos; public keys</source>
        <translation>နောက်ဆက်တွဲ B — လက်မှတ်ထိုးသူများ၏ public key များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fingerprint is the SHA-256 of the raw 32-byte Ed25519 public key. Compare it with the one the signer gave you in person or by phone before trusting a key. Each key is also attached to this PDF as signer-&lt;first 16 digits&gt;.pem.</source>
        <translation>fingerprint ဆိုသည်မှာ 32-byte Ed25519 public key ၏ SHA-256 ဖြစ်သည်။ သော့တစ်ခုကို မယုံကြည်မီ လက်မှတ်ထိုးသူက သင့်ထံ တိုက်ရိုက် သို့မဟုတ် ဖုန်းဖြင့် ပေးထားသော fingerprint နှင့် နှိုင်းယှဉ်ပါ။ သော့တိုင်းကို ဤ PDF တွင် signer-&lt;ပထမ ဂဏန်း 16 လုံး&gt;.pem အဖြစ်လည်း ပူးတွဲထားသည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alias</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust in the exporting workspace</source>
        <translation>ထုတ်ယူသော workspace ရှိ ယုံကြည်မှု</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key (PEM)</source>
        <translation>Public key (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key that signed this PDF</source>
        <translation>ဤ PDF ကို လက်မှတ်ထိုးသော သော့</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier was exported without a PDF signature.</source>
        <translation>ဤစာတွဲကို PDF လက်မှတ် မပါဘဲ ထုတ်ယူထားသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF signatures need ECDSA P-256 (many validators refuse Ed25519), so the signer&apos;s P-256 key is derived from their Ed25519 key (HKDF-SHA-256, info &quot;evidence-app pdf-signing p256 v1&quot;) and certified by itself. The statement below, signed with the Ed25519 key above, binds the two: whoever trusts the Ed25519 fingerprint can trust the PDF signature. It is attached as pdf-signing-key-binding.txt with its raw signature pdf-signing-key-binding.txt.sig.</source>
        <translation>PDF လက်မှတ်များအတွက် ECDSA P-256 လိုအပ်သည် (စစ်ဆေးသည့် ဆော့ဖ်ဝဲ အများအပြားက Ed25519 ကို လက်မခံပါ)။ ထို့ကြောင့် လက်မှတ်ထိုးသူ၏ P-256 သော့ကို ၎င်း၏ Ed25519 သော့မှ ထုတ်ယူထားပြီး (HKDF-SHA-256၊ info &quot;evidence-app pdf-signing p256 v1&quot;) ကိုယ်တိုင် အသိအမှတ်ပြု (self-certified) ထားသည်။ အထက်ပါ Ed25519 သော့ဖြင့် လက်မှတ်ထိုးထားသော အောက်ပါ ကြေညာချက်က နှစ်ခုကို ချိတ်ဆက်ပေးသည်။ Ed25519 fingerprint ကို ယုံကြည်သူသည် PDF လက်မှတ်ကိုလည်း ယုံကြည်နိုင်သည်။ ၎င်းကို pdf-signing-key-binding.txt အဖြစ် ၎င်း၏ လက်မှတ် pdf-signing-key-binding.txt.sig နှင့်အတူ ပူးတွဲထားသည်။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signer</source>
        <translation>လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed25519 fingerprint</source>
        <translation>Ed25519 fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P-256 public key (PEM)</source>
        <translation>P-256 public key (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the P-256 key (SubjectPublicKeyInfo)</source>
        <translation>P-256 သော့၏ SHA-256 (SubjectPublicKeyInfo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the certificate (DER)</source>
        <translation>certificate ၏ SHA-256 (DER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binding statement</source>
        <translation>ချိတ်ဆက် ကြေညာချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed25519 signature of the statement (hex)</source>
        <translation>ကြေညာချက်၏ Ed25519 လက်မှတ် (hex)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../evidence_app/dossier/builder.py" line="+2"/>
        <source>Appendix C: readiness gaps</source>
        <translation>နောက်ဆက်တွဲ C — လိုအပ်ချက်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix C: what the record lacks (readiness check)</source>
        <translation>နောက်ဆက်တွဲ C — မှတ်တမ်းတွင် လိုအပ်နေသည်များ (အသင့်ဖြစ်မှု စစ်ဆေးချက်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at export against the per-item record of the Berkeley Protocol on Digital Open Source Investigations and the Leiden Guidelines on the Use of Digitally Derived Evidence. The dossier was exported with these gaps; they are listed so that the reader can weigh each exhibit.</source>
        <translation>ထုတ်ယူစဉ် Berkeley Protocol (ဒစ်ဂျစ်တယ် ပွင့်လင်းရင်းမြစ် စုံစမ်းစစ်ဆေးမှု) နှင့် Leiden Guidelines (ဒစ်ဂျစ်တယ်မှ ရရှိသော သက်သေအထောက်အထား အသုံးပြုမှု) ၏ အရာတစ်ခုချင်း မှတ်တမ်း လိုအပ်ချက်များနှင့် တိုက်စစ်ထားသည်။ ဤစာတွဲကို ဤလိုအပ်ချက်များ ရှိနေစဉ် ထုတ်ယူခဲ့သည်။ ဖတ်ရှုသူက သက်သေခံ တစ်ခုချင်းစီကို ချိန်ဆနိုင်ရန် ဖော်ပြထားသည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No gap was found.</source>
        <translation>လိုအပ်ချက် မတွေ့ပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{counts} severity gap(s).</source>
        <translation>ပြင်းထန်မှုအဆင့်အလိုက် လိုအပ်ချက်များ — {counts}။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>ပြင်းထန်မှု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing</source>
        <translation>လိုအပ်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>စံ</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/builder.py" line="-13"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+190"/>
        <location line="+1"/>
        <source>Summary</source>
        <translation>အနှစ်ချုပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+80"/>
        <location line="+2"/>
        <source>Index of exhibits</source>
        <translation>သက်သေခံများ အညွှန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Incidents and their exhibits</source>
        <translation>ဖြစ်ရပ်များနှင့် ၎င်းတို့၏ သက်သေခံများ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>undated</source>
        <translation>ရက်စွဲမဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}. {title} ({when}; {count} exhibit(s))</source>
        <translation>{number}. {title} ({when}၊ သက်သေခံ {count} ခု)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to verify this dossier</source>
        <translation>ဤစာတွဲကို စစ်ဆေးနည်း</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../evidence_app/dossier/sections.py" line="-177"/>
        <source>Case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>စာတွဲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence dossier {id} – {case}</source>
        <translation>သက်သေအထောက်အထား စာတွဲ {id} – {case}</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/exhibits.py" line="-285"/>
        <source>The picture could not be rendered; the hash below is that of the original file.</source>
        <translation>ပုံကို ပြသ၍ မရပါ။ အောက်ပါ hash သည် မူရင်းဖိုင်၏ hash ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Exhibit {number}</source>
        <translation>သက်သေခံ {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supports incident: {title}</source>
        <translation>ထောက်ခံသော ဖြစ်ရပ် — {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No description was recorded.</source>
        <translation>ဖော်ပြချက် မှတ်တမ်းမတင်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Graphic content: this picture shows injury or death.</source>
        <translation>စိတ်ထိခိုက်စေနိုင်သော အကြောင်းအရာ — ဤပုံတွင် ဒဏ်ရာ သို့မဟုတ် သေဆုံးမှုကို ပြသည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acquisition</source>
        <translation>ရယူပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature and integrity at export</source>
        <translation>ထုတ်ယူစဉ် လက်မှတ်နှင့် မူလအတိုင်းရှိမှု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derivatives</source>
        <translation>ဆင့်ပွားမိတ္တူများ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SHA-256 of the original file</source>
        <translation>မူရင်းဖိုင်၏ SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check: sha256sum on the original file must print exactly this value. The QR code holds the same 64 hex digits. Size {size}.</source>
        <translation>စစ်ဆေးရန် — မူရင်းဖိုင်ပေါ်တွင် sha256sum ကို run လျှင် ဤတန်ဖိုးအတိုင်း အတိအကျ ပြရမည်။ QR ကုဒ်တွင် hex ဂဏန်း ၆၄ လုံး အတူတူပင် ပါသည်။ အရွယ်အစား {size}။</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exhibit number</source>
        <translation>သက်သေခံ အမှတ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} (workspace item {item}, id {id})</source>
        <translation>{number} (workspace အရာ {item}၊ id {id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original file name</source>
        <translation>မူရင်း ဖိုင်အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>မီဒီယာ အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../evidence_app/dossier/incidents.py" line="+75"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+6"/>
        <source>Confidentiality</source>
        <translation>လျှို့ဝှက်မှုအဆင့်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent of people shown</source>
        <translation>ပုံတွင်ပါသူများ၏ သဘောတူခွင့်ပြုချက်</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../evidence_app/dossier/sections.py" line="-12"/>
        <location line="+141"/>
        <source>not recorded</source>
        <translation>မှတ်တမ်းမတင်ရသေး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>ရယူပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By whom</source>
        <translation>ရယူသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source URL</source>
        <translation>မူရင်း URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>ကိရိယာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the app</source>
        <translation>app တွင် မှတ်တမ်းတင်ခြင်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{when} by {alias}, Evidence App {version}</source>
        <translation>{when}၊ {alias} က၊ Evidence App {version}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed at ingest by</source>
        <translation>ထည့်သွင်းစဉ် လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{alias}, Ed25519 key fingerprint {fingerprint}</source>
        <translation>{alias}၊ Ed25519 သော့ fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status at export</source>
        <translation>ထုတ်ယူစဉ် အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (checked {at})</source>
        <translation> ({at} တွင် စစ်ဆေးခဲ့သည်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Signed attestation</source>
        <translation>လက်မှတ်ထိုးထားသော attestation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>attached to this PDF as {number}.attestation.json with its raw signature {number}.attestation.json.sig; signature (hex) {hex}</source>
        <translation>ဤ PDF တွင် {number}.attestation.json အဖြစ် ၎င်း၏ လက်မှတ် {number}.attestation.json.sig နှင့်အတူ ပူးတွဲထားသည်။ လက်မှတ် (hex) {hex}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withheld from this redacted version because it names a protected person; the original dossier carries it</source>
        <translation>ကာကွယ်ထားသော ပုဂ္ဂိုလ်တစ်ဦး၏ အမည် ပါဝင်သဖြင့် ဤဖုံးကွယ်ထားသော မူတွင် ချန်ထားသည်။ မူရင်းစာတွဲတွင် ပါသည်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item {id}, not part of this dossier</source>
        <translation>အရာ {id}၊ ဤစာတွဲတွင် မပါဝင်ပါ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a {kind} of</source>
        <translation>ဤအရာသည် အောက်ပါ၏ {kind} ဖြစ်သည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>derivative</source>
        <translation>ဆင့်ပွားမိတ္တူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derivative</source>
        <translation>ဆင့်ပွားမိတ္တူ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: this is an original, and no derivative of it is recorded.</source>
        <translation>မရှိပါ — ဤအရာသည် မူရင်း ဖြစ်ပြီး ၎င်း၏ ဆင့်ပွားမိတ္တူ မှတ်တမ်းမရှိပါ။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Metadata claimed by the file</source>
        <translation>ဖိုင်က ဖော်ပြထားသော metadata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file carries no metadata we could read.</source>
        <translation>ဖိုင်တွင် ဖတ်နိုင်သော metadata မပါပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As found in the file at ingest: a claim by the device or by whoever edited the file, not verified, and easily forged.</source>
        <translation>ထည့်သွင်းစဉ် ဖိုင်ထဲတွင် တွေ့ရှိသည့်အတိုင်း — ကိရိယာ သို့မဟုတ် ဖိုင်ကို ပြင်ဆင်သူ၏ အဆိုသာ ဖြစ်ပြီး စစ်ဆေးအတည်ပြုထားခြင်း မရှိ၊ အလွယ်တကူ အတုလုပ်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Value</source>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw EXIF tags ({n}): {tags}</source>
        <translation>မူရင်း EXIF tag များ ({n}) — {tags}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custody history</source>
        <translation>ထိန်းသိမ်းမှု မှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO CUSTODY EVENT IS RECORDED FOR THIS ITEM.</source>
        <translation>ဤအရာအတွက် ထိန်းသိမ်းမှု မှတ်တမ်း တစ်ခုမျှ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} further event(s) record access (viewing, opening, exports, verification). </source>
        <translation>နောက်ထပ် ဖြစ်ရပ် {n} ခုသည် ဝင်ရောက်ကြည့်ရှုမှုကို မှတ်တမ်းတင်သည် (ကြည့်ရှုခြင်း၊ ဖွင့်ခြင်း၊ ထုတ်ယူခြင်း၊ စစ်ဆေးခြင်း)။ </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full chain, with every event&apos;s hash, is in Appendix A; the signed events are attached as {number}.custody.jsonl.</source>
        <translation>ဖြစ်ရပ်တိုင်း၏ hash ပါသော ကွင်းဆက် အပြည့်အစုံသည် နောက်ဆက်တွဲ A တွင် ရှိသည်။ လက်မှတ်ထိုးထားသော ဖြစ်ရပ်များကို {number}.custody.jsonl အဖြစ် ပူးတွဲထားသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: this exhibit did not verify at export time; see above.</source>
        <translation>သတိပေးချက် — ဤသက်သေခံကို ထုတ်ယူစဉ် စစ်ဆေးအတည်ပြု၍ မရခဲ့ပါ။ အထက်တွင် ကြည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/incidents.py" line="-44"/>
        <source>Incident {number} of {total}</source>
        <translation>ဖြစ်ရပ် {total} ခုအနက် {number}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the date is known</source>
        <translation>ရက်စွဲကို သိရပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place description</source>
        <translation>နေရာ ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the place is known</source>
        <translation>နေရာကို သိရပုံ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; signed off by {alias} ({key}…) at {at}, custody event {event}…</source>
        <translation>၊ {alias} ({key}…) က {at} တွင် အတည်ပြုလက်မှတ်ထိုးသည်၊ ထိန်းသိမ်းမှု ဖြစ်ရပ် {event}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review</source>
        <translation>သုံးသပ်မှု</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incident {id}, revision {revision}</source>
        <translation>ဖြစ်ရပ် {id}၊ ပြင်ဆင်မှု {revision}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Narrative (original, {language})</source>
        <translation>ဖြစ်စဉ်အကြောင်းအရာ (မူရင်း၊ {language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Narrative</source>
        <translation>ဖြစ်စဉ်အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No narrative was recorded.</source>
        <translation>ဖြစ်စဉ်အကြောင်းအရာ မှတ်တမ်းမတင်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, translated by {name}</source>
        <translation>၊ ဘာသာပြန်သူ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation ({language}{by})</source>
        <translation>ဘာသာပြန် ({language}{by})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Act {n}: {code} – {name}</source>
        <translation>ပြုလုပ်မှု {n} — {code} {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Candidate characterizations under the Rome Statute (a legal hypothesis of the documenting team, not a finding)</source>
        <translation>ရောမ ပဋိညာဉ်စာတမ်းအရ ဖြစ်နိုင်ချေရှိသော ဥပဒေဆိုင်ရာ သတ်မှတ်ချက်များ (မှတ်တမ်းတင်သည့်အဖွဲ့၏ ဥပဒေဆိုင်ရာ ယူဆချက်သာ ဖြစ်ပြီး ဆုံးဖြတ်ချက် မဟုတ်ပါ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article</source>
        <translation>ပုဒ်မ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No candidate characterization recorded.</source>
        <translation>ဖြစ်နိုင်ချေရှိသော ဥပဒေဆိုင်ရာ သတ်မှတ်ချက် မှတ်တမ်းမရှိပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alleged perpetrators</source>
        <translation>ကျူးလွန်သူဟု စွပ်စွဲခံရသူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor class</source>
        <translation>ပါဝင်သူ အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Notes</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Alleged perpetrators: not identified.</source>
        <translation>ကျူးလွန်သူဟု စွပ်စွဲခံရသူများ — ဖော်ထုတ်နိုင်ခြင်း မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Victims by outcome</source>
        <translation>ထိခိုက်ပုံအလိုက် ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>ထိခိုက်ပုံ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>ဦးရေ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People involved</source>
        <translation>ပါဝင်ပတ်သက်သူများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identities are withheld in this redacted version; people are named by pseudonym only.</source>
        <translation>ဤဖုံးကွယ်ထားသော မူတွင် ကိုယ်ရေးအချက်အလက်များကို ချန်ထားသည်။ လူများကို ကုဒ်အမည်ဖြင့်သာ ဖော်ပြသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Pseudonym</source>
        <translation>ကုဒ်အမည်</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Sex</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Consent</source>
        <translation>သဘောတူခွင့်ပြုချက်</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PROTECTED IDENTITIES: this unredacted dossier links pseudonyms to real identities. Disclose only the redacted version.</source>
        <translation>ကာကွယ်ထားသော ကိုယ်ရေးအချက်အလက်များ — ဤမဖုံးကွယ်ထားသော စာတွဲတွင် ကုဒ်အမည်များကို အမည်ရင်းများနှင့် ချိတ်ဆက်ထားသည်။ ဖုံးကွယ်ထားသော မူကိုသာ ထုတ်ပြန်ပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../evidence_app/dossier/sections.py" line="-127"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exhibits supporting this incident</source>
        <translation>ဤဖြစ်ရပ်ကို ထောက်ခံသော သက်သေခံများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exhibit is attached to this incident.</source>
        <translation>ဤဖြစ်ရပ်တွင် သက်သေခံ ပူးတွဲထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They support every act above; each has its own exhibit sheet on the pages given.</source>
        <translation>၎င်းတို့သည် အထက်ပါ ပြုလုပ်မှု အားလုံးကို ထောက်ခံသည်။ တစ်ခုချင်းစီ၏ သက်သေခံစာရွက်ကို ဖော်ပြထားသော စာမျက်နှာများတွင် တွေ့နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withheld from this version: {reason}</source>
        <translation>ဤမူတွင် ချန်ထားသည် — {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+194"/>
        <source>Exhibit</source>
        <translation>သက်သေခံ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+1"/>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+0"/>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../evidence_app/dossier/sections.py" line="+1"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/sections.py" line="-229"/>
        <source>Cover sheet</source>
        <translation>မျက်နှာဖုံး စာမျက်နှာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVIDENCE DOSSIER</source>
        <translation>သက်သေအထောက်အထား စာတွဲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REDACTED VERSION FOR DISCLOSURE</source>
        <translation>ထုတ်ပြန်ရန် ဖုံးကွယ်ထားသော မူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the redacted version {id} of dossier {original}. The names, ages, ethnicity and contacts of victims and witnesses are replaced by their pseudonyms everywhere; {n} exhibit(s) marked confidential or under seal are withheld (their numbers are kept and listed). Page ERNs end in -R.</source>
        <translation>ဤစာတွဲသည် စာတွဲ {original} ၏ ဖုံးကွယ်ထားသော မူ {id} ဖြစ်သည်။ ထိခိုက်နစ်နာသူများနှင့် သက်သေများ၏ အမည်၊ အသက်၊ လူမျိုးနှင့် ဆက်သွယ်ရန် အချက်အလက်များကို နေရာတိုင်းတွင် ၎င်းတို့၏ ကုဒ်အမည်များဖြင့် အစားထိုးထားသည်။ လျှို့ဝှက် သို့မဟုတ် တံဆိပ်ခတ်ပိတ်ထားဟု သတ်မှတ်ထားသော သက်သေခံ {n} ခုကို ချန်ထားသည် (၎င်းတို့၏ အမှတ်များကို ထိန်းထားပြီး စာရင်းပြုစုထားသည်)။ စာမျက်နှာ ERN များသည် -R ဖြင့် ဆုံးသည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{incidents} incident(s); {exhibits} exhibit(s), {size}</source>
        <translation>ဖြစ်ရပ် {incidents} ခု၊ သက်သေခံ {exhibits} ခု၊ {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {n} exhibit(s) withheld</source>
        <translation>၊ သက်သေခံ {n} ခု ချန်ထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier id</source>
        <translation>စာတွဲ id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERN range</source>
        <translation>ERN အပိုင်းအခြား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of export</source>
        <translation>ထုတ်ယူသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitting organisation</source>
        <translation>တင်သွင်းသည့် အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <translation>ပါဝင်သည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Signed by</source>
        <translation>လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Signer&apos;s fingerprint (Ed25519, SHA-256)</source>
        <translation>လက်မှတ်ထိုးသူ၏ fingerprint (Ed25519၊ SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF signing certificate (SHA-256)</source>
        <translation>PDF လက်မှတ် certificate (SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not signed (exported with --no-sign)</source>
        <translation>လက်မှတ်မထိုးရသေး (--no-sign ဖြင့် ထုတ်ယူထားသည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced with</source>
        <translation>ပြုလုပ်သည့် ဆော့ဖ်ဝဲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PDF is digitally signed (PAdES) with a certificate bound to the signer&apos;s Ed25519 key. Every exhibit&apos;s SHA-256, signature and chain of custody can be checked with standard tools, without Evidence App: see &apos;How to verify this dossier&apos; at the end. Legal characterizations are hypotheses of the documenting team, not findings.</source>
        <translation>ဤ PDF ကို လက်မှတ်ထိုးသူ၏ Ed25519 သော့နှင့် ချိတ်ဆက်ထားသော certificate ဖြင့် ဒစ်ဂျစ်တယ် လက်မှတ် (PAdES) ထိုးထားသည်။ သက်သေခံတိုင်း၏ SHA-256၊ လက်မှတ်နှင့် ထိန်းသိမ်းမှုကွင်းဆက်ကို Evidence App မလိုဘဲ စံကိရိယာများဖြင့် စစ်ဆေးနိုင်သည် — နောက်ဆုံးရှိ &apos;ဤစာတွဲကို စစ်ဆေးနည်း&apos; ကို ကြည့်ပါ။ ဥပဒေဆိုင်ရာ သတ်မှတ်ချက်များသည် မှတ်တမ်းတင်သည့်အဖွဲ့၏ ယူဆချက်များသာ ဖြစ်ပြီး ဆုံးဖြတ်ချက်များ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the case</source>
        <translation>အမှုတွဲ အကြောင်း</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <source>Contents</source>
        <translation>မာတိကာ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section</source>
        <translation>အပိုင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page (ERN)</source>
        <translation>ပထမ စာမျက်နှာ (ERN)</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/builder.py" line="-6"/>
        <location filename="../../evidence_app/dossier/sections.py" line="-10"/>
        <source>Page</source>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/sections.py" line="+32"/>
        <source>{first} to {last}</source>
        <translation>{first} မှ {last} အထိ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no dated incident</source>
        <translation>ရက်စွဲပါသော ဖြစ်ရပ် မရှိ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n}, {size} in all</source>
        <translation>{n} ခု၊ စုစုပေါင်း {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {n} withheld from this version</source>
        <translation>၊ {n} ခုကို ဤမူတွင် ချန်ထားသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source> ({n} without a date)</source>
        <translation> (ရက်စွဲမဲ့ {n} ခု)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date range</source>
        <translation>ရက်အပိုင်းအခြား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibits</source>
        <translation>သက်သေခံများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibits by kind</source>
        <translation>အမျိုးအစားအလိုက် သက်သေခံများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>People harmed (as recorded)</source>
        <translation>ထိခိုက်ခံရသူများ (မှတ်တမ်းတင်ထားသည့်အတိုင်း)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>မှတ်တမ်း မရှိ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incidents by violation type (an incident counts once for each type of its acts)</source>
        <translation>ချိုးဖောက်မှု အမျိုးအစားအလိုက် ဖြစ်ရပ်များ (ဖြစ်ရပ်တစ်ခုကို ၎င်း၏ ပြုလုပ်မှု အမျိုးအစားတစ်ခုစီအတွက် တစ်ကြိမ် ရေတွက်သည်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents by state/region</source>
        <translation>ပြည်နယ်/တိုင်းဒေသကြီးအလိုက် ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents by month (dated incidents, by start date)</source>
        <translation>လအလိုက် ဖြစ်ရပ်များ (ရက်စွဲပါသော ဖြစ်ရပ်များ၊ စတင်ရက်အလိုက်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same counts, as text</source>
        <translation>အထက်ပါ အရေအတွက်များ၊ စာသားဖြင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation type</source>
        <translation>ချိုးဖောက်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/region</source>
        <translation>ပြည်နယ်/တိုင်းဒေသကြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>လ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exhibits are numbered in the order of the incidents they support, then in the order they were recorded. The ERN column gives the pages of each exhibit sheet.</source>
        <translation>သက်သေခံများကို ၎င်းတို့ ထောက်ခံသော ဖြစ်ရပ်များ၏ အစဉ်အတိုင်း၊ ထို့နောက် မှတ်တမ်းတင်ခဲ့သည့် အစဉ်အတိုင်း နံပါတ်တပ်ထားသည်။ ERN ကော်လံတွင် သက်သေခံစာရွက် တစ်ခုချင်းစီ၏ စာမျက်နှာများကို ဖော်ပြသည်။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Withheld: {reason}</source>
        <translation>ချန်ထားသည် — {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../../evidence_app/dossier/readiness.py" line="+39"/>
        <source>The date is only known to the week.</source>
        <translation>ရက်စွဲကို ရက်သတ္တပတ်အထိသာ သိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is only known to the month.</source>
        <translation>ရက်စွဲကို လအထိသာ သိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is only known as a range of dates.</source>
        <translation>ရက်စွဲကို ရက်အပိုင်းအခြားအဖြစ်သာ သိသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No review sign-off: the incident is still a draft, not verified.</source>
        <translation>သုံးသပ်အတည်ပြု လက်မှတ် မရှိပါ — ဖြစ်ရပ်သည် မူကြမ်းအဖြစ်သာ ရှိသေးပြီး အတည်မပြုရသေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review sign-off: the incident is awaiting review, not yet verified.</source>
        <translation>သုံးသပ်အတည်ပြု လက်မှတ် မရှိပါ — ဖြစ်ရပ်သည် သုံးသပ်ရန် စောင့်ဆိုင်းဆဲ ဖြစ်ပြီး အတည်မပြုရသေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review sign-off: the incident was returned to the documenter for changes, not verified.</source>
        <translation>သုံးသပ်အတည်ပြု လက်မှတ် မရှိပါ — ဖြစ်ရပ်ကို ပြင်ဆင်ရန် မှတ်တမ်းတင်သူထံ ပြန်ပို့ထားပြီး အတည်မပြုရသေးပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed verification at export: the stored bytes do not match the recorded hash.</source>
        <translation>ထုတ်ယူစဉ် စစ်ဆေးမှု မအောင်မြင်ပါ — သိမ်းထားသော ဒေတာသည် မှတ်တမ်းတင်ထားသော hash နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed verification at export: the stored bytes could not be found.</source>
        <translation>ထုတ်ယူစဉ် စစ်ဆေးမှု မအောင်မြင်ပါ — သိမ်းထားသော ဒေတာကို ရှာမတွေ့ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed verification at export: the signature is invalid.</source>
        <translation>ထုတ်ယူစဉ် စစ်ဆေးမှု မအောင်မြင်ပါ — လက်မှတ် မမှန်ကန်ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed verification at export: the signer&apos;s key is not in the keyring.</source>
        <translation>ထုတ်ယူစဉ် စစ်ဆေးမှု မအောင်မြင်ပါ — လက်မှတ်ထိုးသူ၏ သော့ကို သော့စာရင်းတွင် မတွေ့ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed verification at export: the custody chain is broken.</source>
        <translation>ထုတ်ယူစဉ် စစ်ဆေးမှု မအောင်မြင်ပါ — ထိန်းသိမ်းမှုကွင်းဆက် ပြတ်နေသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pseudonym} (victim): consent was not asked.</source>
        <translation>{pseudonym} (ထိခိုက်နစ်နာသူ) — သဘောတူခွင့်ပြုချက် မမေးရသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pseudonym} (witness): consent was not asked.</source>
        <translation>{pseudonym} (သက်သေ) — သဘောတူခွင့်ပြုချက် မမေးရသေးပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No date: courts routinely refuse undated material.</source>
        <translation>ရက်စွဲ မရှိပါ — ရက်စွဲမပါသော အထောက်အထားကို တရားရုံးများက မကြာခဏ လက်မခံကြပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the date was established is not recorded.</source>
        <translation>ရက်စွဲကို မည်သို့ သိရသည်ကို မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The place is marked &apos;cannot be located&apos;.</source>
        <translation>နေရာကို &apos;တည်နေရာ ဖော်ထုတ်၍ မရ&apos; ဟု မှတ်ထားသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No place is recorded.</source>
        <translation>နေရာ မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coordinates for the place.</source>
        <translation>နေရာအတွက် ကိုဩဒိနိတ် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordinates&apos; accuracy is not recorded.</source>
        <translation>ကိုဩဒိနိတ်၏ တိကျမှုကို မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No narrative of what happened.</source>
        <translation>ဖြစ်ခဲ့သည့်အရာ၏ ဖြစ်စဉ်အကြောင်းအရာ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Burmese narrative has no translation (a court works in English or French).</source>
        <translation>မြန်မာဘာသာ ဖြစ်စဉ်အကြောင်းအရာတွင် ဘာသာပြန် မရှိပါ (တရားရုံးသည် အင်္ဂလိပ် သို့မဟုတ် ပြင်သစ်ဘာသာဖြင့် ဆောင်ရွက်သည်)။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No review sign-off: the incident&apos;s review status is {status}, not verified.</source>
        <translation>သုံးသပ်အတည်ပြု လက်မှတ် မရှိပါ — ဖြစ်ရပ်၏ သုံးသပ်မှု အခြေအနေမှာ {status} ဖြစ်ပြီး အတည်မပြုရသေးပါ။</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A derivative ({kind}) whose full original is not in this dossier: submit the original with it.</source>
        <translation>မူရင်း အပြည့်အစုံ ဤစာတွဲတွင် မပါသော ဆင့်ပွားမိတ္တူ ({kind}) — မူရင်းကို ၎င်းနှင့်အတူ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A derivative whose full original is not in this dossier: submit the original with it.</source>
        <translation>မူရင်း အပြည့်အစုံ ဤစာတွဲတွင် မပါသော ဆင့်ပွားမိတ္တူ — မူရင်းကို ၎င်းနှင့်အတူ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Act {violation} has no candidate legal characterization.</source>
        <translation>ပြုလုပ်မှု {violation} တွင် ဖြစ်နိုင်ချေရှိသော ဥပဒေဆိုင်ရာ သတ်မှတ်ချက် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No exhibit supports this incident.</source>
        <translation>ဤဖြစ်ရပ်ကို ထောက်ခံသော သက်သေခံ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed verification at export: {status}.</source>
        <translation>ထုတ်ယူစဉ် စစ်ဆေးမှု မအောင်မြင်ပါ — {status}။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No acquisition information: who obtained the file, and when, is not recorded.</source>
        <translation>ရယူမှု အချက်အလက် မရှိပါ — ဖိုင်ကို မည်သူ၊ မည်သည့်အချိန်တွင် ရယူခဲ့သည်ကို မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the file was obtained is not recorded.</source>
        <translation>ဖိုင်ကို မည်သည့်အချိန်တွင် ရယူခဲ့သည်ကို မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who obtained the file is not recorded.</source>
        <translation>ဖိုင်ကို မည်သူ ရယူခဲ့သည်ကို မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web material without its source URL.</source>
        <translation>မူရင်း URL မပါသော web မှ ရယူထားသည့် အရာ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No description of what the file shows.</source>
        <translation>ဖိုင်တွင် ပြသထားသည့်အရာ၏ ဖော်ပြချက် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consent of the people shown or heard was not asked.</source>
        <translation>ပုံ သို့မဟုတ် အသံတွင် ပါဝင်သူများ၏ သဘောတူခွင့်ပြုချက်ကို မမေးရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../evidence_app/dossier/appendix.py" line="-159"/>
        <source>authenticity</source>
        <translation>စစ်မှန်မှု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain of custody</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewer&apos;s hypothesis</source>
        <translation>သုံးသပ်သူ၏ ယူဆချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>para</source>
        <translation>စာပိုဒ်</translation>
    </message>
</context>
</TS>
