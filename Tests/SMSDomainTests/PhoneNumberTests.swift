import Testing
import SMSDomain

@Test(arguments: [
    ("+491701234567", "491701234567", "49", "1701234567", "DE"),
    ("+14155550123", "14155550123", "1", "4155550123", "US"),
    ("+12425551234", "12425551234", "1", "2425551234", "BS"),
    ("+35312345678", "35312345678", "353", "12345678", "IE"),
    ("+80012345678", "80012345678", "800", "12345678", nil),
] as [(String, String, String, String, String?)])
func numberParts(e164: String, digits: String, callingCode: String, national: String, region: String?) throws {
    let number = try #require(PhoneNumber(e164: e164))
    #expect(number.e164 == e164)
    #expect(number.digits == digits)
    #expect(number.countryCallingCode == callingCode)
    #expect(number.nationalSignificantNumber == national)
    #expect(number.regionCode == region)
    #expect(number.description == e164)
    #expect("\(number)" == e164)
}

@Test(arguments: ["491701234567", "+49 1701234567", "+0123456", "+2101234567", "+49", "", "+491701234567890123"])
func invalidE164TextMakesNoNumber(text: String) {
    #expect(PhoneNumber(e164: text) == nil)
}

@Test func numbersFromDifferentSpellingsAreEqual() throws {
    let spellings: [(String, NationalNumberingPlan?)] = [
        ("+491701234567", nil), ("0049 170 1234567", nil), ("491701234567", nil), ("0170 1234567", .germany),
    ]
    let numbers = try spellings.map { try E164.normalize($0.0, plan: $0.1) }
    #expect(Set(numbers).count == 1)
    #expect(numbers.first == PhoneNumber(e164: "+491701234567"))
}

@Test func differentNumbersAreNotEqual() {
    #expect(PhoneNumber(e164: "+491701234567") != PhoneNumber(e164: "+491701234568"))
}
