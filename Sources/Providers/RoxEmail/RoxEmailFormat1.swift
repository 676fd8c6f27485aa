import SMSDomain

/// Format 1, `<mobile>@mail.completesms.net`: the text is the subject, a space and the body, cut to
/// one SMS (seed 001: "truncated to 160 characters … does NOT support long SMS"). One SMS per
/// mobile recipient.
enum RoxEmailFormat1 {
    static let maximumGSMCharacters = 160

    static func interpret(mobiles: [String], subject: String?, body: String, plan: NationalNumberingPlan) throws(RoxEmailRefusal) -> RoxEmailInterpretation {
        let text = singlePart([subject?.trimmed ?? "", body.trimmed].filter { !$0.isEmpty }.joined(separator: " "))
        guard !text.isEmpty else { throw .content("Format 1: the subject and the body are both empty; there is no SMS text") }
        var interpretation = RoxEmailInterpretation()
        for mobile in mobiles {
            guard let number = RoxEmailNumber.parse(mobile, plan: plan) else {
                throw .content("Format 1: \(mobile) is not a mobile number")
            }
            interpretation.messages.append(RoxEmailSMS(to: number, text: text, details: ["format": "1"]))
        }
        return interpretation
    }

    /// The longest prefix of `text` that fits one SMS: 160 GSM septets, or 70 UCS-2 units when the
    /// text needs Unicode. Characters are never cut in half.
    static func singlePart(_ text: String) -> String {
        let count = SegmentCounter.count(text)
        guard count.parts > 1 else { return text }
        let limit = count.encoding == .gsm7 ? 160 : 70
        let scalars = text.unicodeScalars
        var used = 0
        var end = scalars.startIndex
        while end < scalars.endIndex {
            let scalar = scalars[end]
            let cost = count.encoding == .gsm7 ? (GSMAlphabet.septets(for: scalar) ?? 1) : scalar.utf16.count
            guard used + cost <= limit else { break }
            used += cost
            end = scalars.index(after: end)
        }
        return String(scalars[..<end])
    }
}
