@testable import Providers
import SMSDomain
import StructuredData
import Testing

@Suite struct LOX24SendRequestTests {
    @Test(arguments: [
        ("Me", true), ("My Sender 1", true), ("My Sender 12", false), ("+491701234567", true), ("491701234567", true),
        ("+123456789012345", true), ("+1234567890123456", false), ("+0123", false), ("A_B", false), ("", false), ("Grüße", false),
    ])
    func senderIDPattern(value: String, valid: Bool) {
        #expect(LOX24SendRequest.isValidSenderID(value) == valid)
    }

    @Test func isUnicodeForcesUCS2() throws {
        let result = LOX24SendRequest.validate(["text": "plain", "sender_id": "Me", "phone": "+491701234567", "is_unicode": true], plan: .germany)
        let request = try result.get()
        #expect(request.segments.encoding == .ucs2)
    }

    @Test func typeErrorsAreReportedBeforeConstraints() {
        let result = LOX24SendRequest.validate(["text": 1, "phone": "x"], plan: .germany)
        guard case .failure(.invalidInput(let violations)) = result else {
            Issue.record("expected invalid input, got \(result)")
            return
        }
        #expect(violations.map(\.propertyPath) == ["text"])
    }

    @Test(arguments: ["direct", "economy", "pro", "text2speech", "text2speech_ssml"])
    func everyServiceCodeOfTheSeedAndTheOfficialClientIsAccepted(code: String) throws {
        let request = try LOX24SendRequest.validate(["text": "Hi", "sender_id": "Me", "phone": "+491701234567", "service_code": .string(code)], plan: .germany).get()
        #expect(request.serviceCode == code)
    }

    @Test func isUnicodeFalseTransliteratesAndStaysGSM() throws {
        let request = try LOX24SendRequest.validate(["text": "Háns – Max`s", "sender_id": "Me", "phone": "+491701234567", "is_unicode": false], plan: .germany).get()
        #expect(request.text == "Hans - Max's")
        #expect(request.segments.encoding == .gsm7)
        let auto = try LOX24SendRequest.validate(["text": "Háns", "sender_id": "Me", "phone": "+491701234567"], plan: .germany).get()
        #expect(auto.text == "Háns" && auto.segments.encoding == .ucs2)
    }

    @Test(arguments: [("+491701234567", true), ("01701234567", true), ("+49 170 1234567", false), ("0170-1234567", false), ("(0170)1234567", false),
                      ("+", false), ("++49170", false), ("49.170.1234567", false)])
    func onlyAPlusAndDigitsArePlainNumbers(phone: String, plain: Bool) {
        #expect(LOX24SendRequest.isPlainNumber(phone) == plain)
    }

    @Test func aUSAccountsNationalNumberIsANANPNumber() throws {
        let request = try LOX24SendRequest.validate(["text": "Hi", "sender_id": "Me", "phone": "4155552671"], plan: .unitedStates).get()
        #expect(request.phone.e164 == "+14155552671" && request.phone.regionCode == "US")
    }

    @Test func anIntegerBeyond64BitsIsAFloatInTheTypeError() {
        let result = LOX24SendRequest.validate(["text": "Hi", "sender_id": "Me", "phone": "+491701234567", "delivery_at": .number(1e20)], plan: .germany)
        guard case .failure(.invalidInput(let violations)) = result else {
            Issue.record("expected invalid input, got \(result)")
            return
        }
        #expect(violations.first?.message == #"The type of the "delivery_at" attribute must be "int", "float" given."#)
    }
}
