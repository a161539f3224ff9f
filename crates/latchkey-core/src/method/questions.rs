//! Security questions: the limits on question text and answers, and the normalization that makes
//! an answer typed at reset time match the one given at registration.
//!
//! NIST SP 800-63B and OWASP ASVS advise against knowledge-based answers, so a tenant opts in, and
//! questions are never enough alone and never offered to admins (enforced by the policy, not here).
//! Answers are private: the server hashes [`normalize_answer`]'s output and keeps nothing else.
//!
//! Lengths are counted in characters (Unicode scalar values) after normalization, so emoji count
//! too. Byte length is checked first so oversized input is refused before normalization runs.

use latchkey_proto::Secret;
use unicode_normalization::UnicodeNormalization;

/// Shortest question text, in characters.
pub const QUESTION_MIN_CHARS: usize = 3;
/// Longest question text, in characters.
pub const QUESTION_MAX_CHARS: usize = 200;
/// Shortest answer, in characters after normalization.
pub const ANSWER_MIN_CHARS: usize = 3;
/// Longest answer, in characters after normalization.
pub const ANSWER_MAX_CHARS: usize = 40;
/// Fewest answers a registration or reset may use.
pub const ANSWERS_MIN: usize = 3;
/// Most answers a registration or reset may use.
pub const ANSWERS_MAX: usize = 5;
/// Most custom questions one tenant may define.
pub const CUSTOM_QUESTIONS_MAX: usize = 20;

/// Raw answer input over this many bytes is refused unread. 40 characters are at most 160 bytes
/// of UTF-8; the slack is for whitespace and combining marks that normalization removes.
pub const ANSWER_INPUT_MAX_BYTES: usize = 512;
/// Raw question input over this many bytes is refused unread (200 characters ≤ 800 bytes).
pub const QUESTION_INPUT_MAX_BYTES: usize = 2048;

/// Why questions or answers are not acceptable. Indexes are positions in the list given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuestionError {
    /// Too few or too many answers.
    #[error("{count} answers given, {min} to {max} needed")]
    AnswerCount { count: usize, min: usize, max: usize },
    /// Answer `index` is shorter than `min` characters after normalization.
    #[error("answer {index} has {chars} characters, at least {min} needed")]
    AnswerTooShort { index: usize, chars: usize, min: usize },
    /// Answer `index` is longer than `max` characters (or so many bytes it was not read).
    #[error("answer {index} is longer than {max} characters")]
    AnswerTooLong { index: usize, max: usize },
    /// Answer `index` normalizes to the same text as answer `first`.
    #[error("answer {index} is the same as answer {first}")]
    DuplicateAnswer { index: usize, first: usize },
    /// More custom questions than a tenant may have.
    #[error("{count} custom questions, at most {max} allowed")]
    QuestionCount { count: usize, max: usize },
    /// Question `index` is shorter than `min` characters.
    #[error("question {index} has {chars} characters, at least {min} needed")]
    QuestionTooShort { index: usize, chars: usize, min: usize },
    /// Question `index` is longer than `max` characters (or so many bytes it was not read).
    #[error("question {index} is longer than {max} characters")]
    QuestionTooLong { index: usize, max: usize },
    /// Question `index` contains a control character other than whitespace.
    #[error("question {index} contains a control character")]
    QuestionControlCharacter { index: usize },
    /// Question `index` is the same text as question `first` (ignoring case and spacing).
    #[error("question {index} is the same as question {first}")]
    DuplicateQuestion { index: usize, first: usize },
}

/// The comparable form of an answer: NFKC, lowercase, whitespace runs collapsed to one space,
/// trimmed, and trailing sentence punctuation (`. , ! ? ; :` and their CJK, Arabic and Indic
/// counterparts) removed, since people add or drop it from habit.
///
/// Callers should go through [`validate_answer`], which bounds the input first.
pub fn normalize_answer(input: &str) -> Secret {
    let folded: String = input.nfkc().collect::<String>().to_lowercase();
    // Lowercasing can produce sequences that NFKC writes differently (e.g. 'İ'); normalize again
    // so the function is idempotent.
    let folded: String = folded.nfkc().collect();
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let kept = out
        .trim_end_matches(|c: char| is_sentence_punctuation(c) || c.is_whitespace())
        .len();
    out.truncate(kept);
    Secret::new(out)
}

