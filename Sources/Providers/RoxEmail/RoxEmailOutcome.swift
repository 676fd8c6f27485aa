import SMSDomain

/// One SMS an email asks for, before it is recorded in the outbox.
struct RoxEmailSMS: Sendable, Equatable {
    var to: PhoneNumber
    var text: String
    /// Format 1 never sends a long SMS: its text is already cut to one part.
    var encoding: SMSEncoding?
    var details: [String: String] = [:]
}

/// Why an email produces no SMS (or some of its rows none): shown in the SMTP reply.
struct RoxEmailRefusal: Error, Sendable, Equatable {
    /// The reply code: 550 for authentication, 554 for content.
    var code: Int
    var enhancedStatus: String
    var message: String

    static func content(_ message: String) -> RoxEmailRefusal {
        RoxEmailRefusal(code: 554, enhancedStatus: "5.6.0", message: message)
    }

    static func authentication(_ message: String) -> RoxEmailRefusal {
        RoxEmailRefusal(code: 550, enhancedStatus: "5.7.1", message: message)
    }
}

/// What one format made of an email: the SMS to send and the rows it had to refuse.
struct RoxEmailInterpretation: Sendable, Equatable {
    var messages: [RoxEmailSMS] = []
    /// Problems with single rows or blocks that did not stop the others (Format 4 rows).
    var rejectedRows: [String] = []
}

/// Reads a destination number: international digits, or domestic with a leading 0 converted with the account's country.
enum RoxEmailNumber {
    static func parse(_ raw: String, plan: NationalNumberingPlan) -> PhoneNumber? {
        let value = raw.trimmed
        guard !value.isEmpty else { return nil }
        return try? E164.normalize(value, plan: plan)
    }
}
