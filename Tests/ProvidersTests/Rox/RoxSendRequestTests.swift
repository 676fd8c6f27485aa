@testable import Providers
import StructuredData
import Testing

@Suite struct RoxSendRequestTests {
    static let bodies: [(String, RoxResultCode)] = [
        ("", .malformedRequest),
        ("{}", .wrongName),
        (#"{"Name": "rox_api_request", "Version": "1.1", "Product": "P"}"#, .wrongName),
        (#"{"Name": "ROX_API_Request", "Version": null, "Product": "P"}"#, .versionMissing),
        (#"{"Name": "ROX_API_Request", "Product": "P"}"#, .versionMissing),
        (#"{"Name": "ROX_API_Request", "Version": "1.10", "Product": "P"}"#, .versionUnsupported),
        (#"{"Name": "ROX_API_Request", "Version": "1.1"}"#, .productMissing),
        (#"{"Name": "ROX_API_Request", "Version": "1.1", "Product": 3}"#, .productMissing),
    ]

    @Test(arguments: bodies)
    func theEnvelopeIsCheckedInOrder(body: String, code: RoxResultCode) {
        #expect(throws: RoxRefusal(code)) { try RoxSendRequest.read(Array(body.utf8)) }
    }

    @Test func senderAndMessagesArePassedOnUnread() throws {
        let request = try RoxSendRequest.read(Array(#"{"Name": "ROX_API_Request", "Version": "1.1", "Product": "P", "Sender": 5}"#.utf8))
        #expect(request.product == "P")
        #expect(request.sender == 5)
        #expect(request.messages == nil)
    }
}
