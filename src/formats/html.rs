//! HTML files: only the text is depersonalized. A small tokenizer (tags,
//! comments, doctype, CDATA, raw-text and RCDATA elements) finds the text
//! nodes and a few attribute values that show text (`title`, `alt`, …),
//! decodes their character references, and keeps a map from every byte of the
//! scanned text back to the source, so that edits rewrite exactly those bytes
//! and leave every tag in place.
//!
//! The scanned text follows the rendering, not the source: block elements
//! (`p`, `div`, `br`, `td`, …) end a line, so words of different blocks never
//! glue; inline elements (`b`, `span`, `a`, Word's `o:p`, any unknown tag)
//! join, so `Ахм<span>етов</span>` is one word; a line break in the source
//! is a space (outside `pre` and `textarea`). `script` and `style` content,
//! comments and CDATA are not text. Attribute values shown to readers
//! (`title`, `alt`, `aria-label`, `placeholder`, and `content` of
//! `<meta name="author|description|keywords|subject">`) are scanned as lines
//! of their own.
//!
//! The file keeps its encoding (see [`super::text`]). A replacement is escaped
//! for where it lands (`&lt;`, `&gt;`, `&amp;`, and quotes in attributes); a
//! character the file's encoding cannot hold (a Kazakh letter in
//! Windows-1251) becomes a numeric character reference (`&#1241;`), which is
//! exact in HTML. An unquoted attribute value that an edit touches is put in
//! double quotes, since the replacement may hold spaces or be empty.

use std::ops::Range;

use super::text::{self, Encoding, Lines};
use super::{Document, Edit, FormatError, Location};

/// Elements that start and end a line of the scanned text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements whose content is not text and holds no tags.
const RAW_TEXT: &[&str] = &["script", "style", "xmp", "iframe", "noembed", "noframes"];

/// Elements whose content is text with character references but no tags.
const RCDATA: &[&str] = &["title", "textarea"];

/// Attributes whose values readers see (tooltips, image text).
const SHOWN_ATTRIBUTES: &[&str] = &["title", "alt", "aria-label", "placeholder"];

/// `<meta name=…>` whose `content` is text about the document.
const SHOWN_META: &[&str] = &["author", "description", "keywords", "subject"];

