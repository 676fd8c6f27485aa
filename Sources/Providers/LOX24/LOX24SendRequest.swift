import SMSDomain
import StructuredData

/// A `POST /sms` body that passed every documented rule (seed 003, "The new sms resource").
struct LOX24SendRequest: Sendable {
    /// The seed's three codes, and `economy` and `pro`, which lox24-client-php's `ServiceCode` enum sends.
    static let serviceCodes = ["direct", "economy", "pro", "text2speech", "text2speech_ssml"]
    static let voiceServiceCodes = ["text2speech", "text2speech_ssml"]
    static let voiceLanguages = ["EN", "DE", "FR", "IT", "ES", "PL", "NL", "RO", "PT", "CS", "HU", "SV", "DA", "FI", "SK", "HR", "TR", "RU", "BG", "UK"]
    static let maxGSMCharacters = 1530
    static let maxUnicodeCharacters = 670

    /// The text as it is sent: with `is_unicode: false`, transliterated to GSM (``GSMTransliteration``).
    var text: String
    var senderID: String
    var phone: PhoneNumber
    var deliveryAt: Int
    var source: Int?
    var voiceLang: String?
    var callbackData: String?
    var serviceCode: String
    var isTextDeleted: Bool
    var attemptsCountMax: Int?
    /// The encoding and parts the text is sent in: UCS-2 when `is_unicode` is true or the text needs it.
    var segments: SegmentCount

    /// Why a body was refused: 400 for input that cannot be read as an SMS, 422 for broken constraints.
    enum Refusal: Error, Sendable, Equatable {
        case invalidInput([LOX24Violation])
        case unprocessable([LOX24Violation])
    }

    /// Validates a decoded JSON body for an account whose national numbers follow `plan`.
    static func validate(_ body: JSONObject, plan: NationalNumberingPlan) -> Result<LOX24SendRequest, Refusal> {
        var reader = FieldReader(body: body)
        let rawText = reader.string("text")
        let senderID = reader.string("sender_id")
        let phone = reader.string("phone")
        let deliveryAt = reader.integer("delivery_at")
        let source = reader.integer("source")
        let isUnicode = reader.boolean("is_unicode")
        let voiceLang = reader.string("voice_lang")
        let callbackData = reader.string("callback_data")
        let serviceCode = reader.string("service_code") ?? "direct"
        let isTextDeleted = reader.boolean("is_text_deleted") ?? false
        let attemptsCountMax = reader.integer("attempts_count_max")

        if !serviceCodes.contains(serviceCode) { reader.typeErrors.append(LOX24Constraint.invalidServiceCode()) }
        if let voiceLang, !voiceLanguages.contains(voiceLang) { reader.typeErrors.append(LOX24Constraint.notAChoice("voice_lang")) }
        guard reader.typeErrors.isEmpty else { return .failure(.invalidInput(reader.typeErrors)) }

        var violations: [LOX24Violation] = []
        var segments = SegmentCounter.count("")
        let text = isUnicode == false ? rawText.map(GSMTransliteration.transliterate) : rawText
        if let text, !text.isEmpty {
            segments = (isUnicode == true ? SegmentCounter.count(text, encoding: .ucs2) : nil) ?? SegmentCounter.count(text)
            let limit = segments.encoding == .ucs2 ? maxUnicodeCharacters : maxGSMCharacters
            if segments.characters > limit { violations.append(LOX24Constraint.tooLong("text", limit: limit)) }
        } else {
            violations.append(LOX24Constraint.notBlank("text"))
        }
        if let senderID, !senderID.isEmpty {
            if !isValidSenderID(senderID) { violations.append(LOX24Constraint.notValid("sender_id")) }
        } else {
            violations.append(LOX24Constraint.notBlank("sender_id"))
        }
        var number: PhoneNumber?
        if let phone, !phone.isEmpty {
            let length = phone.unicodeScalars.count
            if length < 4 {
                violations.append(LOX24Constraint.tooShort("phone", limit: 4))
            } else if length > 16 {
                violations.append(LOX24Constraint.tooLong("phone", limit: 16))
            } else if !isPlainNumber(phone) {
                violations.append(LOX24Constraint.notValid("phone"))
            } else if let normalized = try? E164.normalize(phone, plan: plan) {
                number = normalized
            } else {
                violations.append(LOX24Constraint.notValid("phone"))
            }
        } else {
            violations.append(LOX24Constraint.notBlank("phone"))
        }
        if let deliveryAt, deliveryAt < 0 { violations.append(LOX24Constraint.negative("delivery_at")) }
        if let callbackData, callbackData.unicodeScalars.count > 36 { violations.append(LOX24Constraint.tooLong("callback_data", limit: 36)) }
        if let attemptsCountMax {
            if !voiceServiceCodes.contains(serviceCode) {
                violations.append(LOX24Constraint.shouldBeNull("attempts_count_max"))
            } else if !(1...3).contains(attemptsCountMax) {
                violations.append(LOX24Constraint.notAChoice("attempts_count_max"))
            }
        }
        guard violations.isEmpty, let text, let senderID, let number else { return .failure(.unprocessable(violations)) }
        return .success(LOX24SendRequest(
            text: text, senderID: senderID, phone: number, deliveryAt: deliveryAt ?? 0, source: source,
            voiceLang: voiceLang, callbackData: callbackData, serviceCode: serviceCode, isTextDeleted: isTextDeleted,
            attemptsCountMax: attemptsCountMax, segments: segments))
    }

    /// `^(\+?[1-9]\d{0,14}|[a-zA-Z0-9 ]{1,11})$`, the seed's pattern for `sender_id`.
    static func isValidSenderID(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        var digits = scalars[...]
        if digits.first == "+" { digits = digits.dropFirst() }
        if let first = digits.first, ("1"..."9").contains(first), digits.count <= 15, digits.allSatisfy({ ("0"..."9").contains($0) }) {
            return true
        }
        return (1...11).contains(scalars.count) && scalars.allSatisfy { isASCIIAlphanumeric($0) || $0 == " " }
    }

    /// Whether `phone` is an optional "+" and ASCII digits only, as every documented form is
    /// (`+491701234567`, `00491701234567`, `491701234567`, `01701234567`). Separators (`+49 170 1234567`,
    /// `0170-1234567`) are refused: the documented pattern has none (assumed strict).
    static func isPlainNumber(_ phone: String) -> Bool {
        let scalars = phone.unicodeScalars
        let digits = scalars.first == "+" ? scalars.dropFirst() : scalars[...]
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

/// Reads typed, optional fields from a JSON body, collecting wrong-type violations as it goes.
private struct FieldReader {
    let body: JSONObject
    var typeErrors: [LOX24Violation] = []

    mutating func string(_ name: String) -> String? { read(name, as: "string", \.stringValue) }
    mutating func integer(_ name: String) -> Int? { read(name, as: "int", \.intValue) }
    mutating func boolean(_ name: String) -> Bool? { read(name, as: "bool", \.boolValue) }

    /// The member `name` read by `accessor`; nil when absent or null, and a type error named by the
    /// PHP type LOX24 reports (`string`, `int`, `bool`) when present with another type.
    private mutating func read<Value>(_ name: String, as phpType: String, _ accessor: (JSONValue) -> Value?) -> Value? {
        guard let value = body[name], !value.isNull else { return nil }
        guard let typed = accessor(value) else {
            typeErrors.append(LOX24Constraint.wrongType(name, expected: phpType, given: value))
            return nil
        }
        return typed
    }
}
