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
}