/// Named character references decoded (with `;`): the common ones in
/// Russian and Kazakh documents and Word's HTML export.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("numero", '№'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("prime", '′'),
    ("Prime", '″'),
    ("minus", '−'),
    ("shy", '\u{AD}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("sect", '§'),
    ("para", '¶'),
    ("middot", '·'),
    ("bull", '•'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("euro", '€'),
    ("cent", '¢'),
    ("pound", '£'),
    ("yen", '¥'),
    ("curren", '¤'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("micro", 'µ'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("not", '¬'),
    ("macr", '¯'),
    ("acute", '´'),
    ("uml", '¨'),
    ("cedil", '¸'),
    ("brvbar", '¦'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("asymp", '≈'),
    ("ne", '≠'),
    ("le", '≤'),
    ("ge", '≥'),
    ("infin", '∞'),
];

/// Named references that browsers also decode without `;` (a subset of
/// HTML's legacy list), longest first.
const LEGACY_ENTITIES: &[&str] = &[
    "laquo", "raquo", "quot", "nbsp", "copy", "amp", "reg", "lt", "gt",
];

/// HTML's meaning of `&#128;`–`&#159;`: the Windows-1252 characters.
const C1_REFERENCES: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// Where a piece of scanned text sits in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    /// A text node (or RCDATA content).
    Text,
    /// The value of attribute number `n` of [`HtmlDoc::attrs`].
    Attr(usize),
}

/// How a piece of scanned text maps to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// The same bytes as the source, byte for byte.
    Literal,
    /// One char decoded from the whole source range: a character reference,
    /// or a source line break scanned as a space.
    Atomic,
    /// A `\n` for a block boundary; its source range is an empty position in
    /// text context (before a tag).
    Break,
}

#[derive(Clone, Debug)]
struct Piece {
    text: Range<usize>,
    src: Range<usize>,
    kind: Kind,
    ctx: Ctx,
}

/// An attribute value scanned as text.
#[derive(Clone, Debug)]
struct AttrValue {
    /// The value's bytes in the source, without quotes.
    range: Range<usize>,
    /// Whether the value is unquoted in the source.
    unquoted: bool,
}

/// An HTML document read for scanning.
#[derive(Clone, Debug)]
pub struct HtmlDoc {
    /// The decoded file.
    source: String,
    encoding: Encoding,
    /// The scanned text.
    text: String,
    /// Contiguous pieces covering `text`, in order. Their source ranges are
    /// in order too, except that the break after the shown attribute values
    /// of a `script` or `style` tag sits before the tag.
    pieces: Vec<Piece>,
    attrs: Vec<AttrValue>,
    /// Source ranges of the literal pieces, sorted, and whether each is in
    /// an attribute value.
    literals: Vec<(Range<usize>, bool)>,
    lines: Lines,
}

/// Reads an HTML file, decoded like a text file (UTF-8 with or without BOM,
/// UTF-16 with BOM, otherwise Windows-1251).
///
/// # Errors
/// Binary or undecodable content (see [`super::text::read`]); a file that is
/// not UTF-8 and declares another Cyrillic charset (KOI8-R, IBM866, …),
/// which Windows-1251 would garble.
pub fn read(bytes: Vec<u8>) -> Result<HtmlDoc, FormatError> {
    let declared = declared_charset(&bytes);
    let (source, encoding) = text::decode(bytes)?;
    if encoding == Encoding::Windows1251
        && let Some(declared) = declared
        && OTHER_CYRILLIC.contains(&declared)
    {
        return Err(FormatError::new(format!(
            "declared charset {} is not supported (UTF-8, UTF-16 and windows-1251 are)",
            declared.name()
        )));
    }
    let mut b = Builder {
        src: &source,
        pending: None,
        text: String::new(),
        pieces: Vec::new(),
        attrs: Vec::new(),
    };
    b.document();
    let Builder {
        text,
        pieces,
        attrs,
        ..
    } = b;
    let mut literals: Vec<(Range<usize>, bool)> = pieces
        .iter()
        .filter(|p| p.kind == Kind::Literal)
        .map(|p| (p.src.clone(), matches!(p.ctx, Ctx::Attr(_))))
        .collect();
    literals.sort_by_key(|(r, _)| r.start);
    let lines = Lines::new(&source);
    Ok(HtmlDoc {
        source,
        encoding,
        text,
        pieces,
        attrs,
        literals,
        lines,
    })
}

/// Cyrillic encodings other than Windows-1251 a file may declare.
const OTHER_CYRILLIC: &[&encoding_rs::Encoding] = &[
    encoding_rs::KOI8_R,
    encoding_rs::KOI8_U,
    encoding_rs::IBM866,
    encoding_rs::ISO_8859_5,
    encoding_rs::X_MAC_CYRILLIC,
];

/// The charset a `<meta>` in the first 1024 bytes declares, if encoding_rs
/// knows its label.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let at = find(&head, b"charset")? + b"charset".len();
    let rest = &head[at..];
    let rest = rest.strip_prefix(b"=").or_else(|| {
        let i = rest.iter().position(|&b| !is_space(b))?;
        rest[i..].strip_prefix(b"=")
    })?;
    let start = rest
        .iter()
        .position(|&b| !is_space(b) && b != b'"' && b != b'\'')?;
    let label = &rest[start..];
    let end = label
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .unwrap_or(label.len());
    encoding_rs::Encoding::for_label(&label[..end])
}

impl HtmlDoc {
    /// The file's encoding: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or
    /// `windows-1251`.
    pub fn encoding_name(&self) -> &'static str {
        self.encoding.name()
    }

    /// The source offset where byte `offset` of the text comes from.
    fn source_pos(&self, piece: &Piece, offset: usize) -> usize {
        match piece.kind {
            Kind::Literal => piece.src.start + (offset.max(piece.text.start) - piece.text.start),
            Kind::Atomic | Kind::Break => piece.src.start,
        }
    }

    /// Where an insertion at the end of the text goes: after the last text
    /// (a file may end inside an unterminated tag), or at the very start of
    /// a file without text.
    fn end_of_text(&self) -> (usize, Ctx) {
        self.pieces
            .iter()
            .rev()
            .find(|p| p.kind != Kind::Break)
            .map_or((0, Ctx::Text), |p| (p.src.end, p.ctx))
    }

    /// Keeps an edit at source offset `start` from turning the text before
    /// it into markup: a literal `<` right before it (`a <` + `b>` would
    /// open a tag) or a literal `&` with letters or digits up to it (`&am` +
    /// `p;` would be a reference). Returns the offset of that `<` or `&`
    /// (after `at`, where the unchanged source being copied starts) and its
    /// escaped form, which reads as the same text.
    fn guard(&self, at: usize, start: usize) -> Option<(usize, &'static str)> {
        let b = self.source.as_bytes();
        if start > at && b[start - 1] == b'<' && self.is_literal(start - 1..start, false) {
            return Some((start - 1, "&lt;"));
        }
        let mut k = start;
        while k > at && start - k < 40 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'#') {
            k -= 1;
        }
        (k > at && b[k - 1] == b'&' && self.is_literal(k - 1..start, true))
            .then(|| (k - 1, "&amp;"))
    }

    /// Whether `range` of the source lies in one literal text run (of a text
    /// node, or also of a shown attribute value when `in_attr`).
    fn is_literal(&self, range: Range<usize>, in_attr: bool) -> bool {
        let i = self.literals.partition_point(|(r, _)| r.end < range.end);
        self.literals.get(i).is_some_and(|(r, attr)| {
            r.start <= range.start && range.end <= r.end && (in_attr || !attr)
        })
    }

    /// `s` escaped for `ctx` and made encodable in the file's encoding.
    fn escape(&self, s: &str, ctx: Ctx) -> String {
        let attr = matches!(ctx, Ctx::Attr(_));
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attr => out.push_str("&quot;"),
                '\'' if attr => out.push_str("&#39;"),
                c if !self.encoding.can_encode(c) => {
                    out.push_str(&format!("&#{};", u32::from(c)));
                }
                c => out.push(c),
            }
        }
        out
    }
}

/// A change of the source: `range` becomes `text`. `rank` orders changes at
/// the same position: an opening quote (0), edits (1), a closing quote (2).
struct Op {
    range: Range<usize>,
    rank: u8,
    text: String,
}

impl Document for HtmlDoc {
    fn text(&self) -> &str {
        &self.text
    }

