r"""Reward round 112: a WHITE-box audit of UNITS AND WORDS, end to end (`_normalise`'s `text()`, the rewrites of a
fraction of units, `_per`, the `\cdot` join, bare units after a value, dollars, percent words; `_unit`, `_ARITH`;
`_check` and `_equal`'s unit, percent, degree and a.m./p.m. checks), on the grader at 7718608; nothing over 10 ms.

Two mechanisms, closed. (1) A product of two quantities with the same unit was read as one quantity: `_ARITH` called
what follows a unit a product only when a later `\text{}` unit followed the operator, so `2 \text{ cm} \times 5 cm`
(a bare unit at the end), `2 \text{ cm} (4 \text{ cm})` (a bracket after the unit) and `2 \text{ cm} \cdot \text{5
cm}` all read as 10 cm; now any letter after the operator, a bracket, or a `\text{}` holding digits makes a product.
(2) An empty group after a unit (`\text{}`, `\text{ }`, `\mathrm{}`, `\phantom{}`) prints nothing, and the power after
it is drawn on the unit, but it stayed in the math and raised the number: `2\text{ feet}\text{}^2` scored for 4 feet;
now what prints nothing is skipped when `_ARITH` looks after a unit. Natural false negative fixed: a unit after a
slash with no unit before it, `6.43 \times 10^{16}\,/\text{cm}^{3}` (and slashes in a row, `kcal/m^2/yr`, and a
bracketed denominator, `kcal/(m^2 \cdot yr)`: each slash now gives the units after it negative powers, up to its own
bracket or unit, as a fraction bar does; `kcal/m^2\,yr` is kcal·yr/m², as written).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT255 = [
    ("units", "10\\text{ cm}", "2 \\text{ cm} \\times 5 cm", 0),
    ("units", "147\\text{ cm}", "7 \\text{ cm} \\times 21 cm", 0),
    ("units", "8\\text{ cm}", "2 \\text{ cm} (4 \\text{ cm})", 0),
    ("units", "20\\text{ days}", "4 \\text{ days} \\times 5 days", 0),
    ("units", "15\\mbox{ cm}^2", "3 \\text{ cm}^{2} \\times 5 cm^{2}", 0),
    ("units", "4 \\text{ feet}", "2\\text{ feet}\\text{}^2", 0),
    ("units", "9\\text{ min}", "3\\text{ min}\\text{ }^2", 0),
    ("units", "20\\text{ days}", "400\\text{ days}\\text{}^{1/2}", 0),
    ("units", "15\\mbox{ cm}^2", "225\\text{ cm}^2\\mathrm{}^{1/2}", 0),
    ("units", "10\\text{ cm}", "\\sqrt{10}\\text{ cm}\\phantom{}^2", 0),
    ("natural, fixed", "6.43 \\times 10^{16} \\text{ cm}^{-3}", "6.43 \\times 10^{16}\\,/\\text{cm}^{3}", 1),
]
