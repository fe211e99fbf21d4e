//! Byte offsets (Rust) to UTF-16 units (the editor, CodeMirror) and to line and column (people),
//! in one pass over the text for all the offsets a report needs.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub utf16: u32,
    /// From 1.
    pub line: u32,
    /// From 1, in characters.
    pub column: u32,
}

/// The positions of `offsets` (byte offsets on character boundaries, or the text's length).
pub fn positions(text: &str, offsets: &[usize]) -> HashMap<usize, Position> {
    let mut wanted: Vec<usize> = offsets.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    let mut out = HashMap::with_capacity(wanted.len());
    let mut next = wanted.iter().peekable();
    let mut here = Position {
        utf16: 0,
        line: 1,
        column: 1,
    };
    for (i, c) in text.char_indices() {
        while next.peek().is_some_and(|&&w| w <= i) {
            out.insert(*next.next().expect("peeked"), here);
        }
        if next.peek().is_none() {
            return out;
        }
        here.utf16 += c.len_utf16() as u32;
        if c == '\n' {
            here.line += 1;
            here.column = 1;
        } else {
            here.column += 1;
        }
    }
    for &w in next {
        out.insert(w, here);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_emoji_count_as_the_editor_counts() {
        // é is 2 bytes and 1 unit; 🚀 is 4 bytes and 2 units (a surrogate pair).
        let text = "é 🚀 x\nnaïve y";
        let x = text.find('x').unwrap();
        let y = text.find('y').unwrap();
        let p = positions(text, &[x, y, text.len()]);
        assert_eq!(
            p[&x],
            Position {
                utf16: 5,
                line: 1,
                column: 5
            }
        );
        assert_eq!(
            p[&y],
            Position {
                utf16: 13,
                line: 2,
                column: 7
            }
        );
        assert_eq!(p[&text.len()].utf16, text.encode_utf16().count() as u32);
    }
}
