//! The `Plural-Forms` header: `nplurals` and the C-like expression that picks a form.
//!
//! The expression language is the one GNU gettext accepts: the variable `n`, unsigned
//! integer literals, `! * / % + - < > <= >= == != && || ?:` and parentheses, with C
//! precedence. Arithmetic is unsigned and wraps, as in gettext's `unsigned long`
//! evaluator. The parser bounds nesting and length so that a hostile header cannot
//! exhaust the stack, and evaluation reports division by zero instead of trapping.

use std::fmt;

/// The most forms a catalog may declare; no language needs more than six.
const MAX_NPLURALS: usize = 100;
/// The deepest nesting of parentheses, `?:` and `!` the parser follows.
const MAX_DEPTH: usize = 64;
/// The most tokens an expression may have; real headers use well under 100.
const MAX_TOKENS: usize = 1_000;
/// `msgfmt -c` checks the expression for these values of `n`; so do we.
const CHECKED_UP_TO: u64 = 1_000;

/// The GNU default when a catalog has no `Plural-Forms`: the Germanic rule.
pub const DEFAULT_PLURAL_FORMS: &str = "nplurals=2; plural=(n != 1);";

/// A parsed `Plural-Forms` header value (`nplurals=2; plural=(n != 1);`).
///
/// ```
/// use korpu::formats::po::PluralForms;
/// let ru = PluralForms::parse(
///     "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : \
///      n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
/// )
/// .unwrap();
/// assert_eq!(ru.nplurals, 3);
/// assert_eq!([1, 2, 5, 11, 21].map(|n| ru.index_for(n)), [0, 1, 2, 2, 0]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralForms {
    /// How many `msgstr[i]` forms each plural entry has.
    pub nplurals: usize,
    /// The expression that maps `n` to a form index.
    pub expr: PluralExpr,
}

/// A plural expression as a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluralExpr {
    /// The variable `n`.
    N,
    /// An unsigned integer literal.
    Number(u64),
    /// Logical negation `!e`.
    Not(Box<PluralExpr>),
    /// A binary operation.
    Binary(BinaryOp, Box<PluralExpr>, Box<PluralExpr>),
    /// The conditional `c ? a : b`.
    Conditional(Box<PluralExpr>, Box<PluralExpr>, Box<PluralExpr>),
}

/// The binary operators of a plural expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `||`
    Or,
    /// `&&`
    And,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    Le,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
}

/// Why a `Plural-Forms` value or its expression was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PluralError {
    /// No `nplurals=` part.
    #[error("Plural-Forms has no \"nplurals=\": expected e.g. \"nplurals=2; plural=(n != 1);\"")]
    MissingNplurals,
    /// `nplurals` is not a number from 1 to 100.
    #[error("nplurals must be a whole number from 1 to 100, found \"{0}\"")]
    BadNplurals(String),
    /// No `plural=` part.
    #[error("Plural-Forms has no \"plural=\": expected e.g. \"nplurals=2; plural=(n != 1);\"")]
    MissingPlural,
    /// The expression does not parse.
    #[error("plural expression: {message} at character {position}")]
    Syntax {
        /// 1-based character position in the expression.
        position: usize,
        /// What was expected.
        message: String,
    },
    /// Parentheses, `?:` or `!` nested deeper than the parser follows.
    #[error("plural expression is nested more than {MAX_DEPTH} levels deep")]
    TooDeep,
    /// More tokens than any real expression has.
    #[error("plural expression has more than {MAX_TOKENS} tokens")]
    TooLong,
    /// Division or remainder by zero.
    #[error("plural expression divides by zero for n = {0}")]
    DivisionByZero(u64),
    /// The expression picks a form the catalog does not have.
    #[error("plural expression gives form {index} for n = {n}, but nplurals is {nplurals}")]
    OutOfRange {
        /// The number tried.
        n: u64,
        /// The form it gave.
        index: u64,
        /// The declared number of forms.
        nplurals: usize,
    },
}

