"""reward.py — the 0/1 correctness reward: find the boxed answer, decide whether it equals the gold.

The rule (DeepScaleR's): the text after the last `</think>` must contain a `\\boxed{...}` or `\\fbox{...}`
with balanced braces; the content of the last one is the answer. It scores 1.0 if it is equivalent to any
acceptable gold answer, else 0.0. No `</think>` → 0 (`no_think`); no box → 0 (`no_box`).

Equivalence, written for a policy that searches for whatever scores; when in doubt, 0:
- `_normalise`, one pass: unicode, spacing, thousands separators. Words are units only if all are real units
  (`cm`, `hours`, `square feet`, `°`, `\\$`), and a different unit from the gold's is wrong; any other word
  makes the answer text, compared as text (`\\text{not } 3` ≠ 3). Only the gold may carry other words.
- `_Parser` builds sympy objects with constructors (never eval/sympify), or tagged tuples for tuples and
  intervals, sets, bare lists, unions, matrices, relations and numbers in a base. `x > 2` is `(2, \\infty)`;
  `3 4` is an error, not 12; `±` gives both signs, in tuples too; `x\\%` is x/100, or x against a percent gold.
- Tolerance belongs to the gold: `\\approx 601` is a hedge unless the gold is approximate too; rationals
  compare exactly (`0.375` = 3/8); a gold written with a decimal point, or as `4 \\times 10^{33}`, allows the
  answers that round to it; anything else must agree at 50 digits and again at 2L + 60 digits, where 10^±L
  bounds every value met, so `3.1416` is not π and `5 + e^{-148}` is not 5.
- Functions agree at six points of both signs and three drawn from a hash of the pair, with no symbol the gold
  lacks (not even one that cancels: `5 + 0x`, `\\binom{k}{0}`) and no floor it lacks (a `\\bmod` is one; nor a floor
  that turns elsewhere than the gold's where it turns irregularly, nor an integer function of its own that takes one
  value wherever the gold has one); a discrete gold (floor, factorial…) must agree, to the last digit, at 25
  integers of both signs and 0, where floors of roots and logarithms turn, on the diagonal of two variables, and at
  12 more drawn from the hash.
  A multiple-choice answer is its letter alone: the grader never sees the options, so no text after it can be checked.

Safety. Model text never reaches eval, exec, sympify or parse_expr. Parsing bounds sizes (length, tokens, matrix
entries, nesting, digits, every exact number, arguments of roots and floors) and, where sympy would decide a sign
or a whole part (`_arg`), the degree of the roots and sums a hair from 0; `_num`, our own mpmath walk over the sympy
tree, gives up (no evidence) on any value past 10^±1000 or a factorial of 10^4 at a sample point. So each
`score` call returns in well under 2 s (bench_reward.py measures it); `grade_batch` adds worker processes
killed at a hard time limit.

Departs from DeepScaleR (first `</think>`, sympy `parse_expr`/`simplify`, no time limit) in all of the above.
Run: `python reward.py '<response>' '<gold>'`; `python -m pytest -q tests/test_reward.py`; `python bench_reward.py`.
"""

import atexit, contextlib, hashlib, itertools, json, math, os, re, select, signal, subprocess, sys, threading, time
import unicodedata
from fractions import Fraction
from functools import lru_cache

import mpmath
import sympy as sp

MAX_ANSWER = 1000   # characters in a boxed answer; real ones are far shorter
MAX_TOKENS = 500
MAX_DEPTH = 48      # nested groups (23 fractions in a row); the deepest parse measured takes 718 of 1,000 frames
MAX_DIGITS = 400    # digits in one literal, and its e-exponent (100! has 158 digits)
MAX_BITS = 200_000  # bits of an exact number, a power's included (2^{65536} needs 65,537)
MAX_FACTORIAL = 3000  # 2005! has 5,760 digits; a product of as many factorials as fit stays under MAX_BITS
MAX_SET = 64        # elements in a list, set or tuple
MAX_NODES = 300     # nodes of one entry of a matrix sum or product
MAX_DEGREE = 64     # the product of the indices of the roots in the argument of a function, |.|, a power, …
MAX_LOG10 = 1000    # values beyond 10^±1000 at a sample point are no evidence either way
MAX_DPS = 600       # a second look at 2L + 60 digits when values span 10^±L; beyond this, not equal
MAX_ARG = 10_000    # factorial and binomial arguments met while evaluating
MAX_TERMS = 100     # terms of a symbolic power expanded into real and imaginary parts: (x + y + 1)^4 has 70
MAX_PAIRS = 50      # comparisons to pair off the elements of two lists or sets, beyond the identical ones
MAX_ROOTS = 6       # roots of expressions in a variable in one answer

# ---------------------------------------------------------------- extraction: linear string scans


_BOX, _BRACE, _DEPTH = re.compile(r"\\(boxed|fbox) *"), re.compile(r"\\.|[{}]"), {"{": 1, "}": -1}


def _group_end(text, i):
    """Where the brace group opening at text[i] ends, or None if it never closes (\\{ and \\} do not group)."""
    depth = 0
    for b in _BRACE.finditer(text, i):
        depth += _DEPTH.get(b[0], 0)
        if depth == 0:
            return b.end()
    return None


def _last_box(text):
    """Content of the last \\boxed{...} / \\fbox{...} that no other box holds, or None (also when its braces never
    close, or when the last box has none). A box inside it is a frame: \\boxed{-\\boxed{5}} shows -5, not 5, and a box
    that is all of it only a second frame (\\boxed{\\boxed{59 \\text{ cents}}} is 59 cents)."""
    found, pos = None, 0
    while m := _BOX.search(text, pos):
        i = pos = m.end()
        if not text.startswith("{", i):  # `\boxed 5` is no box: the rule is `\boxed{...}`, as the prompt asks
            found = None
            continue
        if (pos := _group_end(text, i)) is None:
            return None
        found = text[i + 1:pos - 1]
    if found and len(found) > MAX_ANSWER:  # (too long to grade: unwrapping 3,000 frames one by one took 2 s)
        return found
    inner = found and found.strip()
    while inner and (m := _BOX.match(inner)) and inner.startswith("{", m.end()) and _group_end(inner, m.end()) == len(inner):
        found = inner = inner[m.end() + 1:-1].strip()
    return found and _BOX.sub("", found)


def extract_answer(text):
    """The last boxed answer after the last `</think>`, or None."""
    end = text.rfind("</think>")
    return None if end < 0 else _last_box(text[end + len("</think>"):])


def _gold_strings(gold):
    """Gold answer(s) as a tuple of strings. data.py already writes 142.0 as '142'; a number passed here
    directly gets the same plain str(), and boxed golds are unboxed."""
    out = []
    for g in gold if isinstance(gold, (list, tuple)) else [gold]:
        if isinstance(g, (int, float)) and not isinstance(g, bool):
            g = str(int(g)) if float(g).is_integer() else str(g)
        if isinstance(g, str):
            out.append((_last_box(g) or g if "\\boxed" in g or "\\fbox" in g else g).strip())
    return tuple(out)


def _light(s):
    """The answer without spacing noise: equal light forms are equal answers. A space between two words or
    numbers stays (`3 4` is not 34)."""
    s = re.sub(r"\\(left|right|[bB]igg?[lr]?)\.", "", s)  # a null delimiter, not a point
    s = re.sub(r"\\(left|right)(?![a-zA-Z])|\$", "", s)
    s = re.sub(r"(\\[,;: ]|~|\s)+", " ", s)  # (not \!: `81,\!256` is 81256, no list 81, 256)
    s = re.sub(r" ?([^\w ]) ?", r"\1", s)
    return re.sub(r"\\[dtc]frac", r"\\frac", s).strip().removesuffix(".")  # one full stop; `12...` is not 12

# ---------------------------------------------------------------- normalisation: one pass


_UNICODE = {"−": "-", "×": "\\times ", "·": "\\cdot ", "÷": "\\div ", "≤": "\\le ", "≥": "\\ge ", "≠": "\\ne ",
            "∞": "\\infty ", "π": "\\pi ", "√": "\\sqrt ", "±": "\\pm ", "∓": "\\mp ", "∪": "\\cup ", "′": "'",
            "″": "''",
            "°": "^\\circ ", "\\textdegree": "^\\circ ", "!=": "\\ne ", "€": " euro", "¢": " cent", "∕": "/", "⁄": "/", "ϖ": "\\varpi ",
            "∛": "\\sqrt[3]", "∜": "\\sqrt[4]", "Å": " angstrom", "℃": "^\\circ C", "º": "^\\circ ", "\\colon": ":", "\\backslash": "\\setminus ",
            "\u212b": " angstrom", "\\AA": " angstrom", "٪": "\\%", "٫": ".", "٬": ",",  # (Arabic percent, decimal and thousands signs)
            **{c: "\\mathbb{%s}" % c for c in "ℕℤℚℝℂℙ"}}  # (before NFKC makes them plain letters)
_UNIT_WORDS = {  # canonical name: spellings. Abbreviations match in their case (m, M and mS are three units),
    # words of 4+ letters in any case; a final `s` makes a plural of a lower-case word (hours, lbs; not ms or Pas)
    "mm": "mm millimeter millimetre", "cm": "cm centimeter centimetre", "m": "m meter metre",
    "km": "km kilometer kilometre", "in": "in inch inches", "ft": "ft foot feet", "yd": "yd yard", "mi": "mi mile",
    "acre": "acre", "bushel": "bushel", "l": "l L liter litre", "ml": "ml mL milliliter", "gal": "gal gallon",
    "cup": "cup", "pint": "pint", "quart": "quart", "tsp": "tsp teaspoon", "tbsp": "tbsp tablespoon", "s": "s sec second",
    "min": "min minute", "h": "h hr hour", "day": "day", "week": "week", "month": "month", "yr": "yr year",
    "g": "g gram", "kg": "kg kilogram", "lb": "lb pound", "oz": "oz ounce", "ton": "ton tonne",
    "dollar": "dollar usd USD \x03", "cent": "cent", "euro": "euro EUR", "deg": "deg degree \x02", "degC": "\x02C",
    "degF": "\x02F", "rad": "rad radian", "unit": "unit", "mph": "mph", "kcal": "kcal", "cal": "cal calorie",
    "j": "J joule", "ev": "eV", "w": "W watt", "hz": "Hz hertz", "pa": "Pa pascal", "am": "am AM a.m A.M",
    "pm": "pm PM p.m P.M", "arcmin": "arcmin arcminute", "arcsec": "arcsec arcsecond", "nm": "nm nanometer nanometre",
    "um": "um micrometer micrometre micron", "angstrom": "angstrom", "erg": "erg", "mol": "mol mole", "V": "V volt",
    "A": "A ampere", "N": "N newton", "T": "T tesla", "K": "K kelvin", "F": "F farad", "pc": "pc parsec",
    "kpc": "kpc kiloparsec", "Mpc": "Mpc megaparsec", "ly": "ly lightyear", "au": "AU au", "amu": "amu dalton Da"}
_SI = set("m g s l L W V A N T K F Hz Pa J eV Wb bar".split())  # symbols that take a prefix: mg, MW, meV, pF
_UNIT = {w: c for c, ws in _UNIT_WORDS.items() for w in ws.split()}
_TEXT = re.compile(r"\\(text|textbf|textit|textrm|textnormal|textup|mbox|mathrm|operatorname)\s*\{((?:[^{}]|\{-?\d+\})*)\}"
                   r"(\s*\^\s*(\{[^{}]*\}|-?\d))?")

def _connective(m):
    """`and`/`or` between values is a comma, but inside a bracket a hedge: (0 \\text{ or } 5) is no interval (0, 5)."""
    before = m.string[:m.start()]
    return "," if len(re.findall(r"[(\[]", before)) == len(re.findall(r"[)\]]", before)) else "\\or"


_GREEK = set(("alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi rho "
              "sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Sigma Phi Psi Omega ell hbar").split())
_NAME = r"([a-zA-Z]|\\(?:%s)(?![a-zA-Z]))(\s*_\s*(?:\{[^{}]*\}|\w))?" % "|".join(_GREEK)  # x, \omega, v_o, v_{o}
_ORDER = r"(?:\s*\^\s*\{?\s*(\d)\s*\}?)?"  # the 2 of d^2


def _builder(m):
    """{x | condition} is its condition where x stands alone on its sides (x > 2, 0 < x \\le 7, x \\in (0, 1),
    x \\ne 3), else a set that is no label's value: {x | x^2 = 5} is ±√5, {x | 1/x \\in (0, 9)} is (1/9, ∞)."""
    sides = re.split(r"[<>=,;]|\\(?:[lg]eq?(?:slant)?|[lg]t|neq?|in|notin|lor|land|vee|wedge|or|and)(?![a-zA-Z])|"
                     r"\\text\s*\{\s*(?:or|and)\s*\}|\b(?:or|and)\b", m[3])
    alone = all(side.strip() == m[1] for side in sides if re.search(r"(?<![a-zA-Z\\])%s(?![a-zA-Z])" % m[1], side))
    return m[3] if alone else m[0]


def _of_time(m):
    """y'(t) is y', the function of time, and so is y(t) where the answer holds a derivative in time (x'(t) = kx(t) - a,
    \\frac{dv_o(t)}{dt}); elsewhere y(t) stays as written, and \\sin(t) is the sine."""
    if m[1].startswith("\\") and m[1][1:] not in _GREEK:
        return m[0]
    timed = m[2].endswith("'") or re.search(r"'|\\d{1,3}ot(?![a-zA-Z])|[{/]\s*d\s*t(?![a-zA-Z])", m.string)
    return m[1] + m[2].replace(" ", "") if timed else m[0]


def _derivative(m):
    """A derivative in time in Leibniz's notation as primes, Lagrange's: dv/dt and \\frac{d^2v}{dt^2} are v' and v''
    (\\dot v and \\ddot v too, below). By another variable it stays as written: dv/dx is not dv/dt."""
    order, name, sub, by, _, below = m.groups()
    if by != "t" or (order or "1") != (below or "1"):
        return m[0]
    return name + (sub or "").replace(" ", "") + "'" * int(order or 1)


_OF_TIME = (r"(\\[a-zA-Z]+|[a-zA-Z])((?:\s*_\s*(?:\{\w*\}|\w))?'*)\s*\(\s*t\s*\)(?!\s*\()", _of_time)  # (x(t)(t) is x(t)·t)
_CLEAN = [(re.compile(p), r) for p, r in [  # in order
    (r"((\s|\\[,;:! ]|\\q?quad|~)*\\(therefore|blacksquare|square|qed)(?![a-zA-Z]))+\s*$", ""),  # end marks: 12 \quad \blacksquare
    (r"\x01\s*\[\s*-?[\d.]+\s*(pt|em|ex|mm|cm)\s*\]", "\x01"),  # a matrix row's extra space, \\[2pt]
    # thousands separators: 29,\!322,\!216 and 2{,}016 (3{,}4 is 3.4; 0{,}500 is 0.5, or 0 and 500, never 500), and in a
    # fraction or root, where no list can stand, \frac{20,000}{\pi} and \sqrt{1\,000}
    (r"(?<![\d.])-?[1-9]\d{0,2}((,\\!\s*|\{,\})\d{3})+(?!\d)", lambda m: re.sub(r",\\!\s*|\{,\}", "", m[0])),
    (r"(?:(?<=frac\{)|(?<=sqrt\{)|(?<=\}\{))\s*-?[1-9]\d{0,2}((,|\\,)\d{3})+(?![\d,])", lambda m: re.sub(r",|\\,", "", m[0])),
    (r"\{\s*:\s*\}", ":"),  # 8{:}34, a colon without TeX's spacing
    (r"\\(left|right|middle|[bB]igg?[lr]?)\.", ""),  # a null delimiter prints no point: 9\big.35 shows 935, \big.5 shows 5
    (r"\d\.\d*(\s|\\[,;:! ])*\\(left|[bB]igg?l?)\s*\(", r"\\ambiguous"),  # 1.3\left(2\right): 1.3·2 or 1.3222…?
    (r"\\(left|right|middle|[bB]igg?[lr]?|displaystyle|textstyle|limits)(?![a-zA-Z])", ""),
    (r"\\angle(?![a-zA-Z])", lambda m: " " if re.match(r"\s*\{?\s*" + _NAME, m.string[m.end():]) else r"\\ambiguous"),
    # \angle ABC and \angle\theta name an angle; before a number it is no product (2\angle(30) is no 60, 2\angle\pi no 2π)
    (r"(?<=([\w})\]]))\s*(\\q?quad(?![a-zA-Z])\s*|\\[hv]?phantom\s*\{[^{}]*\}\s*|((\\[;: ]|~)\s*){2,})++(?=([\w\\({]|-\S))",
     lambda m: " " if (m[1].isdigit() and m[5][0].isdigit()) or re.match(r"(and|or)\b", m.string[m.end():])
     or re.search(r"\b(and|or)$", m.string[:m.start()]) else ","),  # a wide space between two values separates
    # them: \frac32 \quad \frac12 is no 3/4, x=1 \quad x=-2 two roots (3 \quad 4 is neither 12 nor 3, 4)
    (r"\\[,;:! ]|\\q?quad(?![a-zA-Z])|~|\n|\t", " "),
    (r"\\(?:[dtc]|nice)frac(?![a-zA-Z])", r"\\frac"), (r"\\[dt]binom(?![a-zA-Z])", r"\\binom"),
    (r"\{([^{}]*)\\choose(?![a-zA-Z])([^{}]*)\}", r"\\binom{\1}{\2}"), (r"\\%", "%"),
    (r"\{([^{}]*)\\over(?![a-zA-Z])([^{}]*)\}", r"\\frac{\1}{\2}"),  # TeX's {1 \over 2}, and 1 \over 2 alone
    (r"^(.*)\\over(?![a-zA-Z])(.*)$", r"\\frac{\1}{\2}"),
    (r"(\d\.\d*)\s*\\dot\s*(?:\{(\d)\}|(\d))(\d*)\s*\\dot\s*(?:\{(\d)\}|(\d))",  # 0.\dot{3}\dot{6}: dots over the
     lambda m: f"{m[1]}\\overline{{{m[2] or m[3]}{m[4]}{m[5] or m[6]}}}"),  # repeat's first and last digit
    (r"(\d\.\d*)\s*\\(?:bar|dot)\s*(?:\{(\d+)\}|(\d))|(?<![\d.])(\.)\s*(?=\\overline)",  # 0.\bar{3}, 0.\dot{3},
     lambda m: f"{m[1]}\\overline{{{m[2] or m[3]}}}" if m[1] else "0."),  # .\overline{3}; unbraced, one digit: 0.\bar 36
    (r"\(([0-9A-Za-z]+)\)\s*_", r"\1_"), (r"_\s*\{\s*\(\s*(\d+)\s*\)\s*\}", r"_{\1}"),  # (4343)_6, 4343_{(6)}
    (r"\\(top|intercal)(?![a-zA-Z])", "T"), (r"\\lbrace", r"\\{"), (r"\\rbrace", r"\\}"),
    (r"\\langle(?![a-zA-Z])(.*?)\\rangle(?![a-zA-Z])", lambda m: "\\ambiguous" if re.search(
        r"\\(cup|setminus|infty|in)(?![a-zA-Z])", m.string) else f"({m[1]})"),  # ⟨1, 2⟩ is a vector, never an interval:
    (r"\\equiv(?![a-zA-Z])(?=.*\\[bp]?mod(?![a-zA-Z]))", r"\\ambiguous"),  # x \equiv 10 \mod 7 is a class, no value
    (r"\\[lr]angle(?![a-zA-Z])", r"\\ambiguous"),  # ⟨2, ∞) and ⟨0, 9⟩ ∪ ⟨9, 36⟩ are closed ends in Czech, no ends elsewhere
    (r"\\[lr]?vert(?![a-zA-Z])|\\mid(?![a-zA-Z])", "|"),
    (r"^\s*(P|E|\\Pr|\\mathbb\s*\{?\s*[PE]\s*\}?)\s*(\([^()\[\]]*[A-Z=<>][^()\[\]]*\)|\[[^()\[\]]*\])\s*=", "P ="),  # P(X = 1) = \frac13,
    # \mathbb{E}[X] = 5: a probability's or a mean's name
    (r"^\s*\\\{\s*([a-zA-Z])\s*(\\in\s*\\mathbb\s*\{?\s*R\s*\}?\s*)?[|:]\s*(.*(?<![a-zA-Z\\])\1(?![a-zA-Z]).*)\\\}\s*$", _builder),
    # {x | x > 2} is x > 2
    (r"^\s*([a-zA-Z])\s*(\([^()\[\]]*\]|\[[^()\[\]]*\))\s*$", r"\1 \\in \2"),  # t(0, 4] lost its \in: no product
    (r"(^|\\cup)(\s*[a-zA-Z]\s*\\in\s*)?\s*(\]([^\[\],]+),([^\[\],]+)([\[\]])|\[([^\[\],]+),([^\[\],]+)\[)\s*(?=\\cup|$)",
     lambda m: f"{m[1]}{m[2] or ''}{'(' if m[3][0] == ']' else '['}{m[4] or m[7]},{m[5] or m[8]}"
               f"{']' if m[6] == ']' else ')'} \\cup \\emptyset"),  # French ]2, 5[ and [3, 7] \cup [8, 9[: each a union, so
    # never the pair 2, 5
    (r"(?<=\d)(?<!_\d)\s*\^\s*(?:\{(\s*\\prime)+\s*\}|(\\prime\s*)+)", lambda m: {1: " arcmin", 2: " arcsec"}.get(m[0].count("prime"), m[0])),
    (r"(?<=\d)(?<!_\d)\s*''(?!')", " arcsec"),  # 5'' and 5″
    (r"\^\s*(?:\{\s*((\\prime\s*)+)\}|((\\prime\s*)+))", lambda m: "'" * m[0].count("\\prime")),  # y^{\prime\prime} = y''
    (r"(\\(?:sin|cos|tan|cot|sec|csc)(?:\^\s*\{?\d\}?)?)\s*(?:(\()|(\{))?\s*(\d+(?:\.\d+)?)\s*\^\s*(?:\{\s*\\circ\s*\}|\\circ)"
     r"(?(2)\s*\))(?(3)\s*\})", r"\1(\4\\pi/180)"),  # \sin 18^\circ, \sin(18^\circ), \tan{15^\circ} are in degrees (a
    # bracket is eaten only with its pair)
    (r"((\{\s*\}\s*)?\^\s*(?:\{\s*\\circ\s*\}|\\circ)|\\degree(?![a-zA-Z]))(\s*([CF])(?![a-zA-Z]))?", lambda m: " \x02" + (m[4] or "")),
    (r"(?<![\d.])(\d+)\s*\x02\s*(\d+(?:\.\d+)?)\s*(?:arcmin|')(?![a-zA-Z'])(?:\s*(\d+(?:\.\d+)?)\s*arcsec)?",
     lambda m: "\\ambiguous" if re.search(r"[\w.)\]}]\s*$", m.string[:m.start()]) or float(m[2]) >= 60 or float(m[3] or 0) >= 60
     else f"({m[1]} + {m[2]}/60 + {m[3] or 0}/3600) \x02"),  # 7° 30' is 7.5°, 28° 42' 36'' 28.71°; never after a value
    # (3 30° 0' is no 90°, 4.5° 0' no 20°), nor with 60 minutes or seconds
    (r"(?<![\\a-zA-Z])(arcsin|arccos|arctan|sinh|cosh|tanh|sin|cos|tan|cot|sec|csc|ln|log|exp|sqrt)(?![a-zA-Z])", r"\\\1"),
    (r"\\mathbb\s*\{?\s*R\s*\}?\s*_\s*\{\s*(>|\\geq?|<|\\leq?)\s*(-?\d+)\s*\}", lambda m: {">": "({0},\\infty)", "<": "(-\\infty,{0})"}.get(
        m[1], "[{0},\\infty)" if "g" in m[1] else "(-\\infty,{0}]").format(m[2])),  # \mathbb{R}_{>0}, \mathbb{R}_{\le 2}
    (r"\\mathbb\s*\{?\s*R\s*\}?(?![a-zA-Z^])", r"(-\\infty,\\infty)"),  # the real line (and its halves, \mathbb{R}_{>0})
    (r"\\mathbb\s*\{?\s*([A-Za-z])\s*\}?", r"\\numberset\1 "),  # ℕ or \mathbb{C} is a set, not the letter N or C
    (r"\\(mathbf|boldsymbol|bm|mathit|mathcal|mathbb|mathsf|mathrm)(?![a-zA-Z])|\\(text)?color\s*\{[a-z]*\}", ""),
    _OF_TIME,  # x(t), x'(t), \theta(t), before Leibniz's notation (\frac{d v(t)}{dt}) and after Newton's (\ddot{x}(t))
    (rf"\\frac\s*\{{\s*d{_ORDER}\s*{_NAME}\s*\}}\s*\{{\s*d\s*{_NAME}{_ORDER}\s*\}}", _derivative),  # \frac{d^2 v}{dt^2}
    (rf"(?<![\\a-zA-Z])d{_ORDER}\s*{_NAME}\s*/\s*d\s*{_NAME}{_ORDER}(?![a-zA-Z])", _derivative),  # dv/dt, d^2v/dt^2
    (rf"\\(d{{1,3}})ot(?![a-zA-Z])\s*(?:\{{\s*{_NAME}\s*\}}|{_NAME})(\s*_\s*(?:\{{[^{{}}]*\}}|\w))?",  # \dot x, \ddot{x}_0
     lambda m: (m[2] or m[4]) + (m[3] or m[5] or m[6] or "").replace(" ", "") + "'" * len(m[1])),
    _OF_TIME,
    (r"^\s*\\overline\s*\{\s*([A-Z]{2})\s*\}(?=\s*=)", r"\1"),  # \overline{AB} = 5, a segment's length (elsewhere
    # it may be the number with digits A and B)
    (r"\\(hat|bar|vec|tilde|widehat|overline)\s*\{?\s*([a-zA-Z]|\\[a-zA-Z]+)\s*\}?(\s*_\s*(\{\w*\}|\w))?",
     lambda m: f"{m[2]}_{{{m[1]}{(m[4] or '').strip('{}')}}}"),  # \bar{x} is the name x_bar, \hat{x}_0 x_hat0
    (r"\\(land|wedge)(?![a-zA-Z])", " and "), (r"\\(lor|vee)(?![a-zA-Z])", " or "),
    (r"\x01\s*(?=\\end)", ""), (r"^(\\\{)?\s*\\begin\s*\{(cases|array)\}(\s*\{[lcr]*\})?([^&]*)\\end\s*\{\2\}$|^[^\\]*\x01[^\\]*$",
                                   lambda m: (m[4] or m[0]).replace("\x01", ",")),  # x = 2 \\ y = 3, in cases or not
    (r",?\s+(and|or)\s+|(?<=[)\]])\s*(and|or)\s*(?=[(\[])", _connective),  # (1, and 2 is one comma)
    (r"(?<=[)\]])\s*-\s*(?=\\\{)", r"\\setminus "),  # \mathbb{R} - \{2\}
    (r"^\s*(=|\\approx|\\therefore|\\Rightarrow|\\implies)(?![a-zA-Z])", ""), (r"\\[hv]?phantom\s*(\{[^{}]*\}|.)", " "),  # 3\phantom{0}4 shows 3 4
]]


