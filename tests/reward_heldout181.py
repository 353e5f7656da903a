r"""Reward round 75: the first WHITE-box audit (a helper read the grader at 30274aa, its 2,300 lines, and built wrong
answers through each leniency it judged wider than its purpose, checked against every real gold).

Two mechanisms, both closed. (1) A gap too small for the second look: that look works at 2·span + 160 digits with a
tolerance of 10^-(span + 140), span being the largest magnitude of any value met, and `\frac{\sinh 400}{\cosh 400}` is
1 − 10^{-347} while no value it meets is under 10^{-174}; only a `\tanh` node counted its hidden gap. Now a constant's
gap is computed at two depths, 50 digits apart: rounding shrinks with the digits, a real gap stays. (2) Points where both
sides are complex and differ were skipped as logarithms on another branch, and three agreeing points sufficed, so for a
gold real at few sample points (Minerva's `[P_0^{2/5} - \frac25 g K^{-3/5} z]^{5/2}`) the gold plus a polynomial that
vanishes at the three points that remain scored 1 (found by reading the points; a policy cannot see them). Now a point
is skipped only where the two differ by an imaginary part alone, as branches of a logarithm or a root do. Held: units,
text and choices, `\approx`, hedges, sets of one, labels, percent, floors and discrete golds, intervals, digit groups.
Left as debatable: `200+4` for the base gold `204_5`, `x^{-1} = 5` as a label of 5, `5K` read as kelvin.
"""
_MINERVA = "\\left[P_{0}^{2 / 5}-\\frac{2}{5} g K^{-3 / 5} z\\right]^{5 / 2}"  # test/minerva.json
_P = "(z - 4.9 - \\frac{\\sqrt{5}}{1000})(z - 0.3 - \\frac{\\sqrt{5}}{1000})(z - 2.39 - \\frac{\\sqrt{5}}{1000})"


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT181 = [
    ("gap below the second look", "1", "\\frac{\\sinh 400}{\\cosh 400}", 0),
    ("gap below the second look", "1", "\\frac{e^{400}-e^{-400}}{e^{400}+e^{-400}}", 0),
    ("gap below the second look", "2", "\\frac{2\\cosh 400}{\\cosh 400 + e^{-400}}", 0),
    ("gap below the second look", "\\frac{1}{2}", "\\frac{\\sinh 450}{2\\cosh 450}", 0),
    ("gap below the second look", "\\pi", "\\pi\\frac{\\sinh 400}{\\cosh 400}", 0),
    ("complex points skipped", _MINERVA, _MINERVA + " + 1" + _P, 0),
    ("complex points skipped", _MINERVA, _MINERVA + " + 5" + _P, 0),
    ("complex points skipped", _MINERVA, _MINERVA + " + 7" + _P, 0),
    ("complex points skipped", _MINERVA, "\\left(P_0^{2/5}-\\frac{2gz}{5K^{3/5}}\\right)^{5/2}", 1),
    ("complex points skipped", "-\\tau \\ln \\Delta", "\\tau \\ln \\frac{1}{\\Delta}", 1),
]
