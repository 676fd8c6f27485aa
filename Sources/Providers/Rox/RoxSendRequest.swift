import StructuredData

/// The envelope of a SendSMS request (seed 000, "SendSMS API Request"): `Name`, `Version`,
/// `Product`, and the `Sender` and `Messages` blocks, read in that order.
///
/// The envelope is checked before authentication, because `Name` and `Version` say how the rest
/// is to be read; `Sender` is then checked by ``RoxSender``, `Messages` by ``RoxDeliveryOptions``
/// and ``RoxMessageList``.
struct RoxSendRequest: Sendable {
    /// The `Name` every request carries.
    static let requestName = "ROX_API_Request"

    /// `Product`: the caller's application, for reporting only.
    var product: String
    /// `Sender`, as given (checked by ``RoxSender/read(_:)``).
    var sender: JSONValue?
    /// `Messages`, as given (checked after authentication).
    var messages: JSONValue?

    /// Reads the body: a JSON object (2011) whose `Name` is `ROX_API_Request` (2012), with a
    /// `Version` (2013) of `1.1` (2014) and a non-empty `Product` string (2015).
    static func read(_ body: [UInt8]) throws(RoxRefusal) -> RoxSendRequest {
        guard let object = (try? JSONParser.parse(body))?.objectValue else { throw RoxRefusal(.malformedRequest) }
        guard object["Name"]?.stringValue == requestName else { throw RoxRefusal(.wrongName) }
        guard let version = object["Version"], !version.isNull else { throw RoxRefusal(.versionMissing) }
        guard version.stringValue == RoxProvider.apiVersion else { throw RoxRefusal(.versionUnsupported) }
        guard let product = object["Product"]?.stringValue, !product.isEmpty else { throw RoxRefusal(.productMissing) }
        return RoxSendRequest(product: product, sender: object["Sender"], messages: object["Messages"])
    }
}
