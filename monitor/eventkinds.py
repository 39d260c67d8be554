"""What kind of happening a report tells, read in any script: an earthquake, a ferry that sank, a drone attack.

Two tellings of one event in two scripts share no word, and often no figure either ("kills 3", "погибли четыре
человека"). What they do share is the place and the kind of happening: "Russian drone attack on Odesa" and "атака
дронов на Одессу". This module reads the kind from a fixed lexicon, per kind, of the words news in each language
uses for it, so that `monitor.stories._across_scripts` can weigh a kind in common with a place in common.

The lexicon is written per kind, not per language, so that adding a language is adding its words to each kind.
Words and text are folded (`textfold.fold`: no case, no accents). Words in Latin letters are stems, matched at a
word's start ("earthquake" matches "earthquakes"); others are matched anywhere in the text, as Chinese, Japanese and Thai write no spaces and Arabic
and Hebrew join prepositions and articles to the word ("بمقديشو", "והרכבת"). A kind is read only from words
specific enough to name it: "crash" alone is any vehicle's, so the vehicle names the kind ("bus", "plane").
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.textfold import fold

# kind -> the words that name it. Latin words are stems matched at a word's start, unless they end in a space,
# which ends the text's word there ("bus ", not "business"; "fire ", not "fired"); other scripts' words anywhere.
_KINDS: dict[str, tuple[str, ...]] = {
    "quake": (
        "jordskalv", "jordbavning", "jordskjelv", "jordskaelv", "maanjaristy",  # Nordic
        "የመሬት መንቀጥቀጥ",  # Amharic
        "cutremur", "termet", "foldrenges", "земљотрес", "земетресение",
        "earthquake", "quake", "temblor", "tremor", "seismic", "sismo", "terremoto", "seisme", "tremblement de terre", "σεισμ",
        "erdbeben", "deprem", "gempa", "lindol", "trzesienie ziemi", "zemetres", "potres", "tetemeko", "dong dat",
        "地震", "지진", "землетрус", "زلزال", "زلزله", "زلزلہ", "רעידת אדמה", "भूकंप", "भूकम्प", "ভূমিকম্প",
        "แผ่นดินไหว", "நிலநடுக்கம்",
    ),
    "storm": (
        "typhoon", "hurricane", "cyclone", "tropical storm", "tifon", "huracan", "ciclon", "ouragan", "taifun",
        "orkan", "tufao", "furacao", "uragano", "bagyo", "topan", "siklon", "kimbunga", "kasirga", "bao so",
        "台风", "颱風", "飓风", "颶風", "台風", "ハリケーン", "サイクロン", "태풍", "허리케인", "사이클론",
        "ураган", "тайфун", "циклон", "إعصار", "اعصار", "طوفان", "הוריקן", "סופה", "ציקלון", "טייפון", "चक्रवात",
        "तूफान", "तूफ़ान", "ঘূর্ণিঝড়", "พายุ", "ไต้ฝุ่น", "புயல்",
    ),
    "flood": (
        "oversvamning", "oversvomm", "skyfall", "skybrud", "tulv",  # Nordic
        "ጎርፍ",  # Amharic
        "permbytj", "arviz",
        "flood", "inundat", "deluge", "torrential rain", "inundacion", "riada", "lluvias torrenciales", "dana ",
        "inondation", "crue ", "crues ", "pluies torrentielles", "hochwasser", "uberschwemm",
        "alluvion", "enchente", "inundacao", "banjir", "baha ", "powodz", "poplav", "mafuriko", "lu lut", "sel ",
        "طغیانی",  # Urdu (and "سیلاب", which "سیل" reads)
        "cloudburst", "cloud burst", "बादल फट",
        "洪水", "洪灾", "水灾", "内涝", "浸水", "冠水", "氾濫", "홍수", "침수", "наводнен", "паводк", "подтоплен",
        "повін", "повен", "підтоплен", "فيضان", "سيول", "سیل", "שיטפון", "שיטפונות", "बाढ़", "বন্যা", "น้ำท่วม",
        "வெள்ளம்",
    ),
    "landslide": (
        "jordskred", "kvikkleireskred", "leirskred", "maanvyory",  # Nordic
        "መንሸራተት",  # Amharic: "የመሬት መንሸራተት"
        "klizist", "odron", "alunecar", "rreshqitje", "foldcsuszam", "клизишт", "свлачищ",
        "landslide", "landslip", "mudslide", "mudflow", "debris flow", "deslizamiento", "huaico", "huayco",
        "glissement de terrain", "coulee de boue", "erdrutsch", "murgang", "frana ", "deslizamento", "longsor",
        "heyelan", "osuwisk", "sat lo", "lu quet",
        "滑坡", "泥石流", "土砂崩れ", "土石流", "地滑り", "산사태", "оползен", "оползн", "сель ", "селев", "зсув",
        "انهيار ارضي", "انهيار أرضي",
        "انزلاق", "رانش زمین", "מפולת", "भूस्खलन", "ভূমিধস", "ดินถล่ม", "நிலச்சரிவு",
        "لینڈ سلائیڈ", "تودے گر", "تودہ گر",  # Urdu
    ),
    "lightning": (
        "lightning", "thunderbolt", "relampago", "foudre", "foudroy", "blitzschlag", "vom blitz", "fulmine", "fulmini",
        "folgorat", "raio ", "raios ", "petir", "kidlat", "yildirim carp", "piorun", "radi ", "set danh",
        "落雷", "雷击", "雷擊", "雷撃", "벼락", "낙뢰", "молни", "блискав", "صاعقة", "صواعق", "صاعقه", "ברק",
        "आकाशीय बिजली", "वज्रपात", "गाज गिर", "বজ্রপাত", "ฟ้าผ่า", "மின்னல்",
        "آسمانی بجلی",  # Urdu
    ),
    "volcano": (
        "volcan", "eruption", "vulkan", "vulcan", "erupcion", "gunung api", "erupsi", "nui lua",
        "火山", "喷发", "噴火", "화산", "вулкан", "извержен", "вивержен", "بركان", "آتشفشان", "הר געש", "ज्वालामुखी",
        "আগ্নেয়গিরি", "ภูเขาไฟ", "எரிமலை",
    ),
    "fire": (
        "skogsbrand", "skogbrann", "skovbrand", "brann ", "brannen", "maastopalo", "metsapalo", "tulipalo",  # Nordic
        "ቃጠሎ", "የእሳት አደጋ",  # Amharic
        "zjarr",
        "fire ", "blaze", "wildfire", "bushfire", "inferno", "ablaze", "incendi", "feuer", "πυρκαγια", "φωτια",
        "kebakaran", "sunog", "pozar", "yangin", "hoa hoan",
        "火灾", "火災", "大火", "起火", "失火", "着火", "火事", "全焼", "出火", "山火事", "山火", "화재", "큰불", "산불",
        "пожар", "пожеж", "حريق", "حرائق", "آتش‌سوزی", "آتش سوزی", "שריפה", "שרפה", "דליקה", "आग", "আগুন",
        "অগ্নিকাণ্ড", "ไฟไหม้", "เพลิงไหม้", "தீ விபத்து",
        "آتشزدگی", "آگ لگ", "آگ بھڑک",  # Urdu ("آگ" alone starts "آگے", ahead)
    ),
    "blast": (
        "eksplosjon", "eksplosion", "rajahd",  # Nordic
        "eksplozij", "explozi", "shperthim", "robbanas", "експлоз", "взрив",
        "explosion", "explod", "blast", "bomb", "explosive", "ied ", "explosivo", "atentado", "attentat", "esplosion",
        "explosao", "ledakan", "pagsabog", "patlama",
        "爆炸", "爆発", "爆弾", "폭발", "폭탄", "взрыв", "вибух", "انفجار", "تفجير", "مفخخة", "چاودن", "פיצוץ", "מטען",
        "विस्फोट", "धमाका", "বিস্ফোরণ", "ระเบิด", "குண்டு",
        "دھماک",  # Urdu
    ),
    "plane": (
        "plane ", "planes ", "aircraft", "airliner", "jetliner", "jet ", "airplane", "helicopter", "avion",
        "aeronave", "helicoptero", "flugzeug", "hubschrauber", "aereo ", "pesawat", "helikopter", "samolot", "ucak",
        "may bay",
        "坠机", "墜機", "客机", "客機", "飞机", "飛機", "直升机", "直升機", "墜落", "旅客機", "航空機", "ヘリ", "여객기",
        "항공기", "헬기", "самолет", "самолёт", "вертолет", "вертолёт", "літак", "гелікоптер", "авиакатастроф",
        "авіакатастроф", "طائرة", "هواپیما", "بالگرد", "מטוס", "מסוק", "विमान", "हेलीकॉप्टर", "বিমান",
        "เครื่องบิน", "விமான",
        "طیارہ", "طیارے", "ہیلی کاپٹر",  # Urdu
    ),
    "bus": (
        "buss", "turistbuss", "linja-auto",  # Nordic
        "አውቶቡስ", "አውቶብስ",  # Amharic
        "bus ", "buses", "minibus", "microbus", "microbús", "autobus", "omnibus", "onibus", "otobus", "bis ",
        "xe khach", "xe buyt",
        "大巴", "客车", "客車", "巴士", "公交", "バス", "버스", "автобус", "маршрутк", "حافلة", "اتوبوس", "אוטובוס",
        "รถบัส", "รถทัวร์", "รถโดยสาร", "பேருந்து",
        # Urdu, Hindi and Bengali: "bus" alone is "enough" or "dwelling", the words beside it tell
        "مسافر بس", "مسافر کوچ", "यात्री बस", "यात्रियों से भरी बस", "बस हादसा", "बस दुर्घटना", "बस खाई", "निजी बस",
        "रोडवेज बस", "বাস দুর্ঘটনা", "যাত্রীবাহী বাস", "বাস খাদে",
    ),
    "train": (
        "togulykk", "togkollision", "tagolycka", "urspar", "avspor", "afspor", "junaonnettomuu",  # Nordic
        "ባቡር",  # Amharic
        "train ", "trains ", "derail", "railway", "rail ", "tren ", "ferrocarril", "deraill", "zug ", "treno", "kereta",
        "pociag", "tau hoa",
        "列车", "列車", "火车", "火車", "脱轨", "脫軌", "脱線", "電車", "열차", "탈선", "поезд", "электричк", "потяг",
        "поїзд", "قطار", "רכבת", "ट्रेन", "ট্রেন", "รถไฟ", "ரயில்",
        "ٹرین", "ریل گاڑی",  # Urdu
    ),
    "boat": (
        "batolycka", "kantrade", "kantret", "farja", "ferge", "faerge", "lautta",  # Nordic
        "ጀልባ",  # Amharic
        "boat", "ferry", "capsiz", "sank", "sinking", "shipwreck", "barco", "embarcacion", "lancha", "naufrag",
        "cayuco", "patera",
        "bateau", "chavir", "kentert", "barcone", "bangka", "tenggelam", "tekne", "tau du lich", "tau ca ", "lat tau",
        "boti ", "mtumbwi", "kuzama",
        "chim tau", "tau chim",
        "沉船", "倾覆", "傾覆", "渡轮", "渡輪", "客船", "沈没", "転覆", "フェリー", "침몰", "여객선",
        "затонул", "паром", "лодк", "човен", "غرق", "قارب", "قایق", "טבעה", "סירה", "नाव", "নৌকাডুবি", "লঞ্চ",
        "ট্রলার", "เรือล่ม", "படகு",
    ),
    "ship": (
        "tanker", "vessel", "cargo ship", "freighter", "bulk carrier", "container ship", "merchant ship", "buque",
        "carguero", "petrolero", "navire", "petrolier", "frachter", "petroliera", "tau cho hang", "tau hang",
        "油轮", "油輪", "货轮", "貨輪", "商船", "船只", "船隻", "タンカー", "貨物船", "船舶", "유조선", "화물선", "선박",
        "танкер", "судно", "судна", "суден", "сухогруз", "سفينة", "ناقلة", "کشتی", "ספינה", "ספינת", "מכלית",
        "जहाज", "জাহাজ", "เรือบรรทุก", "கப்பல்",
    ),
    "drone": (
        "ድሮን",  # Amharic
        "drone strike", "drone", "uav ", "unmanned", "dron ", "drones ", "drohne", "droni ", "insansiz", "tanpa awak", "shahed",
        "无人机", "無人機", "ドローン", "드론", "무인기", "дрон", "беспилотн", "безпілотн", "бпла", "шахед",
        "مسيرة", "مسيّرة", "مسيرات", "پهپاد", "כטב\"ם", "כטב״ם", "רחפן", "ड्रोन", "ড্রোন", "โดรน", "ட்ரோன்",
    ),
    "airstrike": (
        "airstrike", "air strike", "air-strike", "air raid", "air attack", "bombardeo aereo", "ataque aereo",
        "bombardeio aereo", "frappe aerienne", "frappes aeriennes", "raid aerien", "luftangriff", "luftschlag",
        "attacco aereo", "raid aereo", "serangan udara", "hava saldirisi", "hava harekati", "nalot", "khong kich",
        "空袭", "空襲", "空爆", "공습", "авиаудар", "авианалет", "авианалёт", "авіаудар", "авіаналіт", "غارة", "غارات",
        "حمله هوایی", "حملات هوایی", "תקיפה אווירית", "תקיפ", "תקף", "הפצצה", "हवाई हमल", "বিমান হামলা", "โจมตีทางอากาศ",
    ),
    "missile": (
        "missile strike", "missil", "rocket ", "rockets ", "ballistic", "cohete", "rakete", "foguete", "rudal", "fuze", "rakiet", "pocisk",
        "ten lua",
        "导弹", "導彈", "飛彈", "火箭弹", "ミサイル", "미사일", "ракет", "صاروخ", "صواريخ", "موشک", "טיל ", "טילים",
        "טילי ", "רקט", "मिसाइल", "ক্ষেপণাস্ত্র", "মিসাইল", "ขีปนาวุธ", "ஏவுகணை",
    ),
    "shooting": (
        "skottlossning", "skyting", "skyderi", "ammuskelu",  # Nordic
        "pucnjav", "пуцњав", "престрелк",
        "shooting", "gunman", "gunmen", "gunfire", "shot dead", "shootout", "gunfight", "gunbattle", "tiroteo",
        "balacera", "fusillade", "sparatoria", "schiesserei", "tiroteio", "penembakan", "pamamaril", "strzelanin",
        "xa sung",
        "枪击", "槍擊", "銃撃", "発砲", "총격", "총기", "стрельб", "стрілянин", "إطلاق نار", "اطلاق نار", "تیراندازی",
        "יריות", "אירוע ירי", "פיגוע ירי", "गोलीबारी", "गोली", "গুলি", "ยิง", "துப்பாக்கி",
    ),
    "fighting": (
        "ውጊያ",  # Amharic
        "clashes", "clashed", "heavy fighting", "fighting between", "fighting in", "fighting for", "fighting around",
        "enfrentamientos", "combates", "choques armados", "affrontements", "combats ",
        "kampfe", "gefechte", "scontri", "confrontos", "bentrokan", "pertempuran", "catisma", "sukobi",
        "бои ", "боев", "اشتباكات", "معارك", "درگیری", "קרבות", "झड़प", "সংঘর্ষ",
        "交火", "戦闘", "교전",
    ),
    "protest": (
        "protest", "demonstrat", "διαδηλωσ", "συλλαλητηρι", "rally", "rallies", "marcher", "manifestac", "manifestation", "manifestant",
        "kundgebung", "manifestazion", "unjuk rasa", "demo ", "demonstran", "maandamano", "bieu tinh",
        "抗议", "抗議", "示威", "游行", "遊行", "デモ", "시위", "집회", "протест", "митинг", "мітинг", "демонстрац",
        "احتجاج", "مظاهرات", "مظاهرة", "تظاهر", "اعتراض", "הפגנ", "מחאה", "מפגינ", "विरोध प्रदर्शन", "বিক্ষোভ",
        "প্রতিবাদ", "ประท้วง", "ชุมนุม", "போராட்ட",
    ),
    "walkout": (
        "strejk", "lakko",  # Nordic
        "sztrajk", "штрајк", "стачк",
        "on strike", "general strike", "strike action", "national strike", "nationwide strike", "strike over",
        "strike by", "hour strike", "day strike", "week strike", "strikers", "striking workers", "walkout",
        "walk out", "walks out", "walked out", "walk off", "walked off", "industrial action", "huelga", "greve", "streik", "sciopero", "mogok",
        "grev", "απεργ", "strajk", "dinh cong",
        "罢工", "罷工", "ストライキ", "파업", "забастовк", "страйк", "إضراب", "اضراب", "اعتصاب", "שביתה", "हड़ताल",
        "ধর্মঘট", "นัดหยุดงาน", "வேலைநிறுத்த",
    ),
    "cholera": ("cholera", "colera", "kolera", "霍乱", "霍亂", "コレラ", "콜레라", "холер", "كوليرا", "الكوليرا", "وبای",
                "כולרה", "हैजा", "কলেরা", "อหิวาต", "காலரா"),
    "ebola": ("ebola", "埃博拉", "エボラ", "에볼라", "эбол", "ебол", "إيبولا", "ابولا", "אבולה", "इबोला", "ইবোলা",
              "อีโบลา"),
    "measles": ("measles", "sarampion", "rougeole", "masern", "morbillo", "sarampo", "campak", "tigdas",
                "麻疹", "はしか", "홍역", "корь", "кори ", "кір ", "الحصبة", "سرخک", "חצבת", "खसरा"),
    "dengue": ("dengue", "sot xuat huyet", "登革", "デング", "뎅기", "денге", "حمى الضنك", "דנגי", "डेंगू", "ডেঙ্গু",
               "ไข้เลือดออก", "டெங்கு"),
    "drills": (
        "drills", "military exercise", "war games", "wargames", "joint exercise", "maniobras", "exercices militaires",
        "manover", "latihan militer",
        "军演", "軍演", "演习", "演習", "軍事演習", "учения", "учений", "учениях", "навчання", "مناورات", "رزمایش",
        "תרגיל", "सैन्य अभ्यास",
    ),
    "election": (
        "alegeri", "zgjedhje", "valasztas", "избори",
        "election", "ballot", "polls open", "runoff", "referendum", "eleccion", "comicios", "wahl ", "wahlen",
        "elezion", "eleicao", "pemilu", "halalan", "secim", "wybory", "uchaguzi", "bau cu",
        "选举", "選舉", "大选", "選挙", "선거", "총선", "대선", "выборы", "выборах", "выборов", "вибори", "виборах",
        "виборів", "референдум", "انتخابات", "בחירות", "चुनाव", "নির্বাচন", "เลือกตั้ง", "தேர்தல்",
    ),
    "rates": (
        "interest rate", "rate cut", "rate hike", "rate rise", "rates unchanged", "benchmark rate", "policy rate",
        "tasa de interes", "taux directeur", "leitzins", "suku bunga", "lai suat",
        "利率", "加息", "降息", "利上げ", "利下げ", "金利", "금리", "ключевой ставк", "ключевую ставк", "ключову ставк",
        "учетной ставк", "نرخ بهره", "سعر الفائدة", "أسعار الفائدة", "ריבית", "रेपो दर", "ब्याज दर", "সুদের হার",
        "อัตราดอกเบี้ย",
    ),
    "ceasefire": (
        "ceasefire", "cease-fire", "truce", "alto el fuego", "tregua", "cessez-le-feu", "waffenruhe", "cessar-fogo",
        "gencatan senjata", "ateskes", "ngung ban",
        "停火", "停戦", "휴전", "перемири", "прекращени огня", "припинення вогню", "وقف إطلاق النار", "وقف اطلاق النار",
        "هدنة", "آتش‌بس", "آتش بس", "הפסקת אש", "युद्धविराम", "যুদ্ধবিরতি", "หยุดยิง", "போர்நிறுத்த",
    ),
    "kidnap": (
        "kidnap", "abduct", "hostage", "secuestr", "enleve", "otage", "entfuhr", "geisel", "rapit", "penculikan",
        "diculik", "dinukot", "porwan", "kacir", "bat coc",
        "绑架", "綁架", "劫持", "人质", "人質", "拉致", "誘拐", "납치", "인질", "похищ", "похит", "заложник", "викрад",
        "заручник", "اختطاف", "خطف", "رهائن", "ربودن", "חטיפה", "חטופ", "अपहरण", "অপহরণ", "ลักพาตัว", "கடத்த",
        "اغوا",  # Urdu and Persian
    ),
    "blackout": (
        "blackout", "power outage", "power cut", "outage", "apagon", "corte de luz", "coupure de courant", "panne de courant",
        "stromausfall", "mati listrik", "pemadaman listrik", "elektrik kesintisi", "kesinti", "mat dien", "black out",
        "停电", "停電", "대정전", "정전", "отключени света", "отключения электр", "без света", "знеструмлен",
        "відключен світла", "انقطاع الكهرباء", "انقطاع التيار", "قطعی برق", "خاموشی", "הפסקת חשמל", "बिजली गुल",
        "बिजली कटौती", "ব্ল্যাকআউট", "বিদ্যুৎ বিভ্রাট", "ไฟดับ", "μπλακ αουτ", "διακοπη ρευματος",
    ),
    "cyber": (
        "cyberattack", "cyber attack", "cyber-attack", "ransomware", "hackers", "hacking attack", "data breach",
        "ciberataque", "ataque informatico", "cyberattaque", "attaque informatique", "rancongiciel", "cyberangriff",
        "hackerangriff", "cyberaanval", "attacco informatico", "attacco hacker", "ataque hacker", "serangan siber",
        "peretasan", "siber saldiri", "atak hakerski", "cyberatak", "tan cong mang",
        "网络攻击", "勒索软件", "黑客", "サイバー攻撃", "ランサムウェア", "사이버 공격", "사이버공격", "랜섬웨어", "해킹",
        "кибератак", "хакерск", "кібератак", "хакер", "هجوم سيبراني", "هجوم إلكتروني", "حمله سایبری", "מתקפת סייבר",
        "סייבר", "साइबर हमला", "रैनसमवेयर", "সাইবার হামলা", "โจมตีทางไซเบอร์", "แรนซัมแวร์", "κυβερνοεπιθεση",
    ),
    "avalanche": (
        "snoskred", "lavin ", "lavinen", "laviner", "lumivyory", "snjoflo",  # Nordic
        "avalanche", "snow slide", "avalancha", "alud", "lawine", "valanga", "lawina", "lavina", "avalans",
        "cig dus", "cig alt", "cig felaket", "longsor salju", "lo tuyet",
        "雪崩", "눈사태", "лавин", "انهيار ثلجي", "انهيارات ثلجية", "ریزش بهمن", "بهمن‌گیر", "برفکوچ", "برفانی تودہ",
        "מפולת שלגים", "हिमस्खलन", "তুষারধস", "หิมะถล่ม", "χιονοστιβαδ",
    ),
    "collapse": (
        "ተደርምሶ", "ተደረመሰ", "መደርመስ",  # Amharic
        "urusio", "urusil", "urusav", "prabusi", "shembj", "урушил", "срути",
        "collapse", "caved in", "derrumbe", "se derrumbo", "desplome", "effondrement", "s'effondre", "crollo",
        "crollata", "einsturz", "eingesturzt", "desabamento", "desabou", "runtuh", "ambruk", "gumuho", "cokme",
        "coktu", "zawalenie", "sap do",
        "倒塌", "坍塌", "倒壊", "崩落", "붕괴", "обрушен", "обрушил", "обвал", "обвалил", "обвалив", "انهيار", "فروریختن",
        "ریزش", "קריסת", "קרס", "ढह", "ধসে", "ถล่ม", "இடிந்து", "καταρρευση", "κατερρευσε",
        "منہدم", "کان بیٹھ", "چھت گر",  # Urdu
    ),
    "smog": (
        "smog", "air pollution", "air quality", "aqi ", "toxic air", "contaminacion del aire", "calidad del aire",
        "pollution de l'air", "qualite de l'air", "luftverschmutzung", "polusi udara", "kualitas udara",
        "hava kirliligi", "o nhiem khong khi", "smogu",
        "雾霾", "空气污染", "空氣污染", "大気汚染", "미세먼지", "대기오염", "смог", "загрязнени воздуха", "забруднен повітря",
        "آلودگی هوا", "تلوث الهواء", "זיהום אוויר", "प्रदूषण", "जहरीली हवा", "एक्यूआई", "दूषण", "বায়ুদূষণ",
        "বায়ু দূষণ", "ฝุ่น pm", "มลพิษทางอากาศ", "காற்று மாசு", "ρυπανση",
    ),
    "resign": (
        "ostavk", "demisi", "doreheq", "оставк",
        "resign", "steps down", "stepped down", "step down", "quits", "dimite", "dimision", "renuncia", "demission",
        "rucktritt", "tritt zuruck", "dimission", "dimette", "renuncio", "mengundurkan diri", "mundur", "istifa",
        "nagbitiw", "rezygnuj", "dymisj", "tu chuc",
        "辞职", "辭職", "辞任", "辞意", "사퇴", "사임", "отставк", "відставк", "уходит в отставку", "استقالة", "استقال",
        "استعفا", "התפטר", "इस्तीफा", "इस्तीफ़ा", "পদত্যাগ", "ลาออก", "ராஜினாமா", "παραιτ",
    ),
    "dust": (
        "dust storm", "duststorm", "sandstorm", "sand storm", "haboob", "tormenta de arena", "tormenta de polvo",
        "tempete de sable", "tempete de poussiere", "sandsturm", "staubsturm", "toz firtinasi", "kum firtinasi",
        "badai pasir", "badai debu",
        "沙尘暴", "沙塵暴", "黄砂", "砂嵐", "황사", "모래폭풍", "пыльная буря", "пыльной бури", "песчаная буря",
        "песчаной бури", "пилова буря", "عاصفة ترابية", "العاصفة الترابية", "عاصفة رملية", "العاصفة الرملية",
        "عواصف ترابية", "طوفان شن", "گرد و خاک", "ریزگرد", "סופת אבק", "סופת חול", "धूल भरी आंधी", "रेतीला तूफान",
        "گرد آلود طوفان", "ধূলিঝড়", "พายุทราย",
    ),
    "riot": (
        "prison riot", "jail riot", "prison uprising", "prison unrest", "riot at", "riot in", "riot broke",
        "motin", "amotin", "reyerta", "mutinerie", "gefangnisrevolte", "gefangnisaufstand", "rebeliao", "isyan",
        "kerusuhan lapas", "kerusuhan di lapas", "bunt w wiezieniu",
        "监狱暴动", "暴动", "暴動", "폭동", "бунт", "تمرد", "شغب في سجن", "شورش زندان", "מרד אסירים", "जेल में दंगा",
        "কারাগারে বিদ্রোহ", "จลาจลในเรือนจำ",
    ),
    "birdflu": (
        "bird flu", "avian flu", "avian influenza", "h5n1", "h5n8", "gripe aviar", "influenza aviar", "grippe aviaire",
        "vogelgrippe", "geflugelpest", "influenza aviaria", "aviaria", "flu burung", "kus gribi", "ptasia grypa",
        "cum gia cam",
        "禽流感", "鳥インフルエンザ", "鳥フル", "조류인플루엔자", "조류독감", "птичий грипп", "птичьего гриппа",
        "пташин грип", "пташиного грипу", "إنفلونزا الطيور", "انفلونزا الطيور", "آنفولانزای پرندگان",
        "שפעת העופות", "बर्ड फ्लू", "বার্ড ফ্লু", "ไข้หวัดนก", "பறவைக் காய்ச்சல்", "γριπη των πτηνων",
    ),
}
# Kinds that one event's tellings name by turns: a landslide told as a collapse, a storm by its floods, an attack by
# its blasts and gunfire, a bus that fell from a bridge. Kinds that are neither the same nor related here tell two
# events (`far_apart`).
_RELATED = frozenset(frozenset(pair.split()) for pair in (
    "avalanche landslide", "avalanche collapse", "avalanche storm", "avalanche bus", "avalanche train",
    "landslide collapse", "landslide flood", "landslide storm", "landslide quake", "landslide bus", "flood storm",
    "flood blackout", "flood boat", "flood collapse", "flood bus", "flood lightning", "storm blackout", "storm boat",
    "storm lightning", "storm dust", "quake collapse", "quake blackout", "quake fire", "quake blast", "volcano quake",
    "volcano plane", "lightning fire", "blast fire", "blast shooting", "blast drone", "blast missile", "blast plane",
    "blast collapse", "blast bus", "blast ship", "blast train", "blast kidnap", "blast riot", "blast protest",
    "shooting fire", "shooting plane", "shooting bus", "shooting riot", "shooting kidnap", "shooting protest",
    "shooting ceasefire", "fire collapse", "fire riot", "fire boat", "fire ship", "fire bus", "fire train", "fire plane",
    "fire drone", "fire missile", "fire smog", "drone missile", "drone plane", "drone ship", "drone blackout",
    "drone ceasefire", "missile plane", "missile ship", "missile blackout", "missile ceasefire", "blast ceasefire",
    "riot kidnap", "riot protest", "boat ship", "bus collapse", "bus train", "protest walkout", "cyber blackout",
    "collapse blackout", "dust smog", "fighting shooting", "fighting blast", "fighting drone", "fighting missile",
    "fighting plane", "fighting ceasefire", "fighting kidnap", "fighting riot", "fighting protest", "fighting fire",
    "airstrike blast", "airstrike fire", "airstrike drone", "airstrike missile", "airstrike plane", "airstrike collapse",
    "airstrike fighting", "airstrike shooting", "airstrike ceasefire", "airstrike bus", "airstrike ship",
    "airstrike boat", "airstrike train", "airstrike kidnap", "airstrike protest", "airstrike blackout",
))


def far_apart(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two tellings name kinds of happening, none the same and none related (`_RELATED`): a boat that
    sank and a mine that caved in, a bus crash and an earthquake."""
    if not ours or not theirs or ours & theirs:
        return False
    return not any(frozenset((a, b)) in _RELATED for a in ours for b in theirs)


