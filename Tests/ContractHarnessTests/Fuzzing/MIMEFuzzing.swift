import MailFormats

/// The `mime` fuzz target's check (fuzz/run), replayed on kept inputs by ``FuzzRegressionTests``: the MIME
/// parser and what the fakes read from a parsed message.
enum MIMEFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        guard let message = try? MailParser.parse(bytes) else { return nil }
        _ = (message.from, message.subject, message.textBody)
        for attachment in message.attachments {
            if let problem = CSVFuzzing.check(attachment.data) { return problem }
        }
        return nil
    }
}

/// The `csv` fuzz target's check: the CSV reader never yields a row without fields.
enum CSVFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        guard let rows = try? CSVReader.parse(bytes) else { return nil }
        return rows.contains { $0.isEmpty } ? "a row with no fields" : nil
    }
}
