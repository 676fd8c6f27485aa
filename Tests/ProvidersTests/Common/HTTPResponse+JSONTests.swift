import Providers
import StructuredData
import Testing
import Wire

@Suite struct HTTPResponseJSONTests {
    @Test func aJSONResponseCarriesItsContentTypeAndCompactBody() {
        let response = HTTPResponse.json(201, ["a": 1], contentType: "application/ld+json", headers: ["X-Id": "7"])
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "application/ld+json")
        #expect(response.headers["X-Id"] == "7")
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"a":1}"#)
    }

    @Test(arguments: [
        ("application/json", "application/json"),
        ("Application/JSON; charset=utf-8", "application/json"),
        ("  application/ld+json\t;charset=UTF-8", "application/ld+json"),
        ("text/plain;", "text/plain"),
        ("", ""),
        (" ; x=y", ""),
        ("applicätion/JSON", "applicätion/json"),
    ])
    func theMediaTypeIsTheLowercasedTypeWithoutParameters(header: String, expected: String) {
        #expect(HTTPRequest(method: "POST", target: "/", headers: ["Content-Type": header]).mediaType == expected)
    }

    @Test func noContentTypeMeansNoMediaType() {
        #expect(HTTPRequest(method: "POST", target: "/").mediaType == nil)
    }
}
