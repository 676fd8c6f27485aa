import Testing
import SMSDomain

@Test(arguments: [
    (PhoneNumberError.empty, "The phone number is empty."),
    (.invalidCharacters("+49 170 CALLME"),
     "\"+49 170 CALLME\" contains characters not allowed in a phone number ('C', 'A', 'L', 'M', 'E'); "
        + "only digits, a leading '+', spaces and - . ( ) are allowed."),
    (.invalidCharacters("49+17/0"),
     "\"49+17/0\" contains characters not allowed in a phone number ('+', '/'); "
        + "only digits, a leading '+', spaces and - . ( ) are allowed."),
    (.invalidCharacters(" ++1"),
     "\" ++1\" contains characters not allowed in a phone number ('+'); "
        + "only digits, a leading '+', spaces and - . ( ) are allowed."),
    (.tooShort("+49"),
     "\"+49\" is too short: an E.164 number has a country calling code followed by at least one more digit."),
    (.tooLong("+1234567890123456"), "\"+1234567890123456\" is too long: an E.164 number has at most 15 digits."),
    (.nationalNumberWithoutPlan("0170 1234567"),
     "\"0170 1234567\" is a national number (leading 0) and no numbering plan was given to say which country it is in."),
    (.trunkPrefixMismatch("0415", regionCode: "US"), "\"0415\" starts with 0, but the US numbering plan has no trunk prefix 0."),
    (.unknownCallingCode("+2101234567"), "\"+2101234567\" does not start with an assigned ITU country calling code."),
] as [(PhoneNumberError, String)])
func errorDescriptions(error: PhoneNumberError, expected: String) {
    #expect(error.description == expected)
}

@Test func thrownErrorNamesTheOffendingInput() {
    do {
        _ = try E164.normalize("+49 170 12x4567", plan: nil)
        Issue.record("expected an error")
    } catch {
        #expect(error == .invalidCharacters("+49 170 12x4567"))
        #expect(error.description.contains("('x')"))
    }
}
