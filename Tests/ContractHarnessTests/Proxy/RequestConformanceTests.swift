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

    @Test(arguments: [
        ("iovox", HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms",
                              headers: ["Content-Type": "application/xml", "username": "app", "secureKey": "app-key"],
                              body: Array("<request><origin>447923221231</origin><destination>447723443321</destination><message>\(String(repeating: "a", count: 161))</message></request>".utf8)),
         "Message must be less than 160 characters long"),
        ("rox", HTTPRequest(method: "POST", target: "/smsapi/send", headers: ["Content-Type": "application/json"],
                            body: Array(#"{"Name":"ROX_API_Request","Version":"1.1","Product":"App","Sender":{"AccountId":"CI1","Username":"a@b","Password":"pw"},"Messages":{"ReceiptFlag":0,"ReplyType":"E","TimeZoneOffset":600,"1":{"DestTn":"0411222333","SMSText":"Hi"}}}"#.utf8)),
         "Result 2029: Messages.Count is required."),
    ])
    func theShadowSaysWhyTheFakeRefusesARequest(provider: String, request: HTTPRequest, reason: String) throws {
        let shadow = try ShadowFake(provider: try #require(ProviderRegistry.descriptor(for: provider)))
        let refusal = RequestConformance.refusal(in: shadow.predict(request))
        #expect(refusal?.contains(reason) == true, "\(refusal ?? "accepted")")
    }
}