    /// The file with `edits`: an edit inside one text node replaces exactly
    /// its source bytes (character references included); an edit over several
    /// nodes puts the replacement in the first and removes the covered text
    /// of the others, leaving the tags between them in place.
    ///
    /// # Errors
    /// An edit out of range.
    fn write(&self, edits: &[Edit]) -> Result<Vec<u8>, FormatError> {
        text::check_edits(&self.text, edits)?;
        let mut ops = Vec::with_capacity(edits.len());
        let mut quote = Vec::new();
        for e in edits {
            let Range { start, end } = e.range;
            let first = self.pieces.partition_point(|p| p.text.end <= start);
            if start == end {
                let (pos, ctx) = match self.pieces.get(first) {
                    Some(p) => (self.source_pos(p, start), p.ctx),
                    None => self.end_of_text(),
                };
                if let Ctx::Attr(n) = ctx {
                    quote.push(n);
                }
                ops.push(Op {
                    range: pos..pos,
                    rank: 1,
                    text: self.escape(&e.text, ctx),
                });
                continue;
            }
            let mut placed = false;
            let mut at_break = None;
            for p in self.pieces[first..]
                .iter()
                .take_while(|p| p.text.start < end)
            {
                let range = match p.kind {
                    Kind::Break => {
                        at_break.get_or_insert(p.src.start);
                        continue;
                    }
                    Kind::Atomic => p.src.clone(),
                    Kind::Literal => {
                        self.source_pos(p, start)..self.source_pos(p, end.min(p.text.end))
                    }
                };
                if let Ctx::Attr(n) = p.ctx {
                    quote.push(n);
                }
                let text = if placed {
                    String::new()
                } else {
                    placed = true;
                    self.escape(&e.text, p.ctx)
                };
                ops.push(Op {
                    range,
                    rank: 1,
                    text,
                });
            }
            if !placed {
                // Only block breaks covered: the replacement goes before the
                // tag of the first one.
                let pos = at_break.unwrap_or(self.source.len());
                ops.push(Op {
                    range: pos..pos,
                    rank: 1,
                    text: self.escape(&e.text, Ctx::Text),
                });
            }
        }
        quote.sort_unstable();
        quote.dedup();
        for n in quote {
            let value = &self.attrs[n];
            if value.unquoted {
                let Range { start, end } = value.range;
                ops.push(Op {
                    range: start..start,
                    rank: 0,
                    text: "\"".to_string(),
                });
                ops.push(Op {
                    range: end..end,
                    rank: 2,
                    text: "\"".to_string(),
                });
            }
        }
        ops.sort_by_key(|op| (op.range.start, op.rank));
        let mut out = String::with_capacity(self.source.len());
        let mut at = 0;
        for op in &ops {
            if op.range.start < at {
                return Err(FormatError::new("edits overlap in the source"));
            }
            let start = op.range.start;
            match self.guard(at, start).filter(|_| op.rank == 1) {
                Some((pos, escaped)) => {
                    out.push_str(&self.source[at..pos]);
                    out.push_str(escaped);
                    out.push_str(&self.source[pos + 1..start]);
                }
                None => out.push_str(&self.source[at..start]),
            }
            out.push_str(&op.text);
            at = op.range.end;
        }
        out.push_str(&self.source[at..]);
        self.encoding.encode(&out)
    }

    fn locate(&self, offset: usize) -> Location {
        let i = self.pieces.partition_point(|p| p.text.end <= offset);
        let pos = match self.pieces.get(i) {
            Some(p) => self.source_pos(p, offset),
            None => self.end_of_text().0,
        };
        self.lines.locate(&self.source, pos)
    }
}

/// Builds the scanned text and its map while tokenizing the source.
struct Builder<'s> {
    src: &'s str,
    /// Where a line break is due before more text, if one is.
    pending: Option<usize>,
    text: String,
    pieces: Vec<Piece>,
    attrs: Vec<AttrValue>,
}

/// A markup construct found at a `<`.
enum Markup {
    /// A doctype, CDATA section or processing instruction, ending at this
    /// offset.
    Skip(usize),
    /// A comment: its content, and the offset after it. Not shown, but
    /// published with the page, so scanned like an attribute value.
    Comment(Range<usize>, usize),
    /// A start tag.
    Start(Tag),
    /// An end tag.
    End(Tag),
}

struct Tag {
    /// Lowercase name.
    name: String,
    attrs: Vec<Attr>,
    /// Offset after the closing `>` (or the end of the file).
    end: usize,
}

struct Attr {
    /// Lowercase name.
    name: String,
    /// The value's range (without quotes) and whether it is unquoted.
    value: Option<(Range<usize>, bool)>,
}

