import SMSContractTesting

/// Sends LOX24 requests the way a customer's code would, to whichever base URL it is given.
struct LOX24Client {
    let target: (HTTPRequest) throws -> HTTPResponse
    var token = LOX24Provider.exampleToken

    /// `POST /sms`: the answer's status and parsed body.
    func send(_ text: String, to phone: String) throws -> (status: Int, body: JSONValue) {
        let body = JSONWriter.bytes(["text": .string(text), "sender_id": "Shop", "phone": .string(phone)])
        let response = try target(HTTPRequest(method: "POST", target: "/sms",
                                              headers: ["Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": token], body: body))
        return (response.status, (try? JSONParser.parse(response.body)) ?? .null)
    }
}
