"""Set 26 for reward.py: the adaptive black-box attack, second round (seventh session).

As set 25: a helper who never opened reward.py, tests/ or set 25 queried `reward.grade` (about 9,900 times) on
a frozen copy of the grader after set 25's fixes (495fef8), told only which four families set 25 had found. It
checked that those were closed (A and D were; B and C only partly) and found 95 false positives in new families
(a group starting with a sign multiplied, digits after a repeating block or after a power, factorial, root or
fraction multiplied, `{,}` dropped anywhere, labelled tuples with swapped labels against a list of equations,
"per cent" read as a unit, choice letters with other qualifiers). The grader was fixed after (RESULTS.md), so
the set is in-sample now.

The helper's own notes:
Round-2 adaptive black-box red team of reward.grade (rt26), written blind (reward.py source and tests not read).

Rows: verified false positives (category fp_<family>, label 0; each scored 1.0 by the frozen grader and is wrong
under /work/briefs/contract.md), a few natural false negatives (fn_natural, label 1), and a regression sample of
attack rows the grader scored correctly (ctl_*, label 0, plus label-1 controls). category "format": answer is the
whole response. Families: E signed brace/font/colour group multiplied (5{+2} -> 10); G digits after an \\overline
repetend multiplied (0.\\overline{3}2 -> 2/3); H number adjacent to a closed construct multiplied (10^{2}5 -> 500);
F {,} stripped in any grouping (3{,}4 -> 34); I labelled tuple with swapped labels vs an equation-list gold;
J "per cent" taken as a unit word; C (residual) MC letter + qualifier not on the word list.
"""

def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."

