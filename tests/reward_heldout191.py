r"""Reward round 80: a WHITE-box audit of relations, labels, sets and intervals (`_Parser.relation`/`union`/`bracket`/
`braces`, `_interval`, `_intersect`, `_merge`, `_rel_same`, `_label`, `_is_name`, `_items`, `_paired`, `_analyse`'s
`or`/`and`), on the grader at 694e990; ~180 probes on real golds, nothing over 0.1 s.

Four mechanisms, all LEFT OPEN: every row below scores 1 and is labelled 0, but each states the gold's own value in a
wrong form, so a policy gains nothing by it (it must know the value to write it) and the grader, which never sees the
problem, cannot tell the readings apart: a label that is a power or an absolute value of the unknown (`|x| = 83`, `x^2 =
83`: right for "find |z|" or "find a^3 + b^3", wrong for "find x"), a set holding one pair inside a union
(`\{(0,9)\} \cup (9,36)`), and an interval against a gold that is a point (`\frac14 < x < \frac34` for the ordered
pair (1/4, 3/4); `(a, b)` prints the same for both). Held: empty and reversed intervals, ends a hair apart, open and
closed ends, `\setminus`, `x \ne \pm c`, `and` with `or`, `x < 0, x = 1`, `x = 2 \text{ or } y = 3`, overlapping
pieces without `or`, the order of customary names (`(b,a) = (3,4)`), the sign of the factor between two inequalities.
Natural FN left: `0<|x|\le 1` for `[-1,0)\cup(0,1]`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT191 = [
    # M1. _is_name line 1711 (Mul, Abs) via _label (1714) and _same label branch line 1830: |.| of a single name is a label,
    # so `|x| = v` answers v although it says x = ±v -- the hedge that `x = \pm 83` (refused, 0) spells out.
    # Purpose was |AB| (a length); for a single-letter unknown it smuggles two values.
    # gold 83: test/math "Half the value of $3x-9$ is $x+37$. What is the value of $x$?"
    ("label_abs_hedge", "83", r"|x| = 83", 0),
    ("label_abs_hedge", "83", r"\left|x\right| = 83", 0),
    # gold 17: test/math "The arithmetic mean of 7, 2, $x$ and 10 is 9. What is the value of $x$?"
    ("label_abs_hedge", "17", r"|x| = 17", 0),
    # M2. _is_name line 1710: a power (exp -1 or 2..9) of a name is a label, so `x^2 = v`, `\frac1x = v`, `x^3 = v`
    # answer v while saying x = ±sqrt(v), 1/v, v^(1/3). Purpose: a^3+b^3, NO/BO-type named quantities; for a
    # problem that asks for x these state another value of x.
    ("label_power", "83", r"x^2 = 83", 0),
    ("label_power", "83", r"\frac{1}{x} = 83", 0),
    ("label_power", "83", r"x^3 = 83", 0),
    # gold 4: test/math "If $2^8=4^x$, what is the value of $x$?"
    ("label_power", "4", r"x^{-1} = 4", 0),
    # M3. _merge line 1143 keeps a set whose element is a _plain tuple (_plain, 1735, accepts "()" of numbers), and _paired ->
    # _same singleton-set branch line 1832 ( "{(3, 4)} and (3, 4)") then unwraps it: inside a union the set {(0, 9)}
    # (a set holding the pair (0, 9)) is paired with the interval piece (0, 9).
    # gold: test/math "Solve |x^2 - 81|/(x^2 - 36x) < 0"
    ("union_singleton_set", r"(0,9) \cup (9,36)", r"\{(0,9)\} \cup (9,36)", 0),
    ("union_singleton_set", r"(0,9) \cup (9,36)", r"(0,9) \cup \{(9,36)\}", 0),
    # gold: test/math domain of (2-x)/log(2-log(x-2)), "in interval notation"
    ("union_singleton_set", r"(2,12) \cup (12,102)", r"\{(2,12)\} \cup (12,102)", 0),
    # gold: train/math "Solve the inequality (8x^2+16x-51)/((2x-3)(x+4)) < 3"
    ("union_singleton_set", r"(-4,-3) \cup \left( \frac{3}{2}, \frac{5}{2} \right)",
     r"(-4,-3) \cup \left\{\left(\frac{3}{2}, \frac{5}{2}\right)\right\}", 0),
    # M4. _interval (~1024) / _merge / _intersect produce ("tuple", "()", ...) -- the same shape as an ordered pair, so
    # a set of reals (inequality, membership, union of pieces) equals a POINT gold. Golds from "Enter the ordered
    # pair (a,b)" / "Find the focus": an interval of reals is not a point.
    # train/math: cos^3 = a cos 3t + b cos t, "Enter the ordered pair $(a,b)$"
    ("interval_for_point", r"\left( \frac{1}{4}, \frac{3}{4} \right)", r"\frac14 < x < \frac34", 0),
    ("interval_for_point", r"\left( \frac{1}{4}, \frac{3}{4} \right)", r"(\frac14, \frac12) \cup [\frac12, \frac34)", 0),
    ("interval_for_point", r"\left( \frac{1}{4}, \frac{3}{4} \right)", r"x > \frac14 \text{ and } x < \frac34", 0),
    # train/math "Find the focus of the parabola $y = -3x^2 - 6x.$"
    ("interval_for_point", r"\left( -1, \frac{35}{12} \right)", r"x \in \left(-1, \frac{35}{12}\right)", 0),
    ("interval_for_point", r"\left( -1, \frac{35}{12} \right)", r"\{x \mid -1 < x < \frac{35}{12}\}", 0),
]