_SCRIPTS = {mark: "".join(c for c in map(chr, range(0xA0, 0x10000)) if unicodedata.decomposition(c).startswith(tag)
                          and c not in "ºª™℠") for mark, tag in (("^", "<super>"), ("_", "<sub>"))}  # (º is a degree)
def _scripts(s):
    """x² is x^{2}, 2ⁿ is 2^{n}, 1₂ is 1_{2}: NFKC would make them 12 and 2n."""
    for mark, chars in _SCRIPTS.items():
        s = re.sub(f"[{chars}]+", lambda m: mark + "{" + unicodedata.normalize("NFKC", m[0]) + "}", s)
    return s


_MATH_WORDS = {"and", "sin", "cos", "tan", "cot", "sec", "csc", "log", "ln", "exp", "sqrt", "arcsin", "arccos", "arctan", "sinh",
               "cosh", "tanh"}  # words that may stand in a \\text{} of math (`\\text{3 and 4}`); others make it words


def _unit(text):
    """'square cm' → (('cm', 2),); 'kcal m^{-2}' → (('kcal', 1), ('m', -2)); 'm/s' and 'meters per second' →
    (('m', 1), ('s', -1)); None if a word is not a unit."""
    piece = r"([a-zA-Z.\x02\x03]+)|\^\s*(?:\{\s*(-?\d+)\s*\}|(-?\d))|(/)"
    if re.sub(piece, "", text).strip():  # all of it: cm^{1/2} and cm^{2-1} are no cm
        return None
    out, power, sign, per = [], 1, 1, False  # per: a `per` or `/` still waits for its unit
    for word, braced, exp, slash in re.findall(piece, text):
        exp = braced or exp
        w = word.strip(".")
        w = w.lower() if len(w) > 3 or w.lower() in ("per", "sq") else w
        if w not in _UNIT and len(w) > 2 and w.endswith("s") and w[:-1].islower():
            w = w[:-1]
        if slash or w == "per":
            if per:
                return None
            sign, per = -1, True
        elif exp and out:
            out[-1] = (out[-1][0], out[-1][1] * int(exp))
        elif word.lower() in ("celsius", "fahrenheit") and out and out[-1] == ("deg", 1):  # degrees Celsius
            out[-1] = ("degC" if word.lower() == "celsius" else "degF", 1)
        elif w == "mph":  # mi/h
            out, per = out + [("mi", power * sign), ("h", -power * sign)], False
        elif w in ("square", "sq", "cubic") and power == 1:  # (square cubic meters is no unit)
            power = 3 if w == "cubic" else 2
        elif w in ("squared", "cubed") and out and abs(out[-1][1]) == 1:  # centimeters squared, m per second squared
            out[-1] = (out[-1][0], out[-1][1] * (3 if w == "cubed" else 2))
        elif w in _UNIT or (len(w) > 1 and w[0] in "pnumcdkMGT" and w[1:] in _SI):
            out.append((_UNIT.get(w, w), power * sign))
            power, per = 1, False
        else:
            return None
    return tuple(sorted(out)) if out and power == 1 and not per else None  # (147 cm per: a rate without its time)


_BLANK = r"(?:\s|~|\\[,;:! ]|\\q?quad(?![a-zA-Z])|\{\s*\}|\\(?:text(?!color)[a-z]*|mathrm|mbox|operatorname)\s*\{[\s.~]*\}|" \
    r"\\[hv]?phantom\s*\{[^{}]*\}|\\(?:left|right|middle|[bB]igg?[lr]?)(?![a-zA-Z])\s*\.?|" \
    r"\\(?:displaystyle|textstyle|limits)(?![a-zA-Z])|\\(?:text)?color\s*\{[a-z]*\})*+"  # what prints nothing, or a space
# (_CLEAN drops the sizes, null delimiters and colours later, after text() has asked _AFTER about them)
_SHUT = _BLANK + r"(?:(?:[)\]|}]|\\\}|\\r(?:floor|ceil|vert)(?![a-zA-Z]))" + _BLANK + r")*+"  # and brackets that close
_AFTER = re.compile(_SHUT + r"($|[,;<>&\x01]|\.(?!\d)|\\(cup|cap|in|setminus|[lg]eq?|[lg]t|neq?|end|and|or)(?![a-zA-Z])|"
                    r"\\(text|mathrm|mbox)\s*\{([a-zA-Z\s.,~]|\^\{-?\d\})*\}|"
                    r"([*/]|\\(cdot|times|div)(?![a-zA-Z]))" + _BLANK + r"\d+(\.\d+)?" + _SHUT + r"($|[,;&\x01]))")
# What may follow a unit (past what prints nothing and closing brackets): the end, a separator, a relation, words or
# another unit, or a plain number it is multiplied or divided by at the very end (24 cm/2 is 12 cm). Anything else
# makes the quantity something the grader does not compute: a sum, a power or a product of quantities, (3 cm)^2, (3 cm)!,
# 3 cm · 4 cm, (2 cm · 1)^3, 9 degrees × 12°, or what binds to the number before it (5 cm! is no 5!, 50 cm\% no 50%,
# 2 m\frac12 or 2 m{1 \over 2} no 2½, 5 cm\text{!} no 120, 2 feet\text{}^2 no 4 ft).


def _greek(m):
    name = unicodedata.name(m[0].replace("∆", "Δ"), "").split()
    letter = name[-1].replace("LAMDA", "LAMBDA")  # Unicode's spelling
    return "\\" + (letter.lower() if "SMALL" in name else letter.capitalize()) + " "


def _argument(before, angle):
    """Whether a bracket still open before a unit holds an argument or a factor rather than values: \\sqrt(64 cm),
    \\log_2(256 cm), 2^(3 cm), 16/\\,(2 cm), 1(2 cm); not (2 cm, 3 cm), x \\in [2 cm, 5 cm], A = (5 cm), nor an angle's
    unit in a trigonometric function's argument, \\cos(1 rad). Bars count: \\sqrt|64 cm|."""
    opened = []  # where each bracket still open starts; a bar | opens or closes (\sqrt|64 cm|)
    for m in re.finditer(r"\\[lr]?vert(?![a-zA-Z])|\||\\[lr](?:floor|ceil)(?![a-zA-Z])|[()\[\]]", before):
        bar = m[0] in ("|", "\\vert")
        if (bar and opened and opened[-1][1]) or m[0] in (")", "]") or m[0].startswith("\\r"):
            opened = opened[:-1]
        else:
            opened.append((m.start(), bar))
    plain = r"(^|[(\[,;=<>|&\x01]|\\(in|cup|cap|setminus|[lg]eq?|[lg]t|neq?|mid%s)(?![a-zA-Z]))$" % (
        "|sin|cos|tan|cot|sec|csc" if angle else "")
    return any(not re.search(plain, re.sub(_BLANK + "$", "", before[:p])) for p, _ in opened)


def _per(below, unit):
    """The units below a fraction bar with their powers turned negative (m^2 yr is m^{-2} yr^{-1}), so that a unit
    written after \\frac{kcal}{yr} multiplies the quantity instead of joining what is below the bar."""
    out = []
    for words, braced, power in re.findall(rf"{unit}(?:\s*\^\s*(?:\{{(-?\d)\}}|(-?\d)))?", below):
        words = words.replace("~", " ").split()
        units = [k for k, w in enumerate(words) if w.lower() not in ("square", "sq", "cubic", "squared", "cubed")]
        out += [w if k not in units else f"{w}^{{{-int(braced or power or 1) if k == units[-1] else -1}}}"
                for k, w in enumerate(words)]  # \text{m s}^2 is m s²; cm squared is cm^{-1} squared, as _unit reads it
    return out


def _normalise(s):
    """(math string, unit or None, non-unit words or None, has a degree sign), in one pass."""
    s = _scripts(s)
    s = re.sub(r"([√∛∜])\s*(-?\d+(\.\d+)?)", lambda m: f"\\sqrt[{'√∛∜'.index(m[1]) + 2}]{{{m[2]}}}", s)  # √51 is √(51)
    s = re.sub("[¼-¾⅐-⅞↉]", lambda m: "\\frac{%s}{%s}" % tuple(unicodedata.normalize("NFKC", m[0]).split("⁄")), s)  # 2⅖
    s = re.sub(r"€\s*(\d[\d,]*(\.\d+)?)", "\\1€", s)  # €2 is 2€, as \$2 is 2 dollars
    for k, v in _UNICODE.items():
        s = s.replace(k, v)
    s = re.sub(r"\bper(\s|\\[ ,;:!]|~)*cent\b|\bpercent\b", r"\\%", s)  # 5 per cent is 5\%, not 5 per cent (money)
    s = unicodedata.normalize("NFKC", s).replace("\\\\", "\x01").replace("\\$", " \x03 ").replace("$", "")
    s = re.sub(r"\\[()]", " ", s)  # \( \) delimit math, as $ $ do
    if "\\begin" in s:  # TeX's \cr ends a matrix's row too (elsewhere it is no comma: 1 \cr 000 is no 1,000)
        s = re.sub(r"\\cr(?![a-zA-Z])", "\x01", s)
    s = re.sub("[α-ωΑ-Ω∆]", _greek, s)  # α is \\alpha (after NFKC: so are the math italic 𝛼 and the micro sign µ)
    s = re.sub(r"(?<=[\d\s,;:!}])\\mu\s*(\\(text|mathrm)\s*\{\s*m\s*\}|m)(?=\s*$)", r"\\text{um}", s)  # 50 \mu m: micrometres
    units, words, ends = [], [], []  # units: one string per quantity; ends: where the last unit group ended, to tell
    # `\text{kg}\,\text{m}^2` (one quantity's unit) from `12\text{ cm}, 1\text{ m}` (two quantities)

    def text(m):  # \text{...}: a connective, math in disguise, a unit, or words
        c, power = m.group(2).replace("~", " ").strip(), m.group(3) or ""
        spaced = re.sub(r"\\[,;: ]", " ", c)  # \mathrm{m\,s^{-1}}
        if c.lower() in ("and", "or", ",", ", and"):
            return " " + c.lower().strip(", ") + " " if c.strip(", ") else ","  # (the bracket test is in _CLEAN)
        if c.lower() in ("all real numbers", "all reals"):
            return "(-\\infty,\\infty)"
        after_value = re.search(r"([\d})]|\\pi)(\s|~|\\[,;: ]|\\q?quad)*$", m.string[:m.start()])  # `5 \text{cm}`, `\pi\text{ rad}`
        before = re.sub(r"\\[{}]", "", m.string[:m.start()])
        angle = _unit(spaced + power) in ((("rad", 1),), (("deg", 1),))
        inside = before.count("{") > before.count("}") or re.search(r"\\over(?![a-zA-Z])", before) or \
            _argument(before, angle)
        after = m.string[m.end():]
        if after_value and re.fullmatch(r"([a-zA-Z\s./]|\^\s*\{?-?\d\}?)+", spaced) and _unit(spaced + power) and not inside \
                and _AFTER.match(after):  # cm, m/s, square feet; not `2 \text{ cm} + 1`, nor
            # \frac{5}{2 \text{ cm}} or 10/(2 \text{ cm}): a unit below a fraction bar
            if ends and re.fullmatch(r"(\s|~|\\[,;: ]|\\cdot)*", m.string[ends[-1]:m.start()]):
                units[-1] += " " + spaced + power  # the same quantity's unit goes on
            else:
                units.append(spaced + power)
            ends[:] = [m.end()]
        elif (re.search(r"[\d=+*/^\\!−-]", c) and all(_unit(w) or w.lower() in _MATH_WORDS for w in
                                                     re.findall(r"(?<![\\A-Za-z])[A-Za-z]{3,}", c))) \
                or (m.group(1) in ("mathrm", "operatorname") and (len(c) <= 1 or c in _MATH_WORDS)) or re.fullmatch(r"[a-z]", c) \
                or (c in ("C", "F") and re.search(r"(\\circ\s*\}?|\\degree)\s*$", m.string[:m.start()])):  # 5^{\circ}\text{C}
            return " " + c + " " + power
        elif c in ("", "."):  # \text{ } is a space, \text{.} a full stop (a power after them stays: 7\text{}^2 is 49)
            return " " + power
        else:
            words.append(c + power)
        return " "
    unit = r"\\(?:text|mathrm)\s*\{([a-zA-Z ~]+)\}"  # \frac{\text{m}}{\text{s}} and \text{m}/\text{s} are one unit, m/s
    raised = r"(?:\s*\^\s*(?:\{-?\d\}|-?\d))?"  # (a brace of its own only: `\frac{\text{m}^2}{..}` ends at the 2)
    many = rf"{unit}{raised}(?:(?:\s|\\[,;]|\\cdot)*{unit}{raised})*"  # m^2 \cdot yr
    s = re.sub(rf"\\frac\s*\{{\s*(?P<a>{many})\s*\}}\s*\{{\s*(?P<b>{many})\s*\}}",
               lambda m: "\\text{%s %s}" % (re.sub(r"\\(?:text|mathrm|cdot|[,;])|[{}~]", " ", m["a"]),
                                            " ".join(_per(m["b"], unit))), s)
    s = re.sub(rf"(?<=[\d}}])(?:\s|\\,)*/(?:\s|\\,)*(?:\(\s*(?P<b>{many})\s*\)|(?P<c>{unit}{raised}))",  # cm^2/s,
               lambda m: "\\,\\text{%s}" % " ".join(_per(m["b"] or m["c"], unit)), s)  # 10^{16}/cm^3, kcal/(m^2 yr)
    s = re.sub(r"\{\\rm\s+([^{}]*)\}", r"\\text{\1}", s)  # {\rm days}, plain TeX's roman
    s = re.sub(rf"({unit}{raised})(?:\s|\\,)*\\cdot(?:\s|\\,)*(?={unit})", r"\1\\,", s)  # kg·m², mi·h⁻¹
    s = re.sub(r"_\s*(\{\s*)?\\(?:text|mathrm)\s*\{\s*([a-zA-Z]+)\s*\}(?(1)\s*\})", r"_{\2}", s)  # x_{\text{max}}: a name
    s = _TEXT.sub(text, s)
    for p, r in _CLEAN:
        s = p.sub(r, s)
    s = s.strip().rstrip(".").strip()
    m = re.search(r"(?:^|(?<=[\d}\s]))\s*((?:\x02\s*[CF]|\x03|[A-Za-z][A-Za-z.]++)(?:\s*\^\s*\{?-?\d+\}?)?\s*)+$", s)
    if m and _unit(m.group(0)):  # bare units after the value: `5 cm`, `4.4 \times 10^{14} Hz`, `30 °C`; a degree sign
        # alone is left to the parser, which puts it on its term (30°, 90° - 60°, never 29 + (1)°)
        s, units = s[:m.start()].strip(), units + [m.group(0)]
    if s.startswith("\x03"):  # \$5, the dollar of the last quantity (\$5\text{ per hour})
        s, units = s[1:].strip(), units[:-1] + [" ".join(units[-1:] + ["\x03"])]
    quantities = set(map(_unit, units))
    if re.search(r"\d\s*[-+]\s*\d+(\.\d+)?$", s) or len(quantities) > 1:  # `1 + 2 \text{ cm}` is no length: nobody
        words, quantities = words + units, set()  # writes it for 3 cm; `\max\{12\text{ cm}, 1\text{ m}\}` is no 12
    degree = "\x02" in s + "".join(units)
    s = s.replace("\x01", "\\\\").strip()  # a \x02 left is a degree sign inside: the parser's
    return s, quantities.pop() if quantities else None, " ".join(words) or None, degree

# ---------------------------------------------------------------- tokens and the parser


_TOKEN = re.compile(r"(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|(\\[a-zA-Z]+|\\.)|(\s+)|([A-Z]{3,}(?![a-zA-Z])|.)",
                    re.S)  # SRMC and LRAC (acronyms) are names; AB and RC products
_RELOPS = {"=": "=", "<": "<", ">": ">", "\\le": "<=", "\\leq": "<=", "\\leqslant": "<=", "\\lt": "<",
           "\\ge": ">=", "\\geq": ">=", "\\geqslant": ">=", "\\gt": ">", "\\ne": "!=", "\\neq": "!=",
           "\\approx": "=", "\\equiv": "=", "\\in": "in"}
_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!=", "in": None}
_FUNCS = {"\\sin": sp.sin, "\\cos": sp.cos, "\\tan": sp.tan, "\\cot": sp.cot, "\\sec": sp.sec, "\\csc": sp.csc,
          "\\arcsin": sp.asin, "\\arccos": sp.acos, "\\arctan": sp.atan, "\\sinh": sp.sinh, "\\cosh": sp.cosh,
          "\\tanh": sp.tanh, "\\ln": sp.log, "\\log": sp.log, "\\exp": sp.exp}
