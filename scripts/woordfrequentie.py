#!/usr/bin/env python3
"""Maakt assets/woorden/gewoon.txt: de gewone Nederlandse woorden (Zipf 3 of meer).

Bron: de woordfrequenties van wordfreq 3.1.1 (pip install wordfreq), lijst 'large' voor het
Nederlands. Zipf is log10(keren per miljard woorden): 3 is eens per miljoen woorden, de grens
die LiNT (de leesbaarheidstool van de overheid) ook gebruikt. We houden alleen woorden met een
Zipf van 3 of meer, in kleine letters, zonder accenten (zoals marke ze vouwt: financiële →
financiele), van alleen letters en een apostrof (auto's, zo'n); gesorteerd op bytes en zonder
dubbele, zodat marke er binair in kan zoeken. Wat niet in de lijst staat, is ongewoon.

Licentie van de gegevens: Creative Commons Naamsvermelding-GelijkDelen 4.0 (CC BY-SA 4.0),
https://creativecommons.org/licenses/by-sa/4.0/. wordfreq is van Robyn Speer; de gegevens
komen uit onder meer SUBTLEX-NL (Keuleers, Brysbaert en New, 2010; vrij beschikbaar),
Wikipedia, OpenSubtitles 2018, ParaCrawl en Google Books Ngrams. Zie
assets/woorden/LICENSE-wordfreq.txt. De afgeleide lijst valt onder dezelfde licentie.

Gebruik: python3 scripts/woordfrequentie.py > assets/woorden/gewoon.txt
"""

import sys
import unicodedata

from wordfreq import get_frequency_dict, zipf_frequency

THRESHOLD = 3.0


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def main():
    words = set()
    for word in get_frequency_dict("nl", wordlist="large"):
        folded = fold(word)
        if not folded.isascii() or not folded.replace("'", "").isalpha():
            continue
        if zipf_frequency(word, "nl", wordlist="large") >= THRESHOLD:
            words.add(folded)
    sys.stdout.write("".join(w + "\n" for w in sorted(words)))


if __name__ == "__main__":
    main()
