import SMSDomain
import StructuredData
import Wire

/// A `sendsms` body that passed the request rules of seed 002's "Request Parameters".
///
/// `action` is checked first (``isSendSMS(_:)``, E101). Then, in order: any documented field of the
/// wrong JSON type (E100: the request is not "a valid JSON POST request"); `message-text` (E712 when
/// missing, null or blank); `to` (E201 when missing, null or empty, E110 when not an international
/// number); `from` (E111 when missing or not a shortcode, toll-free or 10DLC number). Unknown fields
/// are ignored.
struct SkycoreSendRequest: Sendable, Equatable {
    /// The longest sender mask; a longer one is cut, not refused (seed 002, "Synopsis").
    static let maximumFromMaskLength = 11

    /// `message-text` as given, before click tracking.
    var text: String
    /// `to` as the request gave it (the Success body echoes it).
    var toAsSent: String
    var to: PhoneNumber
    /// `from` as the request gave it.
    var from: String
    var senderKind: SkycoreNumber.SenderKind
    /// `from-mask` cut to 11 characters, as the handset shows it; nil when absent, null or empty,
    /// and nil for a North American recipient, where masks are "Not supported in the USA".
    var fromMask: String?
    /// A mask the request asked for (cut) that a North American recipient does not get; the
    /// request is still accepted, as the seed's Example 2 (a mask to `+10000000001`) must be.
    var droppedFromMask: String?
    /// `campaign-ref`; nil when absent, null or empty.
    var campaignRef: String?
    var clickTracking: Bool

    /// Reads the body of a request: E100 when it is not a JSON POST body (empty, another content
    /// type, or JSON that is not an object), E108 when it does not parse.
    static func body(of request: HTTPRequest) -> Result<JSONObject, SkycoreError> {
        if let mediaType = request.mediaType, mediaType != "application/json", !mediaType.hasSuffix("+json") {
            return .failure(.invalidRequest)
        }
        guard request.body.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return .failure(.invalidRequest) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(request.body)
        } catch {
            return .failure(.jsonParsingFailed)
        }
        guard let object = value.objectValue else { return .failure(.invalidRequest) }
        return .success(object)
    }

    /// Whether `action` is `sendsms` in any case (E101 otherwise, also when missing).
    static func isSendSMS(_ body: JSONObject) -> Bool {
        body["action"]?.stringValue?.lowercased() == "sendsms"
    }

    /// Validates the message fields of a `sendsms` body.
    static func validate(_ body: JSONObject) -> Result<SkycoreSendRequest, SkycoreError> {
        let fields: Fields
        do {
            fields = try Fields(body)
        } catch {
            return .failure(error)
        }
        guard let text = fields.text, !text.allSatisfy(\.isWhitespace) else { return .failure(.textRequired) }
        guard let toAsSent = fields.to, !toAsSent.isEmpty else { return .failure(.receiverRequired) }
        guard let to = SkycoreNumber.recipient(toAsSent) else { return .failure(.invalidReceiver) }
        guard let from = fields.from, let senderKind = SkycoreNumber.sender(from) else { return .failure(.invalidSender) }
        let mask = fields.fromMask.flatMap { $0.isEmpty ? nil : String(String.UnicodeScalarView($0.unicodeScalars.prefix(maximumFromMaskLength))) }
        let dropsMask = SkycoreNumber.isNorthAmerican(to)
        return .success(SkycoreSendRequest(
            text: text, toAsSent: toAsSent, to: to, from: from, senderKind: senderKind, fromMask: dropsMask ? nil : mask,
            droppedFromMask: dropsMask ? mask : nil,
            campaignRef: fields.campaignRef.flatMap { $0.isEmpty ? nil : $0 }, clickTracking: fields.clickTracking ?? false))
    }

    /// The documented fields, typed; a value of the wrong type (null aside) is E100.
    private struct Fields {
        var text, to, from, fromMask, campaignRef: String?
        var clickTracking: Bool?

        init(_ body: JSONObject) throws(SkycoreError) {
            text = try Self.string(body["message-text"])
            to = try Self.string(body["to"])
            from = try Self.string(body["from"])
            fromMask = try Self.string(body["from-mask"])
            campaignRef = try Self.string(body["campaign-ref"])
            if let value = body["click-tracking"], !value.isNull {
                guard let bool = value.boolValue else { throw .invalidRequest }
                clickTracking = bool
            }
        }

        private static func string(_ value: JSONValue?) throws(SkycoreError) -> String? {
            guard let value, !value.isNull else { return nil }
            guard let string = value.stringValue else { throw .invalidRequest }
            return string
        }
    }
}
