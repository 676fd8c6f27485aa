import Testing
import SMSDomain

@Test(arguments: [
    ("Hello", SMSEncoding.gsm7, ["Hello"]),
    ("", .gsm7, [""]),
    ("Grüße, 5€", .gsm7, ["Grüße, 5€"]),
    ("ça va", .ucs2, ["ça va"]),
    (String(repeating: "a", count: 161), .gsm7, [String(repeating: "a", count: 153), String(repeating: "a", count: 8)]),
    (String(repeating: "ж", count: 71), .ucs2, [String(repeating: "ж", count: 67), String(repeating: "ж", count: 4)]),
] as [(String, SMSEncoding, [String])])
func messageComputesEncodingAndParts(text: String, encoding: SMSEncoding, parts: [String]) {
    let message = SMSMessage(to: "+491701234567", from: "ACME", text: text)
    #expect(message.to == "+491701234567")
    #expect(message.from == "ACME")
    #expect(message.text == text)
    #expect(message.encoding == encoding)
    #expect(message.parts == parts)
    #expect(message.segmentCount.parts == parts.count)
}

@Test(arguments: [
    ("Hello", SMSEncoding.ucs2, ["Hello"]),
    ("Hello", .gsm7, ["Hello"]),
    (String(repeating: "a", count: 71), .ucs2, [String(repeating: "a", count: 67), "aaaa"]),
] as [(String, SMSEncoding, [String])])
func messageWithForcedEncoding(text: String, encoding: SMSEncoding, parts: [String]) throws {
    let message = try #require(SMSMessage(to: "+14155550123", from: "+14155550100", text: text, encoding: encoding))
    #expect(message.encoding == encoding)
    #expect(message.parts == parts)
    #expect(message.segmentCount.encoding == encoding)
}

@Test func forcingGSM7OnNonGSMTextMakesNoMessage() {
    #expect(SMSMessage(to: "+491701234567", from: "ACME", text: "Привет", encoding: .gsm7) == nil)
}

@Test func messagesCompareByEveryField() {
    let message = SMSMessage(to: "+491701234567", from: "ACME", text: "Hi")
    #expect(message == SMSMessage(to: "+491701234567", from: "ACME", text: "Hi"))
    #expect(message != SMSMessage(to: "+491701234567", from: "ACME2", text: "Hi"))
    #expect(message != SMSMessage(to: "+491701234567", from: "ACME", text: "Hi", encoding: .ucs2))
}
