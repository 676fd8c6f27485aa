import Testing
import SMSDomain

@Test(arguments: [
    // Leading "+": digits follow; separators and a bracketed trunk prefix are removed.
    ("+491701234567", nil, "+491701234567"),
    ("+49 170 1234567", nil, "+491701234567"),
    ("  +49-170-123.45.67  ", nil, "+491701234567"),
    ("+49 (0)170 1234567", nil, "+491701234567"),
    ("+44 (0)20 7946 0958", nil, "+442079460958"),
    ("+1.415.555.0123", NationalNumberingPlan.unitedStates, "+14155550123"),
    ("+44 20 7946 0958", .germany, "+442079460958"),
    // Leading "00": the international prefix.
    ("00491701234567", nil, "+491701234567"),
    ("0049 170 1234567", nil, "+491701234567"),
    ("00 44 (0)20 7946 0958", .germany, "+442079460958"),
    ("00 353 1 234 5678", nil, "+35312345678"),
    // Digits starting 1–9: already international.
    ("491701234567", nil, "+491701234567"),
    ("1 (415) 555-0123", nil, "+14155550123"),
    ("14155550123", .unitedStates, "+14155550123"),
    ("491701234567", .unitedKingdom, "+491701234567"),
    // One leading "0" with a plan whose trunk prefix is "0": national.
    ("01701234567", .germany, "+491701234567"),
    ("0170 1234567", .germany, "+491701234567"),
    ("(0170) 123-4567", .germany, "+491701234567"),
    ("020 7946 0958", .unitedKingdom, "+442079460958"),
    ("0412 345 678", .australia, "+61412345678"),
    ("01 234 5678", .ireland, "+35312345678"),
    // A NANP plan: ten digits shaped like a NANP number are national, "011" is the international prefix.
    ("4155552671", .unitedStates, "+14155552671"),
    ("(415) 555-2671", .unitedStates, "+14155552671"),
    ("6135550123", .canada, "+16135550123"),
    ("011 49 170 1234567", .unitedStates, "+491701234567"),
    ("4155552671", nil, "+4155552671"),
    ("4155552671", .germany, "+4155552671"),
    ("1415555267", .unitedStates, "+1415555267"),
    // Length limits: 2 and 15 digits.
    ("+12", nil, "+12"),
    ("+123456789012345", nil, "+123456789012345"),
    ("01234567890123", .germany, "+491234567890123"),
] as [(String, NationalNumberingPlan?, String)])
func normalizes(raw: String, plan: NationalNumberingPlan?, expected: String) throws {
    #expect(try E164.normalize(raw, plan: plan).e164 == expected)
}

@Test(arguments: [
    ("", nil, PhoneNumberError.empty),
    ("   ", nil, .empty),
    ("( ) - .", nil, .empty),
    ("+49 170 CALLME", nil, .invalidCharacters("+49 170 CALLME")),
    ("49+1701234567", nil, .invalidCharacters("49+1701234567")),
    ("++491701234567", nil, .invalidCharacters("++491701234567")),
    ("+49/170/1234567", nil, .invalidCharacters("+49/170/1234567")),
    ("+49\t1701234567", nil, .invalidCharacters("+49\t1701234567")),
    ("+４９1701234567", nil, .invalidCharacters("+４９1701234567")),
    ("+", nil, .tooShort("+")),
    ("+4", nil, .tooShort("+4")),
    ("4", nil, .tooShort("4")),
    ("00", nil, .tooShort("00")),
    ("+1", nil, .tooShort("+1")),
    ("+49", nil, .tooShort("+49")),
    ("0", .germany, .tooShort("0")),
    ("+1234567890123456", nil, .tooLong("+1234567890123456")),
    ("001234567890123456", nil, .tooLong("001234567890123456")),
    ("012345678901234", .germany, .tooLong("012345678901234")),
    ("01701234567", nil, .nationalNumberWithoutPlan("01701234567")),
    ("0", nil, .nationalNumberWithoutPlan("0")),
    ("0415 555 0123", .unitedStates, .trunkPrefixMismatch("0415 555 0123", regionCode: "US")),
    ("+0123456", nil, .unknownCallingCode("+0123456")),
    ("000491701234567", nil, .unknownCallingCode("000491701234567")),
    ("+2101234567", nil, .unknownCallingCode("+2101234567")),
    ("+4221234567", nil, .unknownCallingCode("+4221234567")),
    ("8011234567", nil, .unknownCallingCode("8011234567")),
] as [(String, NationalNumberingPlan?, PhoneNumberError)])
func rejects(raw: String, plan: NationalNumberingPlan?, expected: PhoneNumberError) {
    #expect(throws: expected) { try E164.normalize(raw, plan: plan) }
}

@Test(arguments: [
    ("+491701234567", true),
    ("+12", true),
    ("+123456789012345", true),
    ("+2101234567", true), // well-formed, although 210 is not assigned
    ("+1", false),
    ("+1234567890123456", false),
    ("491701234567", false),
    ("+0123", false),
    ("+49 170", false),
    ("+49-170", false),
    ("", false),
    ("+", false),
    ("++49", false),
    ("+４９", false),
    ("+49١٢", false),
])
func isValid(text: String, expected: Bool) {
    #expect(E164.isValid(text) == expected)
}

@Test(arguments: [
    ("14155550123", "1", "US"),
    ("+14155550123", "1", "US"),
    ("1", "1", "US"),
    ("4917012345678", "49", "DE"),
    ("61412345678", "61", "AU"),
    ("442079460958", "44", "GB"),
    ("35312345678", "353", "IE"),
    ("12425551234", "1", "BS"),
    ("18765551234", "1", "JM"),
    ("17875551234", "1", "PR"),
    ("74951234567", "7", "RU"),
    ("77011234567", "7", "KZ"), // Kazakhstan shares +7: its numbers start +76 and +77
    ("16135550123", "1", "CA"), // Ottawa
    ("14165550123", "1", "CA"), // Toronto
    ("18005550123", "1", "US"), // NANP toll-free: the table names the US
    ("447911123456", "44", "GB"),
    ("441481123456", "44", "GG"),
    ("4779123456", "47", "SJ"),
    ("8613912345678", "86", "CN"),
    ("85212345678", "852", "HK"),
    ("390612345678", "39", "IT"),
    ("3791234", "379", "VA"),
    ("420123456789", "420", "CZ"),
    ("27821234567", "27", "ZA"),
    ("99812345", "998", "UZ"),
    ("80012345678", "800", nil),
    ("88234567", "882", nil),
] as [(String, String, String?)])
func regionLookup(digits: String, callingCode: String, region: String?) {
    let found = E164.regionCode(forCallingCodeOf: digits)
    #expect(found?.callingCode == callingCode)
    #expect(found?.region == region)
}

@Test(arguments: ["2101234", "0491701234567", "", "+", "abc", "4221234", "80112345"])
func regionLookupWithoutAssignedCode(digits: String) {
    #expect(E164.regionCode(forCallingCodeOf: digits) == nil)
}

@Test func regionLookupTakesSubstrings() {
    let text = "tel:+4917012345678"
    let found = E164.regionCode(forCallingCodeOf: text.dropFirst(4))
    #expect(found?.callingCode == "49")
    #expect(found?.region == "DE")
}
