import Foundation
import SMSDomain
import StructuredData

/// A sendSms XML payload that passed every rule of seed 004, read in the order its error table lists them.
///
/// Checks on the body, in order; the first three stop at the first failure, the node checks are
/// all made and every failure is answered together (*assumed*, after provider-facts.md: "several
/// can come back together inside `<errors>`"):
/// 1. `XML Empty`: no body, or only whitespace.
/// 2. `XML parse error. x at line y, column z`: not well-formed (the parser's libxml2-style message).
/// 3. `Request Empty`: the root `<request>` has no child elements (a root of another name counts as no request).
/// 4. `origin`, `destination`, `message`, then the optional `callback_url`, `callback_url_headers`,
///    `expiry` and `c2c_failover_link_id`.
struct IovoxSendRequest: Sendable, Equatable {
    /// Sender names have at most this many characters (the document's "maximum of 11 characters").
    static let maxSenderNameLength = 11
    /// The longest message accepted: "less than 160 characters" read literally (*assumed*).
    static let maxMessageCharacters = 159

    /// The origin as sent (trimmed): a sender name or E.164 digits.
    var origin: String
    /// The destination, read as E.164 digits without "+".
    var destination: PhoneNumber
    /// The message text as sent.
    var message: String
    var callbackURL: String?
    var callbackHeaders: IovoxCallbackHeaders?
    /// Minutes until the SMS is marked EXPIRED.
    var expiry: Int?
    var c2cFailoverLinkID: String?

    /// Why a body was refused: one error, or every failed node check in document order.
    struct Refusal: Error, Sendable, Equatable {
        var errors: [IovoxError]
    }

    /// Reads and validates a sendSms body.
    static func read(_ body: [UInt8]) -> Result<IovoxSendRequest, Refusal> {
        guard body.contains(where: { !isXMLWhitespace($0) }) else { return .failure(Refusal(errors: [.xmlEmpty])) }
        let document: XMLDocument
        do {
            document = try XMLReader.parse(body)
        } catch {
            return .failure(Refusal(errors: [.xmlParse(message: error.message, line: error.location.line, column: error.location.column)]))
        }
        let request = document.root
        guard request.name == "request", !request.elements.isEmpty else { return .failure(Refusal(errors: [.requestEmpty])) }
        return validate(request)
    }

    /// Checks the nodes of a non-empty `<request>`, collecting every failure.
    static func validate(_ request: XMLElement) -> Result<IovoxSendRequest, Refusal> {
        var errors: [IovoxError] = []
        let origin = trimmedText(of: "origin", in: request)
        if origin.isEmpty {
            errors.append(.originEmpty)
        } else if !isValidOrigin(origin) {
            errors.append(.originInvalid(origin))
        }
        let destinationText = trimmedText(of: "destination", in: request)
        let destination = destinationNumber(destinationText)
        if destinationText.isEmpty {
            errors.append(.destinationEmpty)
        } else if destination == nil {
            errors.append(.destinationInvalid(destinationText))
        }
        let message = request.child("message")?.text ?? ""
        if message.utf8.allSatisfy(isXMLWhitespace) {
            errors.append(.messageEmpty)
        } else if message.unicodeScalars.count > maxMessageCharacters {
            errors.append(.messageTooLong)
        }
        let callbackURL = optionalText(of: "callback_url", in: request)
        if let callbackURL, !isAbsoluteHTTPURL(callbackURL) { errors.append(.callbackURLInvalid(callbackURL)) }
        let headersText = optionalText(of: "callback_url_headers", in: request)
        let headers = headersText.flatMap(IovoxCallbackHeaders.init(parsing:))
        if let headersText, headers == nil { errors.append(.callbackURLHeadersInvalid(headersText)) }
        let expiryText = optionalText(of: "expiry", in: request)
        let expiry = expiryText.flatMap(minutes)
        if let expiryText, expiry == nil { errors.append(.expiryInvalid(expiryText)) }
        let linkID = optionalText(of: "c2c_failover_link_id", in: request)
        if let linkID, !isDigits(linkID) { errors.append(.c2cFailoverLinkIDInvalid(linkID)) }

        guard errors.isEmpty, let destination else { return .failure(Refusal(errors: errors)) }
        return .success(IovoxSendRequest(
            origin: origin, destination: destination, message: message, callbackURL: callbackURL, callbackHeaders: headers,
            expiry: expiry, c2cFailoverLinkID: linkID))
    }

    // MARK: - Rules

    /// An origin is either E.164 digits without the leading "+" or "00" (all digits: up to 15, an
    /// assigned calling code, no leading 0), or a sender name of 1–11 ASCII letters, digits, spaces
    /// and full stops with at least one character that is not a digit.
    static func isValidOrigin(_ origin: String) -> Bool {
        if isDigits(origin) { return destinationNumber(origin) != nil }
        let scalars = origin.unicodeScalars
        return scalars.count <= maxSenderNameLength && scalars.allSatisfy { isASCIILetter($0) || isDigit($0) || $0 == " " || $0 == "." }
    }

    /// The destination as an E.164 number: digits only, no "+" or "00", a calling code and 2–15 digits.
    static func destinationNumber(_ text: String) -> PhoneNumber? {
        guard isDigits(text), text.first != "0" else { return nil }
        return PhoneNumber(e164: "+" + text)
    }

    /// An absolute `http` or `https` URL with a host, and no spaces or control characters.
    static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return true
    }

    /// Whole minutes ≥ 1, written as decimal digits.
    static func minutes(_ text: String) -> Int? {
        guard isDigits(text), let value = Int(text), value >= 1 else { return nil }
        return value
    }

    // MARK: - Reading nodes

    /// The node's text without surrounding whitespace; empty when the node is missing.
    private static func trimmedText(of name: String, in request: XMLElement) -> String {
        (request.child(name)?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An optional node's trimmed text; nil when it is missing or empty (an empty node is not given).
    private static func optionalText(of name: String, in request: XMLElement) -> String? {
        let text = trimmedText(of: name, in: request)
        return text.isEmpty ? nil : text
    }

    private static func isXMLWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isDigit)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