# What the words of a kind say in other senses, read out of the text first: "fire" is no blaze in "opened fire",
# nor in "fires water cannon", and a price that "sank" no boat.
_OTHER_SENSES = re.compile(
    r"\b(?:open|opened|opening|opens|under|returned|return|exchange|exchanged|exchanging|cross|heavy|sniper|artillery"
    r"|friendly|cease|rifle|automatic|mortar|machine[- ]gun|small[- ]arms|tank|naval|gun)[- ]fire\b"
    r"|\bfire[sd]?\s+(?:on|at|upon|into|back|off|a|an|the|two|three|several|shots|rockets?"
    r"|missiles?|water|warning|tear)\b|\bfire\s+(?:services?|departments?|brigades?|and\s+rescue|officials?|"
    r"authorities|chiefs?|crews?|fighters?)\b|\bfirefight"
    r"|\bsank\s+(?:um|auf|\d|to\s+(?:a|its|their)\s)"  # a figure that fell: German "sank um 5 Prozent"
    r"|\bavalanche\s+of\s+(?!snow|rock|ice|mud)"  # "an avalanche of complaints"
)
# ... and words of one language that fold into another's, read out before folding: Vietnamese "trên" (on, above)
# is no Spanish "tren" (train).
_OTHER_LANGUAGES = re.compile(r"\b[Tt]rên\b")
_LATIN = re.compile(r"[a-z]")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """Two alternations, longest words first: Latin stems at a word's start, other scripts' words anywhere."""
    latin: dict[str, str] = {}
    other: dict[str, str] = {}
    for kind, words in _KINDS.items():
        for word in words:
            folded = fold(word)
            (latin if _LATIN.search(folded) else other).setdefault(folded, kind)

    def latin_word(word: str) -> str:
        return r"\s+".join(map(re.escape, word.split())) + (r"\b" if word.endswith(" ") else "")

    latin_pattern = "|".join(latin_word(w) for w in sorted(latin, key=len, reverse=True))
    other_pattern = "|".join(re.escape(w) for w in sorted(other, key=len, reverse=True))
    latin_kinds = {" ".join(w.split()): kind for w, kind in latin.items()}
    return re.compile(rf"(?<![a-z])(?:{latin_pattern})"), latin_kinds, re.compile(other_pattern), other


def kinds_of(text: str) -> frozenset[str]:
    """The kinds of happening the text names (`_KINDS`' keys)."""
    latin, latin_kinds, other, other_kinds = _lexicon()
    folded = _OTHER_SENSES.sub(" ", fold(_OTHER_LANGUAGES.sub(" ", text)))
    found = {latin_kinds[" ".join(m[0].split())] for m in latin.finditer(folded)}
    if not folded.isascii():
        found.update(other_kinds[m[0]] for m in other.finditer(folded))
    return frozenset(found)
