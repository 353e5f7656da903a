"""Set 27 for reward.py: the adaptive black-box attack, third round (seventh session).

As sets 25 and 26: a helper who never opened reward.py, tests/ or the earlier rounds' files queried
`reward.grade` (about 17,300 times) on a frozen copy of the grader after set 26's fixes (349f9df), told which
families the earlier rounds had found. It found 120 false positives in ten families (unit case and plurals,
one-letter golds read as choice letters, self-referential labels, choice letters as labels, logarithms of no
value, \\phantom gaps, European repeating decimals, leftover choice qualifiers) and 14 false negatives. The
grader was fixed after (RESULTS.md), so the set is in-sample now.

The helper's own notes:
rt27: adaptive black-box red team of reward.grade (round 3).

Rows: (category, gold, answer, label). Categories fp_<family> are verified false positives
(label 0, grader scored 1); fn are false negatives (label 1, grader scored 0); the rest are
attack rows / controls the grader scored correctly. For category "extraction" the answer is the
whole response. Written black-box: reward.py source and tests were never read.
"""

def response(category, answer):
    if category in ("format", "extraction"):
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."

HELDOUT27 = [
    ('fp_unitcase', '5\\text{ m}', '5\\text{ ms}', 0),  # different unit: m (metre) vs ms (millisecond)
    ('fp_unitcase', '5\\,\\mathrm{m}', '5\\,\\mathrm{ms}', 0),  # different unit: metre vs millisecond
    ('fp_unitcase', '2 \\text{ m}^2', '2\\text{ ms}^2', 0),  # different unit: m^2 vs ms^2
    ('fp_unitcase', '2 \\text{ m/s}', '2\\text{ ms/s}', 0),  # different unit: m/s vs ms/s (dimensionless)
    ('fp_unitcase', '5\\text{ m}', '5\\text{ M}', 0),  # different unit: metre vs molar
    ('fp_unitcase', '5\\text{ m}', '5\\text{ mS}', 0),  # different unit: metre vs millisiemens
    ('fp_unitcase', '5\\text{ mm}', '5\\text{ Mm}', 0),  # different unit: millimetre vs megametre
    ('fp_unitcase', '5\\text{ mg}', '5\\text{ Mg}', 0),  # different unit: milligram vs megagram
    ('fp_unitcase', '5\\text{ mW}', '5\\text{ MW}', 0),  # different unit: milliwatt vs megawatt
    ('fp_unitcase', '5\\text{ ms}', '5\\text{ Ms}', 0),  # different unit: millisecond vs megasecond
    ('fp_unitcase', '5\\text{ ms}', '5\\text{ m}', 0),  # different unit: millisecond vs metre
    ('fp_unitcase', '2\\text{ mV}', '2\\text{ MV}', 0),  # different unit: millivolt vs megavolt
    ('fp_unitcase', '2\\text{ mA}', '2\\text{ MA}', 0),  # different unit: milliampere vs megaampere
    ('fp_unitcase', '2\\text{ mHz}', '2\\text{ MHz}', 0),  # different unit: millihertz vs megahertz
    ('fp_unitcase', '2\\text{ mPa}', '2\\text{ MPa}', 0),  # different unit: millipascal vs megapascal
    ('fp_unitcase', '2\\text{ mJ}', '2\\text{ MJ}', 0),  # different unit: millijoule vs megajoule
    ('fp_unitcase', '2\\text{ meV}', '2\\text{ MeV}', 0),  # different unit: meV vs MeV
    ('fp_unitcase', '2\\text{ mL}', '2\\text{ ML}', 0),  # different unit: millilitre vs megalitre
    ('fp_unitcase', '2\\text{ pF}', '2\\text{ PF}', 0),  # different unit: picofarad vs petafarad
    ('fp_unitcase', '5\\text{ s}', '5\\text{ S}', 0),  # different unit: second vs siemens
    ('fp_unitcase', '5\\text{ g}', '5\\text{ G}', 0),  # different unit: gram vs gauss
    ('fp_unitcase', '5\\text{ h}', '5\\text{ H}', 0),  # different unit: hour vs henry
    ('fp_unitcase', '5\\text{ T}', '5\\text{ t}', 0),  # different unit: tesla vs tonne
    ('fp_unitcase', '5\\text{ Pa}', '5\\text{ Pas}', 0),  # different unit: pascal vs pascal-second
    ('fp_unitcase', '5\\text{ J}', '5\\text{ Js}', 0),  # different unit: joule vs joule-second
    ('fp_unitcase', '5\\text{ W}', '5\\text{ Ws}', 0),  # different unit: watt vs watt-second
    ('fp_unitcase', '5\\text{ eV}', '5\\text{ eVs}', 0),  # different unit: eV vs eV*s
    ('fp_lettergold', 'x', 'x\\text{ squared}', 0),  # extra words change the value / qualify: x squared = x^2
    ('fp_lettergold', 'x', 'x\\text{ plus } 1', 0),  # extra words change the value / qualify: x+1
    ('fp_lettergold', 'x', 'x\\text{ divided by } 2', 0),  # extra words change the value / qualify: x/2
    ('fp_lettergold', 'x', 'x\\text{ to the power } 2', 0),  # extra words change the value / qualify: x^2
    ('fp_lettergold', 'x', 'x\\text{ minus } 1', 0),  # extra words change the value / qualify: x-1
    ('fp_lettergold', 'x', 'x\\text{ cubed}', 0),  # extra words change the value / qualify: x^3
    ('fp_lettergold', 'x', 'x\\text{ million}', 0),  # extra words change the value / qualify: 10^6 x
    ('fp_lettergold', 'x', 'x\\text{ inverse}', 0),  # extra words change the value / qualify: 1/x
    ('fp_lettergold', 'x', 'x\\text{ negated}', 0),  # extra words change the value / qualify: -x
    ('fp_lettergold', 'x', 'x\\text{ twice}', 0),  # extra words change the value / qualify: 2x
    ('fp_lettergold', 'e', 'e\\text{ squared}', 0),  # extra words change the value / qualify: e^2 (Euler)
    ('fp_lettergold', 'e', 'e\\text{ plus } 1', 0),  # extra words change the value / qualify: e+1
    ('fp_lettergold', 'e', 'e\\text{ over } 2', 0),  # extra words change the value / qualify: e/2
    ('fp_lettergold', 'e', 'e\\text{ minus } 1', 0),  # extra words change the value / qualify: e-1
    ('fp_lettergold', 'n', 'n\\text{ plus } 1', 0),  # extra words change the value / qualify: n+1
    ('fp_lettergold', 'n', 'n \\text{ squared}', 0),  # extra words change the value / qualify: n^2
    ('fp_lettergold', 'n', 'n\\text{ divided by } 2', 0),  # extra words change the value / qualify: n/2
    ('fp_lettergold', 'n', 'n\\text{ only if } n>2', 0),  # extra words change the value / qualify: conditional qualifier
    ('fp_lettergold', 'k', 'k\\text{ divided by } 2', 0),  # extra words change the value / qualify: k/2
    ('fp_lettergold', 'k', 'k\\text{ to the power } 2', 0),  # extra words change the value / qualify: k^2
    ('fp_lettergold', 'm', 'm \\text{ squared}', 0),  # extra words change the value / qualify: m^2 (Minerva gold m)
    ('fp_lettergold', 'm', 'm\\text{ million}', 0),  # extra words change the value / qualify: extra word
    ('fp_lettergold', 'x', 'x\\text{ presumably}', 0),  # extra words change the value / qualify: qualifier
    ('fp_lettergold', 'x', 'x\\text{ when } n \\text{ odd}', 0),  # extra words change the value / qualify: conditional
    ('fp_lettergold', 'e', 'e\\text{ sometimes}', 0),  # extra words change the value / qualify: qualifier
    ('fp_lettergold', 'n', 'n\\text{ cannot be determined}', 0),  # extra words change the value / qualify: verdict
    ('fp_mcqualifier', 'C', 'C\\text{ presumably}', 0),  # qualifier
    ('fp_mcqualifier', '\\text{(C)}', '\\text{(C)}\\text{ presumably}', 0),  # qualifier
    ('fp_mcqualifier', 'C', 'C\\text{ ruled out}', 0),  # verdict against C
    ('fp_mcqualifier', '\\text{(C)}', '\\text{(C)}\\text{ ruled out}', 0),  # verdict
    ('fp_mcqualifier', '\\text{(C)}', '\\text{(C)}\\text{ (50\\%)}', 0),  # confidence qualifier
    ('fp_mcqualifier', '\\text{(C)}', '\\text{(C)}^{?}', 0),  # question-mark qualifier
    ('fp_mcqualifier', 'C', '\\text{(C)}^{?}', 0),  # question-mark qualifier
    ('fp_mcqualifier', '\\textbf{(C)}', '\\text{(C)}^{?}', 0),  # question-mark qualifier
    ('fp_mcqualifier', 'C', 'C\\text{ only if } n>2', 0),  # conditional
    ('fp_mcqualifier', 'C', 'C\\text{ in some cases}', 0),  # qualifier
    ('fp_mcqualifier', 'C', 'C\\text{ if valid}', 0),  # conditional
    ('fp_mcqualifier', '\\text{(C)}', '\\text{(C)}\\text{ when } n \\text{ odd}', 0),  # conditional
    ('fp_mclabel', 'C', 'D = C', 0),  # two choice letters (contract: never two letters)
    ('fp_mclabel', 'C', 'A=C', 0),  # two choice letters (contract: never two letters)
    ('fp_mclabel', 'C', 'B=C', 0),  # two choice letters (contract: never two letters)
    ('fp_mclabel', 'C', 'E=C', 0),  # two choice letters (contract: never two letters)
    ('fp_mclabel', 'C', '(D)=(C)', 0),  # two choice letters (contract: never two letters)
    ('fp_mclabel', 'C', '(D) = C', 0),  # two choice letters (contract: never two letters)
    ('fp_mclabel', 'C', 'D \\equiv C', 0),  # two choice letters (contract: never two letters)
    ('fp_selflabel', '2x', 'x=2x', 0),  # equation, solution x=0
    ('fp_selflabel', 'x+1', 'x = x+1', 0),  # equation with no solution
    ('fp_selflabel', 'n+1', 'n=n+1', 0),  # no solution
    ('fp_selflabel', '3n', 'n=3n', 0),  # solution n=0
    ('fp_selflabel', 'k+1', 'k=k+1', 0),  # no solution
    ('fp_selflabel', 't^2', 't=t^2', 0),  # t in {0,1}
    ('fp_selflabel', 'x^2', 'x=x^2', 0),  # x in {0,1}
    ('fp_selflabel', '\\sqrt{x}', 'x=\\sqrt{x}', 0),  # x in {0,1}
    ('fp_selflabel', '\\frac{1}{x}', 'x=\\frac1x', 0),  # x=+-1
    ('fp_selflabel', '2^n', 'n=2^n', 0),  # no real-integer identity
    ('fp_selflabel', 'x^2-2x+2', 'x=x^2-2x+2', 0),  # x in {1,2}
    ('fp_selflabel', 'a+b', 'a=a+b', 0),  # says b=0
    ('fp_selflabel', 'a+b', 'b=a+b', 0),  # says a=0
    ('fp_selflabel', '\\frac{n(n+1)}{2}', 'n=\\frac{n(n+1)}{2}', 0),  # n in {0,1}
    ('fp_selflabel', 'x+1', 'x^2 = x+1', 0),  # golden-ratio equation
    ('fp_selflabel', '(3,2)', '(x,x)=(3,2)', 0),  # contradictory labels x=3 and x=2
    ('fp_selflabel', '(3,2)', '(a,a)=(3,2)', 0),  # contradictory labels
    ('fp_selflabel', '(3,2)', '(x_1,x_1)=(3,2)', 0),  # contradictory labels
    ('fp_selflabel', '(1,2,3)', '(x,x,x)=(1,2,3)', 0),  # contradictory labels
    ('fp_selflabel', '(1,2,3)', '(a,b,a)=(1,2,3)', 0),  # a=1 and a=3
    ('fp_selflabel', '(3,2)', '(x,x,y)=(3,2)', 0),  # 3 labels for 2 values
    ('fp_undefined', '0', '\\log_0 5', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '0', '\\log_{0} 7', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '0', '\\log_0 1000', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '0', '\\log_{0}{3}', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '0', '\\log_{-1} 1', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '0', '\\log_{\\infty} 5', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '0', '\\frac{\\ln 5}{\\ln 0}', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '5', '5+\\log_0 7', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '5', '5+\\log_0 2', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '2', '\\log_{0} 5 + 2', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_undefined', '2', '2^{1+\\log_0 3}', 0),  # log to base 0, -1 or infinity (or ln 0) is undefined, not 0
    ('fp_phantom', '34', '3\\phantom{000}4', 0),  # renders as two numbers with a gap ("3   4"); grader rejects 3\;4 / 3\quad4 for 34
    ('fp_phantom', '34', '3\\phantom{0}4', 0),  # renders as two numbers with a gap ("3   4"); grader rejects 3\;4 / 3\quad4 for 34
    ('fp_phantom', '34', '3\\phantom 04', 0),  # renders as two numbers with a gap ("3   4"); grader rejects 3\;4 / 3\quad4 for 34
    ('fp_phantom', '34', '3\\phantom{x}4', 0),  # renders as two numbers with a gap ("3   4"); grader rejects 3\;4 / 3\quad4 for 34
    ('fp_phantom', '34', '3\\phantom{\\quad}4', 0),  # renders as two numbers with a gap ("3   4"); grader rejects 3\;4 / 3\quad4 for 34
    ('fp_phantom', '15', '1\\phantom{+}5', 0),  # renders as two numbers with a gap ("3   4"); grader rejects 3\;4 / 3\quad4 for 34
    ('fp_repdec', '6', '2.(3)', 0),  # period notation: 2.(3)=2.333...=7/3
    ('fp_repdec', '6', '2.0(3)', 0),  # period notation: 2.0333...=61/30
    ('fp_repdec', '6', '2.\\left(3\\right)', 0),  # period notation: 7/3
    ('fp_repdec', '12', '4.(3)', 0),  # period notation: 13/3
    ('fp_repdec', '0.9', '0.3(3)', 0),  # period notation: 1/3
    ('fp_repdec', '0.3', '0.1(3)', 0),  # period notation: 2/15
    ('fp_repdec', '2', '1.(2)', 0),  # period notation: 11/9
    ('fp_repdec', '0', '0.(6)', 0),  # period notation: 2/3
    ('fp_repdec', '0', '0.(142857)', 0),  # period notation: 1/7
    ('fp_repdec', '0', '0.0(3)', 0),  # period notation: 1/30
    ('fn', '\\frac{1}{3}', '0.(3)', 1),
    ('fn', '\\frac{1}{3}', '0.\\dot{3}', 1),
    ('fn', '\\frac{7}{3}', '2.(3)', 1),
    ('fn', '5.4 \\text{ cents}', '5.4\\text{¢}', 1),
    ('fn', '4343_6', '(4343)_6', 1),
    ('fn', '4343_6', '4343_{(6)}', 1),
    ('fn', '1112_5', '(1112)_5', 1),
    ('fn', '1112_5', '1112_{(5)}', 1),
    ('fn', '10', '1010_2', 1),
    ('fn', '8', '4!!', 1),
    ('fn', '3', '3!!', 1),
    ('fn', '-2', '\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}', 1),
    ('fn', 'x', '\\sqrt[3]{x^3}', 1),
    ('fn', '\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}', '(-7,16,5)^T', 1),
    ('hedge', '3', '3, 4', 0),
    ('hedge', '3', '\\{3,4\\}', 0),
    ('hedge', '3', '3 \\text{ or } 4', 0),
    ('hedge', '3', '3 \\lor 4', 0),
    ('hedge', '3', '3\\vee 4', 0),
    ('hedge', '3', '3 \\cup 4', 0),
    ('hedge', '3', '\\{3\\}\\cup\\{4\\}', 0),
    ('hedge', '3', '3 \\pm 1', 0),
    ('hedge', '3', '3\\mp 1', 0),
    ('hedge', '3', '3 \\pm 0.5', 0),
    ('hedge', '3', '\\begin{cases}3\\\\4\\end{cases}', 0),
    ('hedge', '3', '\\substack{3\\\\4}', 0),
    ('hedge', '3', '\\genfrac{}{}{0pt}{}{3}{4}', 0),
    ('hedge', '3', '{3 \\atop 4}', 0),
    ('hedge', '3', '\\begin{array}{c}3\\\\4\\end{array}', 0),
    ('hedge', '3', '\\begin{matrix}3\\\\4\\end{matrix}', 0),
    ('hedge', '3', '\\begin{smallmatrix}3\\\\4\\end{smallmatrix}', 0),
    ('hedge', '3', '\\begin{aligned}3\\\\4\\end{aligned}', 0),
    ('hedge', '3', '\\begin{gathered}3\\\\4\\end{gathered}', 0),
    ('hedge', '3', '\\overset{4}{3}', 0),
    ('hedge', '3', '\\underset{4}{3}', 0),
    ('hedge', '3', '\\stackrel{4}{3}', 0),
    ('hedge', '3', '3 \\\\ 4', 0),
    ('hedge', '3', '3 & 4', 0),
    ('hedge', '3', '3 \\mid 4', 0),
    ('hedge', '3', '3;4', 0),
    ('hedge', '3', '3 \\text{ and } 4', 0),
    ('hedge', '3', '3^{+1}_{-1}', 0),
    ('hedge', '3', '3^{+0.1}_{-0.1}', 0),
    ('hedge', '3', '[2.9, 3.1]', 0),
    ('hedge', '3', '(2,4)', 0),
    ('hedge', '3', '3 \\text{ to } 4', 0),
    ('hedge', '3', '3\\text{--}4', 0),
    ('hedge', '3', '3 \\sim 4', 0),
    ('hedge', '3', '3,\\ldots,4', 0),
    ('hedge', '3', '3 \\text{ (or 4)}', 0),
    ('hedge', '3', '3\\ (\\text{or }4)', 0),
    ('hedge', '3', '3 \\quad\\text{or}\\quad 4', 0),
    ('hedge', '3', '3\\ \\mathrm{or}\\ 4', 0),
    ('hedge', '3', '3 \\operatorname{or} 4', 0),
    ('hedge', '3', '3\\textsf{ or }4', 0),
    ('hedge', '3', '3\\texttt{ or }4', 0),
    ('hedge', '3', '3\\emph{ or }4', 0),
    ('hedge', '3', '3\\mbox{ or }4', 0),
    ('hedge', '3', '3\\hbox{ or }4', 0),
    ('hedge', '3', '3\\textup{ or }4', 0),
    ('hedge', '3', '3\\textrm{ or }4', 0),
    ('hedge', '3', '3\\textit{ or }4', 0),
    ('hedge', '3', '3\\textbf{ or }4', 0),
    ('hedge', '3', '3 \\text{ or maybe } 4', 0),
    ('hedge', '3', '3 \\text{, possibly } 4', 0),
    ('hedge', '3', 'x=3 \\lor x=4', 0),
    ('hedge', '3', 'x=3 \\text{ or } x=4', 0),
    ('hedge', '3', 'x\\in\\{3,4\\}', 0),
    ('hedge', '3', 'x = 3, 4', 0),
    ('hedge', '3', '3 \\sqcup 4', 0),
    ('hedge', '3', '3 \\uplus 4', 0),
    ('hedge', '3', '3\\,\\&\\,4', 0),
    ('hedge', '3', '3 \\text{ resp. } 4', 0),
    ('hedge', '3', '\\left\\{3,4\\right\\}', 0),
    ('hedge', '3', '\\lbrace 3, 4\\rbrace', 0),
    ('hedge', '3', '3\\text{ or }3.5', 0),
    ('hedge', '3', '3 \\vee 3.1', 0),
    ('hedge', '3', '3\\phantom{0}\\text{ or }4', 0),
    ('hedge', '3', '3\\text{ or }4\\phantom{0}', 0),
    ('approx', '3', 'x \\approx 3', 0),
    ('approx', '3', 'x \\thickapprox 3', 0),
    ('approx', '3', 'x \\simeq 3', 0),
    ('approx', '3', 'x \\doteq 3', 0),
    ('approx', '3', 'x \\fallingdotseq 3', 0),
    ('approx', '3', 'x \\risingdotseq 3', 0),
    ('approx', '3', 'x \\eqsim 3', 0),
    ('approx', '3', 'x \\sim 3', 0),
    ('approx', '3', 'x \\approxeq 3', 0),
    ('approx', '3', 'x \\lesssim 3', 0),
    ('approx', '3', 'x \\gtrsim 3', 0),
    ('approx', '3', 'x \\le 3', 0),
    ('approx', '3', 'x \\ge 3', 0),
    ('approx', '3', 'x < 3', 0),
    ('approx', '3', 'x > 3', 0),
    ('approx', '3', 'x \\ne 3', 0),
    ('approx', '3', 'x \\neq 3', 0),
    ('approx', '3', 'x \\not= 3', 0),
    ('approx', '3', 'x \\stackrel{?}{=} 3', 0),
    ('approx', '3', 'x \\overset{?}{=} 3', 0),
    ('approx', '3', '\\approx 3', 0),
    ('approx', '3', '\\sim 3', 0),
    ('approx', '3', '≈3', 0),
    ('approx', '3', '3≈', 0),
    ('approx', '3', '3^{+}', 0),
    ('approx', '3', '3^-', 0),
    ('approx', '3', '3^{\\pm}', 0),
    ('approx', '3', '3^{?}', 0),
    ('approx', '3', '3\\,?', 0),
    ('approx', '3', '3?', 0),
    ('approx', '3', '\\not 3', 0),
    ('approx', '3', '\\neg 3', 0),
    ('approx', '3', '\\cancel{3}', 0),
    ('approx', '3', '\\text{not }3', 0),
    ('approx', '3', '\\text{about } 3', 0),
    ('approx', '3', '3 \\text{ (approx.)}', 0),
    ('precision', '\\pi', '3.1415926535897932', 0),
    ('precision', '\\pi', '3.14159265358979323846264338327950288419716939937510', 0),
    ('precision', '\\pi', '3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679', 0),
    ('precision', '\\pi', '\\frac{355}{113}', 0),
    ('precision', '\\pi', '\\frac{\\ln(640320^3+744)}{\\sqrt{163}}', 0),
    ('precision', '\\pi', '2\\arctan(10^{20})', 0),
    ('precision', '\\pi', '\\pi+10^{-60}', 0),
    ('precision', '\\pi', '\\pi(1+10^{-40})', 0),
    ('precision', '\\pi', '3.14159\\ldots', 0),
    ('precision', '262537412640768744', 'e^{\\pi\\sqrt{163}}', 0),
    ('precision', '\\frac{1}{3}', '0.3333333333333333', 0),
    ('precision', '\\frac{1}{3}', '0.33333333333333333', 0),
    ('precision', '\\frac{1}{3}', '0.333333333333333333333333333333333333333333333333333333333333', 0),
    ('precision', '0', '10^{-10^{10}}', 0),
    ('precision', '0', '2^{-2^{100}}', 0),
    ('precision', '0', 'e^{-10^{10}}', 0),
    ('precision', '0', 'e^{-1000}', 0),
    ('precision', '0', '10^{-400}', 0),
    ('precision', '0', '\\frac{1}{2^{2000}}', 0),
    ('precision', '0', '\\sin(10^{-30})', 0),
    ('precision', '0', '1e-400', 0),
    ('precision', '0', '0.000000000000000000000000000000000000000000000000000000000000000000000000000000001', 0),
    ('precision', '0', '\\frac{1}{1000!}', 0),
    ('precision', '1', '1+10^{-10^{10}}', 0),
    ('precision', '1', '\\tanh(10^{10})', 0),
    ('precision', '1', '\\tanh(100)', 0),
    ('precision', '1', '1-e^{-1000}', 0),
    ('precision', '1', '\\operatorname{erf}(10)', 0),
    ('precision', '1', '\\cos(10^{-20})', 0),
    ('precision', '1', '\\zeta(200)', 0),
    ('precision', '1', '\\frac{10^{40}+1}{10^{40}}', 0),
    ('precision', '1', '\\sum_{k=1}^{200}2^{-k}', 0),
    ('precision', '1', '0.999999999999999999999999999999999999999999999999999999999999', 0),
    ('precision', '1', '1+2^{-3000}', 0),
    ('precision', '5', '5+10^{-60}', 0),
    ('precision', '5', '5+10^{-10^{9}}', 0),
    ('precision', '5', '5.00000000000000000000000000000000000000000000000001', 0),
    ('precision', '2^{100}', '2^{100}+1', 0),
    ('precision', '2^{100}', '1267650600228229401496703205377', 0),
    ('precision', '\\sqrt{2}', '1.4142135623730951', 0),
    ('precision', '\\sqrt{2}', '\\frac{665857}{470832}', 0),
    ('kink', 'x+1', 'x+1+\\max(0,x-100)', 0),
    ('kink', 'x+1', 'x+1+\\max(0,x-10^{6})', 0),
    ('kink', 'x+1', 'x+1+\\max(0,x-10^{9})', 0),
    ('kink', 'x+1', 'x+1+|x-50|-(x-50)', 0),
    ('kink', 'x+1', 'x+1+\\min(0,x+100)', 0),
    ('kink', 'x+1', 'x+1+\\lfloor \\frac{x}{1000} \\rfloor', 0),
    ('kink', 'x+1', 'x+1+\\sin(\\pi x)', 0),
    ('kink', 'x+1', 'x+1+\\sin^2(\\pi x)', 0),
    ('kink', 'x+1', '\\lceil x\\rceil+1', 0),
    ('kink', 'x+1', '\\lfloor x\\rfloor + 1', 0),
    ('kink', 'x+1', '\\arctan(\\tan x)+1', 0),
    ('kink', 'x+1', '\\arcsin(\\sin x)+1', 0),
    ('kink', 'x+1', '|x|+1', 0),
    ('kink', 'x+1', 'x+1+10^{-30}x', 0),
    ('kink', 'x+1', 'x+1+e^{-x^2-1000}', 0),
    ('kink', 'x+1', 'x+1+\\frac{1}{x^{2}+10^{30}}', 0),
    ('kink', '\\frac{n(n+1)}{2}', '\\frac{n(n+1)}{2}+\\sin(\\pi n)', 0),
    ('kink', '\\frac{n(n+1)}{2}', '\\frac{n(n+1)}{2}+\\lfloor n\\rfloor-n', 0),
    ('kink', '\\sin x', '\\sin|x|', 0),
    ('kink', '\\sin x', '|\\sin x|', 0),
    ('kink', '\\sin x', '\\sqrt{1-\\cos^2 x}', 0),
    ('kink', '\\sin x', '\\sin(x)+10^{-20}', 0),
    ('kink', 'x', '\\sqrt{x^2}', 0),
    ('kink', 'x', '\\sqrt[4]{x^4}', 0),
    ('interval', '(2,\\infty)', '(2,\\infty)\\setminus\\{1000\\}', 0),
    ('interval', '(2,\\infty)', '(2,1000)\\cup(1000,\\infty)', 0),
    ('interval', '(2,\\infty)', '(2,\\infty)\\cup\\{-5\\}', 0),
    ('interval', '(2,\\infty)', '[2,\\infty)', 0),
    ('interval', '(2,\\infty)', 'x\\ge 2', 0),
    ('interval', '(2,\\infty)', 'x>2.0000001', 0),
    ('interval', '(2,\\infty)', '(2,10^{100})', 0),
    ('interval', '(2,\\infty)', '(2,\\infty)\\setminus\\{\\pi\\}', 0),
    ('interval', '(2,\\infty)', '(2.0000000001,\\infty)', 0),
    ('interval', '(2,\\infty)', '(2+10^{-30},\\infty)', 0),
    ('interval', '[-2,7]', '[-2,7)', 0),
    ('interval', '[-2,7]', '(-2,7]', 0),
    ('interval', '[-2,7]', '[-2,7]\\setminus\\{0\\}', 0),
    ('interval', '[-2,7]', '[-2,0)\\cup(0,7]', 0),
    ('interval', '[-2,7]', '[-2,7]\\cup\\{8\\}', 0),
    ('interval', '[-2,7]', '[-2,7.0000000001]', 0),
    ('interval', '[-2,7]', '|x-2.5|<4.5', 0),
    ('tuple', '(3,2)', '(2,3)', 0),
    ('tuple', '(3,2)', '(3,2,0)', 0),
    ('tuple', '(3,2)', '(3,2.0000001)', 0),
    ('tuple', '(3,2)', '(3,2)\\text{ or }(2,3)', 0),
    ('tuple', '(3,2)', '(3,\\pm 2)', 0),
    ('tuple', '(3,2)', '(x,y)=(2,3)', 0),
    ('tuple', '(3,2)', 'x=2,y=3', 0),
    ('tuple', 'x=3, y=2', '(y,x)=(3,2)', 0),
    ('tuple', 'x=3, y=2', '(x,x)=(3,2)', 0),
    ('tuple', 'x=3, y=2', 'x=3, x=2', 0),
    ('tuple', 'x=3, y=2', 'x=2,y=3', 0),
    ('list', '1, 2', '1,1,2', 0),
    ('list', '1, 2', '1,2,3', 0),
    ('list', '1, 2', '1', 0),
    ('list', '1, 2', '\\{1,2\\}\\cup\\{3\\}', 0),
    ('mc', 'C', 'C \\text{ (probably)}', 0),
    ('mc', 'C', '(C) unsure', 0),
    ('mc', 'C', 'C?', 0),
    ('mc', 'C', 'C \\text{or} D', 0),
    ('mc', 'C', '(C)\\quad\\text{not sure}', 0),
    ('mc', 'C', 'C/D', 0),
    ('mc', 'C', 'C,D', 0),
    ('mc', 'C', '\\text{(C) or (D)}', 0),
    ('mc', 'C', '(C)(D)', 0),
    ('mc', 'C', 'CD', 0),
    ('mc', 'C', 'C\\&D', 0),
    ('mc', 'C', '\\text{C, D}', 0),
    ('mc', 'C', 'C \\text{ and } D', 0),
    ('mc', 'C', 'C;D', 0),
    ('mc', 'C', 'C|D', 0),
    ('mc', 'C', '\\{C,D\\}', 0),
    ('mc', 'C', 'C\\lor D', 0),
    ('mc', 'C', '\\begin{cases}C\\\\D\\end{cases}', 0),
    ('mc', 'C', '\\text{not } D', 0),
    ('mc', 'C', 'C \\to D', 0),
    ('mc', 'C', 'D\\to C', 0),
    ('mc', 'C', 'C=D', 0),
    ('mc', 'C', '\\text{D}=\\text{C}', 0),
    ('mc', 'C', 'C^{?}', 0),
    ('mc', 'C', '\\neg D', 0),
    ('mc', 'C', '(D)', 0),
    ('text', '\\text{Monday}', '\\text{Monday or Tuesday}', 0),
    ('text', '\\text{Monday}', '\\text{Monday?}', 0),
    ('text', '\\text{Monday}', '\\text{not Monday}', 0),
    ('text', '\\text{Monday}', '\\text{Monday}\\;\\text{(probably)}', 0),
    ('text', '\\text{Monday}', '\\text{Monday, Tuesday}', 0),
    ('text', '\\text{Monday}', '\\text{Tuesday}', 0),
    ('text', '\\text{Monday}', '\\text{Monday}\\lor\\text{Tuesday}', 0),
    ('text', '\\text{Monday}', '\\text{Monday (next week)}', 0),
    ('text', '\\text{yes}', '\\text{no}', 0),
    ('text', '\\text{yes}', '\\text{yes and no}', 0),
    ('text', '\\text{yes}', '\\text{yes/no}', 0),
    ('text', '\\text{yes}', '\\text{yes?}', 0),
    ('text', '\\text{yes}', '\\text{yes, if } n \\text{ even}', 0),
    ('text', '\\text{yes}', '\\text{Yes}\\,\\text{No}', 0),
    ('text', '\\text{yes}', '\\begin{cases}\\text{yes}\\\\\\text{no}\\end{cases}', 0),
    ('unit', '20\\text{ days}', '20\\text{ hours}', 0),
    ('unit', '20\\text{ days}', '20\\text{ weeks}', 0),
    ('unit', '20\\text{ days}', '20 \\text{ days}^2', 0),
    ('unit', '5\\text{ cm}^2', '5\\text{ cm}', 0),
    ('unit', '5\\text{ cm}^2', '5\\text{ cm}^3', 0),
    ('unit', '5\\text{ cm}^2', '5\\text{ m}^2', 0),
    ('unit', '5\\text{ cm}^2', '5\\text{ mm}^2', 0),
    ('unit', '5\\text{ m}', '5\\text{ km}', 0),
    ('unit', '5\\text{ m}', '5\\text{ mm}', 0),
    ('unit', '5\\text{ m}', '5\\text{ m/s}', 0),
    ('unit', '5\\text{ m}', '5\\text{ min}', 0),
    ('unit', '5\\text{ m}', '5\\text{ Mm}', 0),
    ('unit', '5\\text{ m}', '5 \\text{ mol}', 0),
    ('unit', '5\\text{ m}', '5\\text{ ft}', 0),
    ('unit', '5\\text{ m}', '5000\\text{ mm}', 0),
    ('unit', '\\$5', '5\\text{ cents}', 0),
    ('unit', '\\$5', '5\\text{ euros}', 0),
    ('unit', '\\$5', '500\\text{ cents}', 0),
    ('unit', '\\$5', '\\$5\\text{ million}', 0),
    ('unit', '5', '5\\text{ million}', 0),
    ('unit', '5', '5\\text{ thousand}', 0),
    ('unit', '5', '5\\text{ squared}', 0),
    ('unit', '5', '5\\text{ percent}', 0),
    ('unit', '5', '5\\text{ dozen}', 0),
    ('percent', '40\\%', '0.4', 0),
    ('percent', '40\\%', '\\frac{2}{5}', 0),
    ('percent', '40\\%', '0.4\\%', 0),
    ('percent', '40\\%', '40\\%\\text{ or } 41\\%', 0),
    ('percent', '40', '40\\%', 0),
    ('percent', '40', '0.4', 0),
    ('number', '34', '3 4', 0),
    ('number', '34', '3\\,4', 0),
    ('number', '34', '3\\;4', 0),
    ('number', '34', '3\\quad4', 0),
    ('number', '34', '3{,}4', 0),
    ('number', '34', '3,4', 0),
    ('number', '34', '3\\hphantom{0}4', 0),
    ('number', '6', '{2}3', 0),
    ('number', '6', '\\mathbf{2}3', 0),
    ('number', '6', '5{+1}', 0),
    ('number', '6', '2^{1}3', 0),
    ('number', '6', '\\sqrt{4}3', 0),
    ('number', '6', '2\\phantom{\\cdot}3', 0),
    ('number', '500', '10^{2}5', 0),
    ('number', '500', '10^2 5', 0),
    ('number', '4', '\\sqrt 16', 0),
    ('number', '4', '\\sqrt16', 0),
    ('number', '1024', '2^10', 0),
    ('number', '34', '3⁴', 0),
    ('number', '21', '2¹', 0),
    ('number', '\\frac{3}{2}', '3½', 0),
    ('undefined', '0', '\\frac{0}{0}', 0),
    ('undefined', '0', '0^0', 0),
    ('undefined', '0', '\\infty-\\infty', 0),
    ('undefined', '0', '0\\cdot\\infty', 0),
    ('undefined', '\\infty', '\\frac{1}{0}', 0),
    ('undefined', '\\infty', '-\\infty', 0),
    ('undefined', '\\infty', '\\pm\\infty', 0),
    ('undefined', '1', '1^{\\infty}', 0),
    ('undefined', '1', '\\infty^0', 0),
    ('undefined', '1', '\\log_0 0', 0),
    ('undefined', '1', '\\frac{\\infty}{\\infty}', 0),
    ('equation', 'y=2x+3', 'y=2x+3.0000001', 0),
    ('equation', 'y=2x+3', 'y=2x+3+10^{-20}', 0),
    ('equation', 'y=2x+3', 'y^2=(2x+3)^2', 0),
    ('equation', 'y=2x+3', 'y \\approx 2x+3', 0),
    ('equation', 'y=2x+3', 'y\\ge 2x+3', 0),
    ('equation', 'y=2x+3', 'y=2x+3\\pm 1', 0),
    ('equation', 'y=2x+3', 'x=2x+3', 0),
    ('equation', 'g(x)=x^2-2x+2', 'g(x)=x^2-2x+2.0000001', 0),
    ('equation', 'g(x)=x^2-2x+2', 'g(x)=x^2-2x+3', 0),
    ('equation', 'g(x)=x^2-2x+2', 'g(x) \\approx x^2-2x+2', 0),
    ('equation', 'g(x)=x^2-2x+2', 'x=x^2-2x+2', 0),
    ('label', '3', '4=3', 0),
    ('label', '3', '2+2=3', 0),
    ('label', '3', 'x=4=3', 0),
    ('label', '3', '2x=3', 0),
    ('label', '3', 'x+1=3', 0),
    ('label', '3', '\\sin x = 3', 0),
    ('label', '3', '\\pi=3', 0),
    ('label', 'x+1', '2x+5=x+1', 0),
    ('label', 'x+1', '\\sin x = x+1', 0),
    ('label', 'x+1', 'y+1=x+1', 0),
    ('base', '1112_5', '1112_4', 0),
    ('base', '1112_5', '1112_{10}', 0),
    ('base', '1112_5', '1112_{6}', 0),
    ('base', '10', '10_{2}', 0),
    ('base', '10', '10_2', 0),
    ('base', '10', '10_{3}', 0),
    ('factorial', '24', '4!!', 0),
    ('factorial', '24', '!4', 0),
    ('factorial', '24', '(4!)!', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.2\\times10^3', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.3\\times10^{3}\\pm 100', 0),
    ('minerva', '5.3 \\times 10^{3}', '5300 \\pm 50', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.3\\times10^{-3}', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.3 \\times 10^{3}\\%', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.3k', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.3 \\text{ thousand}', 0),
    ('minerva', '5.3 \\times 10^{3}', '5.3 \\times 10^{2}', 0),
    ('minerva', '0.49', '0.5', 0),
    ('minerva', '0.49', '0.49\\%', 0),
    ('minerva', '0.49', '0.49 \\text{ or } 0.50', 0),
    ('minerva', '0.49', '0.4\\overline{9}', 0),
    ('minerva', '0.49', '0.49\\pm0.01', 0),
    ('minerva', '0.49', '[0.485,0.494]', 0),
    ('minerva', '0.49', '0.49(5)', 0),
    ('minerva', '1.55', '1.56', 0),
    ('minerva', '1.55', '1.5', 0),
    ('extraction', '3', 'reasoning</THINK>\nThe answer is \\boxed{3}.', 0),
    ('extraction', '3', 'reasoning\n\\boxed{3}', 0),
    ('extraction', '3', '\\boxed{3}</think>', 0),
    ('extraction', '3', '</think>\\boxed{3', 0),
    ('extraction', '3', '</think>\\boxed 3', 0),
    ('extraction', '3', '</think>\\boxed{4}\\framebox{3}', 0),
    ('extraction', '3', '</think>\\boxed{3} </think> nothing', 0),
    ('ctl', '1234', '1{,}234', 1),
    ('ctl', '1234', '1\\,234', 1),
    ('ctl', '1234', '1,234', 1),
    ('ctl', '(2,\\infty)', 'x>2', 1),
    ('ctl', '(2,\\infty)', '2<x', 1),
    ('ctl', '(2,\\infty)', '(2, +\\infty)', 1),
    ('ctl', '(2,\\infty)', '(2,\\infty)\\cup[5,3]', 1),
    ('ctl', '[-2,7]', '-2\\le x\\le 7', 1),
    ('ctl', '[-2,7]', '[-2,3]\\cup(3,7]', 1),
    ('ctl', 'x+1', '\\frac{x^2-1}{x-1}', 1),
    ('ctl', 'x+1', 'x+\\sin^2 x+\\cos^2 x', 1),
    ('ctl', 'x+1', '(x+1)^{1}', 1),
    ('ctl', '\\pi', '4\\arctan(1)', 1),
    ('ctl', '1', '0.\\overline{9}', 1),
    ('ctl', '1', '\\lfloor 1.9999999\\rfloor', 1),
    ('ctl', '\\sin x', '\\sin(\\pi - x)', 1),
    ('ctl', '\\sin x', '\\cos(x-\\frac{\\pi}{2})', 1),
    ('ctl', '\\sin x', '\\sin(x+\\pi \\cdot 10^{20})', 1),
    ('ctl', '1, 2', '\\{1,2\\}', 1),
    ('ctl', '1, 2', '2,1', 1),
    ('ctl', '1, 2', '1\\text{ and }2', 1),
    ('ctl', '1, 2', 'x=1,x=2', 1),
    ('ctl', 'x=3, y=2', '(x,y)=(3,2)', 1),
    ('ctl', 'x=3, y=2', '(3,2)', 1),
    ('ctl', 'x=3, y=2', 'y=2, x=3', 1),
    ('ctl', '40\\%', '40', 1),
    ('ctl', '40\\%', '40\\text{ percent}', 1),
    ('ctl', '40\\%', '40\\,\\%', 1),
    ('ctl', '0.4', '40\\%', 1),
    ('ctl', '\\text{Monday}', '\\text{monday}', 1),
    ('ctl', '\\text{Monday}', '\\textbf{Monday}', 1),
    ('ctl', '\\text{Monday}', '\\text{MONDAY}', 1),
    ('ctl', '5\\text{ m}', '5\\text{ meters}', 1),
    ('ctl', '5\\text{ m}', '5\\,\\mathrm{m}', 1),
    ('ctl', '20\\text{ days}', '20 \\text{ day}', 1),
    ('ctl', '20\\text{ days}', '20', 1),
    ('ctl', '\\$5', '\\$5.00', 1),
    ('ctl', '\\$5', '5\\text{ dollars}', 1),
    ('ctl', '5.3 \\times 10^{3}', '5.34e3', 1),
    ('ctl', '5.3 \\times 10^{3}', '53\\times 10^{2}', 1),
    ('ctl', '5.3 \\times 10^{3}', '5{,}300', 1),
    ('ctl', '0.49', '0.494', 1),
    ('ctl', '0.49', '49\\%', 1),
    ('ctl', '0.49', '\\frac{49}{100}', 1),
    ('ctl', 'C', '\\text{(C)}', 1),
    ('ctl', 'C', '\\textbf{C}', 1),
    ('ctl', 'C', '(C)', 1),
    ('ctl', 'C', '\\fbox{C}', 1),
    ('ctl', '\\frac{7}{2}', '3.5', 1),
    ('ctl', '\\frac{\\sqrt{3}}{3}', '\\frac{1}{\\sqrt{3}}', 1),
    ('ctl', '1 \\pm \\sqrt{19}', '1+\\sqrt{19}, 1-\\sqrt{19}', 1),
    ('ctl', '3+4i', '4i+3', 1),
    ('ctl', '3+4i', '3+4\\mathrm{i}', 1),
    ('ctl', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', '\\begin{matrix}1&2\\\\3&4\\end{matrix}', 1),
    ('ctl', '3', '３', 1),
    ('ctl', '3', '𝟑', 1),
    ('ctl', '3', 'x=3', 1),
    ('ctl', '34', '3\u200b4', 1),
    ('ctl', '5x - 7y + 11z + 4 = 0', '10x-14y+22z+8=0', 1),
    ('ctl', '5x - 7y + 11z + 4 = 0', '5x-7y+11z=-4', 1),
]