/// Bounds, normalizes and length-checks one answer; `index` is reported in errors. Returns the
/// normalized answer, ready for hashing.
pub fn validate_answer(index: usize, input: &str) -> Result<Secret, QuestionError> {
    if input.len() > ANSWER_INPUT_MAX_BYTES {
        return Err(QuestionError::AnswerTooLong {
            index,
            max: ANSWER_MAX_CHARS,
        });
    }
    let normalized = normalize_answer(input);
    let chars = normalized.expose().chars().count();
    if chars < ANSWER_MIN_CHARS {
        return Err(QuestionError::AnswerTooShort {
            index,
            chars,
            min: ANSWER_MIN_CHARS,
        });
    }
    if chars > ANSWER_MAX_CHARS {
        return Err(QuestionError::AnswerTooLong {
            index,
            max: ANSWER_MAX_CHARS,
        });
    }
    Ok(normalized)
}

/// Checks a registration's (or reset's) answers: [`ANSWERS_MIN`] to [`ANSWERS_MAX`] of them,
/// each valid, no two the same after normalization. Returns the normalized answers in order.
///
/// The tenant's own required number (within those bounds) is checked by the caller.
pub fn validate_answers(answers: &[Secret]) -> Result<Vec<Secret>, QuestionError> {
    if !(ANSWERS_MIN..=ANSWERS_MAX).contains(&answers.len()) {
        return Err(QuestionError::AnswerCount {
            count: answers.len(),
            min: ANSWERS_MIN,
            max: ANSWERS_MAX,
        });
    }
    let mut normalized: Vec<Secret> = Vec::with_capacity(answers.len());
    for (index, answer) in answers.iter().enumerate() {
        let answer = validate_answer(index, answer.expose())?;
        if let Some(first) = normalized.iter().position(|seen| *seen == answer) {
            return Err(QuestionError::DuplicateAnswer { index, first });
        }
        normalized.push(answer);
    }
    Ok(normalized)
}

/// Bounds and cleans one question text: NFKC, whitespace runs collapsed, trimmed, then
/// [`QUESTION_MIN_CHARS`] to [`QUESTION_MAX_CHARS`] characters with no control characters.
/// Returns the text to store and show.
pub fn validate_question(index: usize, text: &str) -> Result<String, QuestionError> {
    if text.len() > QUESTION_INPUT_MAX_BYTES {
        return Err(QuestionError::QuestionTooLong {
            index,
            max: QUESTION_MAX_CHARS,
        });
    }
    let normalized: String = text.nfkc().collect();
    let cleaned = normalized.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.chars().any(char::is_control) {
        return Err(QuestionError::QuestionControlCharacter { index });
    }
    let chars = cleaned.chars().count();
    if chars < QUESTION_MIN_CHARS {
        return Err(QuestionError::QuestionTooShort {
            index,
            chars,
            min: QUESTION_MIN_CHARS,
        });
    }
    if chars > QUESTION_MAX_CHARS {
        return Err(QuestionError::QuestionTooLong {
            index,
            max: QUESTION_MAX_CHARS,
        });
    }
    Ok(cleaned)
}

/// Checks a tenant's custom questions: at most [`CUSTOM_QUESTIONS_MAX`], each valid, no two the
/// same ignoring case and spacing. An empty list is fine (the tenant uses predefined ones only).
pub fn validate_custom_questions<Q: AsRef<str>>(questions: &[Q]) -> Result<Vec<String>, QuestionError> {
    if questions.len() > CUSTOM_QUESTIONS_MAX {
        return Err(QuestionError::QuestionCount {
            count: questions.len(),
            max: CUSTOM_QUESTIONS_MAX,
        });
    }
    let mut cleaned: Vec<String> = Vec::with_capacity(questions.len());
    let mut folded: Vec<String> = Vec::with_capacity(questions.len());
    for (index, question) in questions.iter().enumerate() {
        let text = validate_question(index, question.as_ref())?;
        let key = text.to_lowercase();
        if let Some(first) = folded.iter().position(|seen| *seen == key) {
            return Err(QuestionError::DuplicateQuestion { index, first });
        }
        folded.push(key);
        cleaned.push(text);
    }
    Ok(cleaned)
}

