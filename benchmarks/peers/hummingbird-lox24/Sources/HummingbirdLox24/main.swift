// `POST /sms` as the LOX24 fake answers it, in idiomatic Hummingbird 2: token check, JSON body decoded
// with JSONDecoder, the documented field rules (types, blank, lengths, sender pattern, phone
// normalisation, GSM 03.38 / UCS-2 part counting), price and balance, a bounded store of the
// created resources, and the JSON-LD resource encoded with JSONEncoder, 201.
//
// Usage: HummingbirdLox24 PORT   (binds 127.0.0.1, System.coreCount event loops)
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

let exampleToken = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"

struct SendBody: Decodable {
    var text: String?
    var sender_id: String?
    var phone: String?
    var delivery_at: Int?
    var source: Int?
    var is_unicode: Bool?
    var voice_lang: String?
    var callback_data: String?
    var service_code: String?
    var is_text_deleted: Bool?
    var attempts_count_max: Int?
}

struct SMSResource: Encodable, Sendable {
    var context = "/contexts/sms"
    var id: String
    var type = "sms"
    var text: String
    var senderID: String
    var phone: String
    var deliveryAt: Int
    var statusCode = 0
    var gatewaySentAt = 0
    var source: Int
    var dlrCode = 0
    var ip: String
    var createdAt: Int
    var isUnicode: Bool
    var uuid: String
    var iso2: String?
    var voiceLang: String?
    var partsCount: Int
    var charsCount: Int
    var callbackData: String?
    var bulkID: String? = nil
    var keyID = 8291
    var serviceCode: String
    var isTextDeleted: Bool
    var price: Double
    var isSent = false
    var requests: String
    var clicks: String
    var attemptsCountMax: Int?

    enum CodingKeys: String, CodingKey {
        case context = "@context", id = "@id", type = "@type", text, senderID = "sender_id", phone
        case deliveryAt = "delivery_at", statusCode = "status_code", gatewaySentAt = "gateway_sent_at", source
        case dlrCode = "dlr_code", ip, createdAt = "created_at", isUnicode = "is_unicode", uuid, iso2
        case voiceLang = "voice_lang", partsCount = "parts_count", charsCount = "chars_count"
        case callbackData = "callback_data", bulkID = "bulk_id", keyID = "key_id", serviceCode = "service_code"
        case isTextDeleted = "is_text_deleted", price, isSent = "is_sent", requests, clicks
        case attemptsCountMax = "attempts_count_max"
    }

    // Nulls are written, as the fake writes them.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(context, forKey: .context); try c.encode(id, forKey: .id); try c.encode(type, forKey: .type)
        try c.encode(text, forKey: .text); try c.encode(senderID, forKey: .senderID); try c.encode(phone, forKey: .phone)
        try c.encode(deliveryAt, forKey: .deliveryAt); try c.encode(statusCode, forKey: .statusCode)
        try c.encode(gatewaySentAt, forKey: .gatewaySentAt); try c.encode(source, forKey: .source)
        try c.encode(dlrCode, forKey: .dlrCode); try c.encode(ip, forKey: .ip); try c.encode(createdAt, forKey: .createdAt)
        try c.encode(isUnicode, forKey: .isUnicode); try c.encode(uuid, forKey: .uuid); try c.encode(iso2, forKey: .iso2)
        try c.encode(voiceLang, forKey: .voiceLang); try c.encode(partsCount, forKey: .partsCount)
        try c.encode(charsCount, forKey: .charsCount); try c.encode(callbackData, forKey: .callbackData)
        try c.encode(bulkID, forKey: .bulkID); try c.encode(keyID, forKey: .keyID); try c.encode(serviceCode, forKey: .serviceCode)
        try c.encode(isTextDeleted, forKey: .isTextDeleted); try c.encode(price, forKey: .price)
        try c.encode(isSent, forKey: .isSent); try c.encode(requests, forKey: .requests); try c.encode(clicks, forKey: .clicks)
        try c.encode(attemptsCountMax, forKey: .attemptsCountMax)
    }
}

struct Violation: Encodable { var propertyPath: String; var message: String }
struct Problem: Encodable {
    var type = "https://tools.ietf.org/html/rfc2616#section-10"
    var title = "An error occurred"
    var detail: String
    var violations: [Violation]
}

/// GSM 03.38 basic set and extension table (the extension characters count twice).
enum GSM {
    static let basic: Set<Character> = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
    static let extended: Set<Character> = Set("\u{0C}^{}\\[~]|€")

    /// (characters, parts, isUnicode)
    static func count(_ text: String, forceUnicode: Bool) -> (Int, Int, Bool) {
        if !forceUnicode {
            var septets = 0
            var ok = true
            for ch in text {
                if basic.contains(ch) { septets += 1 } else if extended.contains(ch) { septets += 2 } else { ok = false; break }
            }
            if ok { return (septets, septets <= 160 ? 1 : (septets + 152) / 153, false) }
        }
        let units = text.utf16.count
        return (units, units <= 70 ? 1 : (units + 66) / 67, true)
    }
}

struct Store: Sendable {
    var resources: [SMSResource?] = Array(repeating: nil, count: 10_000)
    var next = 0
    var balance = 1e12
}

