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
        let usage = Refusal(reply: SMTPReply(
            code: 501, enhancedStatus: "5.5.4", text: isSender ? "Syntax: MAIL FROM:<address>" : "Syntax: RCPT TO:<address>"
        ))
        let badAddress = Refusal(reply: SMTPReply(
            code: 501, enhancedStatus: isSender ? "5.1.7" : "5.1.3",
            text: isSender ? "Bad sender address syntax" : "Bad recipient address syntax"
        ))
        let scalars = Array(argument.unicodeScalars)
        let prefix = Array((keyword + ":").unicodeScalars)
        guard scalars.count > prefix.count,
              String(String.UnicodeScalarView(scalars[0..<prefix.count])).uppercased() == keyword + ":"
        else { throw usage }
        var index = prefix.count
        while index < scalars.count, scalars[index] == " " { index += 1 } // `FROM: <a@b>` is common; tolerated.
        guard index < scalars.count, scalars[index] == "<", let close = Self.closingBracket(scalars, after: index) else { throw usage }
        var path = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        if path.hasPrefix("@") { // A source route, `@relay,@relay:user@domain`, is to be ignored (RFC 5321 §4.1.1.3).
            guard let colon = path.firstIndex(of: ":") else { throw badAddress }
            path = String(path[path.index(after: colon)...])
        }
        if path.isEmpty {
            guard isSender else { throw badAddress }
        } else if !(isSender == false && path.lowercased() == "postmaster") {
            guard Self.isMailbox(path) else { throw badAddress }
        }
        address = path
        parameters = []
        let rest = String(String.UnicodeScalarView(scalars[(close + 1)...]))
        guard rest.isEmpty || rest.hasPrefix(" ") else { throw usage }
        for token in rest.split(separator: " ") {
            parameters.append(try Self.parameter(String(token)))
        }
    }

    /// The index of the `>` closing the path opened at `open`, skipping quoted strings.
    private static func closingBracket(_ scalars: [Unicode.Scalar], after open: Int) -> Int? {
        var index = open + 1, quoted = false
        while index < scalars.count {
            switch scalars[index] {
            case "\\" where quoted: index += 1
            case "\"": quoted.toggle()
            case ">" where !quoted: return index
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Whether `path` is `local-part@domain`: a dot-string or quoted local part, a domain or address literal.
    /// Underscores are allowed in domain labels, as DNS and real mail servers allow them (`your_domain.com`).
    static func isMailbox(_ path: String) -> Bool {
        guard let at = path.lastIndex(of: "@") else { return false }
        let local = path[..<at], domain = path[path.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { return false }
        let localOK: Bool
        if local.hasPrefix("\""), local.hasSuffix("\""), local.count >= 2 {
            localOK = local.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        } else {
            let specials: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", "\\", ",", ";", ":", "\"", "@", " "]
            localOK = local.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !specials.contains($0) }
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