/// Sentence punctuation people append to answers. NFKC has already turned full-width forms into
/// ASCII; the rest are the scripts' own marks.
fn is_sentence_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '!' | '?' | ';' | ':'
            | '\u{3001}' // 、 ideographic comma
            | '\u{3002}' // 。 ideographic full stop
            | '\u{FF61}' // ｡ halfwidth ideographic full stop
            | '\u{060C}' // ، Arabic comma
            | '\u{061B}' // ؛ Arabic semicolon
            | '\u{061F}' // ؟ Arabic question mark
            | '\u{06D4}' // ۔ Arabic full stop
            | '\u{0964}' // । Devanagari danda
            | '\u{0965}' // ॥ Devanagari double danda
            | '\u{037E}' // ; Greek question mark
            | '\u{0589}' // ։ Armenian full stop
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(list: &[&str]) -> Vec<Secret> {
        list.iter().map(|s| Secret::from(*s)).collect()
    }

    fn norm(s: &str) -> String {
        normalize_answer(s).expose().to_string()
    }

    #[test]
    fn normalization_lowercases_trims_and_collapses() {
        assert_eq!(norm("  Buenos   Aires  "), "buenos aires");
        assert_eq!(norm("New\tYork\nCity"), "new york city");
        assert_eq!(norm("MÜNCHEN"), "münchen");
    }

    #[test]
    fn normalization_applies_nfkc() {
        // Full-width letters, a ligature and a decomposed é all fold to the plain form.
        assert_eq!(norm("ＰＡＲＩＳ"), "paris");
        assert_eq!(norm("ﬁsh"), "fish");
        assert_eq!(norm("cafe\u{301}"), "café");
        assert_eq!(norm("café"), norm("cafe\u{301}"));
    }

    #[test]
    fn normalization_strips_trailing_punctuation() {
        assert_eq!(norm("Paris."), "paris");
        assert_eq!(norm("Paris!!"), "paris");
        assert_eq!(norm("Paris ?"), "paris");
        assert_eq!(norm("Paris..."), "paris");
        assert_eq!(norm("Paris…"), "paris"); // NFKC: … is "..."
        assert_eq!(norm("Paris？"), "paris"); // full-width
        assert_eq!(norm("東京。"), "東京");
        assert_eq!(norm("القاهرة؟"), "القاهرة");
        // Only trailing punctuation goes.
        assert_eq!(norm("St. Louis"), "st. louis");
        assert_eq!(norm("¿Qué?"), "¿qué");
        // Non-sentence symbols stay.
        assert_eq!(norm("C++"), "c++");
    }

    #[test]
    fn normalization_is_idempotent() {
        for s in ["  Hello,  World! ", "İstanbul", "ＡＢＣ。", "ǅ", "x . . ."] {
            let once = norm(s);
            assert_eq!(norm(&once), once, "{s:?}");
        }
    }

    #[test]
    fn normalized_answer_is_redacted() {
        let s = normalize_answer("my secret answer");
        assert_eq!(format!("{s:?}"), "<redacted>");
    }

    #[test]
    fn answers_need_three_to_forty_characters() {
        assert_eq!(
            validate_answer(2, "ab"),
            Err(QuestionError::AnswerTooShort {
                index: 2,
                chars: 2,
                min: 3
            })
        );
        assert_eq!(validate_answer(0, "abc").unwrap().expose(), "abc");
        assert!(validate_answer(0, &"a".repeat(40)).is_ok());
        assert_eq!(
            validate_answer(1, &"a".repeat(41)),
            Err(QuestionError::AnswerTooLong { index: 1, max: 40 })
        );
    }

    #[test]
    fn answer_length_is_counted_after_normalization() {
        // Padding and trailing punctuation do not count; "ab." is two characters.
        assert!(matches!(
            validate_answer(0, "  ab.  "),
            Err(QuestionError::AnswerTooShort { chars: 2, .. })
        ));
        // 40 letters with spaces around and runs inside collapsed.
        let spaced = format!("   {}    {}   ", "a".repeat(20), "b".repeat(19));
        assert_eq!(validate_answer(0, &spaced).unwrap().expose().chars().count(), 40);
        // A decomposed é is one character once composed.
        let decomposed = "e\u{301}".repeat(40);
        assert!(validate_answer(0, &decomposed).is_ok());
    }

    #[test]
    fn emoji_are_allowed_and_count_as_characters() {
        assert_eq!(validate_answer(0, "🐶🐱🐭").unwrap().expose(), "🐶🐱🐭");
        assert!(matches!(
            validate_answer(0, "🐶🐱"),
            Err(QuestionError::AnswerTooShort { chars: 2, .. })
        ));
        assert!(validate_answer(0, &"🐶".repeat(40)).is_ok());
        assert_eq!(
            validate_answer(0, &"🐶".repeat(41)),
            Err(QuestionError::AnswerTooLong { index: 0, max: 40 })
        );
    }

    #[test]
    fn huge_answers_are_refused_by_byte_length() {
        let huge = "a".repeat(10_000);
        assert_eq!(
            validate_answer(3, &huge),
            Err(QuestionError::AnswerTooLong { index: 3, max: 40 })
        );
        // Just over the byte bound, even though it would normalize to something short.
        let spaces = format!("abc{}", " ".repeat(ANSWER_INPUT_MAX_BYTES));
        assert_eq!(
            validate_answer(0, &spaces),
            Err(QuestionError::AnswerTooLong { index: 0, max: 40 })
        );
        let fits = format!("abc{}", " ".repeat(ANSWER_INPUT_MAX_BYTES - 3));
        assert!(validate_answer(0, &fits).is_ok());
    }

    #[test]
    fn three_to_five_answers_are_needed() {
        assert_eq!(
            validate_answers(&answers(&["one", "two"])),
            Err(QuestionError::AnswerCount {
                count: 2,
                min: 3,
                max: 5
            })
        );
        assert_eq!(
            validate_answers(&answers(&[])),
            Err(QuestionError::AnswerCount {
                count: 0,
                min: 3,
                max: 5
            })
        );
        assert!(validate_answers(&answers(&["one", "two", "three"])).is_ok());
        assert!(validate_answers(&answers(&["one", "two", "three", "four", "five"])).is_ok());
        assert_eq!(
            validate_answers(&answers(&["one", "two", "three", "four", "five", "six"])),
            Err(QuestionError::AnswerCount {
                count: 6,
                min: 3,
                max: 5
            })
        );
    }

    #[test]
    fn answers_come_back_normalized_in_order() {
        let out = validate_answers(&answers(&["  Rex ", "PARIS.", "Blue"])).unwrap();
        let out: Vec<&str> = out.iter().map(Secret::expose).collect();
        assert_eq!(out, ["rex", "paris", "blue"]);
    }

    #[test]
    fn duplicate_answers_are_refused_after_normalization() {
        assert_eq!(
            validate_answers(&answers(&["Paris", "Rex", "  paris!"])),
            Err(QuestionError::DuplicateAnswer { index: 2, first: 0 })
        );
        assert_eq!(
            validate_answers(&answers(&["one", "ＴＷＯ", "three", "two"])),
            Err(QuestionError::DuplicateAnswer { index: 3, first: 1 })
        );
    }

    #[test]
    fn the_failing_answer_index_is_reported() {
        assert_eq!(
            validate_answers(&answers(&["one", "two", "x"])),
            Err(QuestionError::AnswerTooShort {
                index: 2,
                chars: 1,
                min: 3
            })
        );
    }

    #[test]
    fn questions_need_three_to_two_hundred_characters() {
        assert_eq!(
            validate_question(0, "ab"),
            Err(QuestionError::QuestionTooShort {
                index: 0,
                chars: 2,
                min: 3
            })
        );
        assert_eq!(validate_question(0, "Pet?").unwrap(), "Pet?");
        assert!(validate_question(0, &"q".repeat(200)).is_ok());
        assert_eq!(
            validate_question(4, &"q".repeat(201)),
            Err(QuestionError::QuestionTooLong { index: 4, max: 200 })
        );
        assert!(validate_question(0, &"é".repeat(200)).is_ok());
    }

    #[test]
    fn question_text_is_cleaned() {
        assert_eq!(
            validate_question(0, "  What was   the name of\nyour first pet?  ").unwrap(),
            "What was the name of your first pet?"
        );
        assert!(matches!(
            validate_question(0, "   a  "),
            Err(QuestionError::QuestionTooShort { chars: 1, .. })
        ));
    }

    #[test]
    fn huge_questions_are_refused_by_byte_length() {
        let huge = "q".repeat(10_000);
        assert_eq!(
            validate_question(1, &huge),
            Err(QuestionError::QuestionTooLong { index: 1, max: 200 })
        );
    }

    #[test]
    fn questions_refuse_control_characters() {
        assert_eq!(
            validate_question(2, "Your pet\u{0}s name?"),
            Err(QuestionError::QuestionControlCharacter { index: 2 })
        );
        assert_eq!(
            validate_question(0, "Your pet\u{7}s name?"),
            Err(QuestionError::QuestionControlCharacter { index: 0 })
        );
    }

    #[test]
    fn up_to_twenty_custom_questions() {
        let twenty: Vec<String> = (0..20).map(|i| format!("Question number {i}?")).collect();
        assert_eq!(validate_custom_questions(&twenty).unwrap().len(), 20);
        let twenty_one: Vec<String> = (0..21).map(|i| format!("Question number {i}?")).collect();
        assert_eq!(
            validate_custom_questions(&twenty_one),
            Err(QuestionError::QuestionCount { count: 21, max: 20 })
        );
        let none: [&str; 0] = [];
        assert_eq!(validate_custom_questions(&none), Ok(vec![]));
    }

    #[test]
    fn duplicate_custom_questions_are_refused() {
        assert_eq!(
            validate_custom_questions(&["Favourite colour?", "First school?", "favourite   COLOUR?"]),
            Err(QuestionError::DuplicateQuestion { index: 2, first: 0 })
        );
    }

    #[test]
    fn custom_question_errors_carry_the_index() {
        assert_eq!(
            validate_custom_questions(&["First school?", "no"]),
            Err(QuestionError::QuestionTooShort {
                index: 1,
                chars: 2,
                min: 3
            })
        );
    }
}
