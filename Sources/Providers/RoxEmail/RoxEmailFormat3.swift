import SMSDomain

/// Format 3, `smsmail@mail.completesms.net`: `X-Cellphone:` lines with no blank line between them,
/// exactly one blank line, then 1–765 characters of text.
enum RoxEmailFormat3 {
    static let maximumCharacters = 765

    static func interpret(body: String, plan: NationalNumberingPlan) throws(RoxEmailRefusal) -> RoxEmailInterpretation {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let first = lines.first, first.trimmed.isEmpty { lines = lines.dropFirst() }
        // Trailing blank lines carry no text. One is kept, so that "numbers, a blank line, nothing" reads as an empty text.
        while let last = lines.last, last.trimmed.isEmpty { lines = lines.dropLast() }
        lines.append("")
        var numbers: [String] = []
        while let line = lines.first, let number = cellphone(line) {
            if number.lowercased().contains("x-cellphone:") {
                // The document's table shows the whole body on one line; its example, one number a line.
                throw .content("Format 3: put each X-Cellphone: <number> on a line of its own, then one blank line, then the message, as the document's example does")
            }
            numbers.append(number)
            lines = lines.dropFirst()
        }
        guard !numbers.isEmpty else { throw .content("Format 3: the body must start with X-Cellphone: <number> lines") }
        guard let separator = lines.first, separator.trimmed.isEmpty else {
            let found = lines.first.map { "\"\($0.trimmed)\"" } ?? "the end of the body"
            throw .content("Format 3: exactly one blank line must follow the X-Cellphone lines; found \(found)")
        }
        lines = lines.dropFirst()
        if let next = lines.first, next.trimmed.isEmpty {
            let rest = lines.drop { $0.trimmed.isEmpty }
            if let following = rest.first, cellphone(following) != nil {
                throw .content("Format 3: there must be no blank lines between cell phone numbers")
            }
            throw .content("Format 3: exactly one blank line must separate the cell phone list from the message; found more")
        }
        if lines.contains(where: { cellphone($0) != nil }) {
            throw .content("Format 3: there must be no blank lines between cell phone numbers")
        }
        let text = lines.joined(separator: "\n").trimmed
        let length = text.unicodeScalars.count
        guard (1...maximumCharacters).contains(length) else {
            throw .content("Format 3: the message text must be between 1 and \(maximumCharacters) characters; it has \(length)")
        }
        var interpretation = RoxEmailInterpretation()
        for raw in numbers {
            guard let number = RoxEmailNumber.parse(raw, plan: plan) else {
                throw .content("Format 3: X-Cellphone \(raw) is not a mobile number")
            }
            interpretation.messages.append(RoxEmailSMS(to: number, text: text, details: ["format": "3"]))
        }
        return interpretation
    }

    /// The number on an `X-Cellphone:` line (case-insensitive, spaces optional), or nil.
    static func cellphone(_ line: String) -> String? {
        let trimmed = line.trimmed
        guard trimmed.lowercased().hasPrefix("x-cellphone:") else { return nil }
        return String(trimmed.dropFirst("x-cellphone:".count)).trimmed
    }
}
