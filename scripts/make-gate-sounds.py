#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the gate's three sounds in resources/sounds/ (committed; run again only to change them):
#   admitted: a bright rising two-note chime; check: two mid beeps and a higher one;
#   refused: a low buzz. Each is unlike the others even on a poor lobby speaker.
import math
import os
import struct
import wave

RATE = 22050
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "sounds")


def tone(freqs, ms, volume=0.5, square=False):
    n = int(RATE * ms / 1000)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, i / (RATE * 0.005), (n - i) / (RATE * 0.02))  # no clicks
        s = 0.0
        for f in freqs:
            w = math.sin(2 * math.pi * f * t)
            if square:
                w = 1.0 if w >= 0 else -1.0
            s += w / len(freqs)
        out.append(s * env * volume)
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def save(name, samples):
    with wave.open(os.path.join(OUT, name + ".wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767))
                               for s in samples))


save("admitted", tone([880, 1760], 110) + tone([1318.5, 2637], 180))
save("check", tone([660], 120) + silence(70) + tone([660], 120) + silence(70) + tone([990], 160))
save("refused", tone([180, 190], 450, 0.35, square=True))
