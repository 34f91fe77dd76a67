"""Layout: the one pass between the transforms and the writers.

    plan(document, style) -> Plan

It takes every GB/T 9704 document decision once, for all writers (like pandoc's
``makeSections``): which run-in article pairs with its text, which signature with its
date, where an attachment begins and ends, where a page or chapter break falls, a
heading's look level inside an attachment, whether a date closes the text, and the
front block (附件N label, 发文字号, title) of the document and of each part. Writers
render the plan's items through a table of render functions keyed by ``item.kind``
and hold no document state of their own.
"""

from .plan import (ITEM_KINDS, AttachmentHeading, AttachmentNote, Article, ClosingDate, Front, HeadingItem,
                   Imprint, Item, ListItem, Masthead, Para, Plan, Section, Signature, TableItem, plan)

__all__ = ["ITEM_KINDS", "AttachmentHeading", "AttachmentNote", "Article", "ClosingDate", "Front",
           "HeadingItem", "Imprint", "Item", "ListItem", "Masthead", "Para", "Plan", "Section", "Signature", "TableItem", "plan"]
