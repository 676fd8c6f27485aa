/// The argument of `MAIL FROM:<path> [parameters]` or `RCPT TO:<path> [parameters]` (RFC 5321 §4.1.2),
/// parsed: the mailbox without angle brackets or source route, and the ESMTP `KEYWORD[=value]` parameters.
struct SMTPPathArgument: Equatable {
    /// Why an argument was refused, as the reply to send.
    struct Refusal: Error, Equatable {
        var reply: SMTPReply
    }

    /// One ESMTP parameter; the keyword upper-cased.
    struct Parameter: Equatable {
        var keyword: String
        var value: String?
    }

    /// The mailbox, e.g. `user@example.com`; empty for the null reverse-path `<>`.
    var address: String
    var parameters: [Parameter]

    /// Parses `argument` after the command verb, e.g. `FROM:<a@b> SIZE=10`.
    ///
    /// - Parameters:
    ///   - keyword: `FROM` or `TO`.
    ///   - isSender: `MAIL` allows the null path `<>`; `RCPT` allows a bare `<postmaster>` instead.
    init(_ argument: String, keyword: String, isSender: Bool) throws(Refusal) {
        // The refusals are made only when thrown: a reply costs more than parsing a good argument.
        func usage() -> Refusal {
            Refusal(reply: SMTPReply(
                code: 501, enhancedStatus: "5.5.4", text: isSender ? "Syntax: MAIL FROM:<address>" : "Syntax: RCPT TO:<address>"
            ))
        }
        func badAddress() -> Refusal {
            Refusal(reply: SMTPReply(
                code: 501, enhancedStatus: isSender ? "5.1.7" : "5.1.3",
                text: isSender ? "Bad sender address syntax" : "Bad recipient address syntax"
            ))
        }
        // Walked as scalars by index; slices of the view become Strings by copying bytes.
        let scalars = argument.unicodeScalars
        let prefix = keyword + ":"
        guard let prefixEnd = scalars.index(scalars.startIndex, offsetBy: prefix.unicodeScalars.count, limitedBy: scalars.endIndex),
              prefixEnd < scalars.endIndex,
              String(scalars[..<prefixEnd]).uppercased() == prefix
        else { throw usage() }
        var index = prefixEnd
        while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) } // `FROM: <a@b>` is tolerated.
        guard index < scalars.endIndex, scalars[index] == "<", let close = Self.closingBracket(scalars, after: index) else { throw usage() }
        var path = String(scalars[scalars.index(after: index)..<close])
        if path.hasPrefix("@") { // A source route, `@relay,@relay:user@domain`, is to be ignored (RFC 5321 §4.1.1.3).
            guard let colon = path.firstIndex(of: ":") else { throw badAddress() }
            path = String(path[path.index(after: colon)...])
        }
        if path.isEmpty {
            guard isSender else { throw badAddress() }
        } else if !(isSender == false && path.lowercased() == "postmaster") {
            guard Self.isMailbox(path) else { throw badAddress() }
        }
        address = path
        parameters = []
        let rest = String(scalars[scalars.index(after: close)...])
        guard rest.isEmpty || rest.hasPrefix(" ") else { throw usage() }
        for token in rest.split(separator: " ") {
            parameters.append(try Self.parameter(String(token)))
        }
    }

    /// The index of the `>` closing the path opened at `open`, skipping quoted strings.
    private static func closingBracket(_ scalars: String.UnicodeScalarView, after open: String.Index) -> String.Index? {
        var index = scalars.index(after: open), quoted = false
        while index < scalars.endIndex {
            switch scalars[index] {
            case "\\" where quoted:
                index = scalars.index(after: index)
                guard index < scalars.endIndex else { return nil }
            case "\"": quoted.toggle()
            case ">" where !quoted: return index
            default: break
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    /// Whether `path` is `local-part@domain`: a dot-string or quoted local part, a domain or address literal.
    /// Underscores are allowed in domain labels, as DNS and real mail servers allow them (`your_domain.com`).
    static func isMailbox(_ path: String) -> Bool {
        if let ascii = isASCIIMailbox(path) { return ascii }
        guard let at = path.lastIndex(of: "@") else { return false }
        let local = path[..<at], domain = path[path.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { return false }
        let localOK: Bool
        if local.hasPrefix("\""), local.hasSuffix("\""), local.count >= 2 {
            localOK = local.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        } else {
            localOK = local.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !isSpecial($0) }
                && !local.hasPrefix(".") && !local.hasSuffix(".") && !local.contains("..")
        }
        let domainOK: Bool
        if domain.hasPrefix("["), domain.hasSuffix("]") {
            domainOK = domain.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
        } else {
            domainOK = domain.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
                !label.isEmpty && label.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0.value >= 0x80
                }
            }
        }
        return localOK && domainOK
    }

    /// RFC 5322 specials (and space), which a dot-string local part may not hold.
    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", "(", ")", "[", "]", "\\", ",", ";", ":", "\"", "@", " ": true
        default: false
        }
    }

    /// ``isMailbox(_:)`` for an all-ASCII path, read as bytes (the usual case); nil for any other path.
    /// For ASCII, characters are bytes (CR LF, the one two-byte character, is refused either way) and
    /// the alphabetic scalars are the letters, so the answer is the general one's.
    private static func isASCIIMailbox(_ path: String) -> Bool? {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let bytes = Array(utf8)
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at], domain = bytes[(at + 1)...]
        guard !local.isEmpty, !domain.isEmpty else { return false }
        let quote = UInt8(ascii: "\""), dot = UInt8(ascii: ".")
        let localOK: Bool
        if local.count >= 2, local.first == quote, local.last == quote {
            localOK = local.allSatisfy { $0 >= 0x20 && $0 != 0x7F }
        } else {
            localOK = local.allSatisfy { $0 > 0x20 && $0 != 0x7F && !isSpecial(Unicode.Scalar($0)) }
                && local.first != dot && local.last != dot
                && !zip(local, local.dropFirst()).contains { $0 == dot && $1 == dot }
        }
        let domainOK: Bool
        if domain.first == UInt8(ascii: "["), domain.last == UInt8(ascii: "]") {
            domainOK = domain.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        } else {
            domainOK = domain.split(separator: dot, omittingEmptySubsequences: false).allSatisfy { label in
                !label.isEmpty && label.allSatisfy { byte in
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                         UInt8(ascii: "-"), UInt8(ascii: "_"): true
                    default: false
                    }
                }
            }
        }
        return localOK && domainOK
    }

    /// Parses `KEYWORD[=value]` (RFC 5321 §4.1.2 esmtp-param).
    private static func parameter(_ token: String) throws(Refusal) -> Parameter {
        let parts = token.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let keyword = parts[0]
        let keywordOK = !keyword.isEmpty && keyword.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        } && !keyword.hasPrefix("-")
        var value: String?
        if parts.count == 2 {
            value = String(parts[1])
            let valueOK = !parts[1].isEmpty && parts[1].unicodeScalars.allSatisfy { (33...126).contains($0.value) && $0 != "=" }
            guard valueOK else { throw Refusal(reply: badParameter(token)) }
        }
        guard keywordOK else { throw Refusal(reply: badParameter(token)) }
        return Parameter(keyword: keyword.uppercased(), value: value)
    }

    private static func badParameter(_ token: String) -> SMTPReply {
        SMTPReply(code: 501, enhancedStatus: "5.5.4", text: "Bad parameter syntax: \(SMTPCommand.printable(token))")
    }
}