impl PluralForms {
    /// Parses a header value and checks the expression for `n` from 0 to 1000 as
    /// `msgfmt -c` does: no division by zero and every index below `nplurals`.
    pub fn parse(value: &str) -> Result<PluralForms, PluralError> {
        let mut nplurals = None;
        let mut plural = None;
        for part in value.split(';') {
            let Some((key, val)) = part.split_once('=') else {
                continue;
            };
            match key.trim() {
                "nplurals" => nplurals = Some(val.trim()),
                "plural" => plural = Some(val),
                _ => {}
            }
        }
        let n = nplurals.ok_or(PluralError::MissingNplurals)?;
        let nplurals = match n.parse::<usize>() {
            Ok(k) if (1..=MAX_NPLURALS).contains(&k) => k,
            _ => return Err(PluralError::BadNplurals(n.to_string())),
        };
        let expr = PluralExpr::parse(plural.ok_or(PluralError::MissingPlural)?)?;
        let forms = PluralForms { nplurals, expr };
        forms.check()?;
        Ok(forms)
    }

    /// The GNU default, `nplurals=2; plural=(n != 1);`.
    pub fn germanic() -> PluralForms {
        PluralForms {
            nplurals: 2,
            expr: PluralExpr::Binary(
                BinaryOp::Ne,
                Box::new(PluralExpr::N),
                Box::new(PluralExpr::Number(1)),
            ),
        }
    }

    /// Checks the expression for `n` in `0..=1000`.
    pub fn check(&self) -> Result<(), PluralError> {
        for n in 0..=CHECKED_UP_TO {
            let index = self.expr.eval(n)?;
            if index >= self.nplurals as u64 {
                return Err(PluralError::OutOfRange {
                    n,
                    index,
                    nplurals: self.nplurals,
                });
            }
        }
        Ok(())
    }

    /// The form index for `n`. Like gettext at run time, an index that the expression
    /// cannot produce (a division by zero, or a value not below `nplurals`) falls back
    /// to form 0.
    pub fn index_for(&self, n: u64) -> usize {
        match self.expr.eval(n) {
            Ok(i) if i < self.nplurals as u64 => i as usize,
            _ => 0,
        }
    }

    /// The smallest `n` in `0..=1000` that selects form `index`, if any.
    pub fn example_for(&self, index: usize) -> Option<u64> {
        (0..=CHECKED_UP_TO).find(|&n| self.index_for(n) == index)
    }
}

impl fmt::Display for PluralForms {
    /// The header value, `nplurals=N; plural=EXPR;`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "nplurals={}; plural={};", self.nplurals, self.expr)
    }
}

/// The `Plural-Forms` value korpu writes for a language: the GNU gettext rules for en,
/// az and ru, and the Germanic default for any other language.
///
/// Russian uses the three-form rule of the gettext manual. Catalogs from Transifex
/// (Django's among them) declare four forms, the fourth being CLDR's `other` for
/// fractions, which an integer `n` never selects; korpu reads both.
pub fn plural_forms_for_language(language: &str) -> &'static str {
    match language {
        "en" | "az" => DEFAULT_PLURAL_FORMS,
        "ru" => {
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && \
             (n%100<10 || n%100>=20) ? 1 : 2);"
        }
        _ => DEFAULT_PLURAL_FORMS,
    }
}

impl PluralExpr {
    /// Parses an expression (the text after `plural=`).
    pub fn parse(text: &str) -> Result<PluralExpr, PluralError> {
        let tokens = tokenize(text)?;
        let mut p = ExprParser {
            tokens,
            pos: 0,
            depth: 0,
            end: text.chars().count() + 1,
        };
        let e = p.conditional()?;
        if let Some((tok, at)) = p.tokens.get(p.pos) {
            return Err(PluralError::Syntax {
                position: *at,
                message: format!("unexpected \"{}\"", tok.text()),
            });
        }
        Ok(e)
    }

