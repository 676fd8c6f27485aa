/// One SMTP reply: a three-digit code, an optional RFC 3463 enhanced status code, and one or more lines of text.
///
/// Encoded as `250-first line` … `250 last line`, the enhanced code (when present) repeated on every line as
/// RFC 2034 asks: `550-5.1.1 first`, `550 5.1.1 last`.
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    /// The reply code, 200–599 (`250`, `354`, `550`…).
    public var code: Int
    /// The enhanced status code such as `2.0.0` or `5.1.1`, or nil for replies without one (greeting, EHLO).
    public var enhancedStatus: String?
    /// The text lines, without the code; at least one (possibly empty).
    public var lines: [String]

    /// Creates a reply. Empty `lines` become one empty line; line breaks inside a line start new lines.
    public init(code: Int, enhancedStatus: String? = nil, lines: [String]) {
        self.code = code
        self.enhancedStatus = enhancedStatus
        guard lines.contains(where: Self.mayHoldLineBreak) else {
            self.lines = lines.isEmpty ? [""] : lines
            return
        }
        let split = lines.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init) }
        self.lines = split.isEmpty ? [""] : split
    }

    /// False when the line has no newline character for certain: none of LF, VT, FF, CR, and none of the
    /// lead bytes of NEL (U+0085), LS (U+2028) and PS (U+2029). Checking bytes is much cheaper than
    /// splitting by `Character`, which every reply would otherwise pay.
    private static func mayHoldLineBreak(_ line: String) -> Bool {
        line.utf8.contains { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// Creates a one-line reply (a line break in `text` makes it multi-line).
    public init(code: Int, enhancedStatus: String? = nil, text: String) {
        self.init(code: code, enhancedStatus: enhancedStatus, lines: [text])
    }

    /// `250 2.0.0 <text>`: the requested action was completed.
    public static func ok(_ text: String = "OK") -> SMTPReply {
        SMTPReply(code: 250, enhancedStatus: "2.0.0", text: text)
    }

    /// `550 5.1.1 <text>`: the mailbox does not exist or is not accepted here.
    public static func mailboxUnavailable(_ text: String = "Mailbox unavailable") -> SMTPReply {
        SMTPReply(code: 550, enhancedStatus: "5.1.1", text: text)
    }

    /// `554 5.7.1 <text>`: the message or sender is refused by policy (authentication, content).
    public static func rejected(_ text: String) -> SMTPReply {
        SMTPReply(code: 554, enhancedStatus: "5.7.1", text: text)
    }

    /// `451 4.3.0 <text>`: a temporary local failure; the client may try again later.
    public static func temporaryFailure(_ text: String) -> SMTPReply {
        SMTPReply(code: 451, enhancedStatus: "4.3.0", text: text)
    }

    /// Whether the code is 2xx (done) or 3xx (go on, e.g. `354` after DATA).
    public var isPositive: Bool { (200..<400).contains(code) }

    /// Whether the code is 4xx: a transient failure.
    public var isTransientFailure: Bool { (400..<500).contains(code) }

    /// Whether the code is 5xx: a permanent failure.
    public var isPermanentFailure: Bool { (500..<600).contains(code) }

    /// The lines joined with line feeds, without codes.
    public var text: String { lines.joined(separator: "\n") }

    /// The reply as it appears on the wire, without the final CRLF and with lines separated by ` / `.
    public var description: String {
        lines.map { line in
            [String(code), enhancedStatus, line.isEmpty ? nil : line].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: " / ")
    }

    /// The reply's bytes on the wire, every line ending in CRLF. Stray CR or LF characters are dropped.
    public var encoded: [UInt8] {
        var bytes: [UInt8] = []
        let codeText = Array(String(code).utf8)
        let lines = self.lines.isEmpty ? [""] : self.lines
        for (index, line) in lines.enumerated() {
            bytes += codeText
            bytes.append(index == lines.count - 1 ? UInt8(ascii: " ") : UInt8(ascii: "-"))
            var rest: [UInt8] = []
            if let enhancedStatus { rest += Array(enhancedStatus.utf8) }
            if !line.isEmpty {
                if !rest.isEmpty { rest.append(UInt8(ascii: " ")) }
                rest += line.utf8.filter { $0 != 13 && $0 != 10 }
            }
            if rest.isEmpty, index == lines.count - 1 { bytes.removeLast() } // `250` alone, no trailing space.
            bytes += rest
            bytes += [13, 10]
        }
        return bytes
    }
}
