import Providers
import StructuredData

extension RecordedSpecGenerator {
    /// One spec for a recorded email: the email as sent (credentials as placeholders), and the replies
    /// to `MAIL FROM`, each `RCPT TO` and the message — codes, and the final reply's text.
    func emailSpec(cassette: Cassette, message: JSONValue, replies: [RecordedSMTPReply]) -> GeneratedSpec {
        var smtp: JSONObject = [:]
        if let mail = replies.first(where: { $0.command == "MAIL FROM" }) { smtp["mail_from"] = ["code": .integer(mail.code)] }
        let recipients = replies.filter { $0.command == "RCPT TO" }
        if !recipients.isEmpty { smtp["rcpt_to"] = .array(recipients.map { ["code": .integer($0.code)] }) }
        if let final = replies.last(where: { $0.command == "." }) ?? replies.last(where: { $0.command == "DATA" && $0.code >= 400 }) {
            smtp["data"] = ["code": .integer(final.code), "text": .string(final.text)]
        }
        let step: JSONValue = ["name": "send", "email": message, "expect": ["smtp": .object(smtp)]]
        let numbers = provider.destinationNumbers.extract(.email(
            recipients: message["to"]?.arrayValue?.compactMap(\.stringValue) ?? [], body: message["body"]?.stringValue ?? "",
            attachments: message["attachments"]?.arrayValue?.compactMap { $0["text"]?.stringValue } ?? []))
        let summary = replies.filter(\.isContractual).map { "\($0.command) → \($0.code)" }.joined(separator: ", ")
        return document(name: Self.specName(forCassette: cassette.spec), title: "Recorded email: \(summary)", sends: !numbers.isEmpty,
                        target: cassette.target, recordedAt: cassette.recordedAt, sources: [cassette.spec], steps: [step])
    }
}
