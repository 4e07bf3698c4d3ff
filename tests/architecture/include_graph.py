#!/usr/bin/env python3
"""Folder include graph of the project: fails on a cycle between folders.

usage: include_graph.py SOURCE_ROOT [--graph]
A folder is model/store, widgets/charts, app/cli ... An include "a/b.h" belongs to the folder
whose files end with that path, preferring the including file's own tree (model, widgets, app)
and then the lower trees, as the compiler's include roots do. --graph prints every edge.
Exit 0 and 'cycles 0' when the folders form a DAG; exit 1 and one 'cycle among:' line per
strongly connected set otherwise.
"""
import os
import re
import sys
from collections import defaultdict

TREES = ['model', 'widgets', 'app']  # bottom to top
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(path):
    parts = path.split('/')
    return '/'.join(parts[:2]) if len(parts) > 2 else parts[0]


def source_files(root):
    for tree in TREES:
        for dirpath, _, names in os.walk(os.path.join(root, tree)):
            for name in names:
                if name.endswith(('.h', '.cpp')):
                    yield os.path.relpath(os.path.join(dirpath, name), root)


def edges_of(root):
    files = sorted(source_files(root))
    by_include = defaultdict(list)  # "store/workspace.h" -> ["model/store/workspace.h"]
    for f in files:
        parts = f.split('/')
        by_include['/'.join(parts[1:])].append(f)
    edges = defaultdict(set)
    for f in files:
        own_tree = TREES.index(f.split('/')[0])
        with open(os.path.join(root, f), encoding='utf-8', errors='replace') as handle:
            text = handle.read()
        for include in INCLUDE.findall(text):
            # Prefer the own tree, then lower trees: the order of the include roots.
            candidates = sorted(by_include.get(include, []),
                                key=lambda c: (TREES.index(c.split('/')[0]) > own_tree,
                                               -TREES.index(c.split('/')[0])))
            if candidates and folder_of(candidates[0]) != folder_of(f):
                edges[folder_of(f)].add(folder_of(candidates[0]))
    return edges


def cycles_of(edges):
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def main():
    root = sys.argv[1]
    edges = edges_of(root)
    if '--graph' in sys.argv:
        for a in sorted(edges):
            print(f'{a} -> {", ".join(sorted(edges[a]))}')
    cycles = cycles_of(edges)
    for c in cycles:
        print('cycle among: ' + ', '.join(c))
    folders = set(edges).union(*edges.values())
    print(f'folders {len(folders)} cycles {len(cycles)}')
    return 1 if cycles else 0


if __name__ == '__main__':
    sys.exit(main())
