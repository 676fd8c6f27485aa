import Testing
@testable import MailFormats

@Suite struct MailAddressTests {
    @Test(arguments: [
        ("user@your_domain.com", ["user@your_domain.com"]),
        ("Jane Doe <jane@example.com>", ["jane@example.com"]),
        ("\"Doe, Jane\" <jane@example.com>, bob@example.com", ["jane@example.com", "bob@example.com"]),
        ("bob@example.com (Bob, the builder)", ["bob@example.com"]),
        ("<61409000000@mail.completesms.net>", ["61409000000@mail.completesms.net"]),
        ("friends: a@x.test, b@x.test;", ["a@x.test", "b@x.test"]),
        ("undisclosed-recipients:;", []),
        ("\"john doe\"@example.com", ["\"john doe\"@example.com"]),
        ("", []),
    ])
    func findsTheAddresses(value: String, addresses: [String]) {
        #expect(MailAddress.addresses(in: value) == addresses)
    }
}