let store = Mutex(Store())
let authName = HTTPField.Name("X-LOX24-AUTH-TOKEN")
let requestIDName = HTTPField.Name("X-LOX24-REQUEST-ID")
let alphanumerics = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

func problem(_ status: HTTPResponse.Status, _ detail: String, _ violations: [Violation] = []) throws -> Response {
    let data = try JSONEncoder().encode(Problem(detail: detail, violations: violations))
    return Response(status: status, headers: [.contentType: "application/problem+json; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

func normalizedPhone(_ raw: String) -> (String, String?)? {
    var digits = raw.filter { $0 != " " && $0 != "-" && $0 != "/" }
    if digits.hasPrefix("+") { digits.removeFirst() } else if digits.hasPrefix("00") { digits.removeFirst(2) }
    else if digits.hasPrefix("0") { digits = "49" + digits.dropFirst() }
    guard (4...15).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.first != "0" else { return nil }
    let region: String? = digits.hasPrefix("49") ? "DE" : digits.hasPrefix("1") ? "US" : digits.hasPrefix("44") ? "GB" : nil
    return ("+" + digits, region)
}

func validSender(_ value: String) -> Bool {
    var digits = Substring(value)
    if digits.first == "+" { digits = digits.dropFirst() }
    if let first = digits.first, ("1"..."9").contains(first), digits.count <= 15, digits.allSatisfy({ ("0"..."9").contains($0) }) { return true }
    return (1...11).contains(value.count) && value.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == " " }
}

let router = Router()
router.post("sms") { request, context -> Response in
    guard let authName, let requestIDName else { return Response(status: .internalServerError) }
    guard request.headers[authName] == exampleToken else { return try problem(.unauthorized, "Invalid credentials.") }
    let body: SendBody
    do { body = try await request.decode(as: SendBody.self, context: context) } catch { return try problem(.badRequest, "Syntax error") }

    var violations: [Violation] = []
    let serviceCode = body.service_code ?? "direct"
    if !["direct", "text2speech", "text2speech_ssml"].contains(serviceCode) { return try problem(.badRequest, "Invalid service code") }
    var counted = (0, 0, false)
    if let text = body.text, !text.isEmpty {
        counted = GSM.count(text, forceUnicode: body.is_unicode == true)
        let limit = counted.2 ? 670 : 1530
        if counted.0 > limit { violations.append(Violation(propertyPath: "text", message: "This value is too long.")) }
    } else { violations.append(Violation(propertyPath: "text", message: "This value should not be blank.")) }
    if let sender = body.sender_id, !sender.isEmpty {
        if !validSender(sender) { violations.append(Violation(propertyPath: "sender_id", message: "This value is not valid.")) }
    } else { violations.append(Violation(propertyPath: "sender_id", message: "This value should not be blank.")) }
    var phone: (String, String?)?
    if let raw = body.phone, !raw.isEmpty {
        phone = normalizedPhone(raw)
        if phone == nil { violations.append(Violation(propertyPath: "phone", message: "This value is not valid.")) }
    } else { violations.append(Violation(propertyPath: "phone", message: "This value should not be blank.")) }
    if let at = body.delivery_at, at < 0 { violations.append(Violation(propertyPath: "delivery_at", message: "This value should be either positive or zero.")) }
    if let data = body.callback_data, data.unicodeScalars.count > 36 { violations.append(Violation(propertyPath: "callback_data", message: "This value is too long.")) }
    guard violations.isEmpty, let text = body.text, let sender = body.sender_id, let (e164, region) = phone else {
        return try problem(.unprocessableContent, "Validation failed", violations)
    }
    let partPrice = region == "US" ? 0.056 : region == "DE" ? 0.075 : 0.089
    let price = (Double(counted.1) * partPrice * 10_000).rounded() / 10_000
    let uuid = UUID().uuidString.lowercased()
    let id = "/sms/\(uuid)"
    let resource = SMSResource(
        id: id, text: body.is_text_deleted == true ? "" : text, senderID: sender, phone: e164, deliveryAt: body.delivery_at ?? 0,
        source: body.source ?? 0, ip: "127.0.0.1", createdAt: Int(Date().timeIntervalSince1970), isUnicode: counted.2, uuid: uuid,
        iso2: region, voiceLang: body.voice_lang, partsCount: counted.1, charsCount: counted.0, callbackData: body.callback_data,
        serviceCode: serviceCode, isTextDeleted: body.is_text_deleted == true, price: price,
        requests: id + "/requests", clicks: id + "/clicks", attemptsCountMax: body.attempts_count_max)
    let funded = store.withLock { store -> Bool in
        guard store.balance >= price else { return false }
        store.balance -= price
        store.resources[store.next] = resource
        store.next = (store.next + 1) % store.resources.count
        return true
    }
    guard funded else { return try problem(.init(code: 402), "Not enough funds") }
    var generator = SystemRandomNumberGenerator()
    let requestID = String(decoding: (0..<32).map { _ in alphanumerics[Int(generator.next(upperBound: UInt64(alphanumerics.count)))] }, as: UTF8.self)
    let data = try JSONEncoder().encode(resource)
    return Response(
        status: .created,
        headers: [.contentType: "application/ld+json; charset=utf-8", requestIDName: requestID],
        body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

let port = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 8080
var app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil))
app.logger.logLevel = .error
try await app.runService()
