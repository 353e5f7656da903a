r"""Reward round 119: a WHITE-box audit of THE NEWEST CODE, round 117's rebuilt unit decision (`_argument`, `_SHUT`,
`_AFTER`, `_ARITH`), on the grader at d85b033.

Four mechanisms and one slow input, closed. (1) Bars were no brackets: `\sqrt|64\text{ cm}|`, `\log_2|128\text{ days}|`,
`81/|9\text{ min}|` kept their unit; bars (and `\lfloor`, `\lceil`, `\lvert`) now open and close. (2) A product sign
followed by a bare number hid what came after it: `(2\text{ cm}\cdot 1)^3` read as 8 cm. (3) A `\text{}` with a letter
after a unit was let through whatever else it held: `5\text{ cm}\text{! cm}` read as 120. (4) Units without letters
(`°`, `\$`) were no second quantity: `9\text{ degrees}\times 12°` read as 108 degrees. Slow: `\textcolor{}` matched two
alternatives of `_BLANK`, so 23 of them backtracked for 6 s. Now `_AFTER` alone says what may follow a unit (the end, a
separator, a relation, words or units, or a plain number it is multiplied or divided by at the very end), `_ARITH` is
gone, and `_BLANK` is possessive with disjoint alternatives.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT269 = [
    ('unit-in-abs-argument', '8\\text{ cm}', '\\sqrt|64\\text{ cm}|', 0),
    ('unit-in-abs-argument', '4 \\text{ feet}', '\\sqrt\\left|16\\text{ feet}\\right|', 0),
    ('unit-in-abs-argument', '7 \\text{ days}', '\\log_2|128\\text{ days}|', 0),
    ('unit-in-abs-argument', '9\\text{ min}', '81/|9\\text{ min}|', 0),
    ('unit-in-abs-argument', '4 \\text{ feet}', '2^|2\\text{ feet}|', 0),
    ('product-hides-power', '8\\text{ cm}', '(2\\text{ cm}\\cdot 1)^3', 0),
    ('product-hides-power', '9\\text{ min}', '(3\\text{ min}\\cdot 1)^2', 0),
    ('product-hides-power', '3\\text{ cm}', '(9\\text{ cm}\\cdot 1)^{1/2}', 0),
    ('product-hides-power', '120', '(5\\text{ cm}\\cdot 1)!', 0),
    ('product-hides-power', '3\\text{ cm}', '\\sqrt\\lceil 9\\text{ cm}\\cdot 1\\rceil', 0),
    ('math-in-following-text', '120', '5\\text{ cm}\\text{! cm}', 0),
    ('math-in-following-text', '4 \\text{ feet}', '2\\text{ feet}\\text{^2 feet}', 0),
    ('math-in-following-text', '9\\text{ min}', '3\\text{ min}\\text{^2 min}', 0),
    ('product-of-quantities-no-letter', '108\\text{ degrees}', '9\\text{ degrees}\\times 12°', 0),
    ('product-of-quantities-no-letter', '108\\text{ degrees}', '9\\text{ degrees}\\cdot 12^\\circ', 0),
    ('product-of-quantities-no-letter', '382 \\text{ dollars}', '2\\text{ dollars}\\times 191\\$', 0),
]
