"""JSON Schema patterns (ECMA-262 regular expressions) as Python regular expressions.

A schema's ``pattern`` is an ECMA-262 regular expression (JSON Schema 2020-12, section 6.4);
Python's ``re`` reads the same text differently in a few places:

- ``\\s``/``\\S``: Python counts U+001C-U+001F and U+0085 as white space, ECMA-262 does not,
  and ECMA-262 counts U+FEFF, which Python does not;
- ``\\d``/``\\w`` (and ``\\D``/``\\W``, ``\\b``/``\\B``): ASCII only in ECMA-262, any script's
  digits and letters in Python;
- ``.``: ECMA-262 stops at every line terminator (LF, CR, U+2028, U+2029), Python at LF only;
- ``$``: the end of the text in ECMA-262 (without the ``m`` flag); Python's also matches
  before a final LF.

``python_pattern`` writes each of these out as an explicit class, so that the SDK's validator,
the sandbox (which uses the same validator) and any JSON Schema implementation accept the same
strings. Anything it does not know how to carry over is refused, so that make generate fails
instead of a rule quietly changing meaning.
"""

from __future__ import annotations

__all__ = ["ECMA_LINE_TERMINATORS", "ECMA_WHITE_SPACE", "python_pattern"]

ECMA_WHITE_SPACE = (
    "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)
"""ECMA-262's WhiteSpace and LineTerminator code points (what ``\\s`` matches), as class text."""
ECMA_LINE_TERMINATORS = "\\n\\r\\u2028\\u2029"
"""ECMA-262's LineTerminator code points (what ``.`` does not match), as class text."""

_DIGIT = "0-9"
_WORD = "A-Za-z0-9_"
# An escape outside a class: its Python equivalent.
_OUTSIDE = {
    "s": f"[{ECMA_WHITE_SPACE}]",
    "S": f"[^{ECMA_WHITE_SPACE}]",
    "d": f"[{_DIGIT}]",
    "D": f"[^{_DIGIT}]",
    "w": f"[{_WORD}]",
    "W": f"[^{_WORD}]",
    "b": f"(?:(?<=[{_WORD}])(?![{_WORD}])|(?<![{_WORD}])(?=[{_WORD}]))",
    "B": f"(?:(?<=[{_WORD}])(?=[{_WORD}])|(?<![{_WORD}])(?![{_WORD}]))",
}
# An escape inside a class: the class text it adds. A negated one (\S, \D, \W) in a class has
# no class-text equivalent and is refused.
_INSIDE = {"s": ECMA_WHITE_SPACE, "d": _DIGIT, "w": _WORD}
# Escapes both read the same way (a character, or a control escape).
_SAME = set("tnrvf0\\/^$.*+?()[]{}|-")


def python_pattern(pattern: str) -> str:
    """The Python regular expression that matches what the ECMA-262 ``pattern`` matches.

    Used with ``re.search``, as JSON Schema uses a pattern (unanchored unless it anchors).
    Raises ValueError for a construct it cannot carry over.
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if index + 1 >= len(pattern):
                raise ValueError(f"pattern {pattern!r} ends with a lone backslash")
            escape = pattern[index + 1]
            index += 2
            if escape in ("x", "u"):
                width = 2 if escape == "x" else 4
                digits = pattern[index : index + width]
                if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                    raise ValueError(f"pattern {pattern!r}: \\{escape} needs {width} hex digits")
                out.append(f"\\{escape}{digits}")
                index += width
            elif in_class and escape in _INSIDE:
                out.append(_INSIDE[escape])
            elif not in_class and escape in _OUTSIDE:
                out.append(_OUTSIDE[escape])
            elif escape in _SAME:
                out.append(f"\\{escape}")
            else:
                raise ValueError(f"pattern {pattern!r}: \\{escape} is not supported")
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif char == "[":
                out.append("\\[")  # a plain character in an ECMA-262 class; Python warns
                index += 1
                continue
            elif char == "$":
                out.append("\\$")
                index += 1
                continue
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
            if pattern.startswith("^", index + 1):
                out.append("^")
                index += 1
            if pattern.startswith("]", index + 1):
                raise ValueError(f"pattern {pattern!r}: an empty class is not supported")
        elif char == ".":
            out.append(f"[^{ECMA_LINE_TERMINATORS}]")
        elif char == "$":
            out.append("\\Z")
        elif (
            char == "("
            and pattern.startswith("(?", index)
            and not pattern.startswith(("(?:", "(?=", "(?!"), index)
        ):
            raise ValueError(f"pattern {pattern!r}: only (?:, (?= and (?! groups are supported")
        else:
            out.append(char)
        index += 1
    if in_class:
        raise ValueError(f"pattern {pattern!r}: a class is not closed")
    return "".join(out)
