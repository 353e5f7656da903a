r"""Reward round 85: a WHITE-box audit of the GOLD's side (how `_gold_strings`, `_normalise` and the parser read a gold,
and what a gold's words, units, `\approx`, decimals or odd notation switch on), with a survey of all 10,009 golds of the
shipped data grouped by the reading the grader gives them (7,996 expressions, 698 lists, 291 decimals with their
significant digits, 278 tuples, 193 with units, 107 matrices, 88 relations, 48 unions, 44 words, 44 letters, 43 numbers
in a base, 7 that do not parse), on the grader at 25f17a4; ~130 probes on the unusual groups, nothing over 0.05 s.

No false positive: tolerance comes only from golds that are rounded decimals, labelled decimal golds keep their own
digits, a gold list accepts only what it lists, words after a gold's number are dropped only for counting nouns. Three
golds whose natural correct answers score 0, left: each is one gold of the data written so that no reading is safe.
`\frac{1}{7}\triangle ABC` does not parse, so only its own string scores; `$t(0,4]$` (OlympiadBench) means t ∈ (0, 4]
but reads as t times a bracket; `\mbox{four}` is a word gold (the data's only number word), compared as text.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT201 = [
    ('natural, left', '\\frac{1}{7}\\triangle ABC', '\\frac17\\triangle ABC', 1),
    ('natural, left', '$t(0,4]$', '(0,4]', 1),
    ('natural, left', '$t(0,4]$', 't \\in (0,4]', 1),
    ('natural, left', '$t(0,4]$', '0 < t \\le 4', 1),
    ('natural, left', '\\mbox{four}', '4', 1),
]
