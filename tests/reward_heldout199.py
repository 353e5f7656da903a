r"""Reward round 84: a WHITE-box audit of UNITS and QUANTITIES (`_unit`, the unit tables and SI prefixes, the `\text{}`
reader, the bare trailing unit, what may follow a unit, money, time, angles, temperature, compound units, and how the
gold's unit decides the answer's), on the grader at 74d9c00; ~300 probes on the 243 real golds with a unit or a
degree sign, nothing over 0.04 s.

Two false-positive mechanisms, both closed. (1) The degrees-and-minutes rule took the last digits before a degree
sign and bracketed them, so what stood before multiplied: `4.5^\circ 0'` was 4·5 = 20°, `3 30^\circ 0'` 90°; now the
angle must be a term of its own (nothing before it that it could multiply), with minutes and seconds under 60.
(2) A trailing `per` or `/` turned the sign of a unit that never came: `147 \text{ cm per}` was 147 cm; now a `per`
needs its unit. Held: prefixes and their case, conversions refused, other units refused, money kept apart, units
before operators. Natural false negatives: degrees, minutes and seconds (`28^\circ 42' 36''`) and a unit's factors
joined by `\cdot` (`\text{mi}\cdot\text{h}^{-1}`), both fixed; `6.43 \times 10^{16} / \text{cm}^{3}`, left (a slash
before a unit is read as division).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT199 = [
    ('degree-minute', '20^\\circ', "4.5^\\circ 0'", 0),
    ('degree-minute', '30^\\circ', "6.5^\\circ 0'", 0),
    ('degree-minute', '$44^{\\circ}$', "4.11^\\circ 0'", 0),
    ('degree-minute', '41.8^\\circ', "2.20^\\circ 54'", 0),
    ('degree-minute', '90^\\circ', "3 30^\\circ 0'", 0),
    ('dangling-per', '147\\text{ cm}', '147 \\text{ cm per}', 0),
    ('dangling-per', '7 \\text{ days}', '7 \\text{ days/}', 0),
    ('dangling-per', '5.4 \\text{ cents}', '5.4 \\text{ cents per}', 0),
    ('dangling-per', '5225 \\text{ cubic inches}', '5225 \\text{ cubic inches per}', 0),
    ('dangling-per', '4.4677 \\times 10^{14} Hz', '4.4677 \\times 10^{14} \\text{ Hz per}', 0),
    ('natural', '28.71^\\circ', "28^\\circ 42' 36''", 1),
    ('natural', '28.71^\\circ', '28°42′36″', 1),
    ('natural', '\\approx 8.24 \\text{ mph}', '\\approx 8.24\\,\\text{mi}\\cdot\\text{h}^{-1}', 1),
    ('natural', '15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}', '15000\\,\\text{kcal}\\cdot\\text{m}^{-2}\\cdot\\text{yr}^{-1}', 1),
    ('natural', '6.43 \\times 10^{16} \\text{ cm}^{-3}', '6.43 \\times 10^{16} / \\text{cm}^{3}', 1),
]
