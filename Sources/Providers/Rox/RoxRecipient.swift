import SMSDomain
import StructuredData

/// One numbered message of a request that passed its own checks: where it goes and what it says.
///
/// Checks, the first failure answering with that message's `Result`: `DestTn` present (2041) and a
/// phone number of at least ``minimumDigits`` digits (2042, made fully international with the
/// account's numbering plan); `DestName`
/// and `DestEmail` strings or null (2045, 2046); a text — `GlobalText` when given, overriding
/// `SMSText` — not only whitespace (2043) and of at most ``maximumParts`` SMS parts (2044).
struct RoxRecipient: Sendable, Equatable {
    /// The longest text accepted, in SMS parts: 5 × 153 = 765 GSM-7 septets, 5 × 67 = 335 UCS-2 units.
    static let maximumParts = 5
    /// The fewest digits a destination has, country code included (*assumed*): the shortest numbers
    /// in use have seven (Niue, +683 plus four). `"12"` is no phone number, not `+12`.
    static let minimumDigits = 7

    /// The message's number in the request, `"1"` for the first.
    var number: String
    var destination: PhoneNumber
    var destName: String?
    var destEmail: String?
    /// The text sent: `GlobalText` when given, else `SMSText`.
    var text: String
    var segments: SegmentCount

    /// A message the fake refuses while queuing the others.
    struct Refusal: Error, Sendable, Equatable {
        var number: String
        /// `DestTn` as given (empty when it was not a string), echoed in the answer.
        var destTn: String
        var code: RoxResultCode
    }

    /// Checks one message object.
    static func read(number: String, _ message: JSONObject, globalText: String?, plan: NationalNumberingPlan) -> Result<RoxRecipient, Refusal> {
        let rawDestination = message["DestTn"]?.stringValue ?? ""
        do throws(RoxRefusal) {
            guard !rawDestination.isEmpty else { throw RoxRefusal(.destTnMissing) }
            guard let destination = try? E164.normalize(rawDestination, plan: plan),
                  destination.digits.count >= minimumDigits else { throw RoxRefusal(.destTnInvalid) }
            let destName = try optionalString(message["DestName"], else: .destNameInvalid)
            let destEmail = try optionalString(message["DestEmail"], else: .destEmailInvalid)
            // A text of only whitespace says nothing: refused like a missing one (*assumed*).
            guard let text = globalText ?? message["SMSText"]?.stringValue, !text.allSatisfy(\.isWhitespace) else {
                throw RoxRefusal(.smsTextMissing)
            }
            let segments = SegmentCounter.count(text)
            guard segments.parts <= maximumParts else { throw RoxRefusal(.textTooLong) }
            return .success(RoxRecipient(
                number: number, destination: destination, destName: destName, destEmail: destEmail, text: text, segments: segments))
        } catch {
            return .failure(Refusal(number: number, destTn: rawDestination, code: error.code))
        }
    }

    /// Nil for an absent or null member, the text for a string; refused for anything else.
    private static func optionalString(_ value: JSONValue?, else code: RoxResultCode) throws(RoxRefusal) -> String? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.stringValue else { throw RoxRefusal(code) }
        return text
    }
}
