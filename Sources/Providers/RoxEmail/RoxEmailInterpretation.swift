/// What one format made of an email: the SMS to send and the rows it had to refuse.
struct RoxEmailInterpretation: Sendable, Equatable {
    var messages: [RoxEmailSMS] = []
    /// Problems with single rows or blocks that did not stop the others (Format 4 rows).
    var rejectedRows: [String] = []
}
