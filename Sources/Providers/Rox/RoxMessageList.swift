import StructuredData

/// The numbered message objects of `Messages` and their `Count` (seed 000, "Messages.Count" and
/// "Messages.[Number 0 - 500]").
///
/// Every member of `Messages` that is not one of the named attributes is a message object. Checks,
/// the first failure answering: `Count` present (2029) and a whole number from 1 to 500 (2030);
/// as many message objects as `Count` says (2031); named `"1"`, `"2"`, … in order, without gaps
/// (2032); each an object (2033).
enum RoxMessageList {
    /// The most messages one request may carry.
    static let maximumCount = 500

    /// The members of `Messages` that are attributes, not message objects.
    static let attributeNames: Set<String> = [
        "ReceiptFlag", "ReceiptCallbackURL", "ReplyType", "ReplyCallbackURL", "TimeZoneOffset", "SendLater", "Count", "GlobalText",
    ]

    /// The message objects in order, each with its number.
    static func read(_ messages: JSONObject) throws(RoxRefusal) -> [(number: String, message: JSONObject)] {
        guard let countValue = messages["Count"], !countValue.isNull else { throw RoxRefusal(.countMissing) }
        guard let count = countValue.intValue, (1...maximumCount).contains(count) else { throw RoxRefusal(.countOutOfRange) }
        let entries = messages.members.filter { !attributeNames.contains($0.key) }
        guard entries.count == count else { throw RoxRefusal(.countMismatch) }
        var list: [(number: String, message: JSONObject)] = []
        list.reserveCapacity(count)
        for (index, entry) in entries.enumerated() {
            guard entry.key == String(index + 1) else { throw RoxRefusal(.messagesNotNumbered) }
            guard let message = entry.value.objectValue else { throw RoxRefusal(.messageNotObject) }
            list.append((entry.key, message))
        }
        return list
    }
}