    /// Evaluates the expression for `n` with C's unsigned semantics.
    pub fn eval(&self, n: u64) -> Result<u64, PluralError> {
        Ok(match self {
            PluralExpr::N => n,
            PluralExpr::Number(v) => *v,
            PluralExpr::Not(e) => u64::from(e.eval(n)? == 0),
            PluralExpr::Conditional(c, a, b) => {
                if c.eval(n)? != 0 {
                    a.eval(n)?
                } else {
                    b.eval(n)?
                }
            }
            PluralExpr::Binary(op, l, r) => {
                let a = l.eval(n)?;
                // `&&` and `||` short-circuit as in C, so `n != 0 && 10 / n` is safe.
                match op {
                    BinaryOp::And => return Ok(u64::from(a != 0 && r.eval(n)? != 0)),
                    BinaryOp::Or => return Ok(u64::from(a != 0 || r.eval(n)? != 0)),
                    _ => {}
                }
                let b = r.eval(n)?;
                match op {
                    BinaryOp::Eq => u64::from(a == b),
                    BinaryOp::Ne => u64::from(a != b),
                    BinaryOp::Lt => u64::from(a < b),
                    BinaryOp::Gt => u64::from(a > b),
                    BinaryOp::Le => u64::from(a <= b),
                    BinaryOp::Ge => u64::from(a >= b),
                    BinaryOp::Add => a.wrapping_add(b),
                    BinaryOp::Sub => a.wrapping_sub(b),
                    BinaryOp::Mul => a.wrapping_mul(b),
                    BinaryOp::Div => a.checked_div(b).ok_or(PluralError::DivisionByZero(n))?,
                    BinaryOp::Rem => a.checked_rem(b).ok_or(PluralError::DivisionByZero(n))?,
                    BinaryOp::And | BinaryOp::Or => 0,
                }
            }
        })
    }
}

impl fmt::Display for PluralExpr {
    /// C syntax with every compound operand in parentheses; it parses back to the
    /// same tree.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn operand(e: &PluralExpr, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match e {
                PluralExpr::N | PluralExpr::Number(_) => write!(f, "{e}"),
                _ => write!(f, "({e})"),
            }
        }
        match self {
            PluralExpr::N => f.write_str("n"),
            PluralExpr::Number(v) => write!(f, "{v}"),
            PluralExpr::Not(e) => {
                f.write_str("!")?;
                operand(e, f)
            }
            PluralExpr::Binary(op, l, r) => {
                operand(l, f)?;
                write!(f, " {} ", op.symbol())?;
                operand(r, f)
            }
            PluralExpr::Conditional(c, a, b) => {
                operand(c, f)?;
                f.write_str(" ? ")?;
                operand(a, f)?;
                f.write_str(" : ")?;
                operand(b, f)
            }
        }
    }
}

impl BinaryOp {
    /// The operator as written in C.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "||",
            BinaryOp::And => "&&",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Gt => ">",
            BinaryOp::Le => "<=",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    N,
    Number(u64),
    Op(&'static str),
}

impl Token {
    fn text(&self) -> String {
        match self {
            Token::N => "n".to_string(),
            Token::Number(v) => v.to_string(),
            Token::Op(s) => (*s).to_string(),
        }
    }
}

/// Splits an expression into tokens with their 1-based character positions.
fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, PluralError> {
    const OPS: [&str; 19] = [
        "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "%", "+", "-", "*", "/", "?", ":", "(",
        ")", "=",
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let position = i + 1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if tokens.len() >= MAX_TOKENS {
            return Err(PluralError::TooLong);
        }
        if c == 'n' {
            tokens.push((Token::N, position));
            i += 1;
        } else if c.is_ascii_digit() {
            let mut v: u64 = 0;
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                v = v
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(u64::from(d)))
                    .ok_or_else(|| PluralError::Syntax {
                        position,
                        message: "number too large".to_string(),
                    })?;
                i += 1;
            }
            tokens.push((Token::Number(v), position));
        } else {
            let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
            let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) else {
                return Err(PluralError::Syntax {
                    position,
                    message: format!("unexpected character \"{c}\""),
                });
            };
            if *op == "=" {
                return Err(PluralError::Syntax {
                    position,
                    message: "\"=\" is not an operator: expected \"==\"".to_string(),
                });
            }
            tokens.push((Token::Op(op), position));
            i += op.chars().count();
        }
    }
    Ok(tokens)
}