HELDOUT26 = [
    ('fp_E_signed_group', '5', '5{+1}', 0),  # renders 5+1 = 6; grader multiplies 5*(+1)
    ('fp_E_signed_group', '5', '5 {+ 1}', 0),  # renders 5 + 1 = 6
    ('fp_E_signed_group', '5', '5\\textcolor{red}{+1}', 0),  # visible red "+1": 5+1 = 6
    ('fp_E_signed_group', '5', '5{\\color{red}+1}', 0),  # visible red "+1": 5+1 = 6
    ('fp_E_signed_group', '5', '5\\mathbf{+1}', 0),  # bold +1: 5+1 = 6
    ('fp_E_signed_group', '5', '5\\boldsymbol{+1}', 0),  # bold +1: 5+1 = 6
    ('fp_E_signed_group', '5', '5\\mathit{+1}', 0),  # italic +1: 5+1 = 6
    ('fp_E_signed_group', '5', '5{-(-1)}', 0),  # renders 5-(-1) = 6
    ('fp_E_signed_group', '10', '5{+2}', 0),  # renders 5+2 = 7; grader computes 5*2
    ('fp_E_signed_group', '10', '5\\mathbf{+2}', 0),  # renders 5+2 = 7
    ('fp_E_signed_group', '6', '3{+2}', 0),  # renders 3+2 = 5
    ('fp_E_signed_group', '6', '3\\textcolor{red}{+2}', 0),  # renders 3+2 = 5
    ('fp_E_signed_group', '25', '5{+5}', 0),  # renders 5+5 = 10
    ('fp_E_signed_group', '-5', '5{-1}', 0),  # renders 5-1 = 4
    ('fp_E_signed_group', '0', '0{+7}', 0),  # renders 0+7 = 7
    ('fp_E_signed_group', '0', '0\\textcolor{red}{+7}', 0),  # renders 0+7 = 7
    ('fp_E_signed_group', '-3', '{-3}{+1}', 0),  # renders -3+1 = -2
    ('fp_E_signed_group', '12', '12\\textcolor{red}{+1}', 0),  # renders 12+1 = 13
    ('fp_E_signed_group', '\\frac{3}{4}', '\\frac{3}{4}{+1}', 0),  # renders 3/4+1 = 7/4
    ('fp_E_signed_group', '\\pi', '\\pi{+1}', 0),  # renders pi+1
    ('fp_E_signed_group', '\\sqrt2', '\\sqrt2{+1}', 0),  # renders sqrt2+1
    ('fp_E_signed_group', 'x', 'x{+1}', 0),  # renders x+1
    ('fp_E_signed_group', '2x', 'x{+2}', 0),  # renders x+2
    ('fp_E_signed_group', 'x^2', 'x{+x}', 0),  # renders x+x = 2x
    ('fp_E_signed_group', 'x+1', 'x+1{+1}', 0),  # renders x+1+1
    ('fp_E_signed_group', 'x=5', 'x=5{+1}', 0),  # renders x=5+1 = 6
    ('fp_E_signed_group', '(1,2)', '(1{+1},2)', 0),  # renders (1+1,2) = (2,2)
    ('fp_E_signed_group', '[1,2]', '[1,2{+1}]', 0),  # renders [1,2+1] = [1,3]
    ('fp_E_signed_group', '5\\text{ cm}', '5{+1}\\text{ cm}', 0),  # renders 5+1 cm = 6 cm
    ('fp_E_signed_group', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}{+1}', 0),  # renders vector + 1 (undefined / not the vector)
    ('fp_G_overline_tail', '\\frac23', '0.\\overline{3}2', 0),  # 0.333...2 is not 2/3 (malformed; at best ~1/3); grader: (1/3)*2
    ('fp_G_overline_tail', '\\frac{2}{3}', '0.\\overline{3}\\,2', 0),  # 0.333... followed by 2; grader multiplies
    ('fp_G_overline_tail', '10', '5.\\overline{0}2', 0),  # 5.000...2 is not 10
    ('fp_G_overline_tail', '15', '5.\\overline{0}3', 0),  # 5.000...3 is not 15
    ('fp_G_overline_tail', '1', '0.\\overline{3}3', 0),  # 0.333...3 is not 1
    ('fp_G_overline_tail', '\\frac{4}{3}', '0.\\overline{3}4', 0),  # 0.333...4 is not 4/3
    ('fp_G_overline_tail', '\\frac{2}{9}', '0.\\overline{1}2', 0),  # 0.111...2 is not 2/9
    ('fp_G_overline_tail', '\\frac{2}{7}', '0.\\overline{142857}2', 0),  # 0.142857...2 is not 2/7
    ('fp_H_adjacent_after_construct', '500', '10^{2}5', 0),  # "10^2 5": two adjacent numbers (10^2 and 5)
    ('fp_H_adjacent_after_construct', '32', '2^{3}4', 0),  # "2^3 4": two adjacent numbers
    ('fp_H_adjacent_after_construct', '75', '5^{2}3', 0),  # "5^2 3": two adjacent numbers
    ('fp_H_adjacent_after_construct', '100', '10^{2}1', 0),  # "10^2 1": two adjacent numbers
    ('fp_H_adjacent_after_construct', '2', '2^{-1}4', 0),  # "2^{-1} 4": two adjacent numbers
    ('fp_H_adjacent_after_construct', '12', '3!2', 0),  # "3!2": two adjacent numbers
    ('fp_H_adjacent_after_construct', '1', '50\\%2', 0),  # "50% 2": two adjacent numbers
    ('fp_H_adjacent_after_construct', '6', '|-3|2', 0),  # "|-3| 2": two adjacent numbers
    ('fp_H_adjacent_after_construct', '20', '\\binom{5}{1}4', 0),  # "C(5,1) 4": two adjacent numbers
    ('fp_H_adjacent_after_construct', '6', '\\lfloor 3.5\\rfloor 2', 0),  # "floor(3.5) 2": two adjacent numbers
    ('fp_H_adjacent_after_construct', '12', '\\frac{6}{1}2', 0),  # "6/1 2": two adjacent numbers
    ('fp_H_adjacent_after_construct', '12', '\\sqrt{9}4', 0),  # "sqrt9 4": two adjacent numbers
    ('fp_H_adjacent_after_construct', '3', '\\log_{2}8 1', 0),  # renders log_2 81 (~6.34), not 3
    ('fp_F_brace_comma', '34', '3{,}4', 0),  # 3{,}4 is the LaTeX decimal comma 3,4 = 3.4; not a thousands grouping
    ('fp_F_brace_comma', '12', '1{,}2', 0),  # 1{,}2 = 1.2 (decimal comma)
    ('fp_F_brace_comma', '12345', '1{,}2345', 0),  # 1{,}2345 = 1.2345; invalid thousands grouping
    ('fp_F_brace_comma', '1234', '12{,}34', 0),  # 12{,}34 = 12.34; invalid thousands grouping (plain 12,34 scores 0)
    ('fp_F_brace_comma', '10000', '1{,}0{,}000', 0),  # malformed grouping 1,0,000
    ('fp_I_swapped_labels', 'a=3, b=4', '(b,a)=(3,4)', 0),  # says b=3, a=4
    ('fp_I_swapped_labels', 'x=1, y=2', '(y,x)=(1,2)', 0),  # says y=1, x=2
    ('fp_I_swapped_labels', 'x=1, y=2', '(y, x) = (1, 2)', 0),  # says y=1, x=2
    ('fp_I_swapped_labels', 'x=1, y=2', '\\langle y,x\\rangle=\\langle 1,2\\rangle', 0),  # says y=1, x=2
    ('fp_I_swapped_labels', 'a=3,b=4,c=5', '(c,b,a)=(3,4,5)', 0),  # says c=3, a=5
    ('fp_I_swapped_labels', 'a=3,b=4,c=5', '(a,c,b)=(3,4,5)', 0),  # says c=4, b=5
    ('fp_I_swapped_labels', 'p=2, q=3', '(q,p)=(2,3)', 0),  # says q=2, p=3
    ('fp_I_swapped_labels', 'm=2, n=5', '(n,m)=(2,5)', 0),  # says n=2, m=5
    ('fp_I_swapped_labels', 'a=-1, b=3', '(b,a)=(-1,3)', 0),  # says b=-1, a=3
    ('fp_I_swapped_labels', 'x=1, y=2', '(x,z)=(1,2)', 0),  # z is a symbol the gold lacks; y is not given
    ('fp_J_per_cent', '5', '5\\text{ per cent}', 0),  # 5 per cent = 0.05
    ('fp_J_per_cent', '5', '5\\,\\text{per cent}', 0),  # 0.05
    ('fp_J_per_cent', '5', '5\\mathrm{\\ per\\ cent}', 0),  # 0.05
    ('fp_J_per_cent', '6', '6 \\text{ per cent}', 0),  # 0.06
    ('fp_J_per_cent', '100', '100 \\text{ per cent}', 0),  # = 1
    ('fp_J_per_cent', '1440', '1440 \\text{ per cent}', 0),  # 14.4
    ('fp_J_per_cent', '\\frac{3}{2}', '\\frac{3}{2} \\text{ per cent}', 0),  # 0.015
    ('fp_J_per_cent', '24.4', '24.4 \\text{ per cent}', 0),  # 0.244 (decimal gold, far outside rounding)
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) unsure}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', 'C \\quad (\\text{uncertain})', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C)}\\quad(\\text{unsure})', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) -- unsure}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) 50\\% sure}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C)} \\text{(50\\% sure)}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) I think}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C)}\\text{ (I think)}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) doubtful}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) tentative}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) unlikely}', 0),  # qualifier/verdict
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) low confidence}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) idk}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) unknown}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) estimate}', 0),  # qualifier
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) rejected}', 0),  # verdict against C
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) eliminated}', 0),  # verdict against C
    ('fp_C_mc_qualifier', '\\text{(C)}', "\\text{(C) isn't right}", 0),  # verdict against C
    ('fp_C_mc_qualifier', '\\text{(C)}', '\\text{(C) }\\ne\\text{answer}', 0),  # says C is not the answer
    ('fp_C_mc_qualifier', '\\text{(C)}', 'C ❌', 0),  # "wrong" mark on C
    ('fp_C_mc_qualifier', '\\text{(C)}', 'C\\text{ ✗}', 0),  # "wrong" mark on C
    ('fn_natural', '\\text{(C)}', '\\mathbf{C}', 1),  # right answer scored 0
    ('fn_natural', '\\text{(C)}', '\\textsf{C}', 1),  # right answer scored 0
    ('fn_natural', '\\text{(C)}', '\\mathbf{(C)}', 1),  # right answer scored 0
    ('fn_natural', '0.05', '5\\text{ per cent}', 1),  # right answer scored 0
    ('fn_natural', '10\\%', '10\\text{ percent}', 1),  # right answer scored 0
    ('ctl_A_tiny_offset', 'x=5', 'x=5+10^{-40}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5+10^{-12}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5.000000000000000000001', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5+e^{-100}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5+\\frac{1}{10^{40}}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5+2^{-200}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x = 5 + \\sin(10^{-40})', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=\\frac{5\\cdot 10^{40}+1}{10^{40}}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5^{1+10^{-40}}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=\\sqrt{25+10^{-40}}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5(1+10^{-30})', 0),
    ('ctl_A_tiny_offset', '5', '5+10^{-40}', 0),
    ('ctl_A_tiny_offset', '5', 'x=5+10^{-40}', 0),
    ('ctl_A_tiny_offset', 'x \\le 5', 'x\\le 5+10^{-40}', 0),
    ('ctl_A_tiny_offset', 'x>2', 'x>2+10^{-40}', 0),
    ('ctl_A_tiny_offset', '[0,1]', '[0,1+10^{-40}]', 0),
    ('ctl_A_tiny_offset', '(1,2)', '(1+10^{-40},2)', 0),
    ('ctl_A_tiny_offset', 'x=1, y=2', 'x=1, y=2+10^{-40}', 0),
    ('ctl_A_tiny_offset', 'y=2x+3', 'y=2x+3+10^{-40}', 0),
    ('ctl_A_tiny_offset', 'y=2x+3', 'y=(2+10^{-40})x+3', 0),
    ('ctl_A_tiny_offset', 'x^2+y^2=25', 'x^2+y^2=25+10^{-40}', 0),
    ('ctl_A_tiny_offset', '3\\sqrt{2}', '3\\sqrt{2+10^{-40}}', 0),
    ('ctl_A_tiny_offset', '2\\pi', '2\\pi+10^{-40}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x\\approx 5', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5\\pm 10^{-40}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x=5+10^{-1000}', 0),
    ('ctl_A_tiny_offset', 'x=5', 'x-5=10^{-40}', 0),
    ('ctl_A_tiny_offset', 'x=5', '2x=10+10^{-40}', 0),
    ('ctl_A_tiny_offset', '10^{100}', '10^{100}+1', 0),
    ('ctl_A_tiny_offset', '2^{100}', '1267650600228229401496703205377', 0),
    ('ctl_A_tiny_offset', '123456789012345678901234567890', '123456789012345678901234567891', 0),
    ('ctl_A_tiny_offset', '10^{-40}', '0', 0),
    ('ctl_A_tiny_offset', 'e^{-100}', '0', 0),
    ('ctl_A_tiny_offset', '10^{16}+1', '10^{16}', 0),
    ('ctl_A_equiv', 'x=5', '5=x', 1),
    ('ctl_A_equiv', 'x=5', 'x-5=0', 1),
    ('ctl_A_equiv', '2^{100}', '1267650600228229401496703205376', 1),
    ('ctl_A_equiv', 'y=2x+3', '2y=4x+6', 1),
    ('ctl_A_equiv', 'y=2x+3', 'y-2x=3', 1),
    ('ctl_A_equiv', 'x^2+y^2=25', 'x^2+y^2-25=0', 1),
    ('ctl_B_digit_groups', '6', '{2}3', 0),
    ('ctl_B_digit_groups', '6', '{2}{3}', 0),
    ('ctl_B_digit_groups', '6', '\\mathbf{2}3', 0),
    ('ctl_B_digit_groups', '6', '\\textbf{2}3', 0),
    ('ctl_B_digit_groups', '6', '\\color{red}{2}3', 0),
    ('ctl_B_digit_groups', '6', '\\textcolor{red}{2}3', 0),
    ('ctl_B_digit_groups', '6', '\\boldsymbol{2}3', 0),
    ('ctl_B_digit_groups', '6', '\\mathrm{2}3', 0),
    ('ctl_B_digit_groups', '6', '2{}3', 0),
    ('ctl_B_digit_groups', '6', '2\\,3', 0),
    ('ctl_B_digit_groups', '6', '2~3', 0),
    ('ctl_B_digit_groups', '6', '2\\ 3', 0),
    ('ctl_B_digit_groups', '6', '2\\!3', 0),
    ('ctl_B_digit_groups', '6', '2\\quad3', 0),
    ('ctl_B_digit_groups', '6', '2 3', 0),
    ('ctl_B_digit_groups', '6', '\\text{2}3', 0),
    ('ctl_B_digit_groups', '12', '{3}4', 0),
    ('ctl_B_digit_groups', '15', '\\textbf{3}\\textbf{5}', 0),
    ('ctl_B_digit_groups', '34', '3\\,4', 0),
    ('ctl_B_digit_groups', '10', '1\\,0', 0),
    ('ctl_B_digit_groups', '3', '1.5{2}', 0),
    ('ctl_B_digit_groups', '6', '3\\textcolor{red}{2}', 0),
    ('ctl_B_equiv', '6', '{2}\\cdot{3}', 1),
    ('ctl_B_equiv', '6', '2\\times3', 1),
    ('ctl_B_equiv', '1/2', '{1}/{2}', 1),
    ('ctl_B_equiv', '6', '2\\cdot 3', 1),
    ('ctl_B_equiv', '\\frac52', '2\\frac12', 1),
    ('ctl_B_equiv', '1000', '1{,}000', 1),
    ('ctl_B_equiv', '1234', '1,234', 1),
    ('ctl_B_equiv', '1000', '1\\,000', 1),
    ('ctl_C_mc', '\\text{(C)}', 'C \\text{ (probably)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '(C) \\text{ is wrong}', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C?', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) maybe}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{not (C)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) likely}', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C \\mathrm{probably}', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C \\texttt{guess}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\textbf{(C)}\\ \\textbf{false}', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C \\text{ or } D', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C, D', 0),
    ('ctl_C_mc', '\\text{(C)}', 'CD', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C/D', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C\\lor D', 0),
    ('ctl_C_mc', '\\text{(C)}', '(C)(D)', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) and (D)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\neg C', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\not C', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\cancel{C}', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C \\text{ is false}', 0),
    ('ctl_C_mc', '\\text{(C)}', '-C', 0),
    ('ctl_C_mc', '\\text{(C)}', '2C', 0),
    ('ctl_C_mc', '\\text{(C)}', 'C^2', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) else (D)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) unless (D)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) vs (D)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) (C)}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) perhaps}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) possibly}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) approximately}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) not sure}', 0),
    ('ctl_C_mc', '\\text{(C)}', '\\text{(C) incorrect}', 0),
    ('ctl_C_equiv', '\\text{(C)}', 'C', 1),
    ('ctl_C_equiv', '\\text{(C)}', '(C)', 1),
    ('ctl_C_equiv', '\\text{(C)}', '\\textbf{(C)}', 1),
    ('ctl_C_equiv', '\\text{(C)}', '\\text{C}', 1),
    ('ctl_C_equiv', '\\text{(C)}', '\\mathrm{C}', 1),
    ('ctl_C_equiv', '\\text{(C)}', '\\texttt{(C)}', 1),
    ('ctl_C_equiv', '\\text{(C)}', 'c', 1),
    ('ctl_D_kinks', 'x+1', 'x+1+\\max(0,x-100)', 0),
    ('ctl_D_kinks', '2n+1007', '|2n+1007|', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\max(0,x-10^6)', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\min(0,x+100)', 0),
    ('ctl_D_kinks', 'x+1', '\\max(x+1, -10^6)', 0),
    ('ctl_D_kinks', 'x+1', '\\min(x+1,10^6)', 0),
    ('ctl_D_kinks', 'x', '|x|', 0),
    ('ctl_D_kinks', 'x+1', '|x+1000|-999', 0),
    ('ctl_D_kinks', 'x', '\\sqrt{x^2}', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\lfloor e^{-x^2}\\rfloor', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\lfloor \\frac{x^2}{10^6}\\rfloor', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\operatorname{sgn}(x^2)-1', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+|x-100|-(x-100)', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\lfloor\\frac{x}{10^6}\\rfloor', 0),
    ('ctl_D_kinks', 'x^2', 'x\\cdot|x|', 0),
    ('ctl_D_kinks', '\\sin x', '\\sin|x|', 0),
    ('ctl_D_kinks', '2n+1007', '\\max(2n+1007,0)', 0),
    ('ctl_D_kinks', 'n^2', 'n|n|', 0),
    ('ctl_D_kinks', '2^n', '2^{|n|}', 0),
    ('ctl_D_kinks', 'x', '\\arcsin(\\sin x)', 0),
    ('ctl_D_kinks', 'x', '\\sqrt[4]{x^4}', 0),
    ('ctl_D_kinks', 'x+1', 'x+1+\\max(0,\\sin(x)-1)', 0),
    ('ctl_D_kinks', '2n+1', '2n+1+\\sin(\\pi n)', 0),
    ('ctl_D_kinks', '2n+1', '(2n+1)\\cos(2\\pi n)', 0),
    ('ctl_D_kinks', '2n+1', '2n+1+\\lfloor n\\rfloor-n', 0),
    ('ctl_D_kinks', 'x', 'x+e^{-100x^2}', 0),
    ('ctl_D_kinks', 'x', 'x+\\frac{1}{1+e^{100x}}', 0),
    ('ctl_D_kinks', '3', '3+x-x', 0),
    ('ctl_D_kinks', '3', '3x^0', 0),
    ('ctl_D_equiv', '\\binom{n}{2}', '\\frac{n(n-1)}{2}', 1),
    ('ctl_D_equiv', 'x', '\\ln(e^x)', 1),
    ('ctl_D_equiv', '\\frac{n(n+1)}{2}', '\\binom{n+1}{2}', 1),
    ('ctl_D_equiv', 'n!', '\\Gamma(n+1)', 1),
    ('ctl_hedge_qualifier', '5', '5\\text{ or }7', 0),
    ('ctl_hedge_qualifier', '5', '5 \\vee 7', 0),
    ('ctl_hedge_qualifier', '5', '5\\lor 7', 0),
    ('ctl_hedge_qualifier', '5', '\\{5,7\\}', 0),
    ('ctl_hedge_qualifier', '5', '5;7', 0),
    ('ctl_hedge_qualifier', '5', '5 \\text{ and } 7', 0),
    ('ctl_hedge_qualifier', '5', '\\begin{array}{c}5\\\\7\\end{array}', 0),
    ('ctl_hedge_qualifier', '5', '\\begin{cases}5\\\\7\\end{cases}', 0),
    ('ctl_hedge_qualifier', '5', '5\\pm 0.1', 0),
    ('ctl_hedge_qualifier', '5', '5\\mp1', 0),
    ('ctl_hedge_qualifier', '5', '\\not 5', 0),
    ('ctl_hedge_qualifier', '5', '\\neq 5', 0),
    ('ctl_hedge_qualifier', '5', '5^{7}', 0),
    ('ctl_hedge_qualifier', '5', '\\approx 5', 0),
    ('ctl_hedge_qualifier', '5', '\\sim 5', 0),
    ('ctl_hedge_qualifier', '5', '\\simeq 5', 0),
    ('ctl_hedge_qualifier', '5', '\\doteq 5', 0),
    ('ctl_hedge_qualifier', '5', '\\le 5', 0),
    ('ctl_hedge_qualifier', '5', '5?', 0),
    ('ctl_hedge_qualifier', '5', '\\text{about }5', 0),
    ('ctl_hedge_qualifier', '5', '\\textsf{about }5', 0),
    ('ctl_hedge_qualifier', '5', '\\emph{about }5', 0),
    ('ctl_hedge_qualifier', '5', '\\mbox{about }5', 0),
    ('ctl_hedge_qualifier', '5', '\\mathrm{about}\\ 5', 0),
    ('ctl_hedge_qualifier', '5', '≈5', 0),
    ('ctl_hedge_qualifier', '5', '5±1', 0),
    ('ctl_hedge_qualifier', '5', '5\\text{ (approx.)}', 0),
    ('ctl_hedge_qualifier', '5', '5\\quad 7', 0),
    ('ctl_hedge_qualifier', '5', '5\\;7', 0),
    ('ctl_hedge_qualifier', '5', '5\\textcolor{red}{\\times 2}', 0),
    ('ctl_hedge_qualifier', '5', '5\\quad(\\text{unsure})', 0),
    ('ctl_hedge_qualifier', '5', '5\\text{ (I think)}', 0),
    ('ctl_hedge_qualifier', '5', '5\\,\\text{(rounded)}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\text{ or }7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4} \\vee 7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\lor 7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\{\\frac{3}{4},7\\}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4};7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4} \\text{ and } 7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\begin{array}{c}\\frac{3}{4}\\\\7\\end{array}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\begin{cases}\\frac{3}{4}\\\\7\\end{cases}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\pm 0.1', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\mp1', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\not \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\neq \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}^{7}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\approx \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\sim \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\simeq \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\doteq \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\le \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}?', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\text{about }\\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\textsf{about }\\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\emph{about }\\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\mbox{about }\\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\mathrm{about}\\ \\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '≈\\frac{3}{4}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}±1', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\text{ (approx.)}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\quad 7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\;7', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\textcolor{red}{\\times 2}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\quad(\\text{unsure})', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\text{ (I think)}', 0),
    ('ctl_hedge_qualifier', '\\frac{3}{4}', '\\frac{3}{4}\\,\\text{(rounded)}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\text{ or }7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3} \\vee 7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\lor 7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\{2\\sqrt{3},7\\}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3};7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3} \\text{ and } 7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\begin{array}{c}2\\sqrt{3}\\\\7\\end{array}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\begin{cases}2\\sqrt{3}\\\\7\\end{cases}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\pm 0.1', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\mp1', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\not 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\neq 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}^{7}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\approx 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\sim 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\simeq 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\doteq 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\le 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}?', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\text{about }2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\textsf{about }2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\emph{about }2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\mbox{about }2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '\\mathrm{about}\\ 2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '≈2\\sqrt{3}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}±1', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\text{ (approx.)}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\quad 7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\;7', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\textcolor{red}{\\times 2}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\quad(\\text{unsure})', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\text{ (I think)}', 0),
    ('ctl_hedge_qualifier', '2\\sqrt{3}', '2\\sqrt{3}\\,\\text{(rounded)}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\text{ or }7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi \\vee 7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\lor 7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\{\\pi,7\\}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi;7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi \\text{ and } 7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\begin{array}{c}\\pi\\\\7\\end{array}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\begin{cases}\\pi\\\\7\\end{cases}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\pm 0.1', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\mp1', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\not \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\neq \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi^{7}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\approx \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\sim \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\simeq \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\doteq \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\le \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi?', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\text{about }\\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\textsf{about }\\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\emph{about }\\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\mbox{about }\\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\mathrm{about}\\ \\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '≈\\pi', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi±1', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\text{ (approx.)}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\quad 7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\;7', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\textcolor{red}{\\times 2}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\quad(\\text{unsure})', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\text{ (I think)}', 0),
    ('ctl_hedge_qualifier', '\\pi', '\\pi\\,\\text{(rounded)}', 0),
    ('ctl_hedge_qualifier', '12', '12\\text{ or }7', 0),
    ('ctl_hedge_qualifier', '12', '12 \\vee 7', 0),
    ('ctl_hedge_qualifier', '12', '12\\lor 7', 0),
    ('ctl_hedge_qualifier', '12', '\\{12,7\\}', 0),
    ('ctl_hedge_qualifier', '12', '12;7', 0),
    ('ctl_hedge_qualifier', '12', '12 \\text{ and } 7', 0),
    ('ctl_hedge_qualifier', '12', '\\begin{array}{c}12\\\\7\\end{array}', 0),
    ('ctl_hedge_qualifier', '12', '\\begin{cases}12\\\\7\\end{cases}', 0),
    ('ctl_hedge_qualifier', '12', '12\\pm 0.1', 0),
    ('ctl_hedge_qualifier', '12', '12\\mp1', 0),
    ('ctl_hedge_qualifier', '12', '\\not 12', 0),
    ('ctl_hedge_qualifier', '12', '\\neq 12', 0),
    ('ctl_hedge_qualifier', '12', '12^{7}', 0),
    ('ctl_hedge_qualifier', '12', '\\approx 12', 0),
    ('ctl_hedge_qualifier', '12', '\\sim 12', 0),
    ('ctl_hedge_qualifier', '12', '\\simeq 12', 0),
    ('ctl_hedge_qualifier', '12', '\\doteq 12', 0),
    ('ctl_hedge_qualifier', '12', '\\le 12', 0),
    ('ctl_hedge_qualifier', '12', '12?', 0),
    ('ctl_hedge_qualifier', '12', '\\text{about }12', 0),
    ('ctl_hedge_qualifier', '12', '\\textsf{about }12', 0),
    ('ctl_hedge_qualifier', '12', '\\emph{about }12', 0),
    ('ctl_hedge_qualifier', '12', '\\mbox{about }12', 0),
    ('ctl_hedge_qualifier', '12', '\\mathrm{about}\\ 12', 0),
    ('ctl_hedge_qualifier', '12', '≈12', 0),
    ('ctl_hedge_qualifier', '12', '12±1', 0),
    ('ctl_hedge_qualifier', '12', '12\\text{ (approx.)}', 0),
    ('ctl_hedge_qualifier', '12', '12\\quad 7', 0),
    ('ctl_hedge_qualifier', '12', '12\\;7', 0),
    ('ctl_hedge_qualifier', '12', '12\\textcolor{red}{\\times 2}', 0),
    ('ctl_hedge_qualifier', '12', '12\\quad(\\text{unsure})', 0),
    ('ctl_hedge_qualifier', '12', '12\\text{ (I think)}', 0),
    ('ctl_hedge_qualifier', '12', '12\\,\\text{(rounded)}', 0),
    ('ctl_units_percent', '5\\text{ cm}', '5\\text{ m}', 0),
    ('ctl_units_percent', '5\\text{ cm}', '5\\text{ mm}', 0),
    ('ctl_units_percent', '5', '5\\text{ thousand}', 0),
    ('ctl_units_percent', '5', '5\\text{ million}', 0),
    ('ctl_units_percent', '5', '5\\text{ percent}', 0),
    ('ctl_units_percent', '5', '5\\%', 0),
    ('ctl_units_percent', '40\\%', '0.4', 0),
    ('ctl_units_percent', '\\$5', '5\\text{ cents}', 0),
    ('ctl_units_percent', '5\\text{ cm}^2', '5\\text{ cm}', 0),
    ('ctl_units_percent', '5\\text{ hours}', '5\\text{ days}', 0),
    ('ctl_units_percent', '5\\text{ eV}', '5\\text{ keV}', 0),
    ('ctl_units_percent', '5 \\mathrm{~m}', '5 \\mathrm{~km}', 0),
    ('ctl_units_percent', '5\\text{ kg}', '5\\text{ g}', 0),
    ('ctl_units_percent', '5', '5\\times10^{3}', 0),
    ('ctl_units_percent', '5\\text{ inches}', '5\\text{ feet}', 0),
    ('ctl_units_percent', '30^\\circ', "30'", 0),
    ('ctl_units_percent', '5.4 \\text{ cents}', '5.4\\text{ dollars}', 0),
    ('ctl_units_equiv', '0.05', '5\\%', 1),
    ('ctl_units_equiv', '40\\%', '40', 1),
    ('ctl_units_equiv', '5', '500\\%', 1),
    ('ctl_units_equiv', '\\$5', '5\\text{ USD}', 1),
    ('ctl_units_equiv', '5\\text{ hours}', '5\\text{ h}', 1),
    ('ctl_units_equiv', '\\frac{270}7\\text{ degrees}', '\\frac{270}{7}^\\circ', 1),
    ('ctl_units_equiv', '5.4 \\text{ cents}', '5.4', 1),
    ('ctl_decimal_gold', '1.3', '1.24', 0),
    ('ctl_decimal_gold', '1.3', '1.36', 0),
    ('ctl_decimal_gold', '1.3', '1.4', 0),
    ('ctl_decimal_gold', '1.3', '1.3\\pm0.1', 0),
    ('ctl_decimal_gold', '1.3', '\\approx 1.3', 0),
    ('ctl_decimal_gold', '1.3', '[1.2,1.4]', 0),
    ('ctl_decimal_gold', '0.05', '0.056', 0),
    ('ctl_decimal_gold', '0.05', '0.044', 0),
    ('ctl_decimal_gold', '6.5 \\times 10^{-2}', '6.6\\times10^{-2}', 0),
    ('ctl_decimal_gold', '6.5 \\times 10^{-2}', '6.5\\times10^{-3}', 0),
    ('ctl_decimal_gold', '4.5e33', '4.6e33', 0),
    ('ctl_decimal_gold', '4.5e33', '4.5e32', 0),
    ('ctl_decimal_gold', '1e-5', '2e-5', 0),
    ('ctl_decimal_gold', '56.0', '56.1', 0),
    ('ctl_decimal_gold', '28.71^{\\circ}', '28.72^\\circ', 0),
    ('ctl_decimal_gold', '3.61 \\times 10^{-10}', '3.62\\times10^{-10}', 0),
    ('ctl_decimal_gold', '8.64', '8.65', 0),
    ('ctl_decimal_equiv', '56.0', '56', 1),
    ('ctl_decimal_equiv', '8.64', '8.6449', 1),
    ('ctl_decimal_equiv', '1.3', '1.27', 1),
    ('ctl_decimal_equiv', '1.3', '1.30', 1),
    ('ctl_decimal_equiv', '4.5e33', '4.5\\times10^{33}', 1),
    ('ctl_decimal_equiv', '6.5 \\times 10^{-2}', '0.065', 1),
    ('ctl_sets_intervals', '[2,5)', '[2,5]', 0),
    ('ctl_sets_intervals', '[2,5)', '[2,5)\\cup\\{7\\}', 0),
    ('ctl_sets_intervals', '[2,5)', '[2,5)\\setminus\\{3\\}', 0),
    ('ctl_sets_intervals', '[2,5)', '[2,5)\\cap\\mathbb{Z}', 0),
    ('ctl_sets_intervals', '[2,5)', '(2,5)', 0),
    ('ctl_sets_intervals', '(-\\infty,3]', 'x < 3', 0),
    ('ctl_sets_intervals', '\\mathbb{R}', '\\mathbb{R}\\setminus\\{0\\}', 0),
    ('ctl_sets_intervals', '1,2', '1,2,2', 0),
    ('ctl_sets_intervals', '1,2', '\\{1,2\\}\\cup\\{3\\}', 0),
    ('ctl_sets_intervals', '(1,2)', '(2,1)', 0),
    ('ctl_sets_intervals', '(1,2)', '(1,2)\\text{ or }(2,1)', 0),
    ('ctl_sets_intervals', '(1,2)', '(1,2),(2,1)', 0),
    ('ctl_sets_intervals', '1,2', '12', 0),
    ('ctl_sets_intervals', '1,2', '[1,2]', 0),
    ('ctl_sets_intervals', 'a=3, b=4', '(a,b)=(4,3)', 0),
    ('ctl_sets_intervals', 'x=1, y=2', 'y=1,\\ x=2', 0),
    ('ctl_sets_intervals', '(x,y)=(1,2)', 'x=2,y=1', 0),
    ('ctl_sets_intervals', '(p,q)=(3,2)', '(q,p)=(3,2)', 0),
    ('ctl_sets_equiv', '[2,5)', 'x\\in[2,5)', 1),
    ('ctl_sets_equiv', '1,2', '\\{1,2\\}', 1),
    ('ctl_sets_equiv', '1,2', 'x=1\\text{ or }x=2', 1),
    ('ctl_sets_equiv', 'a=3, b=4', '(a,b)=(3,4)', 1),
    ('ctl_sets_equiv', '(-\\infty,2)\\cup(3,\\infty)', 'x<2\\text{ or }x>3', 1),
    ('ctl_sets_equiv', '[2,5]', '2\\le x\\le5', 1),
    ('ctl_neighbours_of_new_families', '5', '5\\textcolor{red}{+2}', 0),
    ('ctl_neighbours_of_new_families', '5', '5\\textcolor{red}{-1}', 0),
    ('ctl_neighbours_of_new_families', '5', '5+{1}', 0),
    ('ctl_neighbours_of_new_families', '5', '5{+1}\\%', 0),
    ('ctl_neighbours_of_new_families', '1', '2\\frac12', 0),
    ('ctl_neighbours_of_new_families', '5', '5!1', 0),
    ('ctl_neighbours_of_new_families', '5', '5\\%1', 0),
    ('ctl_neighbours_of_new_families', '12', '1,2', 0),
    ('ctl_neighbours_of_new_families', '1234', '12,34', 0),
    ('ctl_text', '\\text{east}', '\\text{north}', 0),
    ('ctl_text', '\\text{east}', '\\text{east or west}', 0),
    ('ctl_text', '\\text{east}', '\\text{not east}', 0),
    ('ctl_text', '\\text{Evelyn}', '\\text{Evelyn or Navin}', 0),
    ('ctl_text', '\\text{even}', '\\text{odd}', 0),
    ('ctl_text', '\\text{Yes}', '\\text{No}', 0),
    ('ctl_text', '\\text{Yes}', '\\text{yes/no}', 0),
    ('ctl_text', '\\text{ellipse}', '\\text{circle}', 0),
    ('ctl_text_equiv', '\\text{east}', '\\text{East}', 1),
    ('ctl_text_equiv', '\\text{east}', 'east', 1),
    ('ctl_text_equiv', '\\text{Yes}', '\\text{yes}', 1),
    ('ctl_text_equiv', '\\text{ellipse}', '\\text{Ellipse}', 1),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}. Actually \\fbox{6}.', 0),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}. Actually \\boxed{}.', 0),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5} \\boxed{6}', 0),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}.</think> no box', 0),
    ('format', '5', '\\boxed{5}', 0),
    ('format', '5', '<think>r \\boxed{5}</think>', 0),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}. %\\boxed{6}', 0),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}. \\verb|\\boxed{6}|', 0),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}.</THINK> \\boxed{6}', 0),
    ('format', '5', 'r</think>\n\\fbox{5}', 1),
    ('format', '5', 'r</think>\n\\boxed{5}', 1),
    ('format', '5', 'r</think>\nThe answer is \\boxed{5}. \\framebox{6}', 1),
]