_PERIODIC = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)
_REPEATING = (sp.floor, sp.ceiling, *_PERIODIC, sp.exp, sp.Pow)  # what can repeat at whole numbers (_turns)
_INVERSE = {sp.sin: sp.asin, sp.cos: sp.acos, sp.tan: sp.atan, sp.cot: sp.acot, sp.sec: sp.asec, sp.csc: sp.acsc,
            sp.sinh: sp.asinh, sp.cosh: sp.acosh, sp.tanh: sp.atanh}  # \sin^{-1}, \cot^{-1} (arccot, not tan), \sinh^{-1}
_CONSTS = {"\\pi": sp.pi, "\\infty": sp.oo, "\\emptyset": ("set", ()), "\\varnothing": ("set", ())}
_NOT_ATOM = {"\\cdot", "\\times", "\\div", "\\bmod", "\\mod", "\\pm", "\\mp", "\\cup", "\\setminus", "\\rfloor", "\\rceil", "\\end",
             "\\\\", "\\}"} | set(_RELOPS)
_SIGNS = {"+": sp.Integer(1), "-": sp.Integer(-1)}
_INTERVALS = ("()", "[]", "(]", "[)")  # the brackets of a tuple that may be an interval
_PM, _PCT, _DEG = sp.Symbol("_pm"), sp.Symbol("_pct"), sp.Symbol("_deg")  # placeholders for ±, %, and °
_ONE = sp.Integer(1)  # xreplace with a Python 1 would leave a Python int in the tree


class _Bad(Exception):
    """Not an answer this parser understands, or over a size bound."""


def _expr(v):
    if not isinstance(v, sp.Expr):
        raise _Bad("not an expression")
    return v


def _pow(b, e):
    """b^e, refusing what would be huge to compute: 9^{9^{9^9}}, (10^{300} x)^{1000} (sympy distributes it)."""
    b, e = _arg(b), _arg(e)
    if _infinite(b) or _infinite(e) or (e == 0 and (b == 0 or b.has(sp.nan))):  # sympy would make 0^0 and ∞^0 equal 1,
        raise _Bad("undefined power")  # and \infty^2 equal \infty
    if b == 0 and e.free_symbols:  # 0^{|n-7|}: 0 but at n = 7, where it has no value (and so no evidence)
        raise _Bad("0 to a variable power")
    if not e.is_Integer and _bits(b) > 1000:  # sympy looks for square factors of 10^{3000} + 1 by trial division
        raise _Bad("root of a huge number")
    if not e.is_Integer and _roots(b) >= 4:  # sympy weighs the sign of every level's base: \sqrt{(\sqrt{(…-1)^2}-1)^2}
        raise _Bad("roots nested too deeply")
    if b == -1 and not e.free_symbols and not e.is_Integer:  # (-1)^{2^{66000} + \ln 3} is periodic, as \cos
        _bounded(e, 10 ** 9)
    if not e.free_symbols and b not in (0, 1, -1):
        m = abs(e) if e.is_Number else abs(sp.N(e, 15))  # cheap: every inner power passed this check
        work = abs(e.p) if e.is_Rational else m  # sympy takes 360^{0.999999} as a root of 360^{999999}
        if not m.is_finite or work * _bits(b) > MAX_BITS or (m > 1000 and not b.is_Rational):
            raise _Bad("power too large")
    return _kept(sp.Pow(b, e), b, e)


def _roots(v):
    """How deeply roots (powers that are not whole) nest in v."""
    if not isinstance(v, sp.Basic) or not v.args:
        return 0
    here = 1 if v.is_Pow and not v.exp.is_Integer else 0
    return max(map(_roots, v.args)) + here


def _degree(v):
    """A bound on the degree of v as a polynomial in its symbols (a function of them counts as their own)."""
    if v.is_Pow and v.exp.is_Integer:
        return _degree(v.base) * abs(int(v.exp))
    if v.is_Mul:
        return sum(map(_degree, v.args))
    return max(map(_degree, v.args), default=1 if v.free_symbols else 0)


def _bits(v):
    """Bits of the largest exact number in v (its numerator and denominator together)."""
    return max([abs(r.p).bit_length() + r.q.bit_length() for r in v.atoms(sp.Rational)] + [1])


def _lost(v, *parts):
    """The symbols of the parts that cancelled in v (the ± and % placeholders aside)."""
    return set().union(*(p.free_symbols for p in parts)) - v.free_symbols - {_PM, _PCT, _DEG}


def _kept(v, *parts):
    """v, unless a symbol of its parts cancelled (`5 + y - y`, `\\frac{5x}{x}`, `x^0`: an answer may not use a
    symbol the gold lacks, not even one that cancels), or an exact number in it outgrew MAX_BITS (`2000!2000!…`), or
    its denominator MAX_BITS / 3 (each conversion of 1/10^{60000} to a float costs mpmath 18 ms)."""
    if _lost(v, *parts):
        raise _Bad("a symbol cancels")
    if _bits(v) > MAX_BITS or max((r.q.bit_length() for r in v.atoms(sp.Rational)), default=0) > MAX_BITS // 3:
        raise _Bad("number too large")
    return v


def _bounded(v, limit):  # arguments of !, \binom, roots and floors, where sympy would work hard
    if not _arg(v).free_symbols:  # (valued by our own walk: sympy's N takes twice the digits at each of nested cosines)
        x = v if v.is_Rational else _value(v, {}, [])
        if x is None or abs(x) > limit:
            raise _Bad("argument too large")
    return v


def _arg(v):
    """v as the argument of a function, |.|, a floor, a power or a comparison, where sympy decides a sign or whether
    a number is whole. Refused when its roots could make a minimal polynomial of degree over MAX_DEGREE (the product
    of their indices): sympy decides the sign of a sum that cancels by it, (\\sqrt{2} + \\sqrt{3} -
    \\sqrt{5 + 2\\sqrt{6}}) + (\\sqrt{5} + …), or Ramanujan's 3\\sqrt{\\sqrt[3]{5} - \\sqrt[3]{4}} - \\sqrt[3]{2} -
    \\sqrt[3]{20} + \\sqrt[3]{25} (degree 486)."""
    roots = [p.exp.q if p.exp.is_Rational else 2 for p in _expr(v).atoms(sp.Pow) if not p.exp.is_Integer]
    if len(roots) > 1 and math.prod(roots) > MAX_DEGREE:  # (one root alone cancels against nothing: x = 10^{1/100})
        raise _Bad("roots of too high a degree")
    for h in _expr(v).atoms(sp.exp, sp.sinh, sp.cosh, sp.tanh, *_PERIODIC):  # whether one is real, sympy decides by
        u = h.args[0]  # expanding its argument's real and imaginary parts: |\sinh(x^{1000})|, \sqrt{\sin^2((x+y+z)^{20})}
        if u.free_symbols and (u.has(*_INTEGRAL, sp.gamma, sp.Abs, sp.Max, sp.Min) or
                               any(p.exp.is_Integer and math.comb(2 * len(p.base.free_symbols) + abs(p.exp), abs(p.exp))
                                   > MAX_TERMS for p in u.atoms(sp.Pow))):
            raise _Bad("an argument too wide to expand")
    for s in sp.preorder_traversal(v):  # v, or a sum in it, near 0: sympy raises its precision until it sees the
        if (s is v or s.is_Add) and not s.free_symbols and not s.is_Number and _near_zero(s):  # sign, 120,000 digits
            raise _Bad("a constant too close to 0 to judge")  # for \sinh(10^{-40000}) - 10^{-40000}, \ln \cosh 10^{-60000}
    return v


@lru_cache(maxsize=4096)
def _near_zero(c):
    """Whether the constant c has no value, or is within 10^-20 of 0 at 30 digits (cached: nested arguments meet
    the same sums again)."""
    with mpmath.workdps(30):
        x = _value(c, {}, [])
    return x is None or abs(x) < mpmath.mpf(10) ** -20


def _floor(v, ceiling):
    """\\lfloor v \\rfloor or \\lceil v \\rceil. Of a constant, by our own evaluation: sympy's costs seconds for a sum that
    is exactly whole without showing it (\\sum \\cos \\frac{(2k-1)\\pi}{31} - \\frac12, Γ(1/3)Γ(2/3) - 2π/√3), refused
    here."""
    if v.free_symbols or v.is_Rational:
        return sp.ceiling(v) if ceiling else sp.floor(v)
    with mpmath.workdps(60):
        x = _value(v, {}, [])
        if x is None or mpmath.im(x) or abs(x - mpmath.nint(x)) < mpmath.mpf(10) ** -40:
            raise _Bad("a floor of no value, or of a whole number in disguise")
        return sp.Integer(int(mpmath.ceil(x) if ceiling else mpmath.floor(x)))


def _nonzero(v, why):
    """A constant's value at 50 digits by our own walk, refused (why) where it has none or is within 10^{-30} of 0: sympy
    decides such a sign, or cancels, by minimal polynomials, for minutes when v is 0 in twelve roots."""
    with mpmath.workdps(50):
        x = _value(v, {}, [])
    if x is None or abs(x) < mpmath.mpf(10) ** -30:
        raise _Bad(why)
    return x


def _div(n, d):
    """n / d. A quotient whose symbols cancel is a name: dv/dt and NO/BO name things, and 5x/x is not 5."""
    n, d = _expr(n), _expr(d)
    if _infinite(n) or _infinite(d):
        raise _Bad("arithmetic on infinity")
    if d.has(_DEG):  # 24°/2° is 12, no angle; 360/60° is no number
        raise _Bad("an angle below a fraction bar")
    if not (d.free_symbols or d.is_Rational):  # sympy cancels Z/Z to 1 though Z = \sqrt2+\sqrt3-\sqrt{5+2\sqrt6} is 0
        _nonzero(d, "a denominator that is 0 in disguise")
    v = n / d
    if _lost(v, n, d) and v.is_number:  # but 0/x, x/x and 2x/x name nothing: \\frac{0}{x} = 5 says 0 = 5
        raise _Bad("a constant quotient")
    return sp.Symbol(f"({n})/({d})") if _lost(v, n, d) else _kept(v)


def _arith(a, b, op):
    """a op b for expressions, or for matrices (sums, products, scalar multiples)."""
    if _kind(a) != "matrix" and _kind(b) != "matrix":
        if (_infinite(a) or _infinite(b)) and not (op == "*" and {a, b} & {_ONE, -_ONE}):
            raise _Bad("arithmetic on infinity")  # -\infty is a sign; (2, \infty - 1) or 2\infty is no interval's end
        return _kept({"+": sp.Add, "*": sp.Mul}[op](_expr(a), _expr(b)), a, b)
    a, b = (sp.ImmutableMatrix(v[1]) if _kind(v) == "matrix" else _expr(v) for v in (a, b))
    m = a + b if op == "+" else a * b
    if _lost(m, a, b):  # tM + (1 - t)M, as 5 + t - t
        raise _Bad("a symbol cancels")
    return _matrix(m)


def _infinite(v):
    return isinstance(v, sp.Basic) and v.has(sp.oo, -sp.oo, sp.zoo)


def _matrix(m):
    rows = m.tolist()
    if any(sum(1 for _ in sp.preorder_traversal(x)) > MAX_NODES for r in rows for x in r):
        raise _Bad("matrix entry too large")  # each factor of a chain ABCD… of irrational matrices doubles its entries
    return ("matrix", tuple(tuple(r) for r in rows))


def _matrix_pow(v, e):
    """A matrix or a tuple to the power T (its transpose: (1, 2)^T is a column), or a matrix of rationals to a
    whole power up to 64 (-1: its inverse)."""
    m = sp.ImmutableMatrix(v[1] if _kind(v) == "matrix" else [v[2]] if v[1] in ("()", "[]") else [])  # [2, -1, 3]^T
    if e == sp.Symbol("T") and m:
        return _matrix(m.T)
    if _kind(v) == "matrix" and e.is_Integer and -1 <= e <= 64 and m.is_square and all(x.is_Rational for x in m) \
            and _bits(m) * len(m) * abs(e) <= MAX_BITS and (e >= 0 or m.det() != 0):
        return _matrix(m ** int(e))
    raise _Bad("power of a matrix or tuple")


