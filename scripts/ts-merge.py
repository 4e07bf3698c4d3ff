#!/usr/bin/env python3
"""Git merge driver for Qt .ts files: the union of both sides' messages.

Branches that each add tr() strings and their translations conflict on every merge of the
.ts files, although nothing contradicts. This driver keeps every context and message of
either side; where both sides translated the same source differently, "ours" wins and the
merge is reported as a conflict-free union (lupdate, run afterwards, drops stale entries).

Enable once per clone:
  git config merge.tsunion.driver "python3 scripts/ts-merge.py %O %A %B"
(.gitattributes maps translations/*.ts to it.)
usage: ts-merge.py BASE OURS THEIRS   (writes the result to OURS)
"""
import sys
import xml.etree.ElementTree as ET


def key(msg):
    src = msg.findtext('source') or ''
    com = msg.findtext('comment') or ''
    return (src, com)


def finished(msg):
    tr = msg.find('translation')
    return tr is not None and tr.get('type') not in ('unfinished', 'obsolete', 'vanished')


def merge(ours_root, theirs_root):
    contexts = {c.findtext('name'): c for c in ours_root.findall('context')}
    for tctx in theirs_root.findall('context'):
        name = tctx.findtext('name')
        octx = contexts.get(name)
        if octx is None:
            ours_root.append(tctx)
            contexts[name] = tctx
            continue
        have = {key(m): m for m in octx.findall('message')}
        for tmsg in tctx.findall('message'):
            omsg = have.get(key(tmsg))
            if omsg is None:
                octx.append(tmsg)
                have[key(tmsg)] = tmsg
            elif not finished(omsg) and finished(tmsg):
                idx = list(octx).index(omsg)
                octx.remove(omsg)
                octx.insert(idx, tmsg)
                have[key(tmsg)] = tmsg


def write(root, path):
    ET.indent(root, space='    ')
    body = ET.tostring(root, encoding='unicode')
    # lupdate writes <context> at column 0, one level less than ET.indent.
    body = '\n'.join(l[4:] if l.startswith('    <') else l for l in body.split('\n'))
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write('\n')


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    _, ours, theirs = sys.argv[1:]
    try:
        oroot = ET.parse(ours).getroot()
        troot = ET.parse(theirs).getroot()
    except ET.ParseError as err:
        print(f'ts-merge: cannot parse: {err}', file=sys.stderr)
        return 1
    merge(oroot, troot)
    write(oroot, ours)
    return 0


if __name__ == '__main__':
    sys.exit(main())
