r"""Reward round 117: a WHITE-box audit of A UNIT AFTER A VALUE (third pass: `text()`'s decision, `_BLANK`, `_ARITH`,
the below-a-bar test) and of nesting 48 groups deep, on the grader at 1b62d69; nothing over 24 ms.

Six mechanisms, closed together by reading a unit's place whole instead of listing what may not follow it. Before: a
unit was dropped unless `_ARITH` named what followed it, so closing brackets (`(2\text{ cm})\,^3`, `[2\text{ cm}]^3`,
`(5\text{ cm})!`, `(2\text{ cm})\times(4\text{ cm})`, read as 8 cm, 8 cm, 120 and 8 cm, two quantities of one unit
merging into one), a `\text{!}` or `\text{^3}` (math in disguise), `\cfrac`, `\nicefrac` and `{1\over 2}` slipped past;
and a unit inside an open bracket counted unless a `/(` stood right before it, so `16/\,(2\text{ cm})`, `16/((2\text{
cm}))`, `\sqrt(64\text{ cm})`, `\log_2(256\text{ cm})` and `2^(3\text{ cm})` kept it. Now `_ARITH` looks past closing
brackets, a unit must be followed by what may follow a quantity at all (`_AFTER`: the end, a separator, a relation, a
product sign for `_ARITH` to judge, a word or unit), and every bracket still open before it must hold values (`_argument`:
after nothing, a separator, a relation or `\in`; an angle's unit also in a trigonometric function, `\cos(1\text{
rad})`). Left: 300 unary signs inside 47 groups reach Python's frame limit (the RecursionError scores 0, in 2 ms).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT265 = [
    ('unit_below_bar_spaced', '8\\text{ cm}', '16/\\,(2\\text{ cm})', 0),
    ('unit_below_bar_spaced', '8\\text{ cm}', '16/~(2\\text{ cm})', 0),
    ('unit_below_bar_spaced', '8\\text{ cm}', '16\\div\\,(2\\text{ cm})', 0),
    ('unit_below_bar_nested', '8\\text{ cm}', '16/((2\\text{ cm}))', 0),
    ('unit_below_bar_nested', '8\\text{ cm}', '16/(1(2\\text{ cm}))', 0),
    ('unit_then_close_power', '8\\text{ cm}', '(2\\text{ cm})\\,^3', 0),
    ('unit_then_close_power', '9\\text{ min}', '(3\\text{ min})\\,^2', 0),
    ('unit_then_close_power', '8\\text{ cm}', '[2\\text{ cm}]^3', 0),
    ('unit_then_close_power', '8\\text{ cm}', '|2\\text{ cm}|^3', 0),
    ('unit_then_close_power', '15\\mbox{ cm}^2', '(\\sqrt{15}\\text{ cm}^2)\\,^2', 0),
    ('unit_then_close_product', '8\\text{ cm}', '(2\\text{ cm})\\times(4\\text{ cm})', 0),
    ('unit_then_close_product', '8\\text{ cm}', '(2\\text{ cm})\\cdot 4\\text{ cm}', 0),
    ('unit_then_close_product', '40\\text{ feet}', '(5\\text{ feet})\\times(8\\text{ feet})', 0),
    ('unit_then_close_product', '15\\mbox{ cm}^2', '(3\\text{ cm}^2)\\times(5\\text{ cm}^2)', 0),
    ('unit_then_close_product', '8\\text{ cm}', '|2\\text{ cm}|\\,|4\\text{ cm}|', 0),
    ('unit_then_close_factorial', '120', '(5\\text{ cm})!', 0),
    ('unit_then_close_factorial', '24', '(4\\text{ feet})!', 0),
    ('unit_in_argument', '8\\text{ cm}', '\\sqrt(64\\text{ cm})', 0),
    ('unit_in_argument', '15\\mbox{ cm}^2', '\\sqrt(225\\text{ cm}^2)', 0),
    ('unit_in_argument', '8\\text{ cm}', '\\sqrt[3](512\\text{ cm})', 0),
    ('unit_in_argument', '8\\text{ cm}', '\\log_2(256\\text{ cm})', 0),
    ('unit_in_argument', '8\\text{ cm}', '2^(3\\text{ cm})', 0),
    ('math_in_text_after_unit', '120', '5\\text{ cm}\\text{!}', 0),
    ('math_in_text_after_unit', '120', '5\\text{ cm}\\mathrm{!}', 0),
    ('math_in_text_after_unit', '120', '5\\text{ cm}\\operatorname{!}', 0),
    ('math_in_text_after_unit', '8\\text{ cm}', '2\\text{ cm}\\text{^3}', 0),
    ('fraction_after_unit', '\\frac{5}{2}', '2\\text{ m}\\cfrac{1}{2}', 0),
    ('fraction_after_unit', '\\frac{5}{2}', '2\\text{ m}\\nicefrac{1}{2}', 0),
    ('fraction_after_unit', '\\frac{5}{2}', '2\\text{ m}{1\\over 2}', 0),
    ('fraction_after_unit', '\\frac{5}{2}', '2\\text{ m}{\\frac12}', 0),
]
