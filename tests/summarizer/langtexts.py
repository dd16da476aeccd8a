"""Small news texts written for the language tests: per language, two articles where the second
repeats one sentence of the first (``REPEATED``) and adds one new sentence (``NEW``)."""
from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
"ru": ("""Норвегия построит новый мост через фьорд
Правительство Норвегии объявило во вторник о строительстве нового моста через Согне-фьорд.
Стоимость проекта оценивается в двенадцать миллиардов крон, сообщило министерство транспорта.
Строительство начнётся весной следующего года и займёт около шести лет.""",
"""Мост через Согне-фьорд откроют в 2031 году
Стоимость проекта оценивается в двенадцать миллиардов крон, сообщило министерство транспорта.
Инженеры установят на мосту датчики ветра, потому что зимой штормы в этом районе очень сильные."""),
"el": ("""Νέα γέφυρα στη Νορβηγία
Η κυβέρνηση της Νορβηγίας ανακοίνωσε την Τρίτη την κατασκευή μιας νέας γέφυρας πάνω από το φιόρδ.
Το κόστος του έργου εκτιμάται σε δώδεκα δισεκατομμύρια κορόνες, σύμφωνα με το υπουργείο μεταφορών.
Οι εργασίες θα ξεκινήσουν την επόμενη άνοιξη και θα διαρκέσουν περίπου έξι χρόνια.""",
"""Η γέφυρα θα ανοίξει το 2031
Το κόστος του έργου εκτιμάται σε δώδεκα δισεκατομμύρια κορόνες, σύμφωνα με το υπουργείο μεταφορών.
Οι μηχανικοί θα τοποθετήσουν αισθητήρες ανέμου στη γέφυρα, επειδή οι χειμερινές καταιγίδες είναι πολύ ισχυρές."""),
"ar": ("""جسر جديد في النرويج
أعلنت حكومة النرويج يوم الثلاثاء عن بناء جسر جديد فوق المضيق البحري.
تقدر تكلفة المشروع باثني عشر مليار كرونة، وفقا لوزارة النقل.
ستبدأ أعمال البناء في الربيع المقبل وتستغرق نحو ست سنوات.""",
"""افتتاح الجسر في عام 2031
تقدر تكلفة المشروع باثني عشر مليار كرونة، وفقا لوزارة النقل.
سيضع المهندسون أجهزة لقياس الرياح على الجسر لأن العواصف الشتوية في المنطقة قوية جدا."""),
"zh": ("""挪威将建新桥
挪威政府周二宣布，将在峡湾上建造一座新的跨海大桥。
交通部表示，该项目的总成本估计为一百二十亿挪威克朗。
工程将于明年春天开工，预计需要大约六年时间才能完成。""",
"""新桥将于2031年通车
交通部表示，该项目的总成本估计为一百二十亿挪威克朗。
工程师们将在桥上安装风速传感器，因为该地区冬季的风暴非常猛烈。"""),
"ja": ("""ノルウェーに新しい橋
ノルウェー政府は火曜日、フィヨルドに新しい橋を建設すると発表しました。
運輸省によると、事業費はおよそ百二十億クローネと見積もられています。
工事は来年の春に始まり、完成までに約六年かかる見通しです。""",
"""新しい橋は2031年に開通
運輸省によると、事業費はおよそ百二十億クローネと見積もられています。
冬の嵐が非常に強いため、技術者たちは橋に風速センサーを設置する予定です。"""),
"bn": ("""নরওয়েতে নতুন সেতু
নরওয়ের সরকার মঙ্গলবার একটি ফিয়র্ডের ওপর নতুন সেতু নির্মাণের ঘোষণা দিয়েছে।
পরিবহন মন্ত্রণালয় জানিয়েছে যে প্রকল্পটির খরচ প্রায় বারো বিলিয়ন ক্রোনার হবে।
আগামী বসন্তে নির্মাণকাজ শুরু হবে এবং এটি শেষ হতে প্রায় ছয় বছর লাগবে।""",
"""নতুন সেতু ২০৩১ সালে খুলবে
পরিবহন মন্ত্রণালয় জানিয়েছে যে প্রকল্পটির খরচ প্রায় বারো বিলিয়ন ক্রোনার হবে।
শীতকালে এই অঞ্চলে ঝড় খুব শক্তিশালী হয় বলে প্রকৌশলীরা সেতুতে বাতাসের সেন্সর বসাবেন।"""),
"de": ("""Norwegen baut eine neue Brücke über den Fjord
Die norwegische Regierung hat am Dienstag den Bau einer neuen Brücke über den Sognefjord angekündigt.
Die Kosten des Projekts werden auf zwölf Milliarden Kronen geschätzt, teilte das Verkehrsministerium mit.
Die Bauarbeiten sollen im nächsten Frühjahr beginnen und etwa sechs Jahre dauern.""",
"""Die Brücke über den Sognefjord soll 2031 öffnen
Die Kosten des Projekts werden auf zwölf Milliarden Kronen geschätzt, teilte das Verkehrsministerium mit.
Ingenieure wollen Windsensoren an der Brücke anbringen, weil die Winterstürme in der Region sehr heftig sind."""),
"fr": ("""La Norvège va construire un nouveau pont sur le fjord
Le gouvernement norvégien a annoncé mardi la construction d'un nouveau pont au-dessus du Sognefjord.
Le coût du projet est estimé à douze milliards de couronnes, selon le ministère des Transports.
Les travaux commenceront au printemps prochain et dureront environ six ans.""",
"""Le pont sur le Sognefjord ouvrira en 2031
Le coût du projet est estimé à douze milliards de couronnes, selon le ministère des Transports.
Les ingénieurs installeront des capteurs de vent sur le pont, car les tempêtes hivernales sont très violentes."""),
"es": ("""Noruega construirá un nuevo puente sobre el fiordo
El Gobierno noruego anunció el martes la construcción de un nuevo puente sobre el fiordo de Sogne.
El coste del proyecto se estima en doce mil millones de coronas, según el Ministerio de Transportes.
Las obras comenzarán la próxima primavera y durarán unos seis años.""",
"""El puente sobre el fiordo de Sogne abrirá en 2031
El coste del proyecto se estima en doce mil millones de coronas, según el Ministerio de Transportes.
Los ingenieros instalarán sensores de viento en el puente porque las tormentas invernales son muy fuertes."""),
"it": ("""La Norvegia costruirà un nuovo ponte sul fiordo
Il governo norvegese ha annunciato martedì la costruzione di un nuovo ponte sopra il Sognefjord.
Il costo del progetto è stimato in dodici miliardi di corone, secondo il ministero dei Trasporti.
I lavori inizieranno la prossima primavera e dureranno circa sei anni.""",
"""Il ponte sul Sognefjord aprirà nel 2031
Il costo del progetto è stimato in dodici miliardi di corone, secondo il ministero dei Trasporti.
Gli ingegneri installeranno sensori del vento sul ponte, perché le tempeste invernali sono molto violente."""),
"pt": ("""A Noruega vai construir uma nova ponte sobre o fiorde
O governo norueguês anunciou na terça-feira a construção de uma nova ponte sobre o fiorde de Sogne.
O custo do projeto é estimado em doze bilhões de coroas, segundo o Ministério dos Transportes.
As obras começarão na próxima primavera e devem durar cerca de seis anos.""",
"""A ponte sobre o fiorde de Sogne será aberta em 2031
O custo do projeto é estimado em doze bilhões de coroas, segundo o Ministério dos Transportes.
Os engenheiros vão instalar sensores de vento na ponte, porque as tempestades de inverno são muito fortes."""),
"sv": ("""Norge bygger en ny bro över fjorden
Den norska regeringen meddelade på tisdagen att en ny bro ska byggas över Sognefjorden.
Kostnaden för projektet beräknas till tolv miljarder kronor, enligt transportdepartementet.
Arbetet ska börja nästa vår och pågå i ungefär sex år.""",
"""Bron över Sognefjorden öppnar 2031
Kostnaden för projektet beräknas till tolv miljarder kronor, enligt transportdepartementet.
Ingenjörerna ska sätta upp vindgivare på bron eftersom vinterstormarna i området är mycket kraftiga."""),
"pl": ("""Norwegia zbuduje nowy most nad fiordem
Norweski rząd ogłosił we wtorek budowę nowego mostu nad Sognefjordem.
Koszt projektu szacuje się na dwanaście miliardów koron, podało ministerstwo transportu.
Prace rozpoczną się następnej wiosny i potrwają około sześciu lat.""",
"""Most nad Sognefjordem zostanie otwarty w 2031 roku
Koszt projektu szacuje się na dwanaście miliardów koron, podało ministerstwo transportu.
Inżynierowie zamontują na moście czujniki wiatru, ponieważ zimowe burze w tym regionie są bardzo silne."""),
"cs": ("""Norsko postaví nový most přes fjord
Norská vláda v úterý oznámila stavbu nového mostu přes Sognefjord.
Náklady na projekt se odhadují na dvanáct miliard korun, uvedlo ministerstvo dopravy.
Stavební práce začnou příští jaro a potrvají zhruba šest let.""",
"""Most přes Sognefjord se otevře v roce 2031
Náklady na projekt se odhadují na dvanáct miliard korun, uvedlo ministerstvo dopravy.
Inženýři na most nainstalují čidla větru, protože zimní bouře jsou v této oblasti velmi silné."""),
}