impl Builder<'_> {
    fn document(&mut self) {
        let src = self.src;
        let b = src.as_bytes();
        let mut pre = 0usize;
        let mut text_start = 0;
        let mut i = 0;
        while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
            let j = i + p;
            let Some(markup) = markup(src, j) else {
                i = j + 1;
                continue;
            };
            self.run(text_start..j, None, pre == 0);
            match markup {
                Markup::Skip(end) => i = end,
                Markup::Comment(content, end) => {
                    if !content.is_empty() {
                        self.brk(j);
                        self.attrs.push(AttrValue {
                            range: content.clone(),
                            unquoted: false,
                        });
                        self.run(content, Some(self.attrs.len() - 1), true);
                        self.brk(end);
                    }
                    i = end;
                }
                Markup::End(tag) => {
                    if BLOCKS.contains(&tag.name.as_str()) {
                        self.brk(j);
                    }
                    if tag.name == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    i = tag.end;
                }
                Markup::Start(tag) => {
                    if BLOCKS.contains(&tag.name.as_str()) {
                        self.brk(j);
                    }
                    let mut shown = false;
                    for (range, unquoted) in shown_values(&tag, src) {
                        if range.is_empty() {
                            continue;
                        }
                        self.brk(j);
                        self.attrs.push(AttrValue {
                            range: range.clone(),
                            unquoted,
                        });
                        self.run(range, Some(self.attrs.len() - 1), true);
                        shown = true;
                    }
                    let name = tag.name.as_str();
                    if shown {
                        // After the tag, in text context (inside a script
                        // it would not be: there, before the tag).
                        self.brk(if RAW_TEXT.contains(&name) { j } else { tag.end });
                    }
                    i = tag.end;
                    if name == "pre" {
                        pre += 1;
                    }
                    if RAW_TEXT.contains(&name) {
                        i = find_close(b, i, name);
                    } else if RCDATA.contains(&name) {
                        let close = find_close(b, i, name);
                        self.run(i..close, None, name != "textarea" && pre == 0);
                        i = close;
                    }
                }
            }
            text_start = i;
        }
        self.run(text_start..b.len(), None, pre == 0);
    }

    fn push(&mut self, kind: Kind, src: Range<usize>, s: &str, ctx: Ctx) {
        if s.is_empty() {
            return;
        }
        if let Some(pos) = self.pending.take()
            && !self.text.is_empty()
            && !self.text.ends_with('\n')
        {
            self.push(Kind::Break, pos..pos, "\n", Ctx::Text);
        }
        let start = self.text.len();
        self.text.push_str(s);
        if kind == Kind::Literal
            && let Some(last) = self.pieces.last_mut()
            && last.kind == Kind::Literal
            && last.ctx == ctx
            && last.src.end == src.start
        {
            last.src.end = src.end;
            last.text.end = self.text.len();
            return;
        }
        self.pieces.push(Piece {
            text: start..self.text.len(),
            src,
            kind,
            ctx,
        });
    }

    /// Ends the current line of text for a block boundary at `pos`: once,
    /// and only when more text follows (the first boundary of a row wins).
    fn brk(&mut self, pos: usize) {
        self.pending.get_or_insert(pos);
    }

    /// Whether the text is at the start of a line, where white space is not
    /// rendered.
    fn at_line_start(&self) -> bool {
        self.pending.is_some() || self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Scans `range` of the source as text: character references decoded,
    /// line breaks as spaces when `collapse`. `attr` is the attribute value
    /// number, `None` for text nodes.
    fn run(&mut self, range: Range<usize>, attr: Option<usize>, collapse: bool) {
        let src = self.src;
        let b = src.as_bytes();
        let ctx = attr.map_or(Ctx::Text, Ctx::Attr);
        let mut i = range.start;
        if collapse && self.at_line_start() {
            while i < range.end && is_space(b[i]) {
                i += 1;
            }
        }
        let mut lit = i;
        while i < range.end {
            match b[i] {
                b'&' => {
                    if let Some((c, len)) = reference(&src[i..range.end], attr.is_some()) {
                        self.push(Kind::Literal, lit..i, &src[lit..i], ctx);
                        self.push(Kind::Atomic, i..i + len, c.encode_utf8(&mut [0; 4]), ctx);
                        i += len;
                        lit = i;
                    } else {
                        i += 1;
                    }
                }
                b'\r' | b'\n' if collapse => {
                    let len = if b[i] == b'\r' && i + 1 < range.end && b[i + 1] == b'\n' {
                        2
                    } else {
                        1
                    };
                    self.push(Kind::Literal, lit..i, &src[lit..i], ctx);
                    self.push(Kind::Atomic, i..i + len, " ", ctx);
                    i += len;
                    lit = i;
                }
                _ => i += 1,
            }
        }
        self.push(Kind::Literal, lit..range.end, &src[lit..range.end], ctx);
    }
}

