@testable import Providers
import SMSDomain
import StructuredData
import Testing

@Suite struct RoxRecipientTests {
    static func read(_ message: JSONObject, globalText: String? = nil, plan: NationalNumberingPlan = .australia) -> Result<RoxRecipient, RoxRecipient.Refusal> {
        RoxRecipient.read(number: "1", message, globalText: globalText, plan: plan)
    }

    @Test func globalTextOverridesAnySMSText() throws {
        let recipient = try Self.read(["DestTn": "+61111222333", "SMSText": 42], globalText: "Global").get()
        #expect(recipient.text == "Global")
        #expect(try Self.read(["DestTn": "+61111222333"], globalText: "Global").get().text == "Global")
        #expect(try Self.read(["DestTn": "+61111222333", "SMSText": "Own"], globalText: nil).get().text == "Own")
    }

    @Test func aLongGlobalTextIsTooLongForEveryMessage() {
        let long = String(repeating: "a", count: 766)
        #expect(Self.read(["DestTn": "+61111222333", "SMSText": "short"], globalText: long)
            == .failure(RoxRecipient.Refusal(number: "1", destTn: "+61111222333", code: .textTooLong)))
    }

    static let destinations: [(String, NationalNumberingPlan, String)] = [
        ("0411222333", .australia, "+61411222333"),
        ("0211234567", .newZealand, "+64211234567"),
        ("07700900123", .unitedKingdom, "+447700900123"),
        ("+61411222333", .newZealand, "+61411222333"),
    ]

    @Test(arguments: destinations)
    func nationalNumbersUseThePlan(raw: String, plan: NationalNumberingPlan, e164: String) throws {
        #expect(try Self.read(["DestTn": .string(raw), "SMSText": "Hi"], plan: plan).get().destination.e164 == e164)
    }

    @Test func theFirstFailureOfAMessageAnswersAndEchoesTheDestination() {
        #expect(Self.read(["DestTn": "+61abc", "DestName": 1]) == .failure(RoxRecipient.Refusal(number: "1", destTn: "+61abc", code: .destTnInvalid)))
        #expect(Self.read(["DestTn": "+61411222333", "DestName": 1]) == .failure(RoxRecipient.Refusal(number: "1", destTn: "+61411222333", code: .destNameInvalid)))
    }

    @Test func namesAndEmailsAreKept() throws {
        let recipient = try Self.read(["DestTn": "+61411222333", "DestName": "Ann", "DestEmail": "ann@x.com", "SMSText": "Hi"]).get()
        #expect(recipient.destName == "Ann")
        #expect(recipient.destEmail == "ann@x.com")
        #expect(recipient.segments.parts == 1)
    }

    @Test(arguments: ["12", "+12", "+61123", "611234"])
    func aNumberShorterThanSevenDigitsIsNoPhoneNumber(raw: String) {
        #expect(Self.read(["DestTn": .string(raw), "SMSText": "Hi"]) == .failure(RoxRecipient.Refusal(number: "1", destTn: raw, code: .destTnInvalid)))
    }

    @Test(arguments: [" ", "\n\t ", "\u{3000}"])
    func aWhitespaceOnlyTextIsNoText(text: String) {
        #expect(Self.read(["DestTn": "+61411222333", "SMSText": .string(text)])
            == .failure(RoxRecipient.Refusal(number: "1", destTn: "+61411222333", code: .smsTextMissing)))
        #expect(Self.read(["DestTn": "+61411222333", "SMSText": "Own"], globalText: text)
            == .failure(RoxRecipient.Refusal(number: "1", destTn: "+61411222333", code: .smsTextMissing)))
    }
}
