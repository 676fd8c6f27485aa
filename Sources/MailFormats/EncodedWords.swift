/// RFC 2047 encoded-words, `=?charset?B|Q?text?=`, as found in subjects, display names and (though the RFC
/// forbids it, many mailers do it) quoted file names.
enum EncodedWords {
    /// One encoded-word, decoded to bytes.
    private struct Word {
        var charset: String
        var bytes: [UInt8]
        /// The index just past the word's `?=`.
        var end: String.UnicodeScalarView.Index
    }

    /// `text` with every well-formed encoded-word decoded. White space between adjacent encoded-words is
    /// dropped, and adjacent words in the same charset are decoded together (a character may be split across
    /// them). A malformed word, or one in an unknown charset, is left as it is.
    static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let scalars = text.unicodeScalars
        var output = ""
        var pending: (charset: String, bytes: [UInt8])?
        var gap = "" // White space seen since the last encoded-word; dropped if another word follows.
        var index = scalars.startIndex
        func flush() {
            if let word = pending { output += MailCharset.decode(word.bytes, charsetName: word.charset).text }
            pending = nil
        }
        while index < scalars.endIndex {
            if let word = Self.word(in: scalars, at: index), MailCharset(name: word.charset) != nil {
                if let current = pending, current.charset.lowercased() != word.charset.lowercased() { flush() }
                if pending == nil { pending = (word.charset, []) }
                pending?.bytes += word.bytes
                gap = ""
                index = word.end
                continue
            }
            let scalar = scalars[index]
            if pending != nil, scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                gap.unicodeScalars.append(scalar)
            } else {
                flush()
                output += gap
                gap = ""
                output.unicodeScalars.append(scalar)
            }
            index = scalars.index(after: index)
        }
        flush()
        return output + gap
    }

    /// The encoded-word starting at `start`, if one does.
    private static func word(in scalars: String.UnicodeScalarView, at start: String.UnicodeScalarView.Index) -> Word? {
        guard scalars[start...].starts(with: "=?".unicodeScalars) else { return nil }
        var index = scalars.index(start, offsetBy: 2)
        var fields: [String] = [""]
        while index < scalars.endIndex, fields.count <= 3 {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" { return nil }
            if scalar == "?" {
                if fields.count == 3 {
                    let next = scalars.index(after: index)
                    guard next < scalars.endIndex, scalars[next] == "=" else { return nil }
                    guard let bytes = decodeText(fields[2], encoding: fields[1]), !fields[0].isEmpty else { return nil }
                    return Word(charset: fields[0], bytes: bytes, end: scalars.index(after: next))
                }
                fields.append("")
            } else {
                fields[fields.count - 1].unicodeScalars.append(scalar)
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    private static func decodeText(_ text: String, encoding: String) -> [UInt8]? {
        switch encoding {
        case "B", "b":
            return try? Base64.decode(Array(text.utf8))
        case "Q", "q":
            var bytes: [UInt8] = []
            var iterator = Array(text.utf8).makeIterator()
            while let byte = iterator.next() {
                switch byte {
                case UInt8(ascii: "_"): bytes.append(32)
                case UInt8(ascii: "="):
                    guard let high = iterator.next(), let low = iterator.next(),
                          let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                    else { return nil }
                    bytes.append(value)
                default: bytes.append(byte)
                }
            }
            return bytes
        default:
            return nil
        }
    }

    /// `text` as UTF-8 B-encoded words of at most 64 characters each (RFC 2047 allows 75; characters are never
    /// split between words); ASCII text without `=?` is returned as it is.
    static func encode(_ text: String) -> [String] {
        guard needsEncoding(text) else { return [text] }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // 39 bytes → 52 base64 characters + 12 = 64, so `Subject: ` and one word fit in 78 characters.
            if chunk.count + bytes.count > 39, !chunk.isEmpty {
                words.append("=?utf-8?b?\(Base64.encode(chunk))?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?b?\(Base64.encode(chunk))?=") }
        return words
    }

    /// Whether `text` cannot go into a header as it is: non-ASCII, a control character, or something that
    /// would read as an encoded-word.
    static func needsEncoding(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value > 0x7E || ($0.value < 0x20 && $0 != "\t") } || text.contains("=?")
    }
}
