/// A structured MIME header value such as `text/plain; charset="utf-8"` or `attachment; filename*=utf-8''a%20b`:
/// the leading value and its parameters (RFC 2045 §5.1, RFC 2183), with RFC 2231 extended and continued
/// parameters put back together and decoded.
struct MIMEHeaderValue: Equatable {
    /// The value before the first `;`, lower-cased and trimmed: `text/plain`, `attachment`.
    var value: String
    /// Parameters by lower-cased name, values unquoted and decoded.
    var parameters: [String: String]

    /// Parses `text`. Sloppy input is read as well as it can be: unquoted values with spaces, a missing `=`,
    /// comments in parentheses, an unterminated quoted string.
    init(_ text: String) {
        var scanner = Scanner(Array(text.unicodeScalars))
        value = scanner.readUntilSemicolon(strippingComments: true).lowercased()
        var raw: [(name: String, value: String)] = []
        while scanner.skip(";") {
            let name = scanner.readName().lowercased()
            guard !name.isEmpty else {
                _ = scanner.readUntilSemicolon()
                continue
            }
            guard scanner.skip("=") else {
                _ = scanner.readUntilSemicolon()
                continue
            }
            raw.append((name, scanner.readValue()))
        }
        parameters = Self.combine(raw)
    }

    /// Merges RFC 2231 sections (`name*0`, `name*1*`…) and decodes extended values (`name*=charset'lang'%XX`).
    /// An extended value wins over a plain one of the same name.
    private static func combine(_ raw: [(name: String, value: String)]) -> [String: String] {
        var plain: [String: String] = [:]
        var sections: [String: [(index: Int, value: String, encoded: Bool)]] = [:]
        for (name, value) in raw {
            guard let star = name.firstIndex(of: "*") else {
                if plain[name] == nil { plain[name] = value }
                continue
            }
            let base = String(name[..<star])
            var rest = name[name.index(after: star)...]
            let encoded = rest.hasSuffix("*") || rest.isEmpty
            if rest.hasSuffix("*") { rest = rest.dropLast() }
            let index = rest.isEmpty ? 0 : Int(rest) ?? -1
            guard index >= 0 else { continue }
            sections[base, default: []].append((index, value, encoded))
        }
        for (base, parts) in sections {
            let ordered = parts.sorted { $0.index < $1.index }
            var charset: String?
            var bytes: [UInt8] = []
            for (position, part) in ordered.enumerated() {
                guard part.encoded else {
                    bytes += Array(part.value.utf8)
                    continue
                }
                var text = Substring(part.value)
                if position == 0 {
                    let pieces = part.value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if pieces.count == 3 {
                        charset = String(pieces[0])
                        text = pieces[2]
                    }
                }
                bytes += percentDecoded(text)
            }
            plain[base] = MailCharset.decode(bytes, charsetName: charset ?? "utf-8").text
        }
        return plain
    }

    private static func percentDecoded(_ text: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }

    /// Reads the parts of a header value, skipping comments.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func skipSpaceAndComments() {
            while index < scalars.count {
                switch scalars[index] {
                case " ", "\t", "\r", "\n": index += 1
                case "(":
                    var depth = 0
                    while index < scalars.count {
                        if scalars[index] == "(" { depth += 1 }
                        if scalars[index] == ")" { depth -= 1 }
                        if scalars[index] == "\\" { index += 1 }
                        index += 1
                        if depth == 0 { break }
                    }
                default: return
                }
            }
        }

        /// Reads up to the next `;`. Comments are dropped from the leading value (`text/plain (comment)`) but
        /// kept in unquoted parameter values, where sloppy mailers put file names like `report(1).csv`.
        mutating func readUntilSemicolon(strippingComments: Bool = false) -> String {
            skipSpaceAndComments()
            var text = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != ";" {
                if strippingComments, scalars[index] == "(" {
                    skipSpaceAndComments()
                    continue
                }
                text.append(scalars[index])
                index += 1
            }
            return String(text).trimmed(of: " \t\r\n")
        }

        /// Skips white space, comments and then `delimiter`; false (nothing after the white space skipped)
        /// when `delimiter` is not next.
        mutating func skip(_ delimiter: Unicode.Scalar) -> Bool {
            skipSpaceAndComments()
            guard index < scalars.count, scalars[index] == delimiter else { return false }
            index += 1
            return true
        }

        mutating func readName() -> String {
            skipSpaceAndComments()
            var name = String.UnicodeScalarView()
            while index < scalars.count, !" \t\r\n=;(\"".unicodeScalars.contains(scalars[index]) {
                name.append(scalars[index])
                index += 1
            }
            return String(name)
        }

        mutating func readValue() -> String {
            skipSpaceAndComments()
            guard index < scalars.count, scalars[index] == "\"" else { return readUntilSemicolon() }
            index += 1
            var text = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != "\"" {
                if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                text.append(scalars[index])
                index += 1
            }
            index += 1 // The closing quote, if there is one.
            _ = readUntilSemicolon() // Anything after the quoted string up to the next parameter is ignored.
            return String(text)
        }
    }
}
