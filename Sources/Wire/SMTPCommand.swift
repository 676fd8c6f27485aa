/// One SMTP command line split into its verb and argument (RFC 5321 §4.1.1); the argument is checked later,
/// after the command's place in the dialogue, so a command out of sequence gets 503 before any 501.
struct SMTPCommand: Equatable {
    /// The command word, case-insensitive on the wire.
    enum Verb: Equatable {
        case ehlo, helo, mail, rcpt, data, rset, noop, quit, vrfy, help
        /// A command RFC 5321 or a common extension defines that this server does not implement (`502`).
        case notImplemented(String)
        /// Not an SMTP command at all (`500`).
        case unrecognized(String)
        /// An empty line (`500`).
        case empty
    }

    /// Commands known to SMTP and its extensions that the server answers with `502`.
    static let notImplementedVerbs: Set<String> = [
        "EXPN", "TURN", "ETRN", "ATRN", "SEND", "SOML", "SAML", "BDAT", "AUTH", "STARTTLS", "BURL", "XCLIENT", "XFORWARD",
    ]

    var verb: Verb
    /// What follows the verb, spaces trimmed at both ends; empty when there is nothing.
    var argument: String

    /// Splits `line` (without its line ending). Bytes that are not valid UTF-8 are replaced, never trusted.
    init(line: [UInt8]) {
        let text = String(decoding: line, as: UTF8.self)
        let trimmed = text.trimmingSMTPSpaces()
        let word = trimmed.prefix { $0 != " " && $0 != "\t" }
        argument = String(trimmed[word.endIndex...]).trimmingSMTPSpaces()
        let name = word.uppercased()
        switch name {
        case "": verb = .empty
        case "EHLO": verb = .ehlo
        case "HELO": verb = .helo
        case "MAIL": verb = .mail
        case "RCPT": verb = .rcpt
        case "DATA": verb = .data
        case "RSET": verb = .rset
        case "NOOP": verb = .noop
        case "QUIT": verb = .quit
        case "VRFY": verb = .vrfy
        case "HELP": verb = .help
        default:
            verb = Self.notImplementedVerbs.contains(name) ? .notImplemented(name) : .unrecognized(Self.printable(String(word)))
        }
    }

    /// `word` made safe to echo in a reply: at most 32 characters, controls and non-ASCII shown as `?`.
    static func printable(_ word: String) -> String {
        String(word.unicodeScalars.prefix(32).map { (0x20..<0x7F).contains($0.value) ? Character($0) : "?" })
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSMTPSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
