import SMSDomain

/// One SMS an email asks for, before it is recorded in the outbox.
struct RoxEmailSMS: Sendable, Equatable {
    var to: PhoneNumber
    var text: String
    /// Format 1 never sends a long SMS: its text is already cut to one part.
    var encoding: SMSEncoding?
    var details: [String: String] = [:]
}
