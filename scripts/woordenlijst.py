#!/usr/bin/env python3
"""Maakt assets/woorden/opentaal.txt: de woordenlijst waarmee marke samenstellingen splitst.

Bron: de woordenlijst van OpenTaal, zoals het Debian-pakket wdutch die in
/usr/share/dict/nederlands zet (apt-get install wdutch). We houden alleen woorden in kleine
letters (geen namen), zonder accenten (zoals marke ze vouwt: financiële → financiele), van
alleen letters, van 3 tot en met 30 tekens; gesorteerd op bytes en zonder dubbele, zodat marke
er binair in kan zoeken. Gebruik: python3 scripts/woordenlijst.py > assets/woorden/opentaal.txt
"""

import sys
import unicodedata

SOURCE = "/usr/share/dict/nederlands"


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main():
    words = set()
    with open(SOURCE, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if not word or word != word.lower():
                continue
            folded = fold(word)
            if folded.isascii() and folded.isalpha() and 3 <= len(folded) <= 30:
                words.add(folded)
    sys.stdout.write("".join(w + "\n" for w in sorted(words)))


if __name__ == "__main__":
    main()