struct ExprParser {
    tokens: Vec<(Token, usize)>,
    pos: usize,
    depth: usize,
    /// The position reported for "unexpected end".
    end: usize,
}

/// Binary precedence levels from loosest to tightest.
const LEVELS: [&[(&str, BinaryOp)]; 6] = [
    &[("||", BinaryOp::Or)],
    &[("&&", BinaryOp::And)],
    &[("==", BinaryOp::Eq), ("!=", BinaryOp::Ne)],
    &[
        ("<", BinaryOp::Lt),
        (">", BinaryOp::Gt),
        ("<=", BinaryOp::Le),
        (">=", BinaryOp::Ge),
    ],
    &[("+", BinaryOp::Add), ("-", BinaryOp::Sub)],
    &[
        ("*", BinaryOp::Mul),
        ("/", BinaryOp::Div),
        ("%", BinaryOp::Rem),
    ],
];

impl ExprParser {
    fn peek_op(&self) -> Option<&'static str> {
        match self.tokens.get(self.pos) {
            Some((Token::Op(op), _)) => Some(op),
            _ => None,
        }
    }

    fn enter(&mut self) -> Result<(), PluralError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(PluralError::TooDeep);
        }
        Ok(())
    }

    fn expect(&mut self, op: &str) -> Result<(), PluralError> {
        if self.peek_op() == Some(op) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(&format!("expected \"{op}\"")))
        }
    }

    fn unexpected(&self, expected: &str) -> PluralError {
        match self.tokens.get(self.pos) {
            Some((tok, at)) => PluralError::Syntax {
                position: *at,
                message: format!("{expected}, found \"{}\"", tok.text()),
            },
            None => PluralError::Syntax {
                position: self.end,
                message: format!("{expected}, found the end"),
            },
        }
    }

    /// `cond := or ('?' cond ':' cond)?`, right-associative.
    fn conditional(&mut self) -> Result<PluralExpr, PluralError> {
        self.enter()?;
        let c = self.binary(0)?;
        let e = if self.peek_op() == Some("?") {
            self.pos += 1;
            let a = self.conditional()?;
            self.expect(":")?;
            let b = self.conditional()?;
            PluralExpr::Conditional(Box::new(c), Box::new(a), Box::new(b))
        } else {
            c
        };
        self.depth -= 1;
        Ok(e)
    }

    /// Left-associative binary operators at precedence `level` and tighter.
    fn binary(&mut self, level: usize) -> Result<PluralExpr, PluralError> {
        let Some(ops) = LEVELS.get(level) else {
            return self.unary();
        };
        let mut left = self.binary(level + 1)?;
        while let Some(op) = self
            .peek_op()
            .and_then(|t| ops.iter().find(|(s, _)| *s == t).map(|(_, op)| *op))
        {
            self.pos += 1;
            let right = self.binary(level + 1)?;
            left = PluralExpr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<PluralExpr, PluralError> {
        match self.tokens.get(self.pos) {
            Some((Token::Op("!"), _)) => {
                self.pos += 1;
                self.enter()?;
                let e = self.unary()?;
                self.depth -= 1;
                Ok(PluralExpr::Not(Box::new(e)))
            }
            Some((Token::Op("("), _)) => {
                self.pos += 1;
                let e = self.conditional()?;
                self.expect(")")?;
                Ok(e)
            }
            Some((Token::N, _)) => {
                self.pos += 1;
                Ok(PluralExpr::N)
            }
            Some((Token::Number(v), _)) => {
                let v = *v;
                self.pos += 1;
                Ok(PluralExpr::Number(v))
            }
            _ => Err(self.unexpected("expected n, a number, \"!\" or \"(\"")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(s: &str) -> PluralForms {
        PluralForms::parse(s).expect("valid Plural-Forms")
    }

    #[test]
    fn germanic_and_table_rules() {
        let g = forms(DEFAULT_PLURAL_FORMS);
        assert_eq!(g, PluralForms::germanic());
        assert_eq!([0, 1, 2, 5].map(|n| g.index_for(n)), [1, 0, 1, 1]);
        let ru = forms(plural_forms_for_language("ru"));
        assert_eq!(
            [1, 2, 5, 11, 21, 22, 25, 111, 112].map(|n| ru.index_for(n)),
            [0, 1, 2, 2, 0, 1, 2, 2, 2]
        );
        assert_eq!(ru.example_for(1), Some(2));
        assert_eq!(forms(plural_forms_for_language("az")).nplurals, 2);
    }

    #[test]
    fn precedence_follows_c() {
        let e = PluralExpr::parse("1 + 2 * 3 == 7 && !0 ? 10 - 4 - 3 : 0").expect("parses");
        assert_eq!(e.eval(0), Ok(3));
        let e = PluralExpr::parse("n == 1 ? 0 : n == 2 ? 1 : 2").expect("parses");
        assert_eq!([1, 2, 3].map(|n| e.eval(n)), [Ok(0), Ok(1), Ok(2)]);
        // Unsigned wrap-around instead of an overflow panic.
        assert_eq!(
            PluralExpr::parse("0 - 1").and_then(|e| e.eval(0)),
            Ok(u64::MAX)
        );
    }

    #[test]
    fn display_parses_back_to_the_same_tree() {
        let ru = forms(plural_forms_for_language("ru"));
        assert_eq!(forms(&ru.to_string()), ru);
    }

    #[test]
    fn broken_headers_are_errors_not_panics() {
        assert_eq!(
            PluralForms::parse("nplurals=x; plural=n>1;"),
            Err(PluralError::BadNplurals("x".to_string()))
        );
        assert_eq!(
            PluralForms::parse("plural=n>1;"),
            Err(PluralError::MissingNplurals)
        );
        assert_eq!(
            PluralForms::parse("nplurals=2;"),
            Err(PluralError::MissingPlural)
        );
        assert!(matches!(
            PluralForms::parse("nplurals=2; plural=(n > 1;"),
            Err(PluralError::Syntax { .. })
        ));
        assert!(matches!(
            PluralForms::parse("nplurals=2; plural=n = 1;"),
            Err(PluralError::Syntax { position: 3, .. })
        ));
        assert_eq!(
            PluralForms::parse("nplurals=2; plural=n % (n - n);"),
            Err(PluralError::DivisionByZero(0))
        );
        assert_eq!(
            PluralForms::parse("nplurals=2; plural=n;"),
            Err(PluralError::OutOfRange {
                n: 2,
                index: 2,
                nplurals: 2
            })
        );
        let deep = format!(
            "nplurals=1; plural={}0{};",
            "(".repeat(100),
            ")".repeat(100)
        );
        assert_eq!(PluralForms::parse(&deep), Err(PluralError::TooDeep));
        let long = format!("nplurals=1; plural=0{};", "+0".repeat(2_000));
        assert_eq!(PluralForms::parse(&long), Err(PluralError::TooLong));
        let nots = format!("nplurals=2; plural={}n;", "!".repeat(500));
        assert_eq!(PluralForms::parse(&nots), Err(PluralError::TooDeep));
    }

    #[test]
    fn short_circuit_avoids_division_by_zero() {
        let f = forms("nplurals=2; plural=n != 0 && 10 / n > 2;");
        assert_eq!(f.index_for(0), 0);
        assert_eq!(f.index_for(3), 1);
    }
}
