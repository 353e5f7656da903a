"""Reward round 66 (a black-box attack on the grader at cd95661, aimed at the session's newest rules: nested boxes, f before
a bracket, empty golds, squared and cubed unit words, powers in labels, derivatives in time, then their neighbours): the
false positives it found (label 0; category "format": the answer field is the whole response) and the natural false
negatives it listed (label 1).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~3,500 calls; no
input under 16 MB took over 2 s), labelling by tests/reward_contract.md. The new rules held; seven older mechanisms:
a gold empty after spacing and wrappers matched by an empty box; a gold's words that change its number dropped
(5\\text{ million} answered by 5); a gold "between 3 and 5" read as the list 3, 5; stacked area and volume words; per\\,cent
read as two unit words; an empty subscript hiding a power's base from the label rule (x^2 + x_{} = 6); a three-letter
gold compared as case-folded text (XYZ for xyz). Left out as debatable: 1112 for 1112_5, 4g - gx for g(4 - x), dx/dt =
x - 1 for x - 1, e for E, 0.54 for a gold 0.5; and, by design, option text after a choice letter and labels whose
order the grader cannot know.
"""


def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT163 = [
    ('empty_gold', '\\text{}', '', 0),
    ('empty_gold', '$$', '', 0),
    ('empty_gold', '\ufeff', '', 0),
    ('format', '\\textbf{}', '...reasoning...</think>\nThe answer is \\boxed{}.', 0),
    ('gold_words_dropped', '5\\text{ million}', '5', 0),
    ('gold_words_dropped', '\\text{negative } 3', '3', 0),
    ('gold_words_dropped', '\\text{half of } 10', '10', 0),
    ('gold_words_dropped', '\\text{all integers except } 3', '3', 0),
    ('gold_words_dropped', '5\\text{ degrees below zero}', '5', 0),
    ('gold_between_as_list', '\\text{between } 3\\text{ and } 5', '3,5', 0),
    ('unit_prefix_stack', '15\\text{ m}^3', '15\\text{ square cubic meters}', 0),
    ('unit_prefix_stack', '15\\text{ m}^2', '15\\text{ cubic square meters}', 0),
    ('unit_prefix_stack', '15\\text{ cm}^2', '15\\text{ square square cm}', 0),
    ('percent_thin_space', '50', '50\\text{ per\\,cent}', 0),
    ('percent_thin_space', '40', '40\\text{ per\\;cent}', 0),
    ('percent_thin_space', '100', '100\\text{ per\\,cent}', 0),
    ('label_empty_subscript', '6', 'x^2+x_{}=6', 0),
    ('label_empty_subscript', '2', 'x^{2}-x_{}=2', 0),
    ('label_empty_subscript', '35', 'a^3+a_{}=35', 0),
    ('letter_product_casefold', 'xyz', 'XYZ', 0),
    ('letter_product_casefold', 'abc', 'aBc', 0),
    ('letter_product_casefold', 'a b c', 'ABC', 0),
    ('natural', '5', '€5', 1),
    ('natural', '5\\text{ EUR}', '€5', 1),
    ('natural', 'f^{(2)}(x)', "f''(x)", 1),
    ('natural', "f'(x)", '\\frac{d}{dx}f(x)', 1),
    ('natural', '\\frac{dy}{dx}', "y'", 1),
    ('natural', '\\frac{dx}{dt}', '\\frac{d}{dt}x', 1),
    ('natural', '15\\text{ m/s}^2', '15\\text{ meters per second per second}', 1),
    ('natural', '5\\text{ ft }2\\text{ in}', "5'2''", 1),
    ('natural', '5\\text{ ft}', "5'", 1),
    ('natural', '15\\text{ cm}^3', '15\\text{ cc}', 1),
    ('natural', '\\text{negative } 3', '-3', 1),
]
