"""Reward round 53 (a black-box attack on the grader at cb5232c, aimed at the forms it had just learnt: a chain of equations
led by a label, one label before tuples with ±, a labelled membership in a set of points, a transposed bracketed vector,
thousands separators in a fraction): the false positives it found (label 0) and the natural false negatives it listed
(label 1; the labels without a customary order are refused by design, README).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~10,500 queries,
hand probes and four fuzzers; slowest 0.06 s), labelling by tests/reward_contract.md. Five mechanisms: a vector gold
answered by an interval between its entries (5 < x < 12 for (5, 12) as a column); a transposed vector or a matrix
inside a union read as an open interval; a leading 0 group taken for thousands (0,500 for 500; European 0.5, or a list);
a thousands number split into a list against a list gold (1,000 for 0, 1). Left out as debatable: row vs column vectors,
points read as open intervals, `and` between labelled tuples, expression labels (x^2 = 5), `58, 500` for 58,500.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT143 = [
    ('vector_gold_as_interval', '\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}', '5<x<12', 0),
    ('vector_gold_as_interval', '\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}', 'x\\in(5,12)', 0),
    ('vector_gold_as_interval', '\\begin{pmatrix} -17 \\\\ 76 \\end{pmatrix}', '\\{x\\mid -17<x<76\\}', 0),
    ('vector_gold_as_interval', '\\begin{pmatrix} -17 \\\\ 76 \\end{pmatrix}', '76>x>-17', 0),
    ('vector_gold_as_interval', '\\begin{pmatrix} 4/9 \\\\ 4/3 \\end{pmatrix}', '(\\frac49,\\frac43)\\cup\\emptyset', 0),
    ('vector_gold_as_interval', '\\begin{pmatrix} -5/2 \\\\ 5/2 \\end{pmatrix}', '(-\\frac52,\\frac52)\\cup(-\\frac52,\\frac52)', 0),
    ('vector_gold_as_interval', '\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}', '(1,2)\\cup\\emptyset', 0),
    ('transposed_vector_in_union', '(-1, 1) \\cup [3, \\infty)', '[-1, 1]^T \\cup [3, \\infty)', 0),
    ('transposed_vector_in_union', '(-\\infty,-5) \\cup (-5,5)', '(-\\infty,-5) \\cup [-5,5]^T', 0),
    ('transposed_vector_in_union', '(2,12) \\cup (12,102)', '[2,12]^T \\cup (12,102)', 0),
    ('transposed_vector_in_union', '(2,12) \\cup (12,102)', 'x \\in [2,12]^T \\cup [12,102]^T', 0),
    ('transposed_vector_in_union', '(-\\infty,-2) \\cup (-1,0)\\cup (1, \\infty)', '(-\\infty,-2) \\cup [-1,0]^T\\cup (1, \\infty)', 0),
    ('transposed_vector_in_union', '(0,5) \\cup (5,\\infty)', '[0,5]^T\\cup(5,\\infty)', 0),
    ('transposed_vector_in_union', '(1,2)\\cup(3,4)', '[1,2]^\\top\\cup(3,4)', 0),
    ('transposed_vector_in_union', '(1,2)\\cup(2,3)', '[1,2]^T\\cup[2,3]^T', 0),
    ('vector_in_union', '(1,2)\\cup(3,4)', '\\begin{pmatrix}1\\\\2\\end{pmatrix}\\cup(3,4)', 0),
    ('vector_in_union', '(1,2)\\cup(3,4)', '\\begin{pmatrix}1 & 2\\end{pmatrix}\\cup(3,4)', 0),
    ('vector_in_union', '(1,2)\\cup(3,4)', '\\begin{pmatrix}1 \\\\ 2\\end{pmatrix}\\cup\\begin{pmatrix}3 \\\\ 4\\end{pmatrix}', 0),
    ('vector_in_union', '(1,2)\\cup(3,4)', '\\begin{bmatrix}1\\\\2\\end{bmatrix}\\cup(3,4)', 0),
    ('leading_zero_thousands', '500', '0,500', 0),
    ('leading_zero_thousands', '500', '0{,}500', 0),
    ('leading_zero_thousands', '5', '0{,}005', 0),
    ('leading_zero_thousands', '5', '0,005', 0),
    ('leading_zero_thousands', '-500', '-0,500', 0),
    ('leading_zero_thousands', '500', '\\$0,500', 0),
    ('leading_zero_thousands', '500', '0{,}500\\text{ m}', 0),
    ('leading_zero_thousands', '500', '0\\,500', 0),
    ('leading_zero_thousands', '5000', '0,005,000', 0),
    ('leading_zero_thousands', '500', '000,500', 0),
    ('fraction_leading_zero_thousands', '\\frac{500}{3}', '\\frac{0,500}{3}', 0),
    ('fraction_leading_zero_thousands', '\\frac{500}{3}', 'A = \\frac{0,500}{3}', 0),
    ('fraction_leading_zero_thousands', '\\frac{5}{3}', '\\frac{0{,}005}{3}', 0),
    ('fraction_leading_zero_thousands', '\\frac{500}{\\pi}', '\\frac{0,500}{\\pi}', 0),
    ('fraction_leading_zero_thousands', '\\frac{20000}{\\pi}', '\\frac{0,020,000}{\\pi}', 0),
    ('thousands_number_as_list', '0, 1', '1,000', 0),
    ('thousands_number_as_list', '\\{0,1\\}', '1,000', 0),
    ('thousands_number_as_list', '1, 0', '1,000', 0),
    ('thousands_number_as_list', '0,1', 'n = 1,000', 0),
    ('thousands_number_as_list', '1, 0, 0', 'N = 1,000,000', 0),
    ('label_noncustomary', '\\left( \\frac{3}{2}, -13 \\right)', '(m, b) = \\left(\\frac{3}{2}, -13\\right)', 1),
    ('label_noncustomary', '\\left( \\frac{3}{2}, -13 \\right)', 'm = \\frac{3}{2}, b = -13', 1),
    ('label_noncustomary', '(5,-5)', '(k,a) = (5,-5)', 1),
    ('label_noncustomary', '\\left( -\\frac{5}{11}, \\frac{12}{11} \\right)', '(t,s) = \\left(-\\frac{5}{11}, \\frac{12}{11}\\right)', 1),
    ('label_noncustomary', '(4,12)', '(r,k) = (4,12)', 1),
    ('label_noncustomary', '\\left( \\frac{1}{2}, -10 \\right)', '(s,l) = \\left(\\frac12,-10\\right)', 1),
    ('label_noncustomary', '(1,2)', '(x_1, x_2) = (1, 2)', 1),
    ('label_noncustomary', '(1,2)', '(X,Y) = (1,2)', 1),
    ('label_noncustomary', '(1,2)', '(\\alpha,\\beta) = (1,2)', 1),
    ('label_noncustomary', '(1,2)', '(a_1,a_2) = (1,2)', 1),
    ('label_noncustomary', '(1,2)', '(n,k) = (1,2)', 1),
    ('label_noncustomary', '(2,251,252)', '(a, b, n) = (2, 251, 252)', 1),
    ('labelled_thousands', '12345', 'x = 12,345', 1),
    ('labelled_thousands', '1000', 'n = 1,000', 1),
    ('labelled_thousands', '1000000', 'N = 1,000,000', 1),
    ('labelled_thousands', '58,500', 'x = 58,500', 1),
    ('labelled_thousands', '1000', 'A = 1\\,000', 1),
    ('labelled_money', '\\$23{,}000', 'C = \\$23{,}000', 1),
    ('labelled_money', '\\$23{,}000', 'C = \\$23000', 1),
    ('fraction_thousands', '\\frac{1000}{3}', '\\dfrac{1,000}{3}', 1),
    ('fraction_thousands', '\\frac{20000}{\\pi}', '\\frac{20\\,000}{\\pi}', 1),
    ('fraction_thousands', '\\frac{2000\\pi}{3}', '\\frac{2,000\\pi}{3}', 1),
    ('thousands_list', '2500,7500', '2,500, 7,500', 1),
    ('chain_decimal_gold', '1.3', 'x = \\frac{13}{10} = 1.3', 1),
    ('chain_thousands', '1000', '1,000 = 10^3', 1),
    ('vector_brackets', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '[-2, -14, -7]', 1),
    ('several_labels', '(1,1)', 'x = y = 1', 1),
]