class _Parser:
    """items (, ;) > union (\\cup \\setminus) > relation (= < \\le \\in …) > ratio (:) > sum > product > power > atom."""

    def __init__(self, s):
        self.t = [m.group(0) for m in _TOKEN.finditer(s) if not m.group(3)]
        if len(self.t) > MAX_TOKENS:
            raise _Bad("too many tokens")
        self.i, self.depth, self.abs, self.inequalities, self.last = 0, 0, 0, 0, []
        self.inner = 0  # inside a function's argument or an exponent, where a degree sign changes the value
        self.sig = {}  # |number| → its significant digits, for numbers written with a point
        self.variables = set()  # of the inequalities read so far
        self.tupled = 0  # \\pm signs read inside the entries of tuples so far, each an entry's own
        self.bounded = set()  # what inequalities and memberships bound: x in -2 ≤ x ≤ 7, g(x) in g(x) > 0
        self.listed = self.points = False
        self.roots = 0  # of expressions in a variable (pow)

    def peek(self, k=0):
        return self.t[self.i + k] if self.i + k < len(self.t) else None

    def next(self):
        if self.i >= len(self.t):
            raise _Bad("unexpected end")
        self.i += 1
        return self.t[self.i - 1]

    def expect(self, tok):
        if self.next() != tok:
            raise _Bad("expected " + tok)

    def top(self):
        items = self.items()
        if self.peek() is not None:
            raise _Bad("trailing " + self.peek())
        if len(items) > 1 and any(_kind(x) == "set" for x in items):
            raise _Bad("a set in a list")  # \{15\}, -29 is no pair (15, -29)
        first = items[0]
        if _kind(first) == "rel" and first[1] == ("=",) and _kind(first[2][0]) == "tuple" and \
                all(x[1] == "()" if _kind(x) == "tuple" else x[:2] == first[:2] and x[2][0] == first[2][0] for x in items):
            items = [x if _kind(x) == "rel" else ("rel", ("=",), (first[2][0], x)) for x in items]  # (n, m) = (3, 6), (9, 3):
            # names for all, and for both versions of (y, x) = (\pm 2, 0), (\pm 3, 4)
        named = set().union(*(_free(x[2][0]) for x in items if _kind(x) == "rel" and x[1] == ("=",)))
        if len(items) > 1 and self.variables and len(self.variables | named) > 1:  # x > 1, y > 3 (or x = 2, y ≠ 3)
            raise _Bad("inequalities in several unknowns")  # read as intervals, they lose their names: no reading
        unknowns = self.variables | {x[2][0] for x in items if _kind(x) == "rel" and len(x[1]) == 1}  # what conditions bind
        regions = [_region(x, next(iter(unknowns))) for x in items] if len(items) > 1 and len(unknowns) == 1 else [None]
        bare = sum(_kind(x) in ("tuple", "union") for x in items)  # each read from an inequality, not written so
        if None not in regions and bare <= self.inequalities and (bare or ("in",) in (x[1] for x in items)):
            self.listed = True  # x < 2 or x > 3, x < 0 or x = 1, 0 < x < 36, x ≠ 9: conditions on one unknown
            self.points = bare < len(items)  # (a point or a membership among them: only an `or` makes them one set)
            return ("union", tuple(regions))  # (`x = 1 or x = 2` stays two values)
        return items[0] if len(items) == 1 else ("list", tuple(items))

    def chain(self, parse, seps):
        """parse (sep parse)*, as a list."""
        out = [parse()]
        while self.peek() in seps:
            self.i += 1
            out.append(parse())
        return out

    def items(self, expand=True):  # a comma list; an element with ± counts twice (`1 \pm \sqrt 5`)
        out, parts = [], self.chain(self.union, (",", ";"))
        signed = {str(v[2][0]) for v in parts if _kind(v) == "rel" and _has(v, _PM)}
        if expand and len(signed) > 1:  # x = \pm 2, y = \mp 3: whose signs go together? No reading
            raise _Bad("\\pm under several labels")
        for v in parts:
            if _kind(v) == "list":  # `(0, \pm 2), (4, \pm 3)`: each tuple's two versions join this list
                out += v[1]
            elif expand and _kind(v) == "rel" and v[1] == ("=",) and _kind(v[2][1]) == "list":  # (x, y) = (0, \pm 2): each
                out += [("rel", ("=",), (v[2][0], t)) for t in v[2][1][1]]  # version labelled
            else:
                out += [_subs(v, {_PM: _ONE}), _subs(v, {_PM: -_ONE})] if expand and _has(v, _PM) else [v]
        if len(out) > MAX_SET:
            raise _Bad("too many elements")
        return out

    def union(self):
        parts = self.chain(self.relation, ("\\cup",))
        if self.peek() == "\\setminus" and len(parts) == 1:  # (0,36) \setminus \{9\}, x \in (0,36) \setminus \{9\}
            self.i += 1
            v = parts[0]
            if _kind(v) == "rel" and v[1] == ("in",):
                return ("rel", ("in",), (v[2][0], _merge(_remove(v[2][1], self.relation()))))
            parts = _remove(v, self.relation())
        if len(parts) > 1 and _kind(parts[0]) == "rel" and parts[0][1] == ("in",):  # x \\in A \\cup B: x is in the union
            return ("rel", ("in",), (parts[0][2][0], _merge([parts[0][2][1], *parts[1:]])))
        return parts[0] if len(parts) == 1 else ("union", tuple(parts))

    def relation(self):
        exprs, ops = [self.ratio()], []
        while self.peek() in _RELOPS:
            op = _RELOPS[self.next()]
            if op in "<>" and self.peek() == "=":
                self.i, op = self.i + 1, op + "="
            ops.append(op)
            exprs.append(self.ratio())
        if not ops:
            return exprs[0]
        if ops == ["in"] and _empty(exprs[1]):  # x \in (3, 2) is in no interval: it is not the pair (3, 2)
            raise _Bad("an empty interval")
        if set(ops) <= {"<", "<=", ">", ">=", "in"}:  # by name: x in -x > -1 and |x| < 3, g(x) in g(x) > 0
            self.bounded |= {str(name) for x in exprs if _kind(x) == "expr" for name in x.free_symbols}
        v = _interval(("rel", tuple(ops), tuple(exprs)))
        if ops == ["!="] and _has(exprs[1], _PM):  # x ≠ ±2: neither value
            parts = [_interval(("rel", ("!=",), (exprs[0], _subs(exprs[1], {_PM: k})))) for k in (_ONE, -_ONE)]
            v = _intersect(parts) if all(_kind(x) == "union" for x in parts) else v
        if _kind(v) in ("tuple", "union"):  # an interval, or x ≠ 3 read as two
            self.inequalities += 1
            self.variables |= set().union(*(x.free_symbols for x in exprs if _kind(x) == "expr")) - {_PM}
        return v

    def ratio(self):  # 3:5 or a clock time 4:51:06, compared term by term
        parts = self.chain(self.sum, (":",))
        return parts[0] if len(parts) == 1 else ("tuple", ":", tuple(parts))

    def sum(self):
        signs = {**_SIGNS, "\\pm": _PM, "\\mp": -_PM}
        start, tupled = self.i, self.tupled
        v = _arith(signs[self.next()], self.product(True), "*") if self.peek() in signs else self.product()
        while self.peek() in signs:
            v = _arith(v, _arith(signs[self.next()], self.product(), "*"), "+")
        if self.t[start:self.i].count("\\pm") - (self.tupled - tupled) > 1:  # \pm 1 \pm i: four values, or two?
            raise _Bad("two \\pm in one sum")  # (\pm 1 \mp i is two; a tuple's entries are sums of their own)
        return v

    def product(self, signed=False):
        v = self.factor()
        while True:
            tok = self.peek()
            if tok in ("*", "\\cdot", "\\times"):
                self.i += 1
                v = _arith(v, self.factor(), "*")
            elif tok in ("/", "\\div"):
                self.i += 1
                v = _div(v, self.factor())
            elif tok in ("\\bmod", "\\mod"):  # 2^{10} \bmod 7
                if signed:
                    raise _Bad("a signed \\bmod")  # -7 \bmod 3: -(7 mod 3) or (-7) mod 3?
                self.i += 1
                m = _arg(self.factor())
                if not (_expr(v).free_symbols or m.free_symbols or (_expr(v).is_Rational and m.is_Rational)):
                    _floor(_expr(v) / m, False)  # sympy's Mod takes the whole part of v/m, for minutes when it is a
                    # whole number in disguise (twelve roots that sum to their own divisor): refused as a floor is
                if self.starts_atom(self.peek()) or (m.is_Number and m <= 0) or \
                        (m.is_Integer and _expr(v).is_Rational and not v.is_Integer):  # 7\pi \bmod 2\pi: (7π mod 2)π
                    raise _Bad("a \\bmod of no one reading")  # or 7π mod 2π? 2^{-1} \bmod 7: 4, or 1/2? 10 \bmod -7
                v = _kept(sp.Mod(v if _expr(v).is_Integer else _bounded(v, 10 ** 30), m), v, m)  # `k \bmod k`: 0 without k
            elif self.starts_atom(tok):  # implicit multiplication: 2\pi r, n 2^n, (n-2) 2^n
                self.check_juxtaposed()
                digits = "".join(t for t in self.last if t not in "{}")  # the factor before: a whole number?
                f = self.factor()
                part, mark = f.as_coeff_Mul() if isinstance(f, sp.Expr) else (None, None)
                if digits.isdigit() and next(t for t in self.last if t != "{") == "\\frac" and \
                        isinstance(part, sp.Rational) and mark in (_ONE, _PCT, _DEG):  # 6\frac12, 6\frac12\%, 6\frac12°
                    if v != int(digits) or digits != str(int(digits)) or v == 0 or not 0 < part < 1 or "^" in self.last:
                        raise _Bad("mixed number")  # 1\frac{5}{4}, 3 \cdot 6\frac12, 2 \cdot 00\frac12, 07\frac12, 2\frac12^2
                    v = (v + part) * mark  # 6\frac{1}{2} (and 6\frac{ 1 }{ 2 }, {6}\frac12) shows 6½
                else:
                    v = _arith(v, f, "*")
            else:
                return v

    def check_juxtaposed(self):
        """What follows a factor with no operator is a factor, not a sign (`5{+1}` shows 5+1), and a number only after
        a name or a bracket: `3 4`, `{2}3`, `10^{2}5`, `3!2`, `\\sqrt{9}4`, `0.\\overline{3}2` show other numbers."""
        ahead = next((t for t in self.t[self.i:] if t != "{"), " ")
        last = self.last[-1] if self.last else " "
        if ahead[0] in "+-" or ((ahead[0].isdigit() or ahead[0] == ".") and not
                                (last.isalpha() or last in (")", "]", "\\pi") or last[1:] in _GREEK or
                                 (last == "!" and self.t[self.i + 1:self.i + 2] == ["!"]))):  # 2!3!
            raise _Bad("side by side")

    def factor(self):
        start = self.i
        v = _arith(_SIGNS[self.next()], self.factor(), "*") if self.peek() in _SIGNS else self.power()
        self.last = self.t[start:self.i]  # the factor's tokens, for check_juxtaposed
        return v

    def starts_atom(self, tok):
        if tok is None or tok in _NOT_ATOM:
            return False
        return tok[0].isalnum() or tok[0] == "." or tok in ("(", "{", "\\{") or (tok == "|" and not self.abs) \
            or (tok[0] == "\\" and tok[1:].isalpha())

    def power(self):
        start, v = self.i, self.postfix()
        if self.peek() == "^":
            if self.t[start] == "{" and self.signed(start):
                raise _Bad("a group is no bracket")  # {1-3}^2 and {-3}^2 show 1 - 3² and -3²
            self.i += 1
            self.inner += 1
            e = self.script()
            self.inner -= 1
            v = _matrix_pow(v, e) if _kind(v) in ("matrix", "tuple") else self.pow(v, e)
            if self.peek() == "^":
                raise _Bad("double superscript")  # 2^3^2: an error in LaTeX, and read both ways
        return v

    def pow(self, b, e):
        """_pow, counting roots of expressions in a variable: sympy weighs the sign of each by its polynomial's roots, at
        great cost for a high degree or a nested root (\\sqrt{(x^{400}-2)^2} took 14 s, twelve roots four deep in a
        tuple 3 s, four of degree 16 two deep 3.5 s, one of (10x-1)…(10x-16) 0.5 s), so an answer may hold MAX_ROOTS
        of them, none of degree over 12, or over 4 when it holds a root itself, and none three deep."""
        if not _expr(e).is_Integer and _expr(b).free_symbols:
            self.roots += 1
            if self.roots > MAX_ROOTS or _roots(b) >= 2 or _degree(b) > (4 if _roots(b) else 12):
                raise _Bad("too many roots of a variable")
        return _pow(b, e)

    def signed(self, start):
        """Whether the group from self.t[start] holds a sign outside brackets: {1-3}, {-3}; not {(1-3)}, {x^-1}."""
        depth, opened = 0, [False]  # (the group's own brace closes it)
        for before, tok in zip(self.t[start:self.i], self.t[start + 1:self.i]):
            if tok in ("(", "[", "{", "\\{"):
                opened.append(tok != "{" or before != "{")  # a group in a group is the group: {{-3}}
                depth += 1 if opened[-1] else 0
            elif tok in (")", "]", "}", "\\}"):
                depth -= 1 if opened.pop() else 0
            elif tok in ("+", "-", "\\pm", "\\mp") and depth == 0 and before not in ("^", "_"):
                return True
        return False

    def postfix(self):
        v = self.atom()
        while self.peek() in ("!", "'", "%", "\x02"):
            tok = self.next()
            if tok == "\x02":  # a degree sign: the unit of an angle in a tuple, (45°, 60°); \cos(x°) is not \cos x
                if self.inner:
                    raise _Bad("degrees inside a function or an exponent")
                v = _expr(v) * _DEG  # resolved in _analyse: once per term
                continue
            if tok == "'" and (not isinstance(v, sp.Symbol) or self.peek() == "("):
                raise _Bad("prime on a non-symbol, or a derivative at a point")  # f'(2), f'(x): no product
            if tok == "!" and self.peek() == "!":  # 5!! = 5·3·1, a double factorial (‼ too)
                self.i += 1
                if self.peek() == "!":
                    raise _Bad("a triple factorial")  # 5!!! = 5·2: not (5!!)!, and rare enough to refuse
                v = sp.factorial2(_bounded(v, MAX_FACTORIAL))
                continue
            v = sp.factorial(_bounded(v, MAX_FACTORIAL)) if tok == "!" else sp.Symbol(v.name + "'") if tok == "'" \
                else _expr(v) * _PCT
        return v

    def script(self):
        """Argument of ^, \\frac, \\sqrt: a group or one token; `\\frac12` is 1/2 and `x^23` is x^2·3."""
        tok = self.peek()
        if tok is not None and tok[0].isdigit() and len(tok) > 1:
            self.t[self.i] = tok[1:]
            return sp.Integer(int(tok[0]))
        if tok in _SIGNS:  # 4^-1 shows 4⁻1: the script is the sign alone
            raise _Bad("a sign alone as a script")
        return self.atom()

    def script_text(self):
        """A subscript or environment name as text: `_{\\max }` → 'max'."""
        if self.peek() != "{":
            tok = self.next()
            if tok[0].isdigit() and len(tok) > 1:  # x_12 is x_1·2, as in LaTeX
                self.t[self.i - 1:self.i] = [tok[0], tok[1:]]
            return tok[0] if tok[0].isdigit() else tok.replace("\\", "")
        j = self.t.index("}", self.i) if "}" in self.t[self.i:] else len(self.t)
        text, self.i = "".join(self.t[self.i + 1:j]).replace("\\", ""), j + 1
        return text

    def atom(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Bad("nested too deeply")
        v = self._atom()
        self.depth -= 1  # (an exception abandons the whole parse, so no `finally` is needed)
        return v

    def _atom(self):
        tok = self.next()
        if tok[0].isdigit() or tok[0] == ".":
            return self.number(tok)
        if tok.isalpha() and (len(tok) == 1 or tok.isupper()):
            return self.symbol(tok)
        if tok == "[" and self.peek() == "[":  # [[1, 2], [3, 4]], [[2], [-1]]: a matrix by rows, no interval of groups
            return self.rows()
        if tok in ("(", "["):
            return self.bracket(tok)
        if tok in ("{", "\\{"):
            return self.braces(tok)
        if tok == "|":
            self.abs += 1
            if self.abs > 10:  # sympy weighs the sign of every level: 39 levels took 12 s
                raise _Bad("|.| nested too deeply")
            v = self.sum()
            self.abs -= 1
            self.expect("|")
            return sp.Abs(_arg(v))
        if tok == "\\frac":  # operands are evaluated left to right: the numerator is read first
            return _div(self.script(), self.script())
        if tok == "\\sqrt":
            if self.peek() != "[":
                return self.pow(_bounded(self.script(), 10 ** 60), sp.S.Half)
            self.i += 1
            k = _bounded(self.sum(), 100)
            self.expect("]")
            v = _bounded(self.script(), 10 ** 60)
            if k.is_odd and v.is_negative:  # \sqrt[3]{-27}
                return _kept(sp.real_root(v, k), v, k)
            if k.is_odd and v.is_Pow and v.exp.is_Integer and v.base.free_symbols:  # \sqrt[3]{M^2} is M^{2/3}, as
                return self.pow(v.base, v.exp / k)  # textbooks read both (a principal (M^2)^{1/3} differs where M < 0)
            return self.pow(v, _div(_ONE, k))  # and \sqrt[10^{-10}]{2} is 2^{10^{10}}: too large
        if tok == "\\binom":
            n, k = _bounded(self.script(), MAX_FACTORIAL), _bounded(self.script(), MAX_FACTORIAL)
            if not _expr(n).free_symbols and not n.is_Rational:  # \binom{\pi}{3000}: sympy multiplies out 3000 factors
                raise _Bad("binomial of an irrational number")
            return _kept(sp.binomial(n, k), n, k)  # \binom{k}{0} is 1 without k
        if tok in ("\\lfloor", "\\lceil"):
            v = _bounded(self.sum(), 10 ** 30)  # beyond, the floor of an irrational costs sympy many digits
            self.expect("\\rfloor" if tok == "\\lfloor" else "\\rceil")
            return _floor(v, tok == "\\lceil")
        if tok in _FUNCS:
            return self.function(_FUNCS[tok])
        if tok == "\\Gamma" and self.peek() == "(":  # the function; a bare \Gamma is a name
            return sp.gamma(_bounded(self.atom(), MAX_FACTORIAL))
        if tok in ("\\max", "\\min"):  # \max(4, 5)
            v = self.atom()
            args = v[2] if _kind(v) == "tuple" and v[1] == "()" else v[1] if _kind(v) == "set" else [v]  # \max\{4, 5\}
            if len(args) > 10:  # sympy compares every pair
                raise _Bad("too many arguments")
            with mpmath.workdps(30):  # and a pair a hair apart at great cost: \\max(\\cos 10^{-60000}, 1)
                x = [_value(a, {}, []) for a in set(map(_expr, args)) if not a.free_symbols]
                x = sorted(mpmath.re(v) for v in x if v is not None)
            if any(abs(p - q) < mpmath.mpf(10) ** -20 * max(1, abs(q)) for p, q in zip(x, x[1:])):
                raise _Bad("arguments too close to compare")
            return (sp.Max if tok == "\\max" else sp.Min)(*map(_arg, args))
        if tok == "\\begin":
            return self.matrix()
        if tok in _CONSTS:
            return _CONSTS[tok]
        if tok[1:] in _GREEK:
            return self.symbol("phi" if tok == "\\varphi" else tok[1:])  # \varphi is φ written another way
        raise _Bad("unexpected " + tok)

    def number(self, tok):
        if len(tok) > MAX_DIGITS or abs(int(re.split(r"[eE]", tok + "e0")[1])) > MAX_DIGITS:
            raise _Bad("number too long")
        if re.match(r"0\d", tok) and self.i >= 2 and self.t[self.i - 2] == ",":  # (1,000) and (1,050) are no pairs (1, 0)
            raise _Bad("a group of digits after a comma")  # and (1, 50): 1,000 is a thousand, or nothing
        f = Fraction(tok)
        group = self.t[self.i:self.i + 3]  # 0.7\overline{2} and 0.7(2): repeating digits are exact
        overline, european = group[:1] == ["\\overline"], re.fullmatch(r"\(\d+\)", "".join(group))
        if "." in tok and (overline or european):
            self.i += 1 if overline else 3
            rep, decimals = self.script_text() if overline else group[1], len(tok.split(".")[1])
            if not rep.isdigit() or len(rep) > 50 or "e" in tok.lower():
                raise _Bad("repeating decimal")
            return sp.Rational(f + Fraction(int(rep), 10 ** decimals * (10 ** len(rep) - 1)))
        if self.peek() == "_":  # a number in a base, 1112_5: compared literally, digits and base
            self.i += 1
            return ("base", tok, self.script_text())
        v = sp.Rational(f.numerator, f.denominator)
        if "." in tok or "e" in tok.lower():  # significant digits of the mantissa, for a gold's precision
            self.sig[abs(v)] = len(re.split(r"[eE]", tok)[0].replace(".", "").lstrip("0"))
        return v

    def symbol(self, name):
        if self.peek() == "_":
            self.i += 1
            script = self.script_text()
            name += "_" + script if script else ""  # x_{} is x
        t = self.t[self.i:self.i + 3]  # x(t), I(0), f(n) name one thing; products are rarely written so
        if len(t) == 3 and t[0] == "(" and t[2] == ")" and (t[1].isalnum() or t[1][1:].isalpha()):
            self.i += 3
            return sp.Symbol(name + "(" + t[1].lstrip("\\") + ")")
        if name == "f" and t[:1] == ["("]:  # f(4 - x) is f at 4 - x, no product: -f(x - 4) is another function
            return sp.Symbol(f"f({self.atom()})")
        return {"e": sp.E, "i": sp.I}.get(name) or sp.Symbol(name)

    def function(self, f):
        power = base = None
        while self.peek() in ("^", "_"):
            if self.next() == "^":
                if next((t for t in self.t[self.i:] if t != "{"), None) in ("(", "["):
                    raise _Bad("a bracketed superscript")  # \sin^{(2)} x is a derivative, \sin^{[2]} x sin(sin x)
                power = self.script()
            else:
                base = self.script()
        self.inner += 1
        if self.peek() in ("(", "{", "["):
            arg = self.atom()
        else:  # \sin 2x, \ln 2, \log_{10} 250: the implicit product up to an operator or a function
            arg = self.power()
            while self.starts_atom(self.peek()) and self.peek() not in _FUNCS:
                self.last = self.t[self.i - 1:self.i]
                self.check_juxtaposed()  # \log_2 8 1 is no product
                arg = _expr(arg) * _expr(self.power())
        self.inner -= 1
        if _infinite(arg):  # \log \infty is no end of an interval
            raise _Bad("a function of infinity")
        if power == -1 and f not in _INVERSE:  # \ln^{-1} x: exp x, or 1/ln x? \arcsin^{-1}: sin, or 1/arcsin?
            raise _Bad("an inverse or a reciprocal")
        if power == -1:
            f, power = _INVERSE[f], None
        if f in (sp.asin, sp.acos, sp.atan, sp.acot, sp.asec, sp.acsc):  # \arcsin 2 is no real angle; \tan(\arcsin
            _bounded(arg, 1 if f in (sp.asin, sp.acos) else 10 ** 60)  # 3^{40000}) makes sympy take the root of 1 - 9^{40000}
        waves = (*_PERIODIC, sp.sinh, sp.cosh, sp.tanh)  # (\cosh(2\pi i x) is \cos 2\pi x)
        if f in waves and any(h.args[0].has(*waves) for h in _expr(arg).atoms(*waves)):
            raise _Bad("periodic functions three deep")  # sympy's cost doubles with each: 19 nested cosines took 90 s;
            # and a deviation squared at each maximum hides below every look: five deep, 10^{-216}
        if base is not None and not _expr(base).free_symbols and not (base.is_positive and base.is_finite and base != 1):
            raise _Bad("log base")  # \log_0 5 and \log_{-1} 1 have no value
        v = f(_arg(arg)) if base is None else _kept(sp.log(_arg(arg)) / sp.log(_arg(base)), arg, base)  # \log_k k
        if v.has(sp.zoo, sp.nan, sp.AccumBounds):  # \ln 0, \tan \frac{\pi}{2}, \sin \infty: \frac{\ln 5}{\ln 0} is not 0
            raise _Bad("no value")
        if f in _PERIODIC and v.has(f):  # \sin(10^{20}\pi) is 0, but the floor, sign or |.| of \cos(2^{66000} + \ln 3)
            _bounded(arg, 10 ** 9)  # would cost sympy 20,000 digits
        return v if power is None else self.pow(v, power)

    def rows(self):
        rows = self.chain(self.row, (",",))
        self.expect("]")
        if len({len(r) for r in rows}) != 1 or len(rows) * len(rows[0]) > MAX_SET:
            raise _Bad("ragged matrix")
        return ("matrix", tuple(rows))

    def bracket(self, tok):
        """A group, a tuple or an interval; (a,b] is fine. (1, \\pm 2) and (\\pm 3, \\mp 2) are two tuples, (\\pm 3,
        \\pm 2) four."""
        start, before, items, close = self.i, self.t[self.i - 2:self.i - 1], self.items(expand=False), self.next()
        if close not in (")", "]"):
            raise _Bad("unclosed bracket")
        if len(items) == 1 and tok + close in ("()", "[]"):
            if tok == "[" and before in ([","], ["("], ["["]) and self.peek() in (",", ")", "]"):
                raise _Bad("a bracket around one entry")  # [12, [28]]: a matrix's row or nothing, no interval's end
            return items[0]
        if any(_kind(x) == "set" for x in items):
            raise _Bad("a set as an entry")  # [\{12\}, \{28\}] is no interval [12, 28], (6, \{-1\}) no pair
        v = ("tuple", tok + close, tuple(_arg(x) if _kind(x) == "expr" else x for x in items))  # an interval's ends
        options = [(_subs(x, {_PM: _ONE}), _subs(x, {_PM: -_ONE})) if _has(x, _PM) else (x,) for x in v[2]]
        self.tupled += self.t[start:self.i].count("\\pm")
        signed = [o for o in options if len(o) == 2]
        if len(signed) > 1 and "\\mp" not in self.t[start:self.i]:  # each sign free: the corners of a rectangle
            if 2 ** len(signed) > MAX_SET:
                raise _Bad("too many elements")
            return ("list", tuple(("tuple", v[1], t) for t in itertools.product(*options)))
        return ("list", (_subs(v, {_PM: _ONE}), _subs(v, {_PM: -_ONE}))) if _has(v, _PM) else v

    def braces(self, tok):
        """A group, which keeps its ± for the list around it (\\frac{3 \\pm \\sqrt{21}}{2} is two values), or a set."""
        read, start = self.inequalities, self.i
        items = [] if self.peek() == "\\}" else self.items(expand=tok == "\\{")
        self.expect("}" if tok == "{" else "\\}")
        inner = "\\{" in self.t[start:self.i]
        if tok == "\\{" and (any(_kind(x) == "set" for x in items) or (inner and self.inequalities > read)):
            raise _Bad("a set of sets")  # \{\{1\}, \{2\}\} is no \{1, 2\}, \{\{x > 2\}\} no x > 2 (no shipped gold holds one)
        condition = self.inequalities > read and _kind(items[0]) in ("tuple", "union")  # \{x > 2\} is the set x > 2
        return items[0] if len(items) == 1 and (tok == "{" or condition) else ("set", tuple(items))

    def row(self):
        self.expect("[")
        entries = self.chain(lambda: _expr(self.sum()), (",",))
        self.expect("]")
        return tuple(entries)

    def matrix(self):
        env = self.script_text()
        if env not in ("pmatrix", "bmatrix", "Bmatrix", "matrix", "smallmatrix", "array"):
            raise _Bad("environment " + env)
        if env == "array":
            self.script_text()  # column spec
        rows = self.chain(lambda: self.chain(lambda: _expr(self.sum()), ("&",)), ("\\\\",))
        self.expect("\\end")
        self.script_text()
        if len({len(r) for r in rows}) != 1 or len(rows) * len(rows[0]) > MAX_SET:
            raise _Bad("ragged matrix")
        return ("matrix", tuple(tuple(r) for r in rows))


def _interval(rel):
    """A one-variable inequality as the interval it describes: x > 2 → (2, ∞), -2 ≤ x ≤ 7 → [-2, 7]."""
    ops, e = rel[1], tuple(_arg(x) if _kind(x) == "expr" else x for x in rel[2])
    if ops == ("!=",) and isinstance(e[0], sp.Symbol) and _kind(e[1]) == "expr" and not e[1].free_symbols:  # x ≠ 3
        return ("union", (("tuple", "()", (-sp.oo, e[1])), ("tuple", "()", (e[1], sp.oo))))
    if not set(ops) <= {"<", "<=", ">", ">="} or len(ops) > 2 or ops[0][0] != ops[-1][0]:  # not 1 < x > 2
        return rel
    if len(ops) == 1 and any(_kind(x) == "expr" and (-x).is_Symbol for x in e):  # -x > -1 is x < 1
        ops, e = (_FLIP[ops[0]],), tuple(-x for x in e)
    if ops[0][0] == ">":  # read it the other way round
        ops, e = tuple(_FLIP[o] for o in reversed(ops)), e[::-1]
    if len(ops) == 1 and isinstance(e[0], sp.Abs) and e[0].args[0].is_Symbol and e[1].is_positive:  # |b| < 6
        ops, e = ops * 2, (-e[1], e[0].args[0], e[1])
    elif len(ops) == 1 and isinstance(e[1], sp.Abs) and e[1].args[0].is_Symbol and e[0].is_nonnegative:  # 1 ≤ |x|
        closed = ops[0] == "<="
        return ("union", (("tuple", "(]" if closed else "()", (-sp.oo, -e[0])),
                          ("tuple", "[)" if closed else "()", (e[0], sp.oo))))
    if len(ops) == 1 and isinstance(e[0], sp.Symbol):  # x < c
        ops, e = ("<", ops[0]), (-sp.oo, e[0], e[1])
    elif len(ops) == 1:  # c < x
        ops, e = (ops[0], "<"), (e[0], e[1], sp.oo)
    if not isinstance(e[1], sp.Symbol) or any(_kind(x) != "expr" or x.free_symbols for x in (e[0], e[2])):
        return rel
    v = ("tuple", ("[" if ops[0] == "<=" else "(") + ("]" if ops[1] == "<=" else ")"), (e[0], e[2]))
    if _empty(v):  # 6 < x < 5 holds nowhere: it is not the pair (6, 5)
        raise _Bad("an empty interval")
    return v


def _empty(v):
    """Whether v is an interval with no points, (6, 5) or [3, 2]."""
    if _kind(v) != "tuple" or len(v[2]) != 2 or any(_kind(x) != "expr" for x in v[2]):
        return False
    width = v[2][1] - v[2][0]
    if not (width.free_symbols or width.is_Rational or width.has(sp.oo, -sp.oo)):
        w = _nonzero(width, "an interval whose ends differ by nothing we can tell")
        if mpmath.im(w):
            raise _Bad("an interval with a complex end")
        return bool(w < 0)
    return bool(width.is_negative or (width.is_zero and v[1] != "[]"))


def _values(ends):
    """{end: its value} for the ends and points of intervals, which are ordered by these values: two ends that differ
    yet agree to 30 digits are refused, since only sympy's exact arithmetic could order them, at any cost
    (\\sqrt[15]{10360559\\sqrt2 + …} is \\sqrt2 + \\sqrt3, and ordering it took 11 s)."""
    val = {}
    with mpmath.workdps(50):
        for x in set(ends):
            val[x] = mpmath.inf if x == sp.oo else -mpmath.inf if x == -sp.oo else _value(_expr(x), {}, [])
            if val[x] is None or mpmath.im(val[x]):
                raise _Bad("an end with no real value")
        ordered = sorted(val.items(), key=lambda kv: kv[1])
        for (_, u), (_, w) in zip(ordered, ordered[1:]):
            if mpmath.isfinite(u) and abs(w - u) <= mpmath.mpf(10) ** -30 * max(1, abs(u)):
                raise _Bad("two ends a hair apart")
    return val


def _remove(whole, points):
    """(0, 36) \\setminus \\{9\\} → the pieces (0, 9), (9, 36); \\mathbb{R} \\setminus (3, 4] → (-∞, 3], (4, ∞)."""
    if _kind(whole) == _kind(points) == "tuple" and whole[1] in _INTERVALS and points[1] in _INTERVALS:
        (lo, hi), (a, b), flip = whole[2], points[2], {"(": "]", "[": ")", ")": "[", "]": "("}
        v = _values([lo, hi, a, b])
        if not v[lo] < v[a] < v[b] < v[hi]:
            raise _Bad("interval outside the interval")
        return [("tuple", whole[1][0] + flip[points[1][0]], (lo, a)), ("tuple", flip[points[1][1]] + whole[1][1], (b, hi))]
    if _kind(whole) != "tuple" or whole[1] not in _INTERVALS or _kind(points) != "set":
        raise _Bad("set difference")
    pieces, (lo, hi), left = [], whole[2], whole[1][0]
    v = _values([lo, hi, *points[1]])
    for p in sorted(points[1], key=v.get):
        if not v[lo] < v[p] < v[hi]:
            raise _Bad("point outside the interval")
        pieces.append(("tuple", left + ")", (lo, p)))
        lo, left = p, "("
    return pieces + [("tuple", left + whole[1][1], (lo, hi))]


def _intersect(parts):
    """Conditions joined by `and`: their intersection, (2, ∞) and (-∞, 5) → (2, 5), and with x ≠ 3 → (2, 3) ∪ (3, 5);
    None if it is empty or holds a point (x > 0 and x = 1 says nothing sensible)."""
    if any(_kind(part) == "set" for part in parts):
        return None
    parts = [part[1] if _kind(part) == "union" else [part] for part in parts]
    v = _values([-sp.oo, sp.oo] + [e for part in parts for q in part for e in q[2]])  # once: 63 of x ≠ ±k took 1.8 s
    pieces = [("tuple", "()", (-sp.oo, sp.oo))]
    for part in parts:
        pieces = [x for p in pieces for q in part if (x := _overlap(p, q, v))]
    return _merge(pieces) if pieces else None


def _overlap(p, q, v):
    """The interval two intervals share, or None; v holds the values of their ends (_values)."""
    (_, (l1, r1), (a1, b1)), (_, (l2, r2), (a2, b2)) = p, q
    lo, left = (a1, l1) if v[a1] > v[a2] or (a1 == a2 and l1 == "(") else (a2, l2)
    hi, right = (b1, r1) if v[b1] < v[b2] or (b1 == b2 and r1 == ")") else (b2, r2)
    return ("tuple", left + right, (lo, hi)) if v[lo] < v[hi] else None


def _region(v, var):
    """The set of reals a condition on var describes: an interval read from an inequality (or x ≠ 3, a union), a point
    (x = 1), a membership (x \\in [0, 1], x \\in \\{1, 2\\}); None for anything else."""
    if _kind(v) == "rel" and len(v[1]) == 1 and v[2][0] == var and isinstance(var, sp.Symbol):
        if v[1] == ("=",):
            return ("set", (v[2][1],)) if _kind(v[2][1]) == "expr" and not v[2][1].free_symbols else None
        v = v[2][1] if v[1] == ("in",) else None
    pieces = v[1] if _kind(v) in ("union", "set") else [v]
    if _kind(v) == "set":
        return v if all(_kind(x) == "expr" and not x.free_symbols for x in pieces) else None
    ok = all(_kind(x) == "tuple" and x[1] in _INTERVALS and len(x[2]) == 2 and
             all(_kind(e) == "expr" and not e.free_symbols for e in x[2]) for x in pieces)
    return v if ok else None


def _merge(parts):
    """A union of intervals in order, pieces that overlap or touch joined: (0, 2] ∪ (2, 5) is (0, 5). Points that
    close an interval's end join it: (-∞, 0) ∪ \\{0\\} is (-∞, 0] (a point inside one, or apart, stays a point)."""
    written = len(parts)
    parts = [q for p in parts for q in (p[1] if _kind(p) == "union" else [p])]  # x < 0 or x ≠ 5
    if any(_empty(p) and p[1] == "()" for p in parts):
        raise _Bad("an empty interval or a point in a union")  # (2,4) \cup (4,2) is a hedge, ]6,5[ no point (6, 5)
    parts = [p for p in parts if not _empty(p)]  # (2, \infty) \cup [5, 3] is (2, \infty)
    if any(_kind(p) == "matrix" for p in parts):
        raise _Bad("a vector in a union")  # [-5, 5]^T \cup (5, 6) is no interval
    parts = [("set", p[2][:1]) if _kind(p) == "tuple" and p[1] == "[]" and p[2][0] == p[2][1] else p for p in parts]
    ends = {x for p in parts if _kind(p) == "tuple" and p[1] in _INTERVALS for x in p[2]}  # ([1, 1] is \{1\})
    parts = [q for p in parts for q in ([("tuple", "[]", (x, x)) for x in p[1]] if _ends_only(p, ends) else [p])]
    if not all(_plain(x) for p in parts if _kind(p) == "set" for x in p[1]):
        raise _Bad("a set of sets in a union")  # \{[3, 7]\} \cup [8, 9) holds an interval, \{\{1\}\} a set
    if all(_kind(p) == "set" for p in parts):  # \{1, 2\} \cup \{3\}
        return ("set", tuple(dict.fromkeys(x for p in parts for x in p[1])))
    if not all(_kind(x) == "expr" for p in parts if _kind(p) == "set" for x in p[1]):
        raise _Bad("a set of points beside intervals")  # (0, 9) \cup \{(9, 36)\}
    if not all(_kind(p) == "tuple" and p[1] in _INTERVALS for p in parts):
        return ("union", tuple(parts))
    out, v = [], _values([x for p in parts for x in p[2]])  # [lo, hi, left bracket, right bracket]
    for _, (left, right), (a, b) in sorted(parts, key=lambda p: (v[p[2][0]], p[1][0] == "(")):
        last = out[-1] if out else None
        if last and (v[a] < v[last[1]] or (a == last[1] and (last[3] == "]" or left == "["))):
            if v[b] > v[last[1]] or (b == last[1] and right == "]"):
                last[1], last[3] = b, right
        else:
            out.append([a, b, left, right])
    pieces = tuple(("tuple", left + right, (a, b)) for a, b, left, right in out)
    return pieces[0] if len(pieces) == written == 1 else ("union", pieces)  # (0, 2] ∪ (2, 5) stays a union: an interval,
    # never the pair 0, 5


def _ends_only(v, ends):
    return _kind(v) == "set" and all(_kind(x) == "expr" and x.is_extended_real and x in ends for x in v[1])


def _kind(v):
    return v[0] if isinstance(v, tuple) else "expr"


def _has(v, *syms):  # a value is a sympy expression, or a tagged tuple of values, strings and tuples of them
    if isinstance(v, tuple):
        return any(_has(x, *syms) for x in v)
    return isinstance(v, sp.Basic) and v.has(*syms)


def _subs(v, m):
    if isinstance(v, tuple):
        return tuple(_subs(x, m) for x in v)
    return v.xreplace(m) if isinstance(v, sp.Basic) else v

# ---------------------------------------------------------------- numbers: a bounded evaluation of our own


_MP = {f: getattr(mpmath, f.__name__) for f in [*_FUNCS.values(), *_INVERSE.values()]}  # sympy's names
_MP.update({sp.Abs: abs, sp.factorial: mpmath.factorial, sp.factorial2: mpmath.fac2, sp.binomial: mpmath.binomial,
            sp.floor: mpmath.floor, sp.ceiling: mpmath.ceil, sp.Mod: lambda a, b: a - b * mpmath.floor(a / b),
            sp.gamma: mpmath.gamma, sp.Max: max, sp.Min: min})
_INTEGRAL = (sp.factorial, sp.factorial2, sp.binomial, sp.floor, sp.ceiling, sp.Mod)
_REAL = ("-2.7", "0.37", "1.9", "-0.61", "5.3", "13.1")
# Integers of both signs and parities, 0, 1, 2, a square + 1, 2^16 - 1, past 1000 and 10^9: a discrete answer that
# matches the gold only on small positive n (|n| for n, a floor off near squares or powers of two) shows here. Then
# squares, powers of 2 and of 10 and their neighbours, small and large, where floors of roots and logarithms turn:
# \lfloor \log_{10}(n+1) \rfloor differs from \lfloor \log_{10} n \rfloor at 9, 99, …; \lfloor \sqrt{n+1} - 0.01 \rfloor
# from \lfloor \sqrt{n} \rfloor at squares past 2500. In this order a second variable (the value two places on, plus
# 1) is -5 where the first is 3.
_INTEGER = ("3", "4", "-6", "-1", "7", "0", "5", "22", "1100", "1000", "65535", "1000000007", "1", "2",
            "8", "9", "16", "25", "99", "999", "1024", "999999", "1000000", "1000001", "1048576")


def _discrete(v):
    """About integers: a floor, factorial, binomial, mod, or a sign (-1)^n with n free, anywhere in v."""
    if isinstance(v, tuple):
        return any(_discrete(x) for x in v)
    return isinstance(v, sp.Basic) and (any(v.has(f) for f in _INTEGRAL) or
                                        any(p.base == -1 and p.exp.free_symbols for p in v.atoms(sp.Pow)))


class _Undefined(Exception):
    """No value here: a pole, a log of 0, or past a bound (10^1000, a factorial of 10^4). No evidence."""


def _num(e, subs, seen):
    """e at the current mpmath precision with free symbols from subs. Sizes are checked on every node after
    substitution and before the next operation, so x^{x^{x^x}} or (x^5)! at a sample point stops here."""
    reciprocal = e.is_Pow and e.exp.is_Integer and e.exp < 0 and e.base.func in (sp.factorial, sp.gamma)
    args = [] if reciprocal else [_num(x, subs, seen) for x in e.args]
    if reciprocal:  # 1/Γ has no poles: \frac{10!}{n!(10-n)!} is 0 at n = 22, as \binom{10}{n} is
        x = _num(e.base.args[0], subs, seen) + (1 if e.base.func == sp.factorial else 0)  # n! is Γ(n + 1)
        if mpmath.im(x) != 0 or abs(x) > MAX_ARG or (mpmath.mp.dps > 320 and x != mpmath.nint(x)):
            raise _Undefined("integer function of a huge or complex argument")  # (as below)
        v = mpmath.rgamma(x) ** -int(e.exp)
    elif e.is_Symbol:
        v = subs[e]
    elif e.is_Rational:
        v = mpmath.mpf(e.p) / e.q
    elif e in (sp.pi, sp.E, sp.I):
        v = {sp.pi: +mpmath.pi, sp.E: +mpmath.e, sp.I: mpmath.mpc(0, 1)}[e]
    elif e.is_Add:
        v = mpmath.fsum(args)
    elif e.is_Mul:
        v = mpmath.fprod(args)
    elif e.is_Pow:
        b, x = args
        xr = mpmath.re(x) if mpmath.im(x) == 0 else None  # a real exponent, or None
        if b == 0 and xr is not None and xr > 0:  # (1 - (-1)^n)^2 at even n; 0^0 and 0^{-1} have no value
            v = mpmath.mpf(0)
        elif b in (1, -1) and xr is not None and xr == mpmath.nint(xr) and abs(xr) < 10 ** (mpmath.mp.dps - 10):
            v = b ** int(xr)  # (-1)^n at n = 10^9 + 7, exactly, where the bound below would refuse it
        elif b == 0:
            raise _Undefined("0 to a power ≤ 0")
        elif abs(x) * (abs(mpmath.log(abs(b))) + 4) > 2400:
            raise _Undefined("too large")  # beyond 10^1000 (2400 > 1000·ln 10)
        else:
            v = mpmath.power(b, x)
    elif e.func in _MP:
        limit = mpmath.mpf(10) ** (mpmath.mp.dps - 20) if e.func in (sp.floor, sp.ceiling, sp.Mod) else MAX_ARG
        if e.func == sp.gamma and mpmath.im(args[0]) != 0:
            raise _Undefined("Γ of a complex argument")  # 15 ms at 600 digits: 46 of them, at 13 points, took 7.6 s
        if e.func in _INTEGRAL and (any(mpmath.im(x) != 0 or abs(x) > limit for x in args) or
                                    (mpmath.mp.dps > 320 and e.func in (sp.factorial, sp.factorial2, sp.binomial)
                                     and any(x != mpmath.nint(x) for x in args))):
            raise _Undefined("integer function of a huge or complex argument")  # or, past 320 digits, a factorial of a
            # fraction: mpmath takes 0.2 s for Γ(7.5) at 1,100 digits, and 0.1 ms for 1000! (a floor costs nothing)
        if e.func in (sp.exp, sp.sinh, sp.cosh) and abs(args[0]) > 2400:
            raise _Undefined("too large")
        x = abs(args[0])
        flat = x if e.func == sp.tanh else abs(mpmath.im(args[0])) if e.func in (sp.tan, sp.cot) else 0
        if flat > 20:  # tanh(100) = 1 − 1.4e-87, tan(1 + 400i) = i − O(e^{-800}): the hidden gap counts as a magnitude met
            seen.append(-0.87 * flat)
        elif 0 < x < 1e-5:  # cos(10^{-40}) = 1 − 5e-81: a second-order gap hides twice as deep as its argument
            seen.append(2 * mpmath.mag(x) * 0.30103)
        if e.func in (sp.floor, sp.ceiling) and abs(args[0] - mpmath.nint(args[0])) < mpmath.mpf(10) ** (10 - mpmath.mp.dps):
            args = [mpmath.nint(args[0])]  # \log_2 8 may come out 2.999…: this close to an integer is the integer
        v = _MP[e.func](*args)
    else:
        raise _Bad("cannot evaluate " + type(e).__name__)
    if not mpmath.isfinite(v):
        raise _Undefined("no finite value")
    if v != 0:  # log10 |v| from the binary exponent: a log at every node cost most of the evaluation
        digits = mpmath.mag(v) * 0.30103
        if abs(digits) > MAX_LOG10:
            raise _Undefined("too large")  # (or too small)
        seen.append(digits)  # (signed: 10^{-148} is -148, a depth a difference can hide in; 10^{148} is 148)
    return v


def _value(e, subs, seen, why=None):
    """e's value (_num), or None where it has none; why, if given, collects the reason."""
    try:
        return _num(e, subs, seen)
    except (_Undefined, ArithmeticError, ValueError, KeyError) as error:
        if why is not None:
            why.append(str(error))
        return None


def _close(x, g, c):
    """x against the gold's value g: equal to the working precision; near 0, within the last digits of it (a
    rounding residue: \\sin \\pi, or -2/3 - 1/3 + 1). Not a tolerance: the second look's precision goes beyond
    every value met, so e^{-148} is still not 0."""
    if x is None or g is None:
        return False
    return abs(x - g) <= max(c[1] * max(abs(x), abs(g)), mpmath.mpf(10) ** (5 - mpmath.mp.dps))


def _rounds_to(a, g, sig):
    """a rounds to the rounded gold g at its sig significant digits: within half a unit of g's last digit, and
    just below a power of ten within half a unit of the next digit down (0.00094 is 9e-4, not 1 × 10^{-3}); but a value
    within a millionth of that unit and not g itself is made, not measured (`7 + 10^{-12}` or `50 - e^{-100}` for 7.0
    or 50.0: AMC's whole numbers are often written so)."""
    x = _value(a, {}, [])
    unit = sp.Rational(10) ** (sp.floor(sp.log(abs(g), 10)) - sig + 1)
    below = unit / 20 if abs(g) == unit * 10 ** (sig - 1) else unit / 2
    lo, hi = (mpmath.mpf(r.p) / r.q for r in ((g - below, g + unit / 2) if g > 0 else (g - unit / 2, g + below)))
    if x is None or mpmath.im(x) or not lo < mpmath.re(x) < hi:
        return False
    gap = abs(a - g) if a.is_Rational else abs(mpmath.re(x) - mpmath.mpf(g.p) / g.q)  # (exact where it can be)
    return a == g or gap >= unit / 10 ** 6


def _points(free, values):
    """The sample points. Real ones are nudged by sqrt(2)/1000 (sqrt(3)/1000 the second variable, …), so that no periodic term vanishes at all of them
    (sin(100 pi x) is 0 wherever x has two decimals). With two or more integer variables, also points on and beside
    the diagonal, where \\binom{m}{n}\\binom{n}{m} is 1 and 0 elsewhere."""
    for k in range(len(values)):  # (each variable its own nudge, so x - y is no round number either)
        yield {s: mpmath.mpf(values[(k + 2 * j) % len(values)]) + j + (mpmath.sqrt(2 + j) / 1000 if values is _REAL else 0)
               for j, s in enumerate(free)}
    if values is _INTEGER and len(free) > 1:
        for v, shift in (("3", 0), ("7", 0), ("22", 0), ("5", 1), ("9", -1), ("4", 2), ("8", -2), ("25", 3)):
            yield {s: mpmath.mpf(v) + (shift if j == 0 else 0) for j, s in enumerate(free)}


_FAR = 4  # the last of the real salted points, far out: there a value past the bounds on one side is no evidence


def _salted(free, values, salt):
    """More points, drawn from a hash of the pair compared (salt): at fixed points alone an answer can be built to
    vanish at each of them (n! + n(n-1)…(n-99)). Integers: six in a row (every residue mod 2 and 3) from -30 to 100,
    six scattered; reals: three in [-10, 10), with drawn irrational nudges, and four far out, 20 to 2,000, in all four
    quadrants of the first two variables (an identity of a principal branch holds near 0 alone:
    100\\arcsin(\\sin\\frac{x}{100}) is x up to 157, \\sqrt{1-\\sin^2\\frac{x}{10}} is \\cos\\frac{x}{10} up to 15.7,
    \\arctan\\frac{20(x+y)}{400-xy} is \\arctan\\frac{x}{20}+\\arctan\\frac{y}{20} where xy < 400)."""
    h = hashlib.blake2b(salt.encode(), digest_size=64).digest()
    if values is _INTEGER:  # and three beyond 100, to 10^4, 10^8 and 2^{40}: the gold's own floor stays under 30 up to
        # 10^9 (\lfloor \log_2 n \rfloor), so a binomial of it with bottom 30 vanished at every point (past 2^{40}, a
        # period of 2π in n is lost at the first look's 50 digits)
        row = [{s: mpmath.mpf(h[0] % 125 - 30 + k + 7 * j) for j, s in enumerate(free)} for k in range(6)]
        scattered = [{s: mpmath.mpf(h[(6 * k + j) % 64] % 131 - 30) for j, s in enumerate(free)} for k in range(6, 12)]
        beyond = (101 + int.from_bytes(h[20:22], "big") % 9900, 10 ** 4 + int.from_bytes(h[22:26], "big") % 10 ** 8,
                  2 ** (30 + h[26] % 10) + int.from_bytes(h[27:31], "big"))
        return row + scattered + [{s: mpmath.mpf(b + j) for j, s in enumerate(free)} for b in beyond]
    def nudge(k, j):  # drawn too: with a public nudge on the grid of m/5, a product of sines vanishes at every point
        return mpmath.sqrt(2 + int.from_bytes(h[3 * (k + 4 * j) % 60:][:3], "big")) / 1000
    near = [{s: mpmath.mpf(h[(8 * k + j) % 64] % 100 - 50) / 5 + nudge(k, j) for j, s in enumerate(free)} for k in range(3)]
    far = [{s: (-1) ** ((k >> j) + h[40 + j % 12]) * 20 * mpmath.mpf(10) ** (2 * mpmath.mpf(h[(52 + 3 * k + j) % 64]) / 255)
            + mpmath.sqrt(7 + 3 * k + j) / 1000 for j, s in enumerate(free)} for k in range(_FAR)]
    return near + far


def _unfold(e):
    """An even root of a ratio of polynomials, its squares brought out by factoring (with real symbols sympy makes
    \\sqrt{(1+\\pi)(x+3000)^2} \\sqrt{1+\\pi}|x+3000|, a kink), or None where that is not computed: a base that is no
    such ratio (a square can hide in \\sqrt{(e^{x-2100}-1)^2 + \\pi(e^{x-2100}-1)^2} too), or one too costly to factor
    (sympy's factor of a degree-12 base in two symbols with 20-digit coefficients took 3 s, with 100-digit ones
    minutes, of one with π in it 0.7 s): in several symbols past degree 4, past 64 bits, with π, e, √2 past degree 2."""
    if sum(-p.exp for p in e.base.atoms(sp.Pow) if p.base.free_symbols and p.exp.is_Integer and p.exp < 0) > 8:
        return None  # (before sp.together, which multiplies out a sum of many fractions)
    kinks = {k: sp.Dummy() for k in e.base.atoms(sp.Abs, sp.Max, sp.Min)}  # kinks already in sight: (|n-1|)^{1/2}
    parts = sp.fraction(sp.together(e.base.xreplace(kinks)))
    for p in parts:
        constants = p.atoms(sp.NumberSymbol, sp.Function) or any(not q.exp.is_Integer for q in p.atoms(sp.Pow))
        if p.free_symbols and not (p.is_polynomial(*p.free_symbols) and _bits(p) <= 64 and
                                   _degree(p) <= (2 if constants else 4 if len(p.free_symbols) > 1 else 12)):
            return None
    return sp.Pow(sp.factor(parts[0]) / sp.factor(parts[1]), e.exp).xreplace({d: k for k, d in kinks.items()})


def _known(g):
    """The gold's even roots as _kinks sees them (with real symbols): an answer may share them, whatever they hide."""
    return frozenset(g.xreplace({s: sp.Symbol(s.name, real=True) for s in g.free_symbols}).atoms(sp.Pow))


@lru_cache(maxsize=1024)
def _kinks(v, known=frozenset()):
    """The u at whose sign change v turns: |u|, \\max(p, q) and \\min(p, q) (u = p - q), an even root of a square
    (with real symbols, |u|: \\sqrt{x^2+14x+49} is |x+7|). None for a \\max or \\min of three or more, and for an even
    root whose squares are not computed (_unfold), unless it is one of the roots `known` (the gold's own)."""
    if not v.has(sp.Abs, sp.Max, sp.Min) and all(p.exp.is_Integer for p in v.atoms(sp.Pow)):
        return []  # no kink, and no root that could hide one: most answers, so no rebuilding of the tree
    real = {s: sp.Symbol(s.name, real=True) for s in v.free_symbols}
    back = {w: k for k, w in real.items()}
    w = v.xreplace(real)
    roots = {p: _unfold(p) for p in w.atoms(sp.Pow) if p.base.free_symbols and p.exp.is_Rational and p.exp.q % 2 == 0}
    if any(u is None and p not in known for p, u in roots.items()):
        return None
    w = w.xreplace({p: u for p, u in roots.items() if u is not None})
    us = []
    for k in w.atoms(sp.Abs, sp.Max, sp.Min):
        if len(k.args) > 2:
            return None
        u = k.args[0] - k.args[1] if len(k.args) == 2 else k.args[0]
        if u.free_symbols and not (u.is_nonnegative or u.is_nonpositive):
            us.append(u.xreplace(back))
    return us


def _blind_kink(a, free, known):
    """A kink of the answer that no two real sample points straddle can hide a difference beyond them:
    x + \\max(0, x - 10^4), |2n + 1007| for 2n + 1007. (|x|^2 and |x^2| are fine.) known: the gold's roots (_kinks)."""
    us = _kinks(a, known)
    if us is None:
        return True
    at = lambda u: (_value(u, subs, []) for subs in _points(free, _REAL))  # noqa: E731
    return any(not {-1, 1} <= {mpmath.sign(mpmath.re(v)) for v in at(u) if v is not None} for u in us)


def _real_roots(u, s):
    """Where u, a ratio of polynomials in s alone of degree up to 8, is 0 or has a pole; None for any other u."""
    powers = [p.exp for p in u.atoms(sp.Pow) if p.base.free_symbols]
    if u.has(sp.Abs, sp.Max, sp.Min) or not all(e.is_Integer and abs(e) <= 8 for e in powers) or sum(-e for e in powers if e < 0) > 8:
        return None  # (before sp.together, which multiplies out a sum of forty fractions at great cost)
    out = []
    for p in sp.fraction(sp.together(u)):
        if not p.free_symbols:
            continue
        if p.free_symbols != {s} or not p.is_polynomial(s) or sp.degree(p, s) > 8 or _bits(p) > 2000:
            return None
        try:
            coefficients = [_num(c, {}, []) for c in sp.Poly(p, s).all_coeffs()]
            roots = mpmath.polyroots(coefficients, maxsteps=200, extraprec=100) if len(coefficients) > 1 else []
        except (_Bad, _Undefined, ArithmeticError, ValueError, mpmath.libmp.NoConvergence):
            return None
        out += [mpmath.re(r) for r in roots if abs(mpmath.im(r)) < mpmath.mpf(10) ** (-mpmath.mp.dps // 3) * (1 + abs(r))]
    return out


@lru_cache(maxsize=1024)
def _kink_points(a, g, free, values):
    """One point inside each piece into which the kinks of a and g cut each axis through the first sample point,
    placed by a hash of the pair (at whole numbers, the one nearest, if the piece holds one): |x-3||x-4| - (x-3)(x-4)
    is 0 but on (3, 4), where no fixed point lies. None where the pieces cannot be found (a kink of the answer's own
    at roots not computed, |e^x - e^3|, beside another: only a lone one is safe, straddled by the points) or are too
    many to look at."""
    known = _known(g)
    own, theirs = _kinks(a, known), _kinks(g, known) or []
    if own is None:
        return None
    us, theirs = own + theirs, set(theirs)
    if len(free) > 1 and values is _REAL and any(not {u, -u} & theirs for u in own):
        return None  # in the plane, pieces are no intervals: \max(0,x-5)\max(0,y-5) is 0 but where both pass 5 (whole
        # numbers are drawn on a grid up to 100 and past 1000, where (-1)^{|n-k|} for (-1)^{n+k} meets no such hole)
    base = next(_points(free, values))
    f = mpmath.mpf(hashlib.blake2b(f"{a}|{g}".encode(), digest_size=8).digest()[0] % 50 + 25) / 100
    out = []
    for s in free if us else []:
        others = {t: sp.Rational(mpmath.nstr(base[t], 30)) for t in free if t != s}
        mine, ends = [u for u in us if s in u.free_symbols], set()
        for u in mine:
            roots = _real_roots(u.xreplace(others), s)
            if roots is None and not {u, -u} & theirs:  # a kink of the answer's own, its roots not found: the
                return None  # pieces it cuts are unknown (|10^{-6} - (x-p)^2(x^8+1)| is positive 10^{-6} around p alone)
            ends |= set(roots or [])
        if len(ends) > 40:
            return None
        ends = sorted(ends)
        far = [ends[0] - 2 * (1 + abs(ends[0]))] if ends else []
        for lo, hi in zip(far + ends, ends + [ends[-1] + 2 * (1 + abs(ends[-1]))] if ends else []):
            x = lo + f * (hi - lo)
            if values is _INTEGER:
                x = mpmath.nint(x)
                if not lo < x < hi:
                    continue
            out.append({**base, s: x})
    return out


def _branched(v):
    """Whether v takes one branch of several at a complex point: it holds a logarithm, an inverse function or a root."""
    return v.has(sp.log, *_INVERSE.values()) or any(not p.exp.is_Integer for p in v.atoms(sp.Pow))


def _agree(a, g, free, c, values, seen):
    agreed, fixed, kinks = set(), list(_points(free, values)), _kink_points(a, g, tuple(free), values)
    branches = _branched(a) and _branched(g)
    if kinks is None:
        return False
    salted, drawn = _salted(free, values, f"{a}|{g}"), False
    for k, subs in enumerate(fixed + salted + kinks):
        met = []
        why = []
        va, vg = _value(a, subs, met, why), _value(g, subs, met, why)
        if values is _INTEGER and why == ["too large"] and max(map(abs, subs.values())) <= 100:
            return False  # at small whole numbers only a wrong side outgrows 10^1000 where the other has a value
        if (k < len(fixed) or k >= len(fixed) + len(salted)) and max(subs.values()) < 30:  # 198!-sized values at n = 99,
            seen += [x for x in met if x < 0 or values is _REAL]  # or 58! at a salted 29, would only inflate precision;
            # at whole numbers large values are compared to the last digit below, so only the small ones set the second
            # look's depth; between kinks 10^{-40} apart, values of 10^{-80} set it
        far = values is _REAL and len(fixed) + len(salted) - _FAR <= k < len(fixed) + len(salted)  # (e^{2x} at -2000)
        if (va is None and vg is None) or ((values is _INTEGER or far) and None in (va, vg)):  # no evidence either way
            continue  # (at integer points, one side past a bound, \binom{n}{2} at 10^9, is none either)
        big = max(abs(va), abs(vg)) if values is _INTEGER else 0
        if big > mpmath.mpf(10) ** (mpmath.mp.dps - 30) and _close(va, vg, c):  # whole numbers agree to the last digit:
            # 99! + 78 is not 99! (a huge answer beside a small gold differs already)
            digits = int(mpmath.log10(big)) + 40
            differs = _whole_differs(a, g, subs, digits) if digits <= 250 else None  # no evidence past 10^210:
            if differs is None:  # 36 sines at 400 digits took a second
                continue
            if differs:
                return False
        if branches and va is not None and vg is not None and mpmath.im(va) and mpmath.im(vg) and \
                not _close(va, vg, c) and _close(mpmath.re(va), mpmath.re(vg), c):  # both complex, apart by an
            continue  # imaginary part only: another branch, ln(1/x) = -ln x for x < 0 (single-valued sides have none)
        if not _close(va, vg, c):
            return False
        agreed.add(tuple(subs.values()))  # (distinct points: a salted one may repeat a fixed one)
        drawn |= len(fixed) <= k < len(fixed) + len(salted)
    return len(agreed) >= (4 if values is _INTEGER else 3) and (drawn or values is _REAL)  # \lfloor x^{999} \rfloor has
    # a value at 0 and ±1 only; at whole numbers, where a side with no value is no evidence, a drawn point must agree
    # too (a pole at every point but the four fixed ones, \Gamma(1 - (n+31)(2^{42}-n)\cdots), says nothing)

# ---------------------------------------------------------------- comparison


def _hides(a, g):
    """Whether a may differ from g where no sample point looks: through a floor the gold lacks (x + \\lfloor x^2/10^{12}
    \\rfloor, in an equation too; u \\bmod m is u - m\\lfloor u/m \\rfloor), a floor of its own that holds a long or tiny
    number (\\lfloor \\sqrt{n} + 10^{-8} \\rfloor shows only at n ≈ 10^{15}), an integer function of its own, or a part of
    the answer holding one, that takes one value wherever the gold has one (a bump \\lfloor \\frac{1}{(n-50)^2+1} \\rfloor,
    x^2 \\bmod 1000 at real points, \\binom{n^2}{700} or n!\\binom{n \\bmod 90}{26} beside a gold n!), beside a discrete
    gold something that can single out a few whole numbers (_selects) or repeats with a period the gold lacks, or a
    kink beyond the points."""
    a, g = _as_floor(a), _as_floor(g)
    folds = (sp.asin, sp.acos, sp.atan, sp.acot, sp.asec, sp.acsc, sp.acosh)
    inverse = a.atoms(*folds) - g.atoms(*folds)
    if any(f.args[0].has(*_PERIODIC, sp.cosh) or (f.args[0].free_symbols and not g.has(*folds)) for f in inverse):
        return True  # 100\arcsin(\sin\frac{n}{100}) is n up to 157 alone, where n! is past comparing; \cosh^{-1}(\cosh u)
    # is |u|; beside a gold without them, \arctan u + \arctan\frac1u jumps by π where u does (beyond every point when
    # u = 2001 - x), \arcsin\frac{2t}{1+t^2} is 2\arctan t for |t| ≤ 1 alone
    discrete = _discrete(g)
    if discrete and _selects(a, g):
        return True
    floors = [f for f in a.atoms(sp.floor, sp.ceiling) if f.free_symbols]
    signs = any(p.base == -1 and p.exp.free_symbols for p in g.atoms(sp.Pow))  # (1 - (-1)^n)/2 is n \bmod 2
    if floors and not (g.has(sp.floor, sp.ceiling) or signs):
        return True
    free, known, theirs = sorted(g.free_symbols, key=str), g.atoms(sp.floor, sp.ceiling, sp.Rational), \
        g.atoms(sp.floor, sp.ceiling)
    irregular = any(_curved(h.args[0]) for h in theirs)  # the gold's floors turn where no period says
    turning = [f for f in set(floors) - known if irregular or _curved(f.args[0]) or _bumpy(f.args[0])]
    if len(turning) > 3:  # each may cost 300 evaluations in _same_turns
        return True
    for f in set(floors) - known:
        if any(len(str(abs(r.p))) > 6 or len(str(r.q)) > 6 for r in f.atoms(sp.Rational) - known) or \
                any(not 1e-6 < abs(c.evalf(15)) < 1e6 for c in sp.preorder_traversal(f.args[0])
                    if c.is_number and not c.is_Rational):  # and e^{-60} or \pi^{-50}, tiny but no Rational
            return True
        if f in turning and not any(_same_turns(f, h, free) for h in theirs):
            return True  # \lfloor \log_7 (n+1) \rfloor turns at 6, 48, 342, …: only the gold's own turns are safe
    if discrete:
        # What the answer adds repeats with a period of the gold's, or one up to 6, as 0…5 meet each residue:
        # \lfloor \frac{n+r+1}{500} \rfloor - \lfloor \frac{n+r}{500} \rfloor beside \lfloor n/2 \rfloor is 1 on one class in 500,
        # and floors of periods 3, 4 and 5 together single out one class in 60. A period over 6 that the gold has too
        # is compared at each residue: \lfloor n/60 \rfloor + \lfloor \frac{n+37}{60} \rfloor - \lfloor \frac{n+36}{60} \rfloor
        # differs at 23 alone.
        added, period = _period(a, g.atoms(*_REPEATING) | set(turning)), _period(g)
        if not added or (added > 6 and (not period or period % added)):
            return True
        if added > 6 and (added > 60 or len(free) > 1 or _differs(a, g, free[0], range(added))):
            return True
    known = _known(g)
    if _blind_kink(g, free, known):  # |x + 100| is x + 100 at every sample point: only the gold itself is a kink so far out
        return True
    mine = a.atoms(*_INTEGRAL, sp.gamma) - g.atoms(*_INTEGRAL, sp.gamma)  # (1/Γ(1 - (n-6)^2) is 0 at every whole n but 6)
    parts = [s for s in sp.preorder_traversal(a) if s is not a and s.free_symbols and s.has(*mine)] if mine else []
    if len(parts) > 40:
        return True
    if parts:  # where the gold has values, each must move, and at small points, which are compared to the last digit
        # (past 10^210 a point is skipped: \frac{1}{(n-990)!} moves only at 999, 1000, … beside a gold \binom{2n}{n})
        compared = [subs for subs in _points(free, _INTEGER if discrete else _REAL)
                    if max(map(abs, subs.values())) <= 100 and _value(g, subs, []) is not None]
        if any(len({_value(s, subs, []) for subs in compared} - {None}) < 2 for s in parts):
            return True
    return _blind_kink(a, free, known)


def _differs(a, g, n, whole):
    """Whether a and g differ at one of the whole numbers (at 200 digits: values up to 10^{160})."""
    return any(_whole_differs(a, g, {n: mpmath.mpf(k)}, 200) for k in whole)


def _whole_differs(a, g, subs, digits):
    """Whether a and g differ at a whole-number point, to the last digit, working with `digits` digits (so for values
    up to 10^(digits - 40)); None where either has no value there, or a larger one (no evidence)."""
    with mpmath.workdps(digits):
        va, vg = _value(a, subs, []), _value(g, subs, [])
    if va is None or vg is None or max(abs(va), abs(vg)) >= mpmath.mpf(10) ** (digits - 39):
        return None
    return abs(va - vg) > mpmath.mpf(10) ** -20


def _selects(a, g):
    """Whether a holds, where the gold does not, a function that can single out one residue class or a few whole
    numbers, where no dozen sample points looks: a binomial with a constant top or a bottom not linear
    (\\binom{0}{(n-37)(n-3)} is 1 at 3 and 37 alone) or a number over 30 in it (\\binom{|n|}{100}), a power of a complex
    number other than ±i, or a sine, cosine or sign of a binomial or factorial. (Periods are _period's: (1 + (-1)^d) \\prod_k (1 + \\cos \\frac{\\pi d}{2^k}), d = n - r,
    is 0 but on one class mod 256.)"""
    mine = a.atoms(sp.binomial) - g.atoms(sp.binomial)
    if any(abs(k) > 30 for b in mine for k in b.atoms(sp.Integer)):  # \binom{|n|}{100} is 0 wherever |n| < 100, and a
        return True  # gold as large as \binom{2n}{n} is compared to the last digit only up to n ≈ 350
    for top, bottom in (b.args for b in mine if b.args[1].free_symbols):
        free = sorted(bottom.free_symbols, key=str)
        if not top.free_symbols or not bottom.is_polynomial(*free) or sp.Poly(bottom, *free).total_degree() > 1:
            return True
    for f in a.atoms(*_PERIODIC, sp.exp, sp.Pow) - g.atoms(*_PERIODIC, sp.exp, sp.Pow):
        if isinstance(f, sp.Pow) and f.exp.free_symbols and f.base.is_real is False and f.base not in (sp.I, -sp.I):
            return True
        _, turns = _turns(f) or (1, sp.S.Zero)
        if turns.has(*_INTEGRAL, sp.gamma) and _coefficients(turns) is None:
            return True  # \cos(\pi \binom{n+r}{63}) is the parity of a binomial: 1 on one class in 64
    return False


def _turns(f):
    """(period factor, argument) of a function that can repeat at whole numbers: a floor repeats with its argument's
    denominators, (-1)^u and \\cos \\pi u with twice them, i^u with four times; None for other functions."""
    if isinstance(f, (sp.floor, sp.ceiling)):
        return 1, f.args[0]
    if isinstance(f, sp.Pow):
        return ((2 if f.base == -1 else 4), f.exp) if f.base in (-1, sp.I, -sp.I) and f.exp.free_symbols else None
    if isinstance(f, (*_PERIODIC, sp.exp)):  # the argument in half-turns, π radians
        return 2, f.args[0] / (sp.pi * (sp.I if isinstance(f, sp.exp) else 1))
    return None


def _period(v, known=frozenset()):
    """The period at whole numbers of what repeats in v, outside known (_turns), or 0 if a floor has none (\\lfloor
    n\\sqrt 2 \\rfloor). \\cos n repeats nowhere: left out."""
    period = 1
    for f in v.atoms(*_REPEATING) - known:
        step, turns = _turns(f) or (1, sp.S.Zero)
        denominator = _denominator(turns) if turns.free_symbols else 1
        if not denominator and isinstance(f, (sp.floor, sp.ceiling)):
            return 0
        period = math.lcm(period, step * (denominator or 1))
    return period


def _coefficients(u):
    """u's coefficients as a polynomial in its variables and floors ({monomial: coefficient}), small binomials
    expanded (\\binom{n}{2} is \\frac{n(n-1)}{2}); None if it is no such polynomial."""
    u = u.replace(lambda e: isinstance(e, sp.binomial) and e.args[1].is_Integer and 0 <= e.args[1] <= 8, sp.expand_func)
    u = u.xreplace({f: sp.Dummy() for f in u.atoms(sp.floor, sp.ceiling)})
    if u.has(*_INTEGRAL, sp.gamma):
        return None
    try:
        return sp.Poly(u, *sorted(u.free_symbols, key=str)).as_dict()
    except sp.PolynomialError:
        return None


def _denominator(u):
    """The period, at whole numbers, of a floor of u: the lcm of the denominators of u's coefficients (n/2 + n^2/3: 6),
    or 0 if u is no polynomial with rational ones."""
    coeffs = _coefficients(u)
    steps = [c for m, c in (coeffs or {}).items() if any(m)]
    return math.lcm(1, *(c.q for c in steps)) if coeffs is not None and all(c.is_Rational for c in steps) else 0


def _as_floor(v):
    """v with each u \\bmod m that holds a variable written u - m\\lfloor u/m \\rfloor, so that the floor rules hold for it."""
    return v.replace(lambda e: isinstance(e, sp.Mod) and e.free_symbols,
                     lambda e: e.args[0] - e.args[1] * sp.floor(e.args[0] / e.args[1]))


def _bumpy(u):
    """Whether u divides by an expression in a variable: a floor of it can move at one integer alone,
    \\lfloor \\frac{n}{2} + \\frac{1}{1+9(n-6)^2} \\rfloor at n = 6."""
    return any(p.exp.is_negative and p.base.free_symbols for p in u.atoms(sp.Pow))


def _curved(u):
    """Whether u holds a logarithm, a root, an exponential, a trigonometric function, π or e: a floor of it turns at
    integers that follow no period, so no set of sample points shows every nudge of it (\\log_b n + 0.01), nor tells
    \\lfloor n\\pi \\rfloor from \\lfloor \\frac{312689 n}{99532} \\rfloor."""
    return u.has(sp.log, sp.exp, sp.pi, sp.E, *_PERIODIC) or any(not p.exp.is_Integer for p in u.atoms(sp.Pow))


def _same_turns(f, h, free):
    """Whether the floor (or ceiling) f of the answer turns where the gold's h does: its argument is h's up to a whole
    number (\\log_2 (2n) and \\log_2 n), or it is a ceiling of h's argument one step on and agrees with h, up to a
    whole number, at every n from 1 to 300 (\\lceil \\log_2 (n+1) \\rceil and \\lfloor \\log_2 n \\rfloor + 1)."""
    n = free[0] if len(free) == 1 else None
    shifts = [0] + ([1, -1] if n is not None and f.func != h.func else [])
    for s in shifts:
        if _whole_apart(f.args[0], h.args[0].xreplace({n: n + s}) if s else h.args[0], free) and \
                (s == 0 or _whole_apart(f, h, free, [{n: mpmath.mpf(k)} for k in range(1, 301)])):
            return True
    return False


def _whole_apart(u, w, free, points=None):
    """Whether u - w is one whole number at the real sample points (or the points given)."""
    with mpmath.workdps(30):
        d = [_value(u - w, subs, []) for subs in points or _points(free, _REAL)]
    d = [x for x in d if x is not None and not mpmath.im(x)]
    return len(d) >= 2 and all(abs(x - mpmath.nint(d[0])) < 1e-20 for x in d)


def _digits(v):
    """Magnitudes to look past: the digits of each exact number's denominator (\\sqrt{2 + 10^{-50}})."""
    return [0] + [-len(str(r.q)) for r in v.atoms(sp.Rational)]


def _expr_same(a, g, c):
    if a == g:
        return True
    if any(x.has(sp.oo, -sp.oo, sp.zoo, sp.nan) for x in (a, g)) or not a.free_symbols <= g.free_symbols:
        return False  # an answer may not use a symbol the gold lacks
    if g.is_Rational and g != 0 and abs(g) in c[0]:  # a number written with a point: the answers that round to it
        return _rounds_to(a, g, c[0][abs(g)])
    c = ({}, *c[1:])  # anything else is exact: 0.5 + \frac{\pi}{8}, the 2 in (1.3, 2)
    if _hides(a, g):
        return False
    if a.is_Rational and (g.is_Rational or g.is_rational is False):  # 1.41421356237… (50 places) is not \sqrt 2
        return False
    seen = _digits(a)
    if not _numeric_same(a, g, c, seen):
        return False
    span = int(max(map(abs, seen)))  # values met span 10^±span: 5 + e^{-148} hides below 50 digits, not below 2·span + 60
    if 2 * span + 160 > MAX_DPS:
        return False
    with mpmath.workdps(2 * span + 160):  # (and 100 digits more: \sin(10^{-40}) - 10^{-40} is 10^{-121}, past 2·40 + 40)
        if not _numeric_same(a, g, ({}, mpmath.mpf(10) ** -(span + 140), c[2]), []):
            return False
    # The gap at a constant, or at a drawn point, taken at two depths 50 digits apart stays if it is real, however
    # small (\frac{\sinh 400}{\cosh 400} is 1 − 10^{-347}, and no value met spans that); a rounding error shrinks.
    free, gaps = sorted(g.free_symbols, key=str), []
    at = _salted(free, _INTEGER if c[2] else _REAL, f"{a}|{g}")[0] if free else {}  # (a drawn point: at a public one
    # a factor (x - x_0) can make the gap exactly 0)
    for dps in (2 * span + 160, 2 * span + 210):
        with mpmath.workdps(dps):
            va, vg = _value(a, at, []), _value(g, at, [])
            gaps.append(0 if va is None or vg is None or mpmath.im(va) or mpmath.im(vg) else va - vg)
    return gaps[0] == 0 or abs(gaps[1] - gaps[0]) > abs(gaps[0]) / 2


def _numeric_same(a, g, c, seen):
    free = sorted(g.free_symbols, key=str)
    if not free:
        return _close(_value(a, {}, seen), _value(g, {}, seen), c)
    if not c[2]:
        return _agree(a, g, free, c, _REAL, seen)
    # A discrete gold (floor, factorial…) is about integers: agree there, and at real points too unless the
    # answer is discrete as well (\lceil n/2 \rceil = \lfloor (n+1)/2 \rfloor on integers only; x ≠ \lfloor x \rfloor)
    # and its variables are not all named as real ones are (2\lfloor x \rfloor is not \lfloor 2x \rfloor).
    real = all(s.name[0] in "xyzt" for s in free)
    return _agree(a, g, free, c, _INTEGER, seen) and ((_discrete(a) and not real) or _agree(a, g, free, c, _REAL, seen))


def _ratio(d1, d2, seen):
    """The real constant k with d1 = k·d2 (two (in)equations saying the same thing), or None."""
    ks = []
    free = sorted(d2.free_symbols, key=str)
    kinks = _kink_points(d1, d2, tuple(free), _REAL)
    if kinks is None:
        return None
    salted = _salted(free, _REAL, f"{d1}|{d2}")
    near, far = [*_points(free, _REAL), *salted[:-_FAR], *kinks], salted[-_FAR:]
    for k, subs in enumerate(near + far):
        met = seen if k < len(near) else []  # (e^{1500} far out would ask for 1,500 digits in the second look)
        v1, v2 = _value(d1, subs, met), _value(d2, subs, met)
        if (v1 is None or v2 is None) and k >= len(near):
            continue  # far out, past the bounds: no evidence
        if v1 is None or v2 is None or v1 == 0 or v2 == 0:
            return None
        ks.append(v1 / v2)
    tol = mpmath.mpf(10) ** (30 - mpmath.mp.dps)
    same = all(abs(k - ks[0]) <= tol * abs(ks[0]) for k in ks) and abs(mpmath.im(ks[0])) <= tol * abs(ks[0])
    return mpmath.re(ks[0]) if same else None


def _is_name(v):
    """A left side that only names the answer, made of names and no number: x, m_{\\max}, f(x), |AB|, NO/BO, m+n,
    m-n, AB \\cdot AC, a^3 + b^3, (p, q), V_1:V_2. `x + 1 = 5`, `2x = 10` and `-x = 5` are equations, not names of 5."""
    if _kind(v) == "tuple":
        return v[1] in ("()", ":") and all(_is_name(x) for x in v[2])
    if _kind(v) != "expr" or v.is_Number:
        return False
    if v.is_Add:  # m - n: a term may be negated, not every term (-m - n = 5 says m + n = -5); a power's base is in no
        # other term (x^2 + x = 6 is an equation in x)
        if any(p.base.free_symbols & u.free_symbols for t in v.args for p in t.atoms(sp.Pow) for u in v.args if u != t):
            return False
        return all(_is_name(-x) or _is_name(x) for x in v.args) and any(_is_name(x) for x in v.args)
    if isinstance(v, sp.Symbol):  # x, f(n), f(-2); not f(x + 1), a value of the function asked for
        arg = re.fullmatch(r"f\((.*)\)", v.name)
        return not arg or re.fullmatch(r"\w+", arg[1]) or not re.search(r"[A-Za-z]", re.sub(r"pi|sqrt", "", arg[1]))
    return (v.is_Pow and (v.exp == -1 or v.exp.is_Integer and 1 < v.exp < 10) and _is_name(v.base)) or \
        (isinstance(v, (sp.Mul, sp.Abs)) and all(_is_name(x) for x in v.args))


def _label(rel, gold=False):
    """Whether a relation's left side only names its right: names (_is_name), each once, none of them in the value.
    `(p, q) = (3, 2)` and `|AB| = 1`; not `x = 2x`, `x^2 = x + 1` or `(x, x) = (3, 2)`. A gold's left side is no label
    when it holds a derivative (`y' + ry = 0` asks for the equation, not for 0) or a power (`x^2 + y^2 = 1` and `y^2 = 4x`
    are curves), nor when it is a sum equal to 0 or to an expression (`x + y + z = 0` is a plane; `m + n = 265` names
    265), nor when its right side is an acronym (`MR = SRMC` is a condition)."""
    lhs, rhs = rel[2][0], _one(rel[2][1])
    names = lhs[2] if _kind(lhs) == "tuple" else (lhs,)
    if rel[1] == ("in",) and not all(isinstance(x, sp.Symbol) for x in names):
        return False  # x^2 \in (5, \infty) or |k| \in (-\infty, -5) bounds no x, no k
    if _kind(lhs) == "tuple" and lhs[1] == "()" and not all(_kind(t) == "tuple" and t[1] == "()" and len(t[2]) == len(names)
                                                         for t in (rhs[1] if _kind(rhs) == "set" else [rhs])):
        return False  # (c, a) = (3, 4, 5) names no 5; (x, y) \in \{(1, 2), (3, 4)\} names two points
    if not gold and _kind(lhs) == "tuple" and lhs[1] == ":" and list(map(str, names)) != sorted(map(str, names)):
        return False  # V_1 : V_2 = 11 : 21 names 11:21, but V_2 : V_1 = 11 : 21 is 21:11 in the order a gold 11:21 has
    if gold and (any("'" in s.name for s in _free(lhs)) or (_kind(lhs) == "expr" and (
            (lhs.is_Add and (_free(rhs) or rhs == 0)) or any(p.exp != -1 for p in lhs.atoms(sp.Pow)))) or
            (isinstance(rhs, sp.Symbol) and len(rhs.name) > 2 and rhs.name.isupper())):  # MR = SRMC: an acronym is
        return False  # a quantity's name, no value: the gold is a condition between two quantities
    ratio = isinstance(lhs, _PERIODIC) and re.fullmatch(r"[A-Z]|theta|alpha|beta|gamma|phi", str(lhs.args[0]))  # \tan A
    # alone names a ratio of an angle (\sin x = 3 is an equation in x; \tan A \cot A is 1)
    return (_is_name(lhs) or ratio) and len(set(names)) == len(names) and not _free(lhs) & _free(rhs)


def _plain(v):
    """A number or a point of numbers: what a set of one may stand for (not \\{y = 5\\}; \\{x\\} is MATH's fractional
    part of x, \\{[12, 28]\\} and \\{\\{5\\}\\} are sets of sets, \\{(2, \\infty)\\} of an interval)."""
    if _kind(v) == "expr":
        return not v.free_symbols and not v.has(sp.oo, -sp.oo)
    return _kind(v) == "tuple" and v[1] == "()" and all(map(_plain, v[2]))


def _one(v):
    """The element of a set of one, \\{(3, 4)\\}; else v."""
    return v[1][0] if _kind(v) == "set" and len(v[1]) == 1 else v


def _free(v):
    if isinstance(v, tuple):
        return set().union(*map(_free, v))
    return v.free_symbols if isinstance(v, sp.Basic) else set()


def _items(v):
    """The elements of what may stand for a tuple: a bare list `3, -1`, a tuple `(3, -1)`, a vector."""
    k = _kind(v)
    if k == "list" or (k == "tuple" and (v[1] == "()" or (v[1] == "[]" and len(v[2]) > 2))):  # [2, -1, 3]: no interval
        items = v[1] if k == "list" else v[2]
        named = [str(x[2][0]) for x in items if _kind(x) == "rel" and x[1] == ("=",) and _label(x)]
        if not named:
            return items
        if len(named) < len(items) or len(set(named)) < len(named):  # x = 2, x = 3 is no point (2, 3)
            return None
        # `y = 2, x = -3` is the point (-3, 2): names with a customary order go in it. Others have none: is a gold (3, 4)
        # (m, b) or (b, m)? Only the problem says, so `(m, b) = (3, 4)` and `b = 3, m = 4` are no point
        order = next((o for o in _CUSTOMARY if set(named) <= set(o)), None) or _subscripted(named)
        return order and tuple(sorted(items, key=lambda x: order.index(str(x[2][0]))))
    if k == "matrix" and (len(v[1]) == 1 or len(v[1][0]) == 1):
        return tuple(x for r in v[1] for x in r)
    return None


def _subscripted(names):
    """Names of one letter with whole-number subscripts in their subscripts' order (x_1, x_2; a_0 … a_3), else None."""
    parts = [re.fullmatch(r"([A-Za-z]+)_\{?(\d+)\}?", n) for n in names]
    if None in parts or len({m[1] for m in parts}) > 1:
        return None
    return sorted(names, key=lambda n: int(re.search(r"\d+", n)[0]))


_CUSTOMARY = [["x", "y", "z", "w"], ["a", "b", "c", "d"], ["A", "B", "C", "D"], ["p", "q", "r", "s"], ["m", "n"],
              ["u", "v", "w"], ["r", "theta", "z"], ["rho", "theta", "phi"], ["h", "k"], ["X", "Y", "Z"],
              ["alpha", "beta", "gamma"], ["r", "theta", "phi"], ["r", "phi", "z"]]  # coordinates and the like, in the
# order they are asked for


def _names(v):
    """The names that label elements of a list: x and y in `x = \\pm 2, y \\in [1, 2]`."""
    return [str(x[2][0]) for x in v[1] if _kind(x) == "rel" and x[1] in (("=",), ("in",)) and _label(x)] \
        if _kind(v) == "list" else []


def _point(v):
    """Whether a list labels values of several unknowns, `x = 2, y = 3`, `f(n) = n, g(n) = 1`, `x = \\pm 2, y \\in [1, 2]`,
    so that its order matters: not the roots `1, 2`, `x = 1, x = 2` or `a = 4, -8`."""
    names = _names(v)
    return len(set(names)) > 1 and len(names) == len(v[1])


def _indexed(v):
    """Whether a list labels roots of one unknown, `x_1 = 2, x_2 = -1`, in no particular order."""
    return len({re.sub(r"_\{?\w+\}?$", "", n) for n in _names(v)}) == 1


def _same(a, g, c):
    ka, kg = _kind(a), _kind(g)
    if ka == kg == "expr":
        return _expr_same(a, g, c)
    if ka == "rel" and kg != "rel" and set(a[1]) == {"="} and not c[0] and all(_same(x, g, c) for x in a[2][1:]) and \
            (_same(a[2][0], g, c) or (len(a[1]) > 1 and _label(("rel", ("=",), (a[2][0], a[2][-1]))))):
        return True  # \frac{1}{40} = 0.025: each side is the (exact) gold; P = \frac{2}{6} = \frac{1}{3}: each but a label
    if kg == "rel" and ka != "rel" and set(g[1]) == {"="} and not any(map(_free, g[2])) and any(_same(a, x, c) for x in g[2]):
        return True  # and a gold 0.56 = 56\% is answered by either
    if "base" in (ka, kg) and "rel" not in (ka, kg):  # 1112_5: the same digits and base; a gold in a base may be answered by its digits
        if ka == "base" and kg == "expr" and a[2] == "10" and a[1].isdigit():  # and 12_{10} is 12 (not 12_5)
            return _expr_same(sp.Integer(a[1]), g, c)
        return kg == "base" and (a[1:] == g[1:] if ka == "base" else str(a) == g[1].lstrip("0"))
    for x, y, kx, ky in ((a, g, ka, kg), (g, a, kg, ka)):
        if kx == "union" and len(x[1]) == 1 and ky == "tuple":  # (0, 2] ∪ (2, 5) and (0, 5]
            return _same(x[1][0], y, c) if x is a else _same(y, x[1][0], c)
        if kx == "rel" and ky in ("list", "tuple", "matrix") and x[1] in (("=",), ("in",)) and _label(x, x is g) \
                and _kind(x[2][0]) == "tuple" and x[2][0][1] == "()":
            # (b,a) = (3,4) is b = 3, a = 4: not a = 3, b = 4, and not (3, 4) where (a, b) is asked (nor = \\{(3, 4)\\});
            # (y,x) \\in \\{(2,1),(4,3)\\} is the points (1, 2) and (3, 4)
            rhs = _one(x[2][1])
            points = [("list", tuple(("rel", ("=",), pair) for pair in zip(x[2][0][2], t[2])))
                      for t in (rhs[1] if _kind(rhs) == "set" else [rhs])]
            v = points[0] if _kind(rhs) == "tuple" else ("set", tuple(points))
            return _same(v, y, c) if x is a else _same(y, v, c)
        if kx == "rel" and x[1] == ("in",) and _kind(x[2][1]) == "tuple" and (ky == "list" or len(x[2][1][2]) != 2):
            return False  # n \in (1, 3) is an interval: no list of the values 1, 3; x \in (1, -2, 8) is in no interval
        if kx == "rel" and ky != "rel" and x[1] in (("=",), ("in",)) and _label(x, x is g):  # (p,q)=(3,2)
            return _same(x[2][1], y, c) if x is a else _same(y, x[2][1], c)
        if kx == "set" and ky != "set" and len(x[1]) == 1 and _plain(x[1][0]):  # {5} and 5, {(3, 4)} and (3, 4)
            return _same(x[1][0], y, c) if x is a else _same(y, x[1][0], c)
    if ka != kg and any(_kind(v) == "tuple" and v[1] == "()" and _has(v, sp.oo, -sp.oo) for v in (a, g)):
        return False  # (2, \infty) is an interval, never the point (2, ∞): not `2, \infty`, `x = 2, y = \infty`, a vector
    if _point(g) and ka in ("list", "set", "tuple") and not _names(a):
        return _in_order(_items(a), g[1], c)  # a gold x = -5, p = 3 answered by its values in its order: -5, 3 or
        # (-5, 3); not 3, -5 nor a set
    if _point(a) and kg == "list" and not _names(g) and not _indexed(a):
        return _in_order(_items(a), g[1], c)  # and a = 2, h = -1 names a gold 2, -1 in its order: not a = -1, h = 2
    if {ka, kg} <= {"set", "list"} or ka == kg == "union":  # multisets: pair every element off
        return _paired(list(a[1]), list(g[1]), c)
    if ka != kg or ka == "matrix":  # a tuple written without parentheses, a vector as a tuple
        ia, ig = _items(a), _items(g)
        if ka == kg == "matrix":
            if [len(r) for r in a[1]] != [len(r) for r in g[1]]:
                return False
            ia, ig = [x for r in a[1] for x in r], [y for r in g[1] for y in r]
        return ig is not None and _in_order(ia, ig, c)
    if ka == "tuple":
        return a[1] == g[1] and _in_order(_items(a) if a[1] == "()" else a[2], g[2], c)  # (y = 2, x = 1) is (1, 2)
    return _rel_same(a, g, c)


def _in_order(xs, ys, c):
    return xs is not None and len(xs) == len(ys) and all(_same(x, y, c) for x, y in zip(xs, ys))


def _paired(xs, ys, c):
    """Whether each x equals a y of its own: identical ones first, then at most MAX_PAIRS comparisons (each may cost
    milliseconds: 55 equations listed in reverse order took 6 s)."""
    if len(xs) != len(ys):
        return False
    for x in list(xs):
        if x in ys:
            xs.remove(x)
            ys.remove(x)
    tries = 0
    for x in xs:
        for j, y in enumerate(ys):
            tries += 1
            if tries > MAX_PAIRS:
                raise _Bad("too many pairs to compare")
            if _same(x, y, c):
                ys.pop(j)
                break
        else:
            return False
    return True


def _rel_same(a, g, c):
    """The same relation, the mirrored one, or the same (in)equation scaled by a constant."""
    (opa, ea), (opg, eg) = a[1:], g[1:]
    if len(opa) != len(opg):
        return False
    if opa == opg == ("=",) and all(isinstance(x[0], sp.Symbol) for x in (ea, eg)) and \
            re.sub(r"\([A-Za-z]+\)$", "", ea[0].name) == eg[0].name:  # not f = 2x for f(x) = 2x
        ea = (eg[0], *ea[1:])  # x(t) = \frac{e^t}{3} names what a gold x = \frac{e^t}{3} names
    if opa == opg and all(_same(x, y, c) for x, y in zip(ea, eg)):
        return True
    if len(opa) > 1 or "in" in opa + opg:
        return opa == tuple(_FLIP[o] for o in reversed(opg)) and all(_same(x, y, c) for x, y in zip(ea, eg[::-1]))
    da, dg = _expr(ea[0]) - _expr(ea[1]), _expr(eg[0]) - _expr(eg[1])
    if not dg.free_symbols or not da.free_symbols <= dg.free_symbols or _hides(da, dg):
        return False  # (of two numbers, no scaling makes a false equation true: 1 = 2 is not 0.56 = 56%)
    seen = _digits(da)  # x = 5 + 10^{-40} is not x = 5, nor 2y = 2x + 3.000…01 the line y = x + 1.5
    k = _ratio(da, dg, seen)
    span = int(max(map(abs, seen)))
    if k is None or 2 * span + 60 > MAX_DPS:
        return False
    with mpmath.workdps(2 * span + 60):  # a second look, as in _expr_same, where k keeps its size: a factor that is 0,
        deeper = _ratio(da, dg, [])  # \ln(\cosh^2 2 - \sinh^2 2), is rounding noise, 10^{-50} and then 10^{-160}
    if deeper is None or abs(deeper - k) > abs(k) / 2:
        return False
    if opa[0] in ("=", "!="):
        return opa == opg
    return (opa == opg and k > 0) or (opa[0] == _FLIP[opg[0]] and k < 0)


_BUILDER = re.compile(r"\s*(\\left)?\s*\\\{\s*[a-zA-Z]\s*(\\right)?\s*(\||\\mid|\\vert|:|\\colon)")  # {x | ...}


@lru_cache(maxsize=8192)
def _analyse(s, gold=False):
    """An answer string → (readings that parse, unit, non-unit words, plain text, {|number|: significant digits}, what its
    inequalities bound)."""
    if len(s) > MAX_ANSWER:
        raise _Bad("answer too long")
    math, unit, words, degree = _normalise(s)
    said = re.sub(r"\\[hv]?phantom\s*\{[^{}]*\}|_\s*\{[^{}]*\}", " ", s)  # the connectives a reader sees: no `or` in a
    # \phantom (it prints nothing) nor in a subscript (x_{or})
    if re.search(r",\s*,", math) and math.strip(", "):  # 1,,000, (2,,\infty), 1,\text{},000: a slot left empty, no
        # separator (but words alone leave their commas: \text{A}, \text{B}, \text{E})
        raise _Bad("an empty entry")
    scientific = re.fullmatch(r"-?(\d+\.?\d*)\s*\\(times|cdot)\s*10\s*\^\s*(\{\s*-?\d+\s*\}|\d)", math)  # 4 \times 10^{33}
    readings, values, sig, bounded = [math], [], {}, set()
    angle = (degree or any(u in ("deg", "arcmin", "arcsec") for u, _ in unit or ())) and \
        re.search(r"\\(pi|%s)(?![a-zA-Z])" % "|".join(f[1:] for f in _FUNCS), math)  # \frac{\pi}{2}^\circ, \cot x^\circ
    grouped = re.fullmatch(r"([A-Za-z](_\{?\w+\}?)?\s*(?:=|<|>|\\[lg]eq?(?![a-zA-Z]))\s*)?"  # x = 12,345, x > 1,000
                           r"(-?\s*[1-9]\d{0,2}(?:(?:,\s*|\s+)\d{3})+(?:\.\d+)?)", math)
    parted = re.search(r"\\(q?quad|[;:]|[hv]?phantom)(?![a-zA-Z])|(~|\\ )\s*(~|\\ )|\\\\|\b(or|and)\b|\\(lor|vee|land|wedge)(?![a-zA-Z])", s)
    if grouped and not parted and not (gold and re.search(r",\s", grouped[3])):  # 58 500, x = 12,345 are numbers; 112 or
        digits = grouped[3]  # 875, 1 \quad 256 or 0,500 (0.5?) are none, nor a gold 81, 256 (the two solutions)
        number = (grouped[1] or "") + re.sub(r"[,\s]", "", digits)  # a gold 58,500 only a number, never the list 58, 500
        tight = re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", digits)  # (`81, 256` may be both); so is \$6,000, 6,000.0,
        only = tight and (gold or unit or "." in digits or digits.count(",") > 1)  # 1,000,000
        readings = [number] if only or re.search(r",\s*0\d", digits) else [number, math]  # 1,000 is no list 1, 000
    for m in readings:
        try:
            p = _Parser(m)
            v = p.top()
        except Exception:  # not parseable, so not this reading
            continue
        both = re.search(r"\band\b|\\land|\\wedge", said) or (_BUILDER.match(s) and "," in s) or \
            (p.listed and re.search(r"\\neq?(?![a-zA-Z])|≠|!=", s))  # {x | x > 2, x < 5}; x ≠ 3 in a list narrows it:
        # 0 < x < 36, x ≠ 9
        either = re.search(r"\bor\b|\\lor|\\vee|\\cup", said)
        if _kind(v) == "union" and both:  # x > 2 and x < 5 is (2, 5)
            v = None if either else _intersect(v[1])  # `and` with `or`: no reading
            if v is None:  # (nor for x < 2 and x > 3, which is empty)
                continue
        elif _kind(v) == "union" and p.points and not either:  # x < 0, x = 1: a value and a bound?
            continue
        if re.search(r"\bor\b|\\lor|\\vee", said) and len(set(_names(v))) > 1:  # x = 2 or y = 3 holds at (2, 0): no system
            continue
        if _kind(v) == "list" and not _names(v) and (re.search(r"\b(or|and)\b|\\(lor|vee|land|wedge)(?![a-zA-Z])", said) or
                                                     not re.search(r"[,;]", m)):  # 1 or 6, 5.5 \pm 0.5: values that are
            v = ("set", v[1])  # no tuple (1, 6) written without brackets
        if _kind(v) == "union":
            merged = _merge(v[1])
            if p.listed and len(merged[1] if _kind(merged) == "union" else [merged]) < len(v[1]) and \
                    not either:  # `x > 2, x < 7`: and or or? Overlaps need an `or`
                continue
            v = merged
        if _has(v, _DEG):  # degree signs: each on a whole term, once ((5°)^2 + 5° is not 30°, 29 + (1)° no angle)
            if not _once(v, _DEG):
                continue
            v = _subs(v, {_DEG: _ONE})
        if not angle:
            values.append(v)
            sig.update(p.sig)
            bounded |= p.bounded
            if scientific and _kind(v) == "expr":  # the whole number is rounded to the mantissa's digits
                sig[abs(v)] = len(scientific[1].replace(".", "").lstrip("0"))
    plain = re.sub(r"\\(text(bf|it|rm|sf|tt|up|normal)?|mbox|mathrm)\s*\{([^{}]*)\}", r"\3", s)  # \text1{even}: 1even
    plain = re.sub(r"\\[,;:! ]|\\(left|right)(?![a-zA-Z])\.?|[\s{}$~]", "", unicodedata.normalize("NFKC", _scripts(plain))).rstrip(".")
    return values, unit or (_unit("\x02") if degree else None), words, plain, sig, bounded  # 30° is in degrees


_LOOKALIKE = re.compile("[\u0400-\u04ff\u2160-\u2188\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u3280-\u32bf"
                        "\U0001f100-\U0001f1ff]")  # Cyrillic х, enclosed ① ⒈ ㊵, Roman ⅱ
_APPROX = re.compile(r"\\approx|\\simeq|\\sim(?![a-zA-Z])|\\(fallingdot|risingdot|dot)eq|[≈≃∼…‥≐≒≓～⁓]|"
                     r"(((\.|\\text\s*\{\s*\.\s*\})\s*){3}|\\[lc]?dots)(\s|\}|\.|\\[,;:! ]|\\q?quad|\\text\s*\{\s*\.?\s*\})*$")
# not `~`, LaTeX's space; a trailing ellipsis says more digits follow: 0.7500... (or \text{.}\text{.}\text{.}) is no exact 3/4


_FONT = re.compile(r"\\(?:mathbf|mathsf|textsf|texttt|emph|boldsymbol|bm|mathit)\s*\{([^{}]*)\}")  # \mathbf{C} is C


def _choice(gold):
    """The letter of a multiple-choice gold (`C`, `(C)`, `\\text{(C)}`, `\\textbf{(c)}`), or None: x, e, n are values."""
    bare = re.sub(r"\\(text(bf|it|rm|sf|tt|up|normal)?|mathrm|mbox)|[{}\s$]", "", gold).rstrip(",.")  # (a stray comma: \text{(E)},)
    m = re.fullmatch(r"\(([a-zA-Z])\)|([A-Z])", bare)
    return m and (m[1] or m[2]).lower()


def _text_same(a, g, answer, letter=None):
    order = sorted if all(len(x) == 1 for x in g.split(",")) else list  # options as a set, names in order
    if order(a.split(",")) == order(g.split(",")):
        return True
    written = _FONT.sub(r" \1 ", _TEXT.sub(lambda m: f" {m[2]}{m[3] or ''} ", answer)).replace("$", "").lower()
    return bool(letter and re.fullmatch(r"[\s.:~\\]*\(?\s*%s\s*\)?[\s.:~\\]*" % letter, written))  # the letter alone


_COUNTED = re.compile(r"\s*-?\d[\d,.]*\s*(\\(text|textrm|mbox)\s*\{[^{}]*\}\s*)+\.?\s*")  # 21\text{ dogs}: words that count
_VALUE_WORDS = re.compile(r"\b(thousand|hundred|\w*illion|lakh|crore|bn|half|halve|quarter|third|\w+th|dozen|score|gross|"
                          r"not|no|non|never|cannot|isn|negative|minus|except|between|or|and|less|more|than|least|most|"
                          r"greater|fewer|higher|lower|up|around|about|approximately|nearly|almost|roughly|squared|cubed|"
                          r"square|cube|root|sqrt|factorial|power|times|twice|thrice|double|triple|over|under|above|below|"
                          r"all|only|complement|inverse|reciprocal|opposite|recurring|repeating|octal|binary|hex|"
                          r"hexadecimal|decimal|base|pi|i|e)s?\b")  # words after a gold's number that change it
_WORDS = {"yes", "no", "odd", "even", "none", "all", "one", "two", "six", "ten", "true", "false"}  # short golds that are words


def _equal(answer, gold):
    answer, gold = (re.sub(r"\\(display|text)style(?![a-zA-Z])|[\u200b-\u200f\u2060\ufeff\u00ad]", "", x)
                    for x in (answer, gold))  # and zero-width characters and soft hyphens
    if _LOOKALIKE.search(answer) and not _LOOKALIKE.search(gold):  # NFKC reads ①② and ⅱ as 12 and i·i; a Cyrillic
        # х looks like x and is no x
        return False
    wide = unicodedata.normalize("NFKC", answer)  # ＼approx and 0.75．．． are \approx and 0.75...
    if (_APPROX.search(answer) or _APPROX.search(wide)) and not _APPROX.search(gold):  # `\approx 601` is a hedge
        return False
    if _light(gold) and _light(answer) == _light(gold):
        return True
    vector = re.search(r"\\langle(?![a-zA-Z])(.*?)\\rangle", answer)  # its entries as the parser will see them:
    if vector and not re.search(r"matrix|\\langle", gold) and len(re.sub(  # \text{,} and \quad make commas, \, none
            r"\{[^{}]*\}|[^,;]", "", _normalise(vector[1])[0])) == 1:  # (`;` parts a tuple too: ⟨-6; 1⟩)
        return False  # ⟨-6, 1⟩ is a vector, or the closed interval [-6, 1] (Czech): never the open interval (-6, 1)
    exact, _, rounded = gold.partition("\\approx")
    if exact.strip() and rounded.strip():  # \$\dfrac23 \approx \$0.67: the value, as the gold rounds it, or both
        left, both, right = answer.partition("\\approx")
        if both and left.strip():
            return _equal(left, exact) and _equal("\\approx" + right, "\\approx" + rounded)
        return _equal(answer, exact) or _equal(answer, "\\approx" + rounded)
    av, aunit, awords, atext, _, abound = _analyse(answer)
    gv, gunit, gwords, gtext, sig, gbound = _analyse(gold, gold=True)
    if not (gv or gwords or gtext):  # an empty gold (`$$`, `\text{}`, `\left.\right.`): no answer is right, an empty box
        return False  # no more than another
    if len(gtext) > 3 or gwords or gtext.lower() in _WORDS:  # `evelyn` is `Evelyn`, `\text{No}` is `\text{no}`;
        # but `AB` and `XYZ` are no gold `ab`, `xyz`
        atext, gtext = atext.lower(), gtext.lower()
    letter = _choice(gold)
    if letter:  # one option: its letter, then at most its text (`(A) Line`); never math (`D = C`)
        return _text_same(atext, gtext, answer, letter)
    if gwords and (not _COUNTED.fullmatch(gold) or _VALUE_WORDS.search(gwords.lower())):  # a gold's words are dropped
        return _text_same(atext, gtext, answer)  # only where they count things after its number (`21\text{ dogs}`); else
        # the gold is its text (`5\text{ million}`, `\text{not } 3`, `2\text{ adults}, 5\text{ children}`, \operatorname{arccot})
    if (awords and gunit) or (aunit and gwords):  # 5 M (molar) for 5 m, 5 m for 5 ms: a word that is no unit we know
        return False
    letters = [re.fullmatch(r"[A-Za-z][A-Za-z ]*[A-Za-z]", x.strip()) for x in (answer, gold)]  # `Evelyn`
    if re.fullmatch(r"[A-Z]+(,[A-Z]+)*", re.sub(r"\s", "", gold)):  # options `D, E`, letters `LQSX`, a segment `CD`:
        # letters, never a product
        return _text_same(atext, gtext, answer)
    if letters[1] and (gold.strip().lower() in _WORDS or re.fullmatch(r"[A-Z][a-z]{2,}", gold.strip())):
        return _text_same(atext, gtext, answer)  # `yes`, `May`: a word, never a product of letters (s \cdot e \cdot y)
    if awords and gv and not gwords and not letters[1]:  # words where the gold is math: `\text{not } 3` is not 3
        return False
    if awords or (gwords and not gv) or any(letters):  # text
        same = _text_same(atext, gtext, answer)
        if same or awords or gwords or all(letters):  # else one may be a product: `ab` and `a \cdot b`
            return same
    if any(_kind(g) == "base" for g in gv) and not any(_kind(a) == "base" for a in av) and \
            not re.fullmatch(r"([A-Za-z]\w*=)?\(?\d+\)?(_.+)?", atext):  # a gold 204_5 may be answered by its digits,
        return False  # 204 (x = 204_5, (204)_5), never by a sum or product worth them (4 \cdot 51)
    if not av and not gv:  # neither is math we read: \text{October 30}, -37_8, compared as text without braces, but
        return atext == gtext and not re.search(r"\\[a-zA-Z]|\^", _TEXT.sub("", gold))  # not math: {\omega} \sin shifted
    adeg, gdeg = (re.search(r"\\circ|°|\\degree", x) is not None for x in (answer, gold))
    if (aunit and gunit and aunit != gunit) or ((aunit or adeg) and any(_has(g, _PCT) for g in gv)) or \
            ((gunit or gdeg) and any(_has(a, _PCT) for a in av)) or \
            (aunit and not gunit and {"am", "pm"} & {u for u, _ in aunit} and not (re.search(r"(?<![\w.])pm(?![\w.])", answer)
                and all(_kind(a) == "expr" and a.is_number and a.is_real and a > 24 for a in av))):  # 353 pm: picometres
        return False  # 20 hours for 20 days; 44° or \frac{60^\circ}{2} for 44%, and 2000% for 20 days; 5 a.m. for a gold 05:00
    for unit, degrees in ((aunit, gdeg), (gunit, adeg)):  # (6, 235 \text{ rad}) for (6, 235^\circ): degrees inside
        if unit and degrees and not {u for u, _ in unit} <= {"deg", "degC", "degF", "arcmin", "arcsec"}:
            return False
    if aunit and not gunit and any(_kind(v) == "expr" and v.is_Add and v.free_symbols for v in av):
        return False  # x^2 - 2x + 2^\\circ is no angle, and 2 \\text{ cm} no length of x^2 - 2x + 2
    if re.search(r"\\pm|\\mp|[±∓]", wide) and all(_kind(g) == "expr" for g in gv):  # `5 \pm 0` for one value
        return False
    if re.search(r"<|>|\\[lg](e|eq|t)(?![a-zA-Z])|[≤≥]", wide) and gv and all(_kind(g) == "list" for g in gv):
        return False  # 11 < m < 13 is no answer to the two values 11, 13
    if abound and gbound and abound != gbound:  # -2 ≤ t ≤ 7 or -2 ≤ f(x) ≤ 7 is no answer to x ∈ [-2, 7]
        return False
    if any(_kind(g) == "matrix" for g in gv) and (abound or re.search(r"\\(cup|cap|setminus)(?![a-zA-Z])|∪", wide)):
        return False  # a vector is a point: 5 < x < 12, x \in (5, 12) or (5, 12) \cup \emptyset is an interval
    with mpmath.workdps(50):
        for g in gv:
            c = (sig, mpmath.mpf(10) ** -30, _discrete(g))
            pct = _ONE if _has(g, _PCT) and _kind(g) != "rel" else sp.Rational(1, 100)  # x% is x against a percent
            g = _subs(g, {_PCT: pct})  # gold, else x/100 (and in 0.56 = 56\\%, the gold's own % is /100)
            if any(_same(_subs(a, {_PCT: pct}), g, c) for a in av if pct != _ONE or _once(a, _PCT)):
                return True
    return False


def _once(v, sym):
    """Whether a unit sign (%, °) applies once to each whole term: 40%, (45°, 60°); not (2%)(4%), \\sqrt{64%}, 8%%,
    (5°)^2, 2x° + 2."""
    if isinstance(v, tuple):
        return all(_once(x, sym) for x in v)
    return not isinstance(v, sp.Expr) or not v.has(sym) or not (v / sym).has(sym)


def _check(answer, golds):
    """(score, reason) for an extracted answer against gold strings; never raises."""
    try:
        if len(answer) > MAX_ANSWER:
            return 0.0, "error"
        units = {_normalise(g)[1] for g in golds} - {None} if len(golds) > 1 else set()  # a list gold's strings share
        if units and _normalise(answer)[1] not in units | {None}:  # their unit: 15000 beside 15000 kcal m^{-2} yr^{-1}
            return 0.0, "wrong"  # is no 15000 kcal m^{-2} day^{-1}
        return (1.0, "correct") if any(_equal(answer, g) for g in golds) else (0.0, "wrong")
    except Exception:  # a bound (_Bad), RecursionError, MemoryError, or a sympy failure
        return 0.0, "error"

# ---------------------------------------------------------------- public, in-process


def grade(response, gold):
    """(score, reason, answer) in this process: bounded inputs and bounded evaluation, no clock needed."""
    if not isinstance(response, str) or "</think>" not in response:
        return 0.0, "no_think", None
    answer = extract_answer(response)
    if answer is None:
        return 0.0, "no_box", None
    return (*_check(answer, _gold_strings(gold)), answer)


def score(response, gold):
    return grade(response, gold)[0]


def gradable(gold):
    """True if a gold string parses, or is short sensible text (`\\text{Evelyn}`, `\\text{(C)}`); prose is not."""
    for g in _gold_strings(gold):
        try:
            values, _, words, text, _, _ = _analyse(g, gold=True)
        except _Bad:
            continue
        if re.search(r"[A-Za-z]{2,} +[A-Za-z]{2,} +[A-Za-z]{2,}", re.sub(r"\\[a-zA-Z]+|\$", " ", _TEXT.sub(" ", g))):
            continue  # prose outside \text{}, "where b is an arbitrary integer", would parse as a product of letters
        if values or (words and re.fullmatch(r"[\w\s().,'-]{1,60}", text)):
            return True
        if re.fullmatch(r"-?\w+_\w+", text):  # a number in a base we cannot read, -37_8, \text{A5}_{11}: as text
            return True
    return False

# ---------------------------------------------------------------- the worker pool


class _Worker:
    """`python reward.py --worker`, a fresh interpreter (never a fork of the trainer, so no torch or vLLM in it):
    a JSON line [answer, golds] in, a JSON line [score, reason] out."""

    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker", str(os.getpid())],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     start_new_session=True)  # so Ctrl-C reaches the trainer only
        if self.ask(None, 120) != "ready":  # sympy's import and first use are on no item's clock
            self.kill()
            raise RuntimeError("reward worker did not start; run `python reward.py --worker` to see why")

    def ask(self, job, timeout):
        """Sends the job (None: none) and returns the reply; "timeout" if none comes in time, "error" if it died."""
        try:
            if job is not None:
                self.proc.stdin.write(json.dumps(job).encode() + b"\n")
                self.proc.stdin.flush()
        except OSError:  # it died between jobs
            return "error"
        if not select.select([self.proc.stdout], [], [], timeout)[0]:
            return "timeout"
        line = self.proc.stdout.readline()  # the worker writes each reply in one flush
        return json.loads(line) if line.endswith(b"\n") else "error"

    def kill(self):
        self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):  # a broken pipe with unflushed bytes
                pipe.close()


class _Pool:
    """n slots, each a worker or None (start one on use). In a run, the caller serves slot 0 and a daemon thread
    each other slot (so a Ctrl-C in the trainer waits for none of them): each takes jobs in turn, waits for the
    reply up to the time limit, and kills its worker if it overran or died (its memory cap included); the slot's
    next job starts a new one."""

    def __init__(self, n):
        self.workers = [None] * n

    def run(self, jobs, timeout):
        """[(answer, golds)] → [(score, reason)] in order."""
        results, todo, stop, failed = [None] * len(jobs), iter(range(len(jobs))), threading.Event(), []

        def drain(k):
            for j in todo:
                if stop.is_set():
                    return
                try:
                    results[j] = self.one(k, jobs[j], timeout)
                except RuntimeError as e:  # a worker that cannot start fails the batch once, not once per job
                    failed.append(e)
                    stop.set()
        threads = [threading.Thread(target=drain, args=(k,), daemon=True) for k in range(1, len(self.workers))]
        for t in threads:
            t.start()
        try:
            drain(0)  # this thread serves slot 0
            for t in threads:
                t.join()
        finally:
            stop.set()  # after a Ctrl-C, no slot takes another job
        if failed:
            raise failed[0]
        return results

    def one(self, k, job, timeout):
        self.workers[k] = self.workers[k] or _Worker()
        out = self.workers[k].ask(job, timeout)
        if isinstance(out, list):
            return tuple(out)
        self.workers[k].kill()
        self.workers[k] = None
        return 0.0, out

    def close(self):
        for w in self.workers:
            if w is not None:
                w.kill()


_POOL, _LOCK, _CACHE = None, threading.Lock(), {}


def close_pool():
    global _POOL
    if _POOL is not None:
        _POOL.close()
        _POOL = None


atexit.register(close_pool)


def grade_batch(responses, golds, workers=4, timeout=5.0):
    """[(score, reason, answer)] in order; each comparison under a hard time limit, in the worker pool."""
    global _POOL
    if len(responses) != len(golds):
        raise ValueError(f"{len(responses)} responses but {len(golds)} golds")
    out, where = [None] * len(responses), {}  # where: (answer, golds) → the rows that need it compared
    for i, (response, gold) in enumerate(zip(responses, golds)):
        answer = extract_answer(response) if isinstance(response, str) else None
        key = (answer, _gold_strings(gold))
        if answer is None or len(answer) > MAX_ANSWER:  # no_think, no_box or error: nothing to compare
            out[i] = grade(response, gold)
        elif key in _CACHE:
            out[i] = (*_CACHE[key], answer)
        elif _light(answer) in {_light(g) for g in key[1]}:  # identical up to spacing: no parsing needed
            out[i] = (1.0, "correct", answer)
        else:
            where.setdefault(key, []).append(i)
    if where:
        with _LOCK:
            if _POOL is not None and len(_POOL.workers) != workers:
                close_pool()
            _POOL = _POOL or _Pool(workers)
            try:
                results = _POOL.run(list(where), timeout)
            except BaseException:  # a Ctrl-C can leave a reply unread, and a worker that cannot start is no use
                close_pool()
                raise
        if len(_CACHE) > 200_000:
            _CACHE.clear()
        for (key, rows), result in zip(where.items(), results):
            _CACHE[key] = result  # a timeout too: an answer the policy repeats costs the time limit once
            for i in rows:
                out[i] = (*result, key[0])
    return out


def score_batch(responses, golds, workers=4, timeout=5.0):
    return [s for s, _, _ in grade_batch(responses, golds, workers, timeout)]


def _serve(parent):
    """The worker loop. Its memory is capped, so a runaway computation dies instead of swapping the host;
    it exits when the trainer dies, even mid-computation; stray prints cannot corrupt the replies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()
    reply = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    hooks = os.environ.get("NANOSCALER_REWARD_TEST_HOOKS") == "1"  # lets the tests hang or crash a worker
    _check("\\sqrt{2}x + \\sin x", ("x\\sqrt2+\\sin(x)",))  # sympy's ~50 ms first use, off the first item's clock
    print('"ready"', file=reply, flush=True)
    for line in sys.stdin.buffer:
        answer, golds = json.loads(line)
        while hooks and answer == "\\hang":
            pass
        if hooks and answer == "\\crash":
            os._exit(3)
        print(json.dumps(_check(answer, tuple(golds))), file=reply, flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        _serve(int(sys.argv[2]) if len(sys.argv) > 2 else os.getppid())
    elif len(sys.argv) == 3:
        print(grade(sys.argv[1], sys.argv[2]))
    else:
        print("usage: python reward.py '<response>' '<gold>'")
