/// Reads SMTP replies as a client receives them (RFC 5321 §4.2): `250-…` continuation lines up to the
/// `250 …` last line, the enhanced status code (RFC 2034) split off when every line carries it.
enum SMTPReplyParser {
    /// The longest reply accepted; a server sending more is broken or hostile.
    static let maxReplyBytes = 64 * 1024

    /// Why bytes are not an SMTP reply.
    struct Malformed: Error, Equatable {
        var reason: String
    }

    /// Parses the first complete reply in `bytes`; returns it and how many bytes it used, or nil when more
    /// bytes are needed. Lines may end in CRLF or a bare LF.
    static func parse(_ bytes: [UInt8]) throws(Malformed) -> (reply: SMTPReply, consumed: Int)? {
        var lines: [(code: Int, text: String)] = []
        var start = 0
        while let newline = bytes[start...].firstIndex(of: 10) {
            var end = newline
            if end > start, bytes[end - 1] == 13 { end -= 1 }
            let line = Array(bytes[start..<end])
            start = newline + 1
            guard line.count >= 3, line[0..<3].allSatisfy({ (48...57).contains($0) }) else {
                throw Malformed(reason: "reply line does not start with a three-digit code: \(String(decoding: line.prefix(80), as: UTF8.self))")
            }
            let code = Int(String(decoding: line[0..<3], as: UTF8.self)) ?? 0
            if let previous = lines.last?.code, previous != code {
                throw Malformed(reason: "reply lines carry different codes, \(previous) and \(code)")
            }
            let separator = line.count > 3 ? line[3] : UInt8(ascii: " ")
            guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else {
                throw Malformed(reason: "reply code \(code) is followed by neither a space nor a hyphen")
            }
            lines.append((code, String(decoding: line.dropFirst(4), as: UTF8.self)))
            if separator == UInt8(ascii: " ") { return (reply(code: code, texts: lines.map(\.text)), start) }
        }
        guard bytes.count <= maxReplyBytes else { throw Malformed(reason: "reply longer than \(maxReplyBytes) bytes") }
        return nil
    }

    /// Builds a reply, splitting off an enhanced status code whose class matches `code` when the first line has one.
    static func reply(code: Int, texts: [String]) -> SMTPReply {
        guard let first = texts.first, let status = enhancedStatus(prefixing: first), status.first == String(code / 100).first else {
            return SMTPReply(code: code, lines: texts)
        }
        let lines = texts.map { text -> String in
            guard text.hasPrefix(status) else { return text }
            return String(text.dropFirst(status.count).drop { $0 == " " })
        }
        return SMTPReply(code: code, enhancedStatus: status, lines: lines)
    }

    /// The `class.subject.detail` code at the start of `text` (followed by a space or the end), if any.
    private static func enhancedStatus(prefixing text: String) -> String? {
        let token = text.prefix { $0 != " " }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, ["2", "4", "5"].contains(parts[0]),
              parts[1...].allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy { ("0"..."9").contains($0) } })
        else { return nil }
        return String(token)
    }
}