def _line(text: str, index: int) -> str:
    return text.split("\n")[index]


# The sentence both articles tell, and the one only the second tells (line 1 of each second article
# repeats line 2 of the first; line 2 of the second is new).
REPEATED = {lang: _line(second, 1) for lang, (_, second) in TEXTS.items()}
NEW = {lang: _line(second, 2) for lang, (_, second) in TEXTS.items()}

# The same kind of news in languages the engine does not support.
UNSUPPORTED = {
    "ko": "노르웨이 정부는 화요일 피오르 위에 새로운 다리를 건설한다고 발표했다. 사업비는 약 120억 크로네로 추산된다.",
    "uk": "Уряд Норвегії оголосив у вівторок про будівництво нового мосту через фіорд. "
          "Вартість проєкту оцінюється у дванадцять мільярдів крон.",
    "hi": "नॉर्वे सरकार ने मंगलवार को फ्योर्ड पर एक नया पुल बनाने की घोषणा की। परियोजना की लागत लगभग बारह अरब क्रोनर "
          "आंकी गई है।",
    "nl": "De Noorse regering heeft dinsdag de bouw van een nieuwe brug over het fjord aangekondigd. "
          "De kosten van het project worden geschat op twaalf miljard kronen.",
    "fa": "دولت نروژ روز سه‌شنبه از ساخت یک پل جدید بر روی آبدره خبر داد. هزینه این پروژه حدود دوازده میلیارد کرون "
          "برآورد شده است.",
}
