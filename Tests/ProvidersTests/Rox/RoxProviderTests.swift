import Providers
import StructuredData
import Testing
import Wire

@Suite struct RoxProviderTests {
    @Test func theDescriptorFollowsTheContract() throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        #expect(ProviderRegistry.builtIn.ids.contains("rox"))
        #expect(rox.seedFile == "000_f1f765534d2c313c.txt")
        #expect(rox.transport == .http)
        #expect(rox.urlEnvironmentVariable == "SMSCONTRACT_ROX_URL")
        #expect(rox.credentials.map(\.name) == ["account_id", "username", "password"])
        #expect(rox.credentials.map(\.environmentVariable) == ["SMSCONTRACT_ROX_ACCOUNT_ID", "SMSCONTRACT_ROX_USERNAME", "SMSCONTRACT_ROX_PASSWORD"])
        #expect(rox.credentials.map(\.fakeValue) == ["CI00000001", "user@your_domain.com", "myPassword"])
    }

    @Test(arguments: ["$.Messages.RequestId", "$.Messages[\"1\"].SMSId", "$.Messages[\"500\"].Timestamp"])
    func perCallValuesAreVolatile(path: String) throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        let concrete = try JSONPath(parsing: path)
        let patterns = try rox.volatileBodyPaths.map { try JSONPathPattern(parsing: $0) }
        #expect(patterns.contains { $0.matches(concrete) })
    }

    @Test func messageContentIsNotVolatile() throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        let patterns = try rox.volatileBodyPaths.map { try JSONPathPattern(parsing: $0) }
        for text in ["$.Messages[\"1\"].DestTn", "$.Messages[\"1\"].Result", "$.Result", "$.Messages.Count"] {
            let path = try JSONPath(parsing: text)
            #expect(!patterns.contains { $0.matches(path) }, "\(text)")
        }
    }
}


/// The body limit: the largest valid request fits, a larger body is answered in the API's shape.
@Suite struct RoxRequestSizeTests {
    /// 500 messages of `characters` letters each, every character written as a `\u0041` escape.
    static func escapedBatch(characters: Int) -> [UInt8] {
        let text = String(repeating: "\\u0041", count: characters)
        var messages = ""
        for number in 1...500 {
            messages += ",\"\(number)\":{\"DestTn\":\"+61411222333\",\"SMSText\":\"\(text)\"}"
        }
        let body = """
            {"Name":"ROX_API_Request","Version":"1.1","Product":"P","Sender":{"AccountId":"CI00000001","Username":"user@your_domain.com",\
            "Password":"myPassword"},"Messages":{"ReceiptFlag":0,"ReplyType":"E","TimeZoneOffset":-600,"Count":500\(messages)}}
            """
        return Array(body.utf8)
    }

    private func post(_ body: [UInt8]) throws -> HTTPResponse {
        let server = FakeServer(descriptor: RoxProvider.descriptor)
        try server.start()
        defer { server.shutdown() }
        return try HTTPClient(url: server.baseURL).send(HTTPRequest(
            method: "POST", target: RoxProvider.sendPath, headers: ["Content-Type": "application/json"], body: body))
    }

    @Test func aValidBatchWrittenWithASCIIEscapesIsQueued() throws {
        let body = Self.escapedBatch(characters: 350)
        #expect(body.count > 1 << 20) // Beyond the 1 MiB every other fake reads.
        let response = try post(body)
        #expect(response.status == 200)
        let answer = try JSONParser.parse(response.body)
        #expect(answer["Result"] == "0000")
        #expect(answer["Messages"]?["Count"] == 500)
        #expect(answer["Messages"]?["500"]?["Result"] == "0000")
    }

    @Test func theLargestValidBatchFits() {
        // 765 GSM characters (5 parts) each, all escaped: ≈ 2.3 MB.
        #expect(Self.escapedBatch(characters: 765).count < RoxProvider.maxRequestBytes)
    }

    /// The server answers a larger body before reading it, with the descriptor's answer
    /// (WireTests `anOversizedBodyGetsTheConfiguredAnswer` shows the server side).
    @Test func aLargerBodyIsAnsweredInTheAPIsShape() throws {
        #expect(RoxProvider.descriptor.maxRequestBodyBytes == 8 << 20)
        let response = try #require(RoxProvider.descriptor.contentTooLargeResponse?(RoxProvider.maxRequestBytes))
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(try JSONParser.parse(response.body) == [
            "Name": "ROX_API_Response", "Result": "2034",
            "ResultText": "The request body is larger than 8388608 bytes (8 MiB); send at most 500 messages per request.", "Version": "1.1",
        ])
    }
}
