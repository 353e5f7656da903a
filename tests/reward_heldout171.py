r"""Reward round 70 (a black-box attack on the grader at 8fe8a82: round 69's three changes first, then a second
differential search against math-verify 0.9.0, on golds that are not plain numbers): the false positives it found that
the grader now refuses (label 0), and the natural false negatives it found that the grader now accepts (label 1).

A helper who never read reward.py, the tests or the bench made ~37,000 calls (no call near 1 s). Round 69's changes
held (golds of capitals, `\( \)`, function values and angle ratios as labels) but one: a product of reciprocal ratios,
`\tan A \cot A = c`, was taken for a label though it is 1. The differential pools (forms a policy writes for
expressions, equations, intervals, solution sets, tuples, text, units) found: a set-builder whose condition holds the
bound variable inside an expression was read as a label of its right side (`\{x \mid x^2 = 1050\}` for 1050, which
is ±√1050; `\{x \mid 1/x \in (0,9) \cup (9,36)\}`; `\{x \mid x+y = 190\}`), and membership in a tuple of three or
more entries was read as the tuple (`\{x \mid x \in (1,-2,8)\}`). Now a set-builder is its condition only where the
bound variable stands alone on its sides, a ratio of an angle names a value only alone, and nothing is a member of a
tuple that is no interval. The natural false negatives: letters each in its own `\text{}` (`\text{A}, \text{B},
\text{E}`), refused as empty entries. Left as debatable: powers and reciprocals of the unknown as labels outside a
set-builder (`x^2 \in S`, `f(-2)^2 = 18`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT171 = [
    ("setbuilder_transformed_var", "1050", "\\{x \\mid x^2 = 1050\\}", 0),
    ("setbuilder_transformed_var", "190", "\\{x \\mid \\frac{1}{x} = 190\\}", 0),
    ("setbuilder_transformed_var", "-33", "\\{x \\in \\mathbb{R} : \\frac{1}{x} = -33\\}", 0),
    ("setbuilder_transformed_var", "1050", "\\{x \\in \\mathbb{R} \\mid |x| = 1050\\}", 0),
    ("setbuilder_transformed_var", "190", "\\{x \\mid x^3 = 190\\}", 0),
    ("setbuilder_membership_transformed", "3,-3", "\\{x \\mid x^2 \\in \\{3,-3\\}\\}", 0),
    ("setbuilder_membership_transformed", "17,44", "\\{x \\mid |x| \\in \\{17,44\\}\\}", 0),
    ("setbuilder_membership_transformed", "(-\\infty,-8]\\cup [8,\\infty)", "\\{x \\mid x^2 \\in (-\\infty,-8]\\cup [8,\\infty)\\}", 0),
    ("setbuilder_membership_transformed", "(0,9) \\cup (9,36)", "\\{x \\mid \\frac{1}{x} \\in (0,9) \\cup (9,36)\\}", 0),
    ("setbuilder_membership_transformed", "(-\\infty,\\infty)", "\\{x \\mid \\frac{1}{x} \\in \\mathbb{R}\\}", 0),
    ("setbuilder_other_symbol", "190", "\\{x \\mid x+y = 190\\}", 0),
    ("setbuilder_wraps_tuple", "(8\\sqrt3, 14, 2, 4)", "\\{x \\mid x \\in (8\\sqrt3, 14, 2, 4)\\}", 0),
    ("setbuilder_wraps_tuple", "(1,-2,8)", "\\{x \\mid x \\in (1,-2,8)\\}", 0),
    ("trig_label_identically_one", "\\frac{8}{15}", "\\tan A \\cot A = \\frac{8}{15}", 0),
    ("trig_label_identically_one", "\\frac{8}{15}", "\\sin A \\csc A = \\frac{8}{15}", 0),
    ("letters in text", "\\text{A, D, F, G, H}", "\\text{A}, \\text{D}, \\text{F}, \\text{G}, \\text{H}", 1),
    ("letters in text", "\\text{A,B,E}", "\\text{A}, \\text{B}, \\text{E}", 1),
]
