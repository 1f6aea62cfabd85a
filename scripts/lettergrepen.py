#!/usr/bin/env python3
"""Maakt tests/data/lettergrepen.tsv: woorden met hun aantal lettergrepen.

Het orakel is pyphen met de woordafbreking van nl_NL (pip install pyphen), met left=1 en
right=1 zodat ook een lettergreep van één letter aan het begin of eind telt (i-dee, o-a-se).
Waar de afbreking de uitspraak niet volgt (Engelse leenwoorden, afbreekpatronen die een
klinkergroep missen), staat de telling hieronder in HANDMATIG, met de reden; die regels krijgen
'hand' in de laatste kolom. Gebruik: python3 scripts/lettergrepen.py > tests/data/lettergrepen.tsv
"""

import pyphen

# Moeilijke gevallen: ij, ie, oe, eu, ui, ou, au, ei, drieklanken, trema, klinkerbotsing,
# samenstellingen, leenwoorden. Daarna gewone woorden uit de inhoud van Gezonde Marke.
HARD = """
ij bij wij zij vrij tijd blijven bijeenkomst ijs rijden vrijwilliger
ie niet die vier dieet politie familie ziekte ziekenhuis knie
oe goed zoeken boek voeten moeder doe
eu neus leuk deur gebeurt reuma
ui huis uit buiten duidelijk thuiszorg ruimte
ou oud zout vrouw houden gebouw koud
au pauze blauw auto
ei klein eigen gezondheid werkelijkheid
aai draaien zaaien maaien
ooi mooi mooie gooien nooit
oei moeilijk groeien bloeien
eeuw eeuw leeuw
ieuw nieuw nieuwe
uw duwen ruwe
ë ideeën zeeën België patiënt patiënten cliënt cliënten efficiënt coëfficiënt
ï ruïne geïnformeerd beïnvloeden naïef egoïsme
ü ö coördinatie coördinator
ia io materiaal sociaal ratio radio januari
eo ea video theater
prefixen beoordelen geacht
samenstellingen gezondheidszorg zorgverzekeraar huisartsenpraktijk wijkverpleegkundige
mantelzorgondersteuning arbeidsmarkt dorpsregisseur levensloopbestendig werkgeverschap
toekomstbestendige regioplan zorgaanbieders ouderenzorg jeugdhulp netwerkaanpak
leenwoorden community care reablement team online coach website casemanager
""".split()

COMMON = """
dingen moeite voorlichting noord geen opvallend geld snel evaluatie samenwerken bereikbare
werkplek medewerkers bedrag regievoerder beter gevoel logeerzorg vraag geldt gegaan
werkstructuur trendbureau dichtbij makkelijker steenwijkerland weinig verwijzing paramedici
steunpunten mantelzorgers mantelzorg fysiotherapeuten werkgevers naast oppakt haalt
belangenorganisatie hebt verpleegkundige persoonlijke holistische bewust publieke acuut
verband atlas smilde midden titel vaak ervaren idee ketenaanpakken communicatiestrategie
stuurt betekenis begrijpen bestuurder kijkt voorzitter trekt oplossing tweedelijnszorg
specialisten rollen groeit hoofdstuk zeggen verandering duurzame werd kinderen woont
voortgang integrale voelen aansluiten leden verhaal gericht ernstige training organiseren
apotheek spoedeisende innovatie raad kind respijtzorg omgaan koppelt meegemaakt miljoen
initiatief hulpvraag maat dagbesteding alleen oudere zorgplanning grond brengen vestiging
erkenning uitwerken participatie jongeren december cultuur uitvoert bevolking coevorden
onderzoekt woningen vastgelegd bewoners thuis stelt basisvaardigheden iets ruim alles
zorgverleners praat extra ongezond inwoners gemeente gemeenten provincie drenthe assen
emmen hoogeveen meppel afspraak afspraken strategisch doelen opgave opgaven preventie
welzijn zorg huisarts huisartsen ouderen eenzaamheid armoede bewegen sport school werk
wonen dementie beperking kwetsbare samen regio gezond gezonde leefstijl leefomgeving
sociale basis netwerk partners plan plannen uitvoering programma monitor monitoring
onderzoek kennis digitale technologie toegankelijke passende arbeidsmarkt personeel
opleiding onderwijs scholing studenten stage vacatures
""".split()

# Tellingen die de uitspraak volgen waar pyphen dat niet doet, met de reden.
HANDMATIG = {
    "care": (1, "Engels: keer"),
    "team": (1, "Engels: tiem"),
    "online": (2, "Engels: on-lain"),
    "coach": (1, "Engels: kootsj"),
    "website": (2, "Engels: web-sait"),
    "casemanager": (4, "Engels: kees-me-ne-djer"),
    "reablement": (4, "Engels: ri-ee-bel-ment"),
    "community": (4, "co-mu-ni-ty"),
    "training": (2, "trai-ning: ai is één klank"),
    "dieet": (2, "di-eet"),
    "naïef": (2, "na-ïef"),
    "egoïsme": (4, "e-go-ïs-me"),
    "coëfficiënt": (5, "co-ëf-fi-ci-ënt"),
    "efficiënt": (4, "ef-fi-ci-ënt"),
    # De afbreekpatronen splitsen niet aan de rand of in een klinkerbotsing; de uitspraak wel.
    "regioplan": (4, "re-gi-o-plan"),
    "regio": (3, "re-gi-o"),
    "netwerkaanpak": (4, "net-werk-aan-pak"),
    "evaluatie": (5, "e-va-lu-a-tie"),
    "acuut": (2, "a-cuut"),
    "idee": (2, "i-dee"),
    "apotheek": (3, "a-po-theek"),
    "initiatief": (5, "i-ni-ti-a-tief"),
    "mooie": (2, "mooi-e"),
    "ideeën": (3, "i-dee-ën"),
    "België": (3, "Bel-gi-ë"),
    "ratio": (3, "ra-ti-o"),
    "radio": (3, "ra-di-o"),
    "video": (3, "vi-de-o"),
}


def rows():
    dic = pyphen.Pyphen(lang="nl_NL", left=1, right=1)
    seen = set()
    for word in HARD + COMMON:
        if word in seen or (len(word) <= 2 and word in ("ij", "ie", "oe", "eu", "ui", "ou", "au", "ei", "uw", "ia", "io", "eo", "ea")):
            continue
        if not any(c.isalpha() for c in word) or word in ("ë", "ï", "ü", "ö", "aai", "ooi", "oei", "ieuw", "prefixen", "samenstellingen", "leenwoorden"):
            continue
        seen.add(word)
        split = dic.inserted(word)
        if word in HANDMATIG:
            n, why = HANDMATIG[word]
            yield word, n, split, f"hand: {why}"
        else:
            yield word, split.count("-") + 1, split, "pyphen"


def main():
    print("# woord\tlettergrepen\tafbreking (pyphen nl_NL)\tbron")
    for word, n, split, source in rows():
        print(f"{word}\t{n}\t{split}\t{source}")


if __name__ == "__main__":
    main()
