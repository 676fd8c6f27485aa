import ContractHarness
import Providers
import Testing
import Wire

@Suite struct RequestConformanceTests {
    @Test(arguments: [
        (HTTPResponse(status: 201, contentType: "application/json", text: #"{"uuid":"x"}"#), nil),
        (HTTPResponse(status: 422, contentType: "application/problem+json", text: #"{"detail":"text: blank","violations":[{"message":"blank"}]}"#),
         "HTTP 422: text: blank; blank"),
        (HTTPResponse(status: 400, contentType: "application/xml", text: #"<errors><error status="400">Origin Empty</error></errors>"#),
         "HTTP 400: Origin Empty"),
        (HTTPResponse(status: 200, contentType: "application/json", text: #"{"status":"Failure","error-code":"E111","error-info":"Invalid Sender."}"#),
         "E111 Invalid Sender."),
        (HTTPResponse(status: 200, contentType: "application/json", text: #"{"Result":"2003","ResultText":"Invalid password"}"#),
         "Result 2003: Invalid password"),
        (HTTPResponse(status: 200, contentType: "application/json", text: #"{"Result":"0000","Messages":{"1":{"Result":"0000"},"2":{"Result":"2021","ResultText":"Bad number"}}}"#),
         "message 2: Result 2021: Bad number"),
        (HTTPResponse(status: 503, contentType: "text/plain", text: "busy\n"), "HTTP 503: busy"),
    ] as [(HTTPResponse, String?)])
    func readsWhyTheFakeRefusedARequest(response: HTTPResponse, reason: String?) {
        #expect(RequestConformance.refusal(in: response) == reason)
    }

    @Test func aLongIovoxMessageIsRefusedByTheFakeWithItsOwnReason() {
        let shadow = try? ShadowFake(provider: IovoxProvider.descriptor)
        let request = HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms",
                                  headers: ["Content-Type": "application/xml", "username": "app", "secureKey": "app-key"],
                                  body: Array("<request><origin>447923221231</origin><destination>447723443321</destination><message>\(String(repeating: "a", count: 1600))</message></request>".utf8))
        let refusal = shadow.map { RequestConformance.refusal(in: $0.predict(request)) } ?? nil
        #expect(refusal?.hasPrefix("HTTP 400: ") == true, "\(refusal ?? "accepted")")
        #expect(refusal?.lowercased().contains("message") == true, "\(refusal ?? "accepted")")
    }
}

