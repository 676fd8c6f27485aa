import Testing
import SMSDomain

@Test(arguments: [(SMSEncoding.gsm7, "gsm7"), (.ucs2, "ucs2")])
func encodingRawValues(encoding: SMSEncoding, raw: String) {
    #expect(encoding.rawValue == raw)
    #expect(SMSEncoding(rawValue: raw) == encoding)
}

@Test func encodingCases() {
    #expect(SMSEncoding.allCases == [.gsm7, .ucs2])
}
