#!/usr/bin/env python3
"""Exclusive C14N oracle: libxml2's implementation, reached two ways.

Usage: c14n_oracle.py MANIFEST.json
MANIFEST is a JSON list of cases:
  {"file": path, "select": {"document": true} | {"id": value} | {"path": [i, j, ...]},
   "withComments": bool, "inclusive": [prefix, ...]}
Prints a JSON list, one entry per case:
  {"lxml": base64 | null, "nodeset": base64 | null, "errors": [message, ...]}

Route "lxml": etree.tostring(element, method="c14n", exclusive=True, ...). For an element that is not the
root, lxml canonicalizes a temporary document whose root is a shallow copy of the element carrying the
namespace declarations of all its ancestors (lxml's _plainFakeRootDoc), which stands in for "the subtree in
its document context". lxml's wrapper silently drops PrefixList entries that are not names of the document
(it looks them up in the document's dictionary), which drops "#default"; libxml2 accepts "" as a synonym, so
"#default" is passed as "".

Route "nodeset": libxml2's xmlC14NDocDumpMemory called through ctypes on the real document with the XPath
node-set of the subtree (element, descendants, their attributes and namespace nodes) -- the same way an
XML-DSig implementation such as xmlsec canonicalizes a same-document reference. It is independent of
lxml's copy and is used to check that route.
"""
import base64
import ctypes
import json
import sys

from lxml import etree

ID_NAMES = ("Id", "id", "ID")
XML_C14N_EXCLUSIVE_1_0 = 1
XML_PARSE_NONET = 1 << 11


def find_by_id(tree, value):
    for el in tree.iter(etree.Element):
        for name, attr_value in el.attrib.items():
            if name.rsplit("}", 1)[-1] in ID_NAMES and attr_value == value:
                return el
    raise LookupError("no element with id %r" % value)


def find_by_path(tree, path):
    el = tree.getroot()
    for index in path:
        el = [c for c in el if isinstance(c.tag, str)][index]
    return el


def lxml_prefixes(inclusive):
    return [("" if p == "#default" else p) for p in inclusive] or None


def via_lxml(case):
    # No DTD loading, no entity resolution, no network: the inputs never need them.
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    tree = etree.parse(case["file"], parser)
    select = case["select"]
    if select.get("document"):
        target = tree
    elif "id" in select:
        target = find_by_id(tree, select["id"])
    else:
        target = find_by_path(tree, select["path"])
    return etree.tostring(
        target,
        method="c14n",
        exclusive=True,
        with_comments=bool(case.get("withComments")),
        inclusive_ns_prefixes=lxml_prefixes(case.get("inclusive") or []),
    )


_lib = None


def libxml2():
    global _lib
    if _lib is None:
        lib = ctypes.CDLL("libxml2.so.2")
        lib.xmlReadFile.restype = ctypes.c_void_p
        lib.xmlReadFile.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
        lib.xmlXPathNewContext.restype = ctypes.c_void_p
        lib.xmlXPathNewContext.argtypes = [ctypes.c_void_p]
        lib.xmlXPathEvalExpression.restype = ctypes.c_void_p
        lib.xmlXPathEvalExpression.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        lib.xmlC14NDocDumpMemory.restype = ctypes.c_int
        lib.xmlC14NDocDumpMemory.argtypes = [
            ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int,
            ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.POINTER(ctypes.c_void_p),
        ]
        lib.xmlFreeDoc.argtypes = [ctypes.c_void_p]
        _lib = lib
    return _lib


def xpath_literal(value):
    if "'" not in value:
        return "'%s'" % value
    return "concat('%s')" % "', \"'\", '".join(value.split("'"))


def via_nodeset(case):
    lib = libxml2()
    doc = lib.xmlReadFile(case["file"].encode(), None, XML_PARSE_NONET)
    if not doc:
        raise ValueError("libxml2 could not parse %s" % case["file"])
    try:
        select = case["select"]
        nodes = None
        if not select.get("document"):
            if "id" in select:
                apex = "//*[@*[%s] = %s]" % (
                    " or ".join("local-name() = '%s'" % n for n in ID_NAMES), xpath_literal(select["id"]))
            else:
                apex = "/*" + "".join("/*[%d]" % (i + 1) for i in select["path"])
            expr = "(%s/descendant-or-self::node() | %s/descendant-or-self::*/@* | %s/descendant-or-self::*/namespace::*)" % (
                apex, apex, apex)
            ctx = lib.xmlXPathNewContext(doc)
            result = lib.xmlXPathEvalExpression(expr.encode(), ctx)
            if not result:
                raise ValueError("XPath failed: " + expr)
            # struct _xmlXPathObject { xmlXPathObjectType type; xmlNodeSetPtr nodesetval; ... }
            nodes = ctypes.c_void_p.from_address(result + ctypes.sizeof(ctypes.c_void_p)).value
        prefixes = case.get("inclusive") or []
        c_prefixes = (ctypes.c_char_p * (len(prefixes) + 1))(*[p.encode() for p in prefixes], None) if prefixes else None
        out = ctypes.c_void_p()
        n = lib.xmlC14NDocDumpMemory(doc, nodes, XML_C14N_EXCLUSIVE_1_0, c_prefixes,
                                     1 if case.get("withComments") else 0, ctypes.byref(out))
        if n < 0:
            raise ValueError("xmlC14NDocDumpMemory failed")
        return ctypes.string_at(out.value, n) if n > 0 else b""
    finally:
        lib.xmlFreeDoc(doc)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    results = []
    for case in cases:
        entry = {"lxml": None, "nodeset": None, "errors": []}
        for route, fn in (("lxml", via_lxml), ("nodeset", via_nodeset)):
            try:
                entry[route] = base64.b64encode(fn(case)).decode("ascii")
            except Exception as e:  # reported per case; the test fails on it
                entry["errors"].append("%s: %s: %s" % (route, type(e).__name__, e))
        results.append(entry)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