/// The values of the attributes of `tag` that readers see, with whether
/// each is unquoted.
fn shown_values(tag: &Tag, src: &str) -> Vec<(Range<usize>, bool)> {
    let value_of = |name: &str| {
        tag.attrs
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.value.clone())
    };
    let mut out: Vec<(Range<usize>, bool)> = tag
        .attrs
        .iter()
        .filter(|a| SHOWN_ATTRIBUTES.contains(&a.name.as_str()))
        .filter_map(|a| a.value.clone())
        .collect();
    if tag.name == "meta"
        && let Some((name, _)) = value_of("name")
        && SHOWN_META
            .iter()
            .any(|m| src[name.clone()].eq_ignore_ascii_case(m))
        && let Some(content) = value_of("content")
    {
        out.push(content);
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The markup construct at `src[j] == '<'`, or `None` when that `<` is text.
fn markup(src: &str, j: usize) -> Option<Markup> {
    let b = src.as_bytes();
    let rest = &b[j + 1..];
    let to_gt = |from: usize| find(&b[from..], b">").map_or(b.len(), |p| from + p + 1);
    if let Some(body) = rest.strip_prefix(b"!--") {
        // `<!-->` and `<!--->` are empty comments; otherwise up to `-->`
        // (or `--!>`).
        let from = j + 4;
        if body.starts_with(b">") {
            return Some(Markup::Skip(from + 1));
        }
        if body.starts_with(b"->") {
            return Some(Markup::Skip(from + 2));
        }
        let close = [
            find(body, b"-->").map(|p| (p, p + 3)),
            find(body, b"--!>").map(|p| (p, p + 4)),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|&(_, end)| end);
        return Some(match close {
            Some((content, end)) => Markup::Comment(from..from + content, from + end),
            None => Markup::Comment(from..b.len(), b.len()),
        });
    }
    if let Some(body) = rest.strip_prefix(b"![CDATA[") {
        let from = j + 9;
        return Some(Markup::Skip(
            find(body, b"]]>").map_or(b.len(), |p| from + p + 3),
        ));
    }
    match rest.first() {
        Some(b'!' | b'?') => Some(Markup::Skip(to_gt(j + 2))),
        Some(b'/') => match rest.get(1) {
            Some(c) if c.is_ascii_alphabetic() => Some(Markup::End(tag(src, j + 2))),
            Some(b'>') => Some(Markup::Skip(j + 3)),
            Some(_) => Some(Markup::Skip(to_gt(j + 2))),
            None => None,
        },
        Some(c) if c.is_ascii_alphabetic() => Some(Markup::Start(tag(src, j + 1))),
        _ => None,
    }
}

/// Parses a tag whose name starts at `i` (after `<` or `</`), as HTML does:
/// attributes with double-quoted, single-quoted or unquoted values.
fn tag(src: &str, mut i: usize) -> Tag {
    let b = src.as_bytes();
    let n = b.len();
    let start = i;
    while i < n && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let name = src[start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < n && (is_space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if i >= n {
            return Tag {
                name,
                attrs,
                end: n,
            };
        }
        if b[i] == b'>' {
            return Tag {
                name,
                attrs,
                end: i + 1,
            };
        }
        // An attribute name, at least one char (even `=`), up to a space,
        // `/`, `>` or `=`. Stops are ASCII, so they are char boundaries.
        let name_start = i;
        i += 1;
        while i < n && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = src[name_start..i].to_ascii_lowercase();
        while i < n && is_space(b[i]) {
            i += 1;
        }
        let mut value = None;
        if i < n && b[i] == b'=' {
            i += 1;
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i < n && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let from = i + 1;
                let to = b[from..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(n, |p| from + p);
                value = Some((from..to, false));
                i = (to + 1).min(n);
            } else {
                let from = i;
                while i < n && !is_space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
                value = Some((from..i, true));
            }
        }
        attrs.push(Attr {
            name: attr_name,
            value,
        });
    }
}

/// The start of the end tag `</name` closing raw text or RCDATA from `from`,
/// or the end of the file.
fn find_close(b: &[u8], from: usize, name: &str) -> usize {
    let mut i = from;
    while let Some(p) = find(&b[i..], b"</") {
        let at = i + p;
        let after = at + 2 + name.len();
        if after <= b.len()
            && b[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && b.get(after)
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            return at;
        }
        i = at + 2;
    }
    b.len()
}

/// The character reference at the start of `s` (which starts with `&`):
/// the char and the reference's length, or `None` when it is plain text.
/// In attribute values a legacy name without `;` followed by a letter, digit
/// or `=` stays text, as in browsers.
fn reference(s: &str, in_attr: bool) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let from = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let digits = b[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()))
            .count();
        if digits == 0 {
            return None;
        }
        let code = b[from..from + digits].iter().fold(0u32, |n, &c| {
            n.saturating_mul(radix)
                .saturating_add(char::from(c).to_digit(radix).unwrap_or(0))
        });
        let mut len = from + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        let c = match code {
            0 => '\u{FFFD}',
            0x80..=0x9F => C1_REFERENCES[(code - 0x80) as usize],
            _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
        };
        return Some((c, len));
    }
    let name_len = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = &s[1..1 + name_len];
    if b.get(1 + name_len) == Some(&b';')
        && let Some(&(_, c)) = ENTITIES.iter().find(|(n, _)| *n == name)
    {
        return Some((c, name_len + 2));
    }
    let legacy = LEGACY_ENTITIES.iter().find(|n| name.starts_with(**n))?;
    let next = b.get(1 + legacy.len());
    if in_attr && next.is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'=') {
        return None;
    }
    let c = ENTITIES.iter().find(|(n, _)| n == legacy)?.1;
    Some((c, legacy.len() + 1))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::formats::text::proptest_config;

    fn doc(html: &str) -> HtmlDoc {
        read(html.as_bytes().to_vec()).unwrap()
    }

    /// The UTF-8 file with `needle` (found in the scanned text) replaced.
    fn replace(html: &str, needle: &str, with: &str) -> String {
        let d = doc(html);
        let at = d
            .text()
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {:?}", d.text()));
        let out = d
            .write(&[Edit {
                range: at..at + needle.len(),
                text: with.to_string(),
            }])
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn scanned_text() {
        let cases: &[(&str, &str)] = &[
            // Inline tags join, also inside a word.
            ("<p><b>Ахметов</b> <i>С.Б.</i></p>", "Ахметов С.Б."),
            ("<p>Ахм<span>етов</span> Серик</p>", "Ахметов Серик"),
            (
                "<font face=Arial><u>Иванова</u><sup>1</sup></font>",
                "Иванова1",
            ),
            // Blocks separate.
            ("<p>Ахметов</p><p>Серик</p>", "Ахметов\nСерик"),
            ("<tr><td>Ахметов</td><td>Серик</td></tr>", "Ахметов\nСерик"),
            (
                "Ахметов<br>Серик<br/>Болатович",
                "Ахметов\nСерик\nБолатович",
            ),
            (
                "<div><h1>Приговор</h1><section>Иванова</section></div>",
                "Приговор\nИванова",
            ),
            (
                "<title>Дело &#8470; 2</title><h1>Приговор</h1>",
                "Дело № 2\nПриговор",
            ),
            // Character references.
            (
                "&amp;&lt;&gt;&quot;&apos;&nbsp;&laquo;&raquo;&ndash;&mdash;&hellip;",
                "&<>\"'\u{A0}«»–—…",
            ),
            (
                "&#1040;&#x410;&#X410;&#150;&#0;&#xD800;",
                "ААА–\u{FFFD}\u{FFFD}",
            ),
            (
                "AT&T &unknown; &amp &ampx &#; &#x;",
                "AT&T &unknown; & &x &#; &#x;",
            ),
            // Source line breaks are spaces, except in pre and textarea.
            (
                "<p>Ахметов\r\nСерик\nБолатович</p>",
                "Ахметов Серик Болатович",
            ),
            ("<pre>Ахметов\nСерик</pre>", "Ахметов\nСерик"),
            (
                "<textarea>Иванова\nА.К. &amp;</textarea>",
                "Иванова\nА.К. &",
            ),
            // Not text: script, style, comments, CDATA, doctype, other attributes.
            (
                "<script>var a = \"<p>Ахметов</p>\";</script>Иванова",
                "Иванова",
            ),
            ("<script>a</SCRIPT >b<style>p { }</style>", "b"),
            (
                "<!DOCTYPE html><style>p{}</style><!-- Ахметов --><![CDATA[Ахметов]]><?xml x?>Иванова",
                // A comment is not shown but is published: scanned on a line of its own.
                "Ахметов \nИванова",
            ),
            ("<a href=\"Ахметов.html\" class=x>Иванова</a>", "Иванова"),
            ("<!---->a<!-->b<!--->c<!-- x --!>d", "abc\nx \nd"),
            // A stray `<` is text.
            ("a < b, c <1 </>d", "a < b, c <1 d"),
            // Shown attribute values are lines of their own.
            (
                "Судья <abbr title=\"Ахметов С.Б.\">А.С.Б.</abbr>",
                "Судья \nАхметов С.Б.\nА.С.Б.",
            ),
            ("<img alt='Иванова А.К.' src=x.png>", "Иванова А.К."),
            ("<img alt=Иванова&amp;Ко>", "Иванова&Ко"),
            (
                "<meta name=\"Author\" content=\"Ахметов С.Б.\"><meta http-equiv=\"Content-Type\" content=\"text/html\">",
                "Ахметов С.Б.",
            ),
            // Word's HTML export.
            (
                "<p class=MsoNormal>Судья<o:p></o:p> <st1:PersonName w:st=\"on\">Ахметов</st1:PersonName></p><![if !supportLists]>1.<![endif]>",
                "Судья Ахметов\n1.",
            ),
            (
                "<!--[if gte mso 9]><xml><w:Author>Ахметов</w:Author></xml><![endif]-->x",
                // Word's document properties in a conditional comment: scanned.
                "[if gte mso 9]><xml><w:Author>Ахметов</w:Author></xml><![endif]\nx",
            ),
            // Unterminated constructs end at the end of the file.
            ("a<!-- Ахметов", "a\nАхметов"),
            ("a<b title='Ахметов", "a\nАхметов"),
        ];
        for (html, text) in cases {
            let d = doc(html);
            assert_eq!(d.text(), *text, "{html}");
            assert_eq!(d.write(&[]).unwrap(), html.as_bytes(), "{html}: identity");
        }
    }

    #[test]
    fn edits_rewrite_only_their_text() {
        let cases: &[(&str, &str, &str, &str)] = &[
            // Inside one text node: exactly the bytes of the span.
            (
                "<p class=x>Подсудимый Ахметов, ИИН</p>",
                "Ахметов",
                "[ФИО1]",
                "<p class=x>Подсудимый [ФИО1], ИИН</p>",
            ),
            // Over inline tags: the replacement in the first node, the rest
            // of the covered text removed, tags kept.
            (
                "<p>Подсудимый <b>Ахметов</b> <i>С.Б.</i>, ИИН</p>",
                "Ахметов С.Б.",
                "[ФИО1]",
                "<p>Подсудимый <b>[ФИО1]</b><i></i>, ИИН</p>",
            ),
            (
                "<p>Ахм<span>етов</span> осужден</p>",
                "Ахметов",
                "[ФИО1]",
                "<p>[ФИО1]<span></span> осужден</p>",
            ),
            // Over a block break.
            (
                "<td>Ахметов</td><td>Серик</td>",
                "Ахметов\nСерик",
                "[ФИО1]",
                "<td>[ФИО1]</td><td></td>",
            ),
            // Over character references and source line breaks.
            (
                "<p>Ахметов&nbsp;С.Б. осужден</p>",
                "Ахметов\u{A0}С.Б.",
                "[ФИО1]",
                "<p>[ФИО1] осужден</p>",
            ),
            ("<p>&#1040;хметов</p>", "Ахметов", "[ФИО1]", "<p>[ФИО1]</p>"),
            (
                "<p>Ахметов\r\nСерик</p>",
                "Ахметов Серик",
                "[ФИО1]",
                "<p>[ФИО1]</p>",
            ),
            (
                "<title>Ахметов</title>",
                "Ахметов",
                "[ФИО1]",
                "<title>[ФИО1]</title>",
            ),
            // Replacements are escaped.
            (
                "<p>Ахметов</p>",
                "Ахметов",
                "<b>&\"",
                "<p>&lt;b&gt;&amp;\"</p>",
            ),
            // Attribute values: escaped for the attribute, quoted if bare.
            (
                "<img alt=\"Ахметов С.Б.\" src=a.png>",
                "Ахметов С.Б.",
                "[ФИО1] \"x\" 'y'",
                "<img alt=\"[ФИО1] &quot;x&quot; &#39;y&#39;\" src=a.png>",
            ),
            (
                "<img alt=Ахметов src=a.png>",
                "Ахметов",
                "[ФИО 1]",
                "<img alt=\"[ФИО 1]\" src=a.png>",
            ),
            (
                "<img alt=Ахметов src=a.png>",
                "Ахметов",
                "",
                "<img alt=\"\" src=a.png>",
            ),
            (
                "<abbr title='Иванова'>И.</abbr>",
                "Иванова",
                "[ФИО2]",
                "<abbr title='[ФИО2]'>И.</abbr>",
            ),
            // A literal `<` or `&` before an edit never becomes markup.
            ("<p>a <Жb</p>", "Ж", "", "<p>a &lt;b</p>"),
            // A comment's content is replaced inside the comment.
            (
                "<p>x</p><!-- автор: Ахметов С.Б. --><p>y</p>",
                "Ахметов С.Б.",
                "[ФИО1]",
                "<p>x</p><!-- автор: [ФИО1] --><p>y</p>",
            ),
            ("<p>a <Ж/b</p>", "Ж", "[ФИО1]", "<p>a &lt;[ФИО1]/b</p>"),
            ("<p>&amxp;</p>", "x", "", "<p>&amp;amp;</p>"),
        ];
        for (html, needle, with, expected) in cases {
            let out = replace(html, needle, with);
            assert_eq!(out, *expected, "{html}");
            let again = doc(&out);
            let mut text = doc(html).text().to_string();
            if let Some(at) = text.find(needle) {
                text.replace_range(at..at + needle.len(), with);
            }
            if !needle.contains('\n') {
                assert_eq!(again.text(), text, "{html}: scanned text of the output");
            }
        }
    }

    #[test]
    fn several_edits_and_bad_edits() {
        let html = "<p>Ахметов С.Б. и <i>Иванова А.К.</i></p>\n<p>ИИН 850101300123</p>";
        let d = doc(html);
        let e = |needle: &str, with: &str| {
            let at = d.text().find(needle).unwrap();
            Edit {
                range: at..at + needle.len(),
                text: with.to_string(),
            }
        };
        let out = d
            .write(&[
                e("Ахметов С.Б.", "[ФИО1]"),
                e("Иванова А.К.", "[ФИО2]"),
                e("850101300123", "[ИИН]"),
            ])
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<p>[ФИО1] и <i>[ФИО2]</i></p>\n<p>ИИН [ИИН]</p>"
        );
        let unsorted = [e("Иванова", "x"), e("Ахметов", "y")];
        assert_eq!(d.write(&unsorted).unwrap_err().reason, "edit out of range");
        let inside_char = Edit {
            range: 4..5,
            text: String::new(),
        };
        assert!(d.write(&[inside_char]).is_err());
        // An insertion goes before the char at its offset.
        let at = d.text().find("Иванова").unwrap();
        let out = d
            .write(&[Edit {
                range: at..at,
                text: "<>".to_string(),
            }])
            .unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .contains("<i>&lt;&gt;Иванова")
        );
    }

    #[test]
    fn encodings_are_kept() {
        let html = "<meta charset=windows-1251><p>Подсудимый <b>Ахметов</b></p>\r\n";
        let bytes = Encoding::Windows1251.encode(html).unwrap();
        let d = read(bytes.clone()).unwrap();
        assert_eq!(d.encoding_name(), "windows-1251");
        assert_eq!(d.text(), "Подсудимый Ахметов");
        assert_eq!(d.write(&[]).unwrap(), bytes);
        let at = d.text().find("Ахметов").unwrap();
        let out = d
            .write(&[Edit {
                range: at..at + "Ахметов".len(),
                text: "Әлиев [ФИО1]".to_string(),
            }])
            .unwrap();
        // Kazakh letters become references; the rest stays Windows-1251.
        let expected = html.replace("Ахметов", "&#1240;лиев [ФИО1]");
        assert_eq!(out, Encoding::Windows1251.encode(&expected).unwrap());
        assert_eq!(read(out).unwrap().text(), "Подсудимый Әлиев [ФИО1]");

        for enc in [Encoding::Utf8Bom, Encoding::Utf16Le, Encoding::Utf16Be] {
            let bytes = enc.encode(html).unwrap();
            let d = read(bytes.clone()).unwrap();
            assert_eq!(d.encoding_name(), enc.name());
            assert_eq!(d.write(&[]).unwrap(), bytes);
            let out = d
                .write(&[Edit {
                    range: at..at + "Ахметов".len(),
                    text: "Әлиев".to_string(),
                }])
                .unwrap();
            assert_eq!(out, enc.encode(&html.replace("Ахметов", "Әлиев")).unwrap());
        }
    }

    #[test]
    fn other_cyrillic_charsets_are_refused() {
        let mut bytes = b"<meta charset=\"koi8-r\"><p>".to_vec();
        bytes.extend_from_slice(&encoding_rs::KOI8_R.encode("Ахметов").0);
        let err = read(bytes).unwrap_err();
        assert_eq!(
            err.reason,
            "declared charset KOI8-R is not supported (UTF-8, UTF-16 and windows-1251 are)"
        );
        // Valid UTF-8 is UTF-8 whatever the declaration says.
        let d = doc("<meta http-equiv=Content-Type content=\"text/html; charset=koi8-r\">Ахметов");
        assert_eq!(d.text(), "Ахметов");
        assert!(read(b"<p>\0</p>".to_vec()).is_err());
        assert_eq!(
            declared_charset(b"<meta content='text/html; charset = Windows-1251'>"),
            Some(encoding_rs::WINDOWS_1251)
        );
    }

    #[test]
    fn locates_in_the_source() {
        let html = "<html>\n<p>Суд</p>\n<p><b>Ахметов</b> &amp; С.Б.</p>";
        let d = doc(html);
        assert_eq!(d.text(), "Суд\nАхметов & С.Б.");
        let at = |s: &str| d.text().find(s).unwrap();
        for (offset, line, column) in [
            (at("Суд"), 2, 4),
            (at("Ахметов"), 3, 7),
            (at("метов"), 3, 9),
            (at("&"), 3, 19),
            (at("С.Б."), 3, 25),
            (at("Суд") + "Суд".len(), 2, 7), // the break: before `</p>`
            (d.text().len(), 3, 29),         // after the last text
        ] {
            let loc = d.locate(offset);
            assert_eq!((loc.line, loc.column), (line, column), "offset {offset}");
        }
    }

    /// Pieces of HTML to build documents from.
    const FRAGMENTS: &[&str] = &[
        "Ахметов",
        "Серик Болатович",
        "Иванова А.К.",
        " ",
        "\r\n",
        "\n",
        "&nbsp;",
        "&amp;",
        "&#1040;",
        "&laquo;",
        "AT&T",
        "a < b",
        "<b>",
        "</b>",
        "<span class=\"x\">",
        "</span>",
        "<i>",
        "</i>",
        "<font face=Arial>",
        "</font>",
        "<o:p></o:p>",
        "<p>",
        "</p>",
        "<p class=MsoNormal>",
        "<br>",
        "<td>",
        "</td>",
        "<div>",
        "</div>",
        "<pre>",
        "</pre>",
        "<!-- Ахметов -->",
        "<script>if (a<b) x='</p>';</script>",
        "<style>p { color: red }</style>",
        "<img alt=\"Ахметов С.Б.\" src=a.png>",
        "<abbr title=Иванова>",
        "</abbr>",
        "<a title='x &amp; y' href=\"/Ахметов\">",
        "</a>",
        "<![if !supportLists]>",
        "<![endif]>",
        "<!DOCTYPE html>",
        "<title>Дело</title>",
    ];

    /// The markup of a document: comments and tags with their attributes,
    /// the shown attribute values left out.
    fn skeleton(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(p) = src[i..].find('<') {
            let j = i + p;
            i = j + 1;
            match markup(src, j) {
                Some(Markup::Skip(end)) => {
                    out.push(src[j..end].to_string());
                    i = end;
                }
                // A comment's content is scanned text: only the comment counts.
                Some(Markup::Comment(_, end)) => {
                    out.push("<!---->".to_string());
                    i = end;
                }
                Some(Markup::Start(tag) | Markup::End(tag)) => {
                    let shown = shown_values(&tag, src);
                    let mut s = tag.name.clone();
                    for a in &tag.attrs {
                        s.push(' ');
                        s.push_str(&a.name);
                        if let Some((r, _)) = &a.value
                            && !shown.iter().any(|(v, _)| v == r)
                        {
                            s.push_str(&src[r.clone()]);
                        }
                    }
                    out.push(s);
                    i = tag.end;
                    if RAW_TEXT.contains(&tag.name.as_str()) {
                        i = find_close(src.as_bytes(), i, &tag.name);
                    }
                }
                None => {}
            }
        }
        out
    }

    proptest! {
        #![proptest_config(proptest_config(256))]

        /// HTML built from fragments writes back byte for byte in every
        /// encoding, and an edit anywhere keeps every tag and the encoding.
        #[test]
        fn html_round_trips(
            parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..30),
            enc in prop_oneof![
                Just(Encoding::Utf8),
                Just(Encoding::Utf8Bom),
                Just(Encoding::Utf16Le),
                Just(Encoding::Utf16Be),
                Just(Encoding::Windows1251),
            ],
            a in any::<prop::sample::Index>(),
            b in any::<prop::sample::Index>(),
            with in prop::sample::select(&["[ФИО1]", "", "***", "Әлиев <&>", "x y"][..]),
        ) {
            let html = parts.concat();
            let bytes = enc.encode(&html).unwrap();
            let d = read(bytes.clone()).unwrap();
            prop_assert_eq!(d.write(&[]).unwrap(), bytes);

            let text = d.text();
            let snap = |i: prop::sample::Index| {
                let mut at = i.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let (start, end) = (snap(a).min(snap(b)), snap(a).max(snap(b)));
            let out = d
                .write(&[Edit { range: start..end, text: with.to_string() }])
                .unwrap();
            let ascii = out.is_ascii();
            let again = read(out).unwrap();
            if !ascii {
                prop_assert_eq!(again.encoding_name(), d.encoding_name());
            }
            if !(html.is_ascii() && enc == Encoding::Windows1251) {
                prop_assert_eq!(d.encoding_name(), enc.name());
            }
            prop_assert_eq!(skeleton(&again.source), skeleton(&d.source));
            // The text before the edit is kept, and the replacement is there.
            prop_assert!(again.text().starts_with(text[..start].trim_end()));
            prop_assert!(again.text().contains(with), "{:?} in {:?}", with, again.text());
        }

        /// Arbitrary text never panics the tokenizer, and reads back.
        #[test]
        fn any_text(html in "[<>/!a-z=\"' &#;0-9Ах\\-\\[\\]\n]{0,60}") {
            let d = doc(&html);
            prop_assert_eq!(d.write(&[]).unwrap(), html.as_bytes());
            for i in 0..=d.text().len() {
                let _ = d.locate(i);
            }
            let out = d.write(&[Edit { range: 0..d.text().len(), text: "[ФИО1]".into() }]).unwrap();
            prop_assert_eq!(skeleton(&String::from_utf8(out).unwrap()), skeleton(&html));
        }
    }
}
