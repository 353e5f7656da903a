r"""Reward round 108: a WHITE-box audit of structured values (matrices and vectors, complex numbers, tuples and points,
multisets, `\pm` in tuples, ratios, clock times), on the grader at 9499e99; ~170 answers on real golds, nothing over
0.1 s.

One mechanism, closed: tan and cot of an argument with a large imaginary part saturate (tan(1 + 400i) = i − O(e^{-800})),
and only tanh's saturation counted as a magnitude met, so the second look worked at ~166 digits and missed a
difference of 10^{-347}: `-5i\tan(1+400i)` scored for 5. Now the imaginary part of a tan's or cot's argument counts as
tanh's real one does. Held: shapes, transposes, `^T`, matrix powers, conjugates, branches, `\pm` in tuples, multisets,
ratios, clock times. Debatable, left: `\bar z = 6-5i` for `6-5i` (a label naming another quantity).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT247 = [
    ('complex_tan_saturation', '-i', '-\\tan(1+400i)', 0),
    ('complex_tan_saturation', '6 - 5i', '6 - 5\\tan(1 + 400i)', 0),
    ('complex_tan_saturation', '29i', '29\\tan(1+400i)', 0),
    ('complex_tan_saturation', '5', '-5i\\tan(1+400i)', 0),
    ('complex_tan_saturation', '(3, -1)', '(3, i\\tan(1+400i))', 0),
]
