#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a folder of core/ or ui/ includes a header of a folder above it.

The order below is the architecture: a room may include its own headers and those of rooms on
lower levels, never of a room on its own level or above. core/ never includes ui/. Every room
also says what it holds in the comment at the top of its CMakeLists.txt.
"""
import pathlib
import re
import sys

LEVELS = {
    'core': [['tickets'], ['store'], ['catalog', 'people'], ['payments'], ['sales'], ['documents'],
             ['mail'], ['sync'], ['gate', 'aftersale'], ['reports', 'admin', 'assistant', 'demo'],
             ['terminal']],
    'ui': [['widgets'], ['console'], ['counter', 'kiosk', 'gate']],
}
ORDER = ['core', 'ui']  # ui may include all of core

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.').resolve()
level_of = {}
for top, levels in LEVELS.items():
    for rank, rooms in enumerate(levels):
        for room in rooms:
            level_of[(top, room)] = rank

include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
faults = []
for top in ORDER:
    for path in sorted((root / top).rglob('*')):
        if path.suffix not in ('.h', '.cpp'):
            continue
        rel = path.relative_to(root)
        if len(rel.parts) != 3:
            faults.append(f'{rel}: a source file belongs in one of the rooms of {top}/')
            continue
        here = (top, rel.parts[1])
        if here not in level_of:
            faults.append(f'{rel}: {rel.parts[1]}/ is not a room the order names')
            continue
        for target in include.findall(path.read_text(encoding='utf-8')):
            parts = pathlib.PurePosixPath(target).parts
            if len(parts) == 1:
                if target.endswith('.moc'):
                    continue
                if not (path.parent / target).exists():
                    faults.append(f'{rel}: "{target}" is not beside it; write its path from the root')
                continue
            if parts[0] not in LEVELS or len(parts) != 3:
                continue
            there = (parts[0], parts[1])
            if there == here:
                continue
            if ORDER.index(there[0]) > ORDER.index(here[0]):
                faults.append(f'{rel}: includes {target}, and {here[0]}/ may not include {there[0]}/')
            elif there[0] == here[0] and level_of.get(there, 99) >= level_of[here]:
                faults.append(f'{rel}: includes {target}, a room on its level or above')

for top, levels in LEVELS.items():
    for rooms in levels:
        for room in rooms:
            cmake = root / top / room / 'CMakeLists.txt'
            lines = cmake.read_text(encoding='utf-8').splitlines() if cmake.exists() else []
            said = [l for l in lines[:6] if l.startswith('#') and 'SPDX' not in l]
            if not said:
                faults.append(f'{top}/{room}/CMakeLists.txt: say at its top what the room holds')

for fault in faults:
    print(fault)
print(f'{len(faults)} includes or rooms out of order' if faults else 'every include points down')
sys.exit(1 if faults else 0)
