@testable import Providers
import Testing

@Suite struct IovoxErrorTests {
    /// Every row of the seed's error table, with its exact string and status.
    @Test(arguments: [
        (IovoxError.apiVersionEmpty, 400, "API Version Empty"),
        (.apiVersionInvalid, 400, "API Version Invalid"),
        (.requestMethodNotPOST("GET"), 400, "Request Method must be POST. GET attempted"),
        (.xmlEmpty, 400, "XML Empty"),
        (.xmlParse(message: "Extra content at the end of the document", line: 2, column: 1), 400,
         "XML parse error. Extra content at the end of the document at line 2, column 1"),
        (.requestEmpty, 400, "Request Empty"),
        (.originEmpty, 400, "Origin Empty"),
        (.originInvalid("A-B"), 400, "Origin Invalid: A-B"),
        (.destinationEmpty, 400, "Destination Empty"),
        (.destinationInvalid("+44"), 400, "Destination Invalid: +44"),
        (.messageEmpty, 400, "Message Empty"),
        (.messageTooLong, 400, "Message must be less than 160 characters long"),
        (.internalServerError, 500, "Internal Server Error"),
        (.unauthorized, 401, "HTTP 401: Unauthorized"),
    ])
    func documentedStrings(error: IovoxError, status: Int, text: String) {
        #expect(error.status == status)
        #expect(error.text == text)
    }
}
