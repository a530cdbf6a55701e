"""Word lists for names of people and organisations (no spaCy needed, so the CLI stays light)."""

from __future__ import annotations

import re

# Words that introduce a person's name: titles, forms of address, roles.
TITLES = frozenset(
    """Herr Herrn Frau Dr. Prof. Professor Professorin Präsident Präsidentin Präsidenten Kanzler Kanzlerin
    Bundeskanzler Bundeskanzlerin Minister Ministerin Ministerpräsident Ministerpräsidentin Sprecher Sprecherin
    Chef Chefin Gründer Gründerin Milliardär Milliardärin Unternehmer Unternehmerin Moderator Moderatorin Autor
    Autorin Journalist Journalistin Reporter Reporterin Senator Senatorin Abgeordnete Abgeordneter Bürgermeister
    Bürgermeisterin Papst König Königin Prinz Prinzessin General Generalin Botschafter Botschafterin Richter
    Richterin Anwalt Anwältin Trainer Trainerin Kommissar Kommissarin Staatschef Staatschefin Regierungschef
    Regierungschefin Vizepräsident Vizepräsidentin Außenminister Außenministerin CEO Direktor Direktorin Leiter
    Leiterin Vorsitzende Vorsitzender Politologe Politologin Politikwissenschaftler Politikwissenschaftlerin Ökonom
    Ökonomin Experte Expertin Analyst Analystin Sänger Sängerin Schauspieler Schauspielerin Kandidat Kandidatin
    Präsidentschaftskandidat Präsidentschaftskandidatin Oppositionsführer Oppositionsführerin Diktator Kremlchef
    Bankier Banker Investor Investorin Manager Managerin Kollege Kollegin Sohn Tochter Ehemann Ehefrau""".split()
)
# Compound roles: "Kremlsprecher", "Siemens-Chef", "Regierungssprecherin", "Gazprombank-Vizechef".
ROLE_SUFFIX = re.compile(
    r"(?:sprecher|sprecherin|chef|chefin|minister|ministerin|präsident|präsidentin|kanzler|"
    r"kanzlerin|gründer|gründerin|vorsitzende|vorsitzender|direktor|direktorin|milliardär|"
    r"unternehmer|leiter|leiterin|berater|beraterin|botschafter|botschafterin|politiker|politikerin|"
    r"vertreter|vertreterin|experte|expertin|delegierte|delegierter|funktionär|funktionärin|manager|managerin)$"
)
NAME_TOKEN = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàóòíìúçñ'’-]+$|^[A-ZÄÖÜ]\.$")
# Capitalised words that follow a title but are not names.
NOT_NAMES = frozenset(
    """Der Die Das Den Dem Des Ein Eine Einer Eines Und Oder Aber Im In Am Auf Von Vom Zum Zur Mit Bei Nach Für
    Über Unter Als Wie Wenn Seit Bis""".split()
)
# Nouns that introduce an organisation's name: "das Unternehmen SpaceX", "der Konzern Siemens".
ORG_INTROS = frozenset(
    """Unternehmen Unternehmens Konzern Konzerns Firma Bank Partei Verein Vereins Hersteller Herstellers Autobauer
    Autobauers Verband Verbands Gewerkschaft Stiftung Organisation Behörde Start-up Startup Fluggesellschaft
    Airline Versicherer Versicherers Sender Senders Plattform Agentur Institut Instituts""".split()
)
# The end of a compound that names an organisation: "Raumfahrtunternehmen", "Elektroautohersteller".
ORG_INTRO_SUFFIX = re.compile(r"(?:unternehmen|unternehmens|konzern|konzerns|hersteller|herstellers|firma|gruppe)$")
# Word endings and tokens that mark an organisation name: "Gazprombank", "Siemens AG", "Eurasia Group".
ORG_NAME_SUFFIX = re.compile(
    r"(?:bank|konzern|werke|gruppe|verlag|armee|partei|bewegung|miliz|allianz|brigade|brigaden)$"
    r"|^(?:AG|GmbH|SE|KG|KGaA|Inc\.?|Ltd\.?|Corp\.?|Group|Holding|Holdings|LLC|plc|Versicherung|Versicherungen|"
    r"Dynamics|Investors|Automation|Systems|Technologies|Solutions|Capital|Partners|Motors|Airlines|Pharma|Energy|"
    r"Media|Bank|Consulting|Software|Electronics|Verlag|Stiftung|Verband|Gewerkschaft)$",
    re.IGNORECASE,
)
# Well-known organisations a small statistical model often misses or mislabels.
KNOWN_ORGS = frozenset(
    """SpaceX Tesla Apple Google Alphabet Microsoft Amazon Meta Facebook Instagram WhatsApp Twitter OpenAI
    Nvidia Intel IBM Samsung Huawei TikTok ByteDance Alibaba Volkswagen VW BMW Daimler Mercedes-Benz Porsche Audi
    Siemens BASF Bayer SAP Allianz Lufthansa Telekom Bosch Continental Adidas Puma Commerzbank Gazprom Rosneft
    Lukoil Gazprombank Sberbank Aeroflot Roskosmos NASA ESA NATO EU UN UNO WHO IWF OSZE OPEC Nato Uno Bundestag
    Bundesrat Bundeswehr Pentagon FBI CIA NSA BND SPD CDU CSU FDP AfD BSW ÖVP SPÖ
    FPÖ Boeing Airbus Pfizer BioNTech Moderna Shell BP Exxon Toyota Ford Uber Netflix Spotify""".split()
)
# Sports clubs: "FC Bayern", "Naumburger SV 1905", "Hamborn 07".
CLUB_TOKENS = frozenset(
    "FC SC SV TSV VfB VfL VfR BSC TuS SpVgg SG SSV FSV KSC HSV BVB Borussia Eintracht Werder Hertha".split()
)
CLUB_YEAR = re.compile(r"^(?:0\d|1[89]\d\d|0\d\d)$")
# Newspaper names: "Kölner Stadt-Anzeiger", "Ruhr Nachrichten", "Hessisch Niedersächsische Allgemeine".
PAPER_SUFFIX = re.compile(
    r"^[\w-]*(?:Zeitung|Allgemeine|Nachrichten|Anzeiger|Rundschau|Morgenpost|Tagblatt|Tageblatt|Abendblatt|"
    r"Kurier|Volksstimme|Presse|Post|Zeitung)$"
)
